/**
 * Where the `Finicity-App-Token` comes from: a fixed token, or partner credentials
 * traded for one through the spec's token-issuing operation. Finicity's rules: reuse
 * one token for every call, renew it before it expires, and never repeat a refused
 * authentication, since five failures lock the partner account.
 *
 * One request at a time is in flight for a client, and every call that needs a token
 * meanwhile waits for that one. After failures that cannot count towards the lockout,
 * the next request waits out a backoff (shared by every waiting call) rather than each
 * call sending its own.
 */
import { FinicityApiError, FinicityAuthenticationError } from './errors.js';
import type { Redactor } from './redaction.js';
import { type BackoffSettings, parseRetryAfter, retryDelay, shouldRetry } from './retry-policy.js';
import { sleep } from './send.js';
import { isTokenFresh } from './token-policy.js';

/** Sends one token request; throws FinicityAuthenticationError for refused credentials. */
export type RequestToken = (partnerId: string, partnerSecret: string) => Promise<string>;

export interface TokenSource {
  /** The token to send now, or a promise while one is being obtained. */
  current(): string | Promise<string>;
  /** Called after an answer that says `token` expired: true when a new token may be tried. */
  renewAfterExpiry(token: string): boolean;
}

export function fixedToken(appToken: string): TokenSource {
  return {
    current: () => appToken,
    // A fixed token cannot be renewed: the caller has to supply a new one.
    renewAfterExpiry: () => false,
  };
}

export interface PartnerTokenSettings extends BackoffSettings {
  now: () => number;
  tokenLifetimeMs: number;
  maxRetries: number;
  redactor: Redactor;
  log: ((line: string) => void) | undefined;
}

export function partnerToken(
  settings: PartnerTokenSettings,
  credentials: { partnerId: string; partnerSecret: string },
  requestToken: RequestToken,
): TokenSource {
  let token: { value: string; issuedAt: number } | undefined;
  let previous: string | undefined;
  let pending: Promise<string> | undefined;
  let refusal: FinicityAuthenticationError | undefined;
  /** Failed requests in a row, and the (monotonic) time before which no new request is sent. */
  let failures = 0;
  let quietUntil = 0;

  function remember(value: string): void {
    // Redact the new token and the one before it (calls still in flight may carry it);
    // older ones are dropped so a long-running process does not collect them forever.
    if (previous !== undefined && previous !== value) settings.redactor.remove(previous);
    previous = token?.value;
    settings.redactor.add(value);
    token = { value, issuedAt: settings.now() };
  }

  async function obtain(): Promise<string> {
    for (let retry = 0; ; retry++) {
      const wait = quietUntil - performance.now();
      if (wait > 0) {
        settings.log?.(`token: waiting ${Math.round(wait)} ms after ${failures} failed request(s) before asking again`);
        await sleep(wait, null);
      }
      settings.log?.('token: requesting a new token');
      try {
        const value = await requestToken(credentials.partnerId, credentials.partnerSecret);
        failures = 0;
        quietUntil = 0;
        remember(value);
        return value;
      } catch (error) {
        if (error instanceof FinicityAuthenticationError) {
          // Remembered for the life of this client: asking again would count towards the lockout.
          refusal = error;
          throw error;
        }
        const answer = error instanceof FinicityApiError ? error : undefined;
        const retryAfter = parseRetryAfter(answer?.headers.get('retry-after') ?? null, Date.now());
        quietUntil = performance.now() + retryDelay(failures, retryAfter, settings);
        failures += 1;
        if (!shouldRetry({ retryable: true, status: answer?.status, retriesDone: retry, maxRetries: settings.maxRetries })) throw error;
      }
    }
  }

  return {
    current() {
      if (refusal) {
        return Promise.reject(
          new FinicityAuthenticationError(
            `${refusal.message}. Not trying again: five failed authentications lock the partner account; ` +
              'create a new client with corrected credentials',
            { status: refusal.status, code: refusal.code, body: refusal.body, operation: refusal.operation, headers: refusal.headers },
          ),
        );
      }
      if (token && isTokenFresh(token.issuedAt, settings.now(), settings.tokenLifetimeMs)) return token.value;
      pending ??= obtain().finally(() => {
        pending = undefined;
      });
      return pending;
    },
    renewAfterExpiry(expired) {
      if (refusal) return false;
      // Only the first caller to see this token expire drops it; the others reuse the renewal.
      if (token?.value === expired) token = undefined;
      return true;
    },
  };
}

/**
 * Where the `Finicity-App-Token` comes from: a fixed token, or partner credentials
 * traded for one through the spec's token-issuing operation. Finicity's rules: reuse
 * one token for every call, renew it before it expires, and never repeat a refused
 * authentication, since five failures lock the partner account.
 *
 * One request at a time is in flight for a client, and every call that needs a token
 * meanwhile waits for that one, each within its own deadline. After failures that
 * cannot count towards the lockout, the next request waits out a backoff (shared by
 * every waiting call) rather than each call sending its own, and no request is sent,
 * and no backoff waited out, once no call is waiting for it.
 */
import { tokenRules } from '../../generated/operations.js';
import {
  apiErrorFromAnswer,
  type ErrorAnswer,
  FinicityApiError,
  FinicityAuthenticationError,
  FinicityConnectionError,
  FinicityResponseError,
  FinicityTimeoutError,
} from '../errors.js';
import { type Exchanger, exchange } from '../exchange.js';
import { tokenOperation } from '../operations.js';
import { isHeaderText } from '../options.js';
import type { Redactor } from '../redaction.js';
import { utf8Text } from '../response.js';
import { type AttemptStatus, type BackoffSettings, parseRetryAfter, retryDelay, shouldRetry } from '../retry-policy.js';
import { withinDeadline } from '../send.js';
import { isRefusedCredentials, isTokenFresh, MAX_TOKEN_LENGTH, mayRenewAfterExpiry, refusalHint } from './policy.js';

/** Sends one token request; throws FinicityAuthenticationError for refused credentials. */
export type RequestToken = (partnerId: string, partnerSecret: string) => Promise<string>;

export interface TokenSource {
  /**
   * The token to send now, or a promise while one is obtained, which settles by
   * `deadline` (a `performance.now()` time) or when `signal` aborts.
   */
  current(deadline: number, signal: AbortSignal | null): string | Promise<string>;
  /** Called after an answer that says `token` expired or is invalid: true when a new token may be tried. */
  renewAfterExpiry(token: string): boolean;
  /** Called after a call with `token` succeeded. */
  confirm(token: string): void;
}

export function fixedToken(appToken: string): TokenSource {
  return {
    current: () => appToken,
    // A fixed token cannot be renewed: the caller has to supply a new one.
    renewAfterExpiry: () => false,
    confirm: () => undefined,
  };
}

export interface PartnerTokenSettings extends BackoffSettings {
  now: () => number;
  tokenLifetimeMs: number;
  maxRetries: number;
  redactor: Redactor;
  log: ((line: string) => void) | undefined;
}

/**
 * The status a failed token request counts as for the retry rule: its HTTP status, or
 * `undefined` (no answer, so transient) for a timeout or a broken connection. Anything
 * else (an unusable answer, a failure from inside) is `null`: never retried.
 */
export function tokenFailureStatus(error: unknown): AttemptStatus | null {
  if (error instanceof FinicityApiError) return error.status;
  if (error instanceof FinicityConnectionError || error instanceof FinicityTimeoutError) return undefined;
  return null;
}

/** A later call's error after a refusal: the same answer, saying why nothing was sent. */
function refusedBefore(refusal: FinicityAuthenticationError): FinicityAuthenticationError {
  return new FinicityAuthenticationError(
    `${refusal.message}. Not trying again: five failed authentications lock the partner account; ` +
      'create a new client with corrected credentials',
    { status: refusal.status, code: refusal.code, body: refusal.body, operation: refusal.operation, headers: refusal.headers },
  );
}

/** One caller waiting for a token, until its deadline. */
interface Waiter {
  deadline: number;
}

/** A token source's state: the token, the request in flight, and what failures taught it. */
class PartnerTokenState {
  token: { value: string; issuedAt: number } | undefined;
  pending: Promise<string> | undefined;
  refusal: FinicityAuthenticationError | undefined;
  /** Failed requests in a row, the last one, and the (monotonic) time before which no new request is sent. */
  failures = 0;
  lastFailure: unknown;
  quietUntil = 0;
  readonly waiters = new Set<Waiter>();
  /** Ends a backoff early, once no caller waits for it. */
  wakeUp: (() => void) | undefined;
  /** Renewals after expiry answers with no success in between, and when the last one was. */
  expiryRenewals = 0;
  lastExpiryRenewal = 0;

  constructor(
    readonly settings: PartnerTokenSettings,
    readonly credentials: { partnerId: string; partnerSecret: string },
    readonly requestToken: RequestToken,
  ) {}

  /** The token is replaced: the old one leaves the redaction list unless calls in flight still hold it. */
  replace(value: string | undefined): void {
    if (this.token) this.settings.redactor.remove(this.token.value);
    if (value !== undefined) this.settings.redactor.add(value);
    this.token = value === undefined ? undefined : { value, issuedAt: this.settings.now() };
  }

  latestDeadline(): number {
    let latest = Number.NEGATIVE_INFINITY;
    for (const waiter of this.waiters) latest = Math.max(latest, waiter.deadline);
    return latest;
  }

  leave(waiter: Waiter): void {
    this.waiters.delete(waiter);
    if (this.waiters.size === 0) this.wakeUp?.();
  }

  /** Waits out the backoff after failures, unless no waiting caller has that long: then the last failure is theirs. */
  async waitOutBackoff(): Promise<void> {
    const wait = this.quietUntil - performance.now();
    if (this.waiters.size === 0 || (wait > 0 && this.latestDeadline() < this.quietUntil)) throw this.lastFailure;
    if (wait <= 0) return;
    this.settings.log?.(`token: waiting ${Math.round(wait)} ms after ${this.failures} failed request(s) before asking again`);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.wakeUp = undefined;
        resolve();
      }, wait);
      this.wakeUp = () => {
        clearTimeout(timer);
        this.wakeUp = undefined;
        reject(this.lastFailure);
      };
    });
    if (this.waiters.size === 0) throw this.lastFailure;
  }

  failed(error: unknown): void {
    const answer = error instanceof FinicityApiError ? error : undefined;
    const retryAfter = parseRetryAfter(answer?.headers.get('retry-after') ?? null, Date.now());
    this.quietUntil = performance.now() + retryDelay(this.failures, retryAfter, this.settings);
    this.failures += 1;
    this.lastFailure = error;
  }

  async obtain(): Promise<string> {
    for (let retry = 0; ; retry++) {
      await this.waitOutBackoff();
      this.settings.log?.('token: requesting a new token');
      try {
        const value = await this.requestToken(this.credentials.partnerId, this.credentials.partnerSecret);
        this.failures = 0;
        this.quietUntil = 0;
        this.replace(value);
        return value;
      } catch (error) {
        if (error instanceof FinicityAuthenticationError) {
          // Remembered for the life of this client: asking again would count towards the lockout.
          this.refusal = error;
          throw error;
        }
        this.failed(error);
        const status = tokenFailureStatus(error);
        if (status === null || !shouldRetry({ retryable: true, status, retriesDone: retry, maxRetries: this.settings.maxRetries })) {
          throw error;
        }
      }
    }
  }

  /** The request in flight, started when there is none; its rejection always has a handler. */
  obtaining(): Promise<string> {
    if (!this.pending) {
      const pending = this.obtain().finally(() => {
        this.pending = undefined;
      });
      pending.catch(() => undefined);
      this.pending = pending;
    }
    return this.pending;
  }

  wait(deadline: number, signal: AbortSignal | null): Promise<string> {
    // A backoff longer than this caller can wait: fail now with the failure that caused it.
    if (this.quietUntil > deadline) return Promise.reject(this.lastFailure);
    const waiter: Waiter = { deadline };
    this.waiters.add(waiter);
    return withinDeadline(this.obtaining(), deadline - performance.now(), signal).finally(() => this.leave(waiter));
  }
}

export function partnerToken(
  settings: PartnerTokenSettings,
  credentials: { partnerId: string; partnerSecret: string },
  requestToken: RequestToken,
): TokenSource {
  const state = new PartnerTokenState(settings, credentials, requestToken);
  return {
    current(deadline, signal) {
      if (state.refusal) return Promise.reject(refusedBefore(state.refusal));
      const { token } = state;
      if (token && isTokenFresh(token.issuedAt, settings.now(), settings.tokenLifetimeMs)) return token.value;
      return state.wait(deadline, signal);
    },
    renewAfterExpiry(expired) {
      if (state.refusal) return false;
      // Only the first caller to see this token expire retires it; the others reuse the renewal.
      if (state.token?.value !== expired) return true;
      const now = performance.now();
      if (!mayRenewAfterExpiry(state.expiryRenewals, now - state.lastExpiryRenewal, settings)) return false;
      state.expiryRenewals += 1;
      state.lastExpiryRenewal = now;
      state.replace(undefined);
      return true;
    },
    confirm(value) {
      if (state.token?.value === value) state.expiryRenewals = 0;
    },
  };
}

/** What the token request needs of its client. */
export interface TokenRequestContext extends Exchanger {
  baseUrl: string;
  appKey: string;
  timeoutMs: number;
  identity: string;
  log: ((line: string) => void) | undefined;
}

function answerOf(received: { status: number; statusText: string; headers: Headers; bytes: Uint8Array }, name: string): ErrorAnswer {
  return {
    status: received.status,
    statusText: received.statusText,
    headers: received.headers,
    text: utf8Text(received.bytes),
    operation: name,
  };
}

/**
 * How long a refusal's body may take after its status: the credentials are judged by
 * then, and callers waiting for a token should learn it before their own timeouts.
 */
export const REFUSAL_BODY_GRACE_MS = 200;

/** The refusal of an answer whose status refused the credentials, whatever became of its body. */
function refusalWithoutBody(name: string, status: number, why: string): FinicityAuthenticationError {
  return new FinicityAuthenticationError(`${name} refused the credentials with HTTP ${status} (${why}). ${refusalHint(status)}`, {
    status,
    code: undefined,
    body: undefined,
    operation: name,
  });
}

/** The token in a successful answer, or an error saying why it cannot be used (never retried). */
function tokenIn(received: { status: number; bytes: Uint8Array }, name: string): string {
  let token: unknown;
  try {
    token = (JSON.parse(utf8Text(received.bytes)) as { token?: unknown }).token;
  } catch {
    token = undefined;
  }
  const unusable = (why: string) =>
    new FinicityResponseError(`${name} answered HTTP ${received.status} ${why}`, { operation: name, status: received.status });
  if (typeof token !== 'string' || token === '') throw unusable('without a token');
  if (token.length > MAX_TOKEN_LENGTH) throw unusable(`with a token of ${token.length} characters, over the ${MAX_TOKEN_LENGTH} accepted`);
  if (!isHeaderText(token)) throw unusable('with a token no HTTP header can carry');
  return token;
}

/**
 * Sends the token-issuing operation once. The status decides: an answer whose status
 * refuses credentials is a FinicityAuthenticationError even when its body stalls,
 * breaks or overflows, since the server has judged the credentials by then.
 */
export async function requestToken(context: TokenRequestContext, partnerId: string, partnerSecret: string): Promise<string> {
  const issuing = tokenOperation();
  const name = issuing.operationId;
  const timeoutMs = issuing.timeoutMs ?? context.timeoutMs;
  const request = {
    url: `${context.baseUrl}${issuing.path}`,
    request: undefined,
    method: issuing.method,
    headers: {
      'user-agent': context.identity,
      'finicity-app-key': context.appKey,
      'content-type': 'application/json',
      accept: 'application/json',
    },
    body: new TextEncoder().encode(JSON.stringify({ partnerId, partnerSecret })),
  };
  let status: number | undefined;
  const bodyCut = new AbortController();
  let grace: ReturnType<typeof setTimeout> | undefined;
  const onStatus = (seen: number) => {
    status = seen;
    if (isRefusedCredentials(seen, tokenRules)) grace = setTimeout(() => bodyCut.abort(), REFUSAL_BODY_GRACE_MS);
  };
  let received: Awaited<ReturnType<typeof exchange>>;
  try {
    received = await exchange(context, request, name, { remainingMs: timeoutMs, reportedTimeoutMs: timeoutMs }, bodyCut.signal, onStatus);
  } catch (error) {
    if (status === undefined || !isRefusedCredentials(status, tokenRules)) throw error;
    const why = bodyCut.signal.aborted
      ? `its body did not arrive within ${REFUSAL_BODY_GRACE_MS} ms`
      : `its body was unusable: ${error instanceof Error ? error.message : String(error)}`;
    throw refusalWithoutBody(name, status, why);
  } finally {
    clearTimeout(grace);
  }
  context.log?.(`${name}: HTTP ${received.status}`);
  if (isRefusedCredentials(received.status, tokenRules)) {
    throw apiErrorFromAnswer(
      { ...answerOf(received, name), note: refusalHint(received.status) },
      context.redactor,
      FinicityAuthenticationError,
    );
  }
  if (received.status < 200 || received.status >= 300) throw apiErrorFromAnswer(answerOf(received, name), context.redactor);
  return tokenIn(received, name);
}

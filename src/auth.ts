/**
 * Where the `Finicity-App-Token` comes from: a fixed token, or partner credentials
 * exchanged through CreateToken. The rules it follows come from Finicity: reuse one
 * token for every call, renew it after 90 minutes, and never retry a refused
 * authentication, since five failures lock the partner account.
 */
import { FinicityAuthenticationError } from './errors.js';
import type { ResolvedOptions } from './options.js';

/** Sends CreateToken once; supplied by the transport so timeouts and errors match other calls. */
export type RequestToken = (partnerId: string, partnerSecret: string) => Promise<string>;

export interface TokenSource {
  /** The token to send now (a promise while one is being created; at most one CreateToken at a time). */
  current(): string | Promise<string>;
  /** Called after a 401 that says `token` expired: returns true when a new token may be tried. */
  renewAfterExpiry(token: string): boolean;
}

export function fixedToken(appToken: string): TokenSource {
  return {
    current: () => appToken,
    // A fixed token cannot be renewed: the caller has to supply a new one.
    renewAfterExpiry: () => false,
  };
}

export function partnerToken(
  options: Pick<ResolvedOptions, 'now' | 'tokenLifetimeMs' | 'secrets' | 'log'>,
  credentials: { partnerId: string; partnerSecret: string },
  requestToken: RequestToken,
): TokenSource {
  let token: { value: string; issuedAt: number } | undefined;
  /** Tokens this source issued that are still redacted: the current one and the one before. */
  const issued: string[] = [];
  let pending: Promise<string> | undefined;
  let refusal: FinicityAuthenticationError | undefined;

  const isFresh = (candidate: typeof token): candidate is { value: string; issuedAt: number } =>
    candidate !== undefined && options.now() - candidate.issuedAt < options.tokenLifetimeMs;

  async function createToken(): Promise<string> {
    options.log?.('CreateToken: requesting a new token');
    try {
      const value = await requestToken(credentials.partnerId, credentials.partnerSecret);
      // Redact the new token and the one before it (calls still in flight may carry it);
      // older ones are dropped so a long-running process does not collect them forever.
      options.secrets.push(value);
      issued.push(value);
      if (issued.length > 2) options.secrets.splice(options.secrets.indexOf(issued.shift()!), 1);
      token = { value, issuedAt: options.now() };
      return value;
    } catch (error) {
      if (error instanceof FinicityAuthenticationError) {
        // Remembered for the life of this client: retrying would count towards the lockout.
        refusal = error;
      }
      throw error;
    } finally {
      pending = undefined;
    }
  }

  return {
    current() {
      if (refusal) {
        return Promise.reject(new FinicityAuthenticationError(
          `${refusal.message}. Not trying again: five failed authentications lock the partner account; ` +
            'create a new client with corrected credentials',
          refusal,
        ));
      }
      if (isFresh(token)) return token.value;
      pending ??= createToken();
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

export function tokenSourceFor(options: ResolvedOptions, requestToken: RequestToken): TokenSource {
  const { credentials } = options;
  return credentials.kind === 'token'
    ? fixedToken(credentials.appToken)
    : partnerToken(options, credentials, requestToken);
}

/**
 * What an answer means for the token: expired (renew and resend once), refused
 * credentials (never again: five failures lock the partner account), or a failure
 * that cannot count towards the lockout (retry after a backoff). Pure functions over
 * the rules the spec states (`tokenRules` in generated/operations.ts).
 */
import type { TokenRules } from '../generated/operations.js';

/** Whether a 401 with this Finicity code says the token expired or is invalid, so a new one may help. */
export function isExpiredToken(status: number, code: number | string | undefined, rules: TokenRules): boolean {
  return status === 401 && typeof code === 'number' && rules.expiredTokenCodes.includes(code);
}

/**
 * Whether the token-issuing operation's answer turned the credentials down. Such a
 * failure is remembered and never retried; every other one (no answer, rate limiting,
 * a server error) never judged the credentials, so it cannot add to the lockout.
 */
export function isRefusedCredentials(status: number, rules: TokenRules): boolean {
  return rules.refusedCredentialStatuses.includes(status);
}

/** Whether a token issued at `issuedAt` is still to be reused at `now`. */
export function isTokenFresh(issuedAt: number, now: number, lifetimeMs: number): boolean {
  return now - issuedAt < lifetimeMs;
}

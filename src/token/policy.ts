/**
 * What an answer means for the token: expired (renew and resend once), refused
 * credentials (never again: five failures lock the partner account), or a failure
 * that cannot count towards the lockout (retry after a backoff). Pure functions over
 * the rules the spec states (`tokenRules` in generated/operations.ts).
 */
import type { TokenRules } from '../../generated/operations.js';

/** How a log or an event words a renewal's cause: the spec's invalid-token codes are `invalid`, the other renewing codes `expired`. */
export function tokenTrouble(code: unknown, rules: Pick<TokenRules, 'invalidTokenCodes'>): 'invalid' | 'expired' {
  return typeof code === 'number' && rules.invalidTokenCodes.includes(code) ? 'invalid' : 'expired';
}

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

/**
 * What a token's age means at `now`: `fresh`, reuse it; `renew`, reuse it while one
 * renewal runs in the background; `expired`, no call may carry it. A token issued
 * "later" than `now` (another process's clock a little ahead) counts as just issued.
 */
export function tokenAge(
  issuedAt: number,
  now: number,
  limits: { renewAfterMs: number; validForMs: number },
): 'fresh' | 'renew' | 'expired' {
  const age = Math.max(0, now - issuedAt);
  if (age < limits.renewAfterMs) return 'fresh';
  return age < limits.validForMs ? 'renew' : 'expired';
}

/** How long the lease on a token request lasts: the request's own timeout and a second, so a holder that dies frees it soon after. */
export function leaseTtlMs(tokenRequestTimeoutMs: number): number {
  return tokenRequestTimeoutMs + 1_000;
}

/** How long to wait before looking again for the token another process is requesting: 50 ms, doubling to 800 ms. */
export function sharedPollDelayMs(round: number): number {
  return Math.min(50 * 2 ** round, 800);
}

/**
 * The longest token accepted from the token-issuing operation. Finicity's tokens are a
 * few dozen characters; servers and proxies commonly refuse request headers over 8 KiB,
 * so a longer one could never be sent, and its redaction patterns would cost every call.
 */
export const MAX_TOKEN_LENGTH = 8192;

/**
 * Whether a token that an answer called expired or invalid may be retired for a new
 * one. Renewals in a row (no call succeeded in between) back off like retries, without
 * jitter, so a token the server never accepts (one of another environment) costs a
 * token request per backoff window, not one per call.
 */
export function mayRenewAfterExpiry(
  renewalsInARow: number,
  sinceLastRenewalMs: number,
  settings: { retryBaseDelayMs: number; retryMaxDelayMs: number },
): boolean {
  if (renewalsInARow === 0) return true;
  const backoff = Math.min(settings.retryBaseDelayMs * 2 ** (renewalsInARow - 1), settings.retryMaxDelayMs);
  return sinceLastRenewalMs >= backoff;
}

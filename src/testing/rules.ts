/**
 * The decisions the fake makes, as small pure functions: which credentials pass, when a
 * token is still good, when the partner is locked out, what a refresh changes. Everything
 * here is a fact about Finicity (see docs/Testing.md for each rule and its limits).
 */
import type { CustomerAccount } from '../../generated/openapi-generator/models/index.js';

/** What the fake accepts; each of the three is what a client's options take. */
export interface FakeCredentials {
  readonly appKey: string;
  readonly partnerId: string;
  readonly partnerSecret: string;
}

export type AppKeyVerdict = 'valid' | 'missing' | 'unknown';

/** The `Finicity-App-Key` header against the app key the fake was given. */
export function judgeAppKey(sent: string | undefined, expected: string): AppKeyVerdict {
  if (sent === undefined || sent === '') return 'missing';
  return sent === expected ? 'valid' : 'unknown';
}

export type TokenVerdict = 'valid' | 'missing' | 'unknown' | 'expired';

/** A `Finicity-App-Token`: `issuedAt` is when the fake issued it (undefined: never), on the fake's clock. */
export function judgeToken(sent: string | undefined, issuedAt: number | undefined, now: number, validForMs: number): TokenVerdict {
  if (sent === undefined || sent === '') return 'missing';
  if (issuedAt === undefined) return 'unknown';
  return now - issuedAt < validForMs ? 'valid' : 'expired';
}

/** Failed authentications in a row, and whether they reached the lock. */
export interface LockState {
  readonly failures: number;
  readonly locked: boolean;
}

export const unlocked: LockState = { failures: 0, locked: false };

/** Finicity locks the partner account after five failed authentications. */
export const failuresBeforeLock = 5;

export type CredentialVerdict =
  | 'accepted'
  | 'missing-partner-id'
  | 'missing-partner-secret'
  | 'unknown-partner'
  | 'wrong-secret'
  | 'locked';

/** A CreateToken body's partner ID and secret, judged while the partner is in `lock`. */
export function judgeCredentials(
  sent: { partnerId?: unknown; partnerSecret?: unknown },
  expected: FakeCredentials,
  lock: LockState,
): CredentialVerdict {
  if (typeof sent.partnerId !== 'string' || sent.partnerId === '') return 'missing-partner-id';
  if (typeof sent.partnerSecret !== 'string' || sent.partnerSecret === '') return 'missing-partner-secret';
  // An unknown partner has no account to lock, so the lock does not apply to it.
  if (sent.partnerId !== expected.partnerId) return 'unknown-partner';
  if (lock.locked) return 'locked';
  return sent.partnerSecret === expected.partnerSecret ? 'accepted' : 'wrong-secret';
}

/** The lock after one verdict: a wrong secret counts, a success starts the count again, the rest leave it. */
export function lockAfter(verdict: CredentialVerdict, lock: LockState): LockState {
  if (verdict === 'accepted') return unlocked;
  if (verdict !== 'wrong-secret') return lock;
  const failures = lock.failures + 1;
  return { failures, locked: failures >= failuresBeforeLock };
}

/**
 * An account after a refresh at `nowSeconds`: the attempt date always moves; the
 * success date only when the account's last aggregation succeeded (status code 0 or
 * none), since a seeded failing account stands for an institution that keeps failing.
 */
export function refreshedAccount(account: CustomerAccount, nowSeconds: number): CustomerAccount {
  const succeeds = (account.aggregationStatusCode ?? 0) === 0;
  return succeeds
    ? { ...account, aggregationAttemptDate: nowSeconds, aggregationSuccessDate: nowSeconds }
    : { ...account, aggregationAttemptDate: nowSeconds };
}

/** The `status` query filter of GetCustomerAccounts accepts these two values only. */
export function isAccountStatusFilter(value: string): boolean {
  return value === 'active' || value === 'pending';
}

/** The `account_type` filter: `ava` is the one value the API accepts today. */
export function isAccountTypeFilter(value: string): boolean {
  return value === 'ava';
}

/** A refresh's transaction window: `toDate` must not come before `fromDate` (both epoch seconds, either may be absent). */
export function isRefreshWindow(fromDate: number | undefined, toDate: number | undefined): boolean {
  return fromDate === undefined || toDate === undefined || toDate >= fromDate;
}

/** The token rules as pure functions, over the rules the spec states. */
import { describe, expect, it } from 'vitest';
import { tokenRules } from '../../generated/operations.js';
import {
  isExpiredToken,
  isRefusedCredentials,
  leaseTtlMs,
  mayRenewAfterExpiry,
  sharedPollDelayMs,
  tokenAge,
  tokenTrouble,
} from '../../src/token/policy.js';

describe('token rules', () => {
  it('takes 401 with 10022 (invalid) or 10023 (expired) as an expired token', () => {
    expect(isExpiredToken(401, 10022, tokenRules)).toBe(true);
    expect(isExpiredToken(401, 10023, tokenRules)).toBe(true);
    expect(isExpiredToken(401, 10024, tokenRules)).toBe(false);
    expect(isExpiredToken(403, 10023, tokenRules)).toBe(false);
    expect(isExpiredToken(401, '10023', tokenRules)).toBe(false);
  });
  it('takes 400, 401, 403 and 404 from the token operation as refused credentials, nothing else', () => {
    for (const status of [400, 401, 403, 404]) expect(isRefusedCredentials(status, tokenRules)).toBe(true);
    for (const status of [200, 429, 500, 502, 503]) expect(isRefusedCredentials(status, tokenRules)).toBe(false);
  });
  it('reuses a token until its renew-after age, then keeps it while renewing until it is no longer valid', () => {
    const limits = { renewAfterMs: 1_000, validForMs: 2_000 };
    expect(tokenAge(0, 999, limits)).toBe('fresh');
    expect(tokenAge(0, 1_000, limits)).toBe('renew');
    expect(tokenAge(0, 1_999, limits)).toBe('renew');
    expect(tokenAge(0, 2_000, limits)).toBe('expired');
    // Issued by a process whose clock runs a little ahead: just issued, not negative-aged for ever.
    expect(tokenAge(5_000, 0, limits)).toBe('fresh');
  });
  it('renews after expiry answers at once the first time, then only after a doubling backoff', () => {
    const settings = { retryBaseDelayMs: 100, retryMaxDelayMs: 1_000 };
    expect(mayRenewAfterExpiry(0, 0, settings)).toBe(true);
    expect(mayRenewAfterExpiry(1, 99, settings)).toBe(false);
    expect(mayRenewAfterExpiry(1, 100, settings)).toBe(true);
    expect(mayRenewAfterExpiry(2, 199, settings)).toBe(false);
    expect(mayRenewAfterExpiry(2, 200, settings)).toBe(true);
    expect(mayRenewAfterExpiry(10, 999, settings)).toBe(false);
    expect(mayRenewAfterExpiry(10, 1_000, settings)).toBe(true);
  });
  it('leases a token request for its timeout and a second; looks for the shared result at 50 ms, doubling to 800 ms', () => {
    expect(leaseTtlMs(30_000)).toBe(31_000);
    expect([0, 1, 2, 3, 4, 5, 9].map(sharedPollDelayMs)).toEqual([50, 100, 200, 400, 800, 800, 800]);
  });
});

describe('tokenTrouble', () => {
  it('calls the spec’s invalid-token codes invalid, and every other renewing code expired', () => {
    const rules = { invalidTokenCodes: [10022] };
    expect(tokenTrouble(10022, rules)).toBe('invalid');
    expect(tokenTrouble(10023, rules)).toBe('expired');
    expect(tokenTrouble('10022', rules)).toBe('expired');
    expect(tokenTrouble(undefined, rules)).toBe('expired');
    expect(tokenTrouble(10022, { invalidTokenCodes: [] })).toBe('expired');
  });
});

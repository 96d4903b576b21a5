/** The token rules as pure functions, over the rules the spec states. */
import { describe, expect, it } from 'vitest';
import { tokenRules } from '../../generated/operations.js';
import { isExpiredToken, isRefusedCredentials, isTokenFresh } from '../../src/token/policy.js';

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
  it('reuses a token until its lifetime has passed', () => {
    expect(isTokenFresh(0, 999, 1_000)).toBe(true);
    expect(isTokenFresh(0, 1_000, 1_000)).toBe(false);
  });
});

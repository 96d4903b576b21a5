/** The fake's decisions as pure functions: credentials, tokens, the lock, refreshes, routes and faults. */
import { describe, expect, it } from 'vitest';
import { type OperationDescription, operations, tokenRules } from '../../generated/operations.js';
import { FaultQueue, faultProblem, faultyAnswer } from '../../src/testing/faults.js';
import { matchRoute, parameterProblem, routeOf } from '../../src/testing/routes.js';
import {
  type CredentialVerdict,
  failuresBeforeLock,
  isAccountStatusFilter,
  isAccountTypeFilter,
  isRefreshWindow,
  judgeAppKey,
  judgeCredentials,
  judgeToken,
  type LockState,
  lockAfter,
  refreshedAccount,
  unlocked,
} from '../../src/testing/rules.js';
import { seededAccounts } from '../../src/testing/seed.js';

const expected = { appKey: 'app-key-0001', partnerId: 'partner-1', partnerSecret: 'secret-0001' };

describe('app keys and tokens', () => {
  it('an app key is missing (absent or empty), the fake’s, or unknown', () => {
    expect([undefined, '', 'app-key-0001', 'app-key-0002'].map((sent) => judgeAppKey(sent, expected.appKey))).toEqual([
      'missing',
      'missing',
      'valid',
      'unknown',
    ]);
  });

  it('a token is valid for two hours less a millisecond, expired from then on; unknown when never issued; missing when not sent', () => {
    const issuedAt = 1_000;
    expect(judgeToken('t', issuedAt, issuedAt + tokenRules.validForMs - 1, tokenRules.validForMs)).toBe('valid');
    expect(judgeToken('t', issuedAt, issuedAt + tokenRules.validForMs, tokenRules.validForMs)).toBe('expired');
    expect(judgeToken('t', undefined, issuedAt, tokenRules.validForMs)).toBe('unknown');
    expect(judgeToken(undefined, issuedAt, issuedAt, tokenRules.validForMs)).toBe('missing');
    expect(judgeToken('', issuedAt, issuedAt, tokenRules.validForMs)).toBe('missing');
    expect(tokenRules.validForMs).toBe(2 * 60 * 60 * 1000);
  });
});

describe('credentials and the lock', () => {
  const judge = (sent: { partnerId?: unknown; partnerSecret?: unknown }, lock: LockState = unlocked) =>
    judgeCredentials(sent, expected, lock);

  it('judges a body: fields missing or not strings, unknown partner, wrong secret, accepted', () => {
    expect(judge({ partnerSecret: 'secret-0001' })).toBe('missing-partner-id');
    expect(judge({ partnerId: 5, partnerSecret: 'secret-0001' })).toBe('missing-partner-id');
    expect(judge({ partnerId: '', partnerSecret: 'secret-0001' })).toBe('missing-partner-id');
    expect(judge({ partnerId: 'partner-1', partnerSecret: '' })).toBe('missing-partner-secret');
    expect(judge({ partnerId: 'partner-2', partnerSecret: 'secret-0001' })).toBe('unknown-partner');
    expect(judge({ partnerId: 'partner-1', partnerSecret: 'secret-0002' })).toBe('wrong-secret');
    expect(judge({ partnerId: 'partner-1', partnerSecret: 'secret-0001' })).toBe('accepted');
  });

  it('locks on the fifth wrong secret in a row; then even the right secret is refused', () => {
    let lock = unlocked;
    for (let failure = 1; failure <= failuresBeforeLock; failure += 1) {
      expect(lock.locked).toBe(false);
      lock = lockAfter('wrong-secret', lock);
      expect(lock.failures).toBe(failure);
    }
    expect(failuresBeforeLock).toBe(5);
    expect(lock.locked).toBe(true);
    expect(judge({ partnerId: 'partner-1', partnerSecret: 'secret-0001' }, lock)).toBe('locked');
    expect(lockAfter('locked', lock)).toEqual(lock);
  });

  it('a success starts the count again; an unknown partner or a missing field does not count', () => {
    const four: LockState = { failures: 4, locked: false };
    expect(lockAfter('accepted', four)).toEqual(unlocked);
    for (const verdict of ['unknown-partner', 'missing-partner-id', 'missing-partner-secret'] satisfies CredentialVerdict[]) {
      expect(lockAfter(verdict, four)).toEqual(four);
    }
  });

  it('an unknown partner is answered as unknown even while the real partner is locked', () => {
    expect(judge({ partnerId: 'partner-2', partnerSecret: 'x' }, { failures: 5, locked: true })).toBe('unknown-partner');
  });
});

describe('refreshes and filters', () => {
  const [checking] = seededAccounts();

  it('a refresh moves the attempt date and, for an account that aggregates, the success date', () => {
    expect(refreshedAccount(checking!, 2_000_000_000)).toMatchObject({
      aggregationAttemptDate: 2_000_000_000,
      aggregationSuccessDate: 2_000_000_000,
    });
    expect(refreshedAccount({ ...checking!, aggregationStatusCode: null }, 7)).toMatchObject({ aggregationSuccessDate: 7 });
  });

  it('an account whose last aggregation failed keeps failing: only its attempt date moves', () => {
    const failing = { ...checking!, aggregationStatusCode: 103 };
    expect(refreshedAccount(failing, 2_000_000_000)).toEqual({ ...failing, aggregationAttemptDate: 2_000_000_000 });
  });

  it('accepts the status filters active and pending, the account_type filter ava, and a window whose end is not before its start', () => {
    expect(['active', 'pending', 'closed', ''].map(isAccountStatusFilter)).toEqual([true, true, false, false]);
    expect(['ava', 'checking'].map(isAccountTypeFilter)).toEqual([true, false]);
    expect([
      isRefreshWindow(1, 2),
      isRefreshWindow(2, 2),
      isRefreshWindow(3, 2),
      isRefreshWindow(undefined, 2),
      isRefreshWindow(3, undefined),
    ]).toEqual([true, true, false, true, true]);
  });
});

describe('routes from the operations table', () => {
  const routes = operations.map(routeOf);

  it('every operation of the table is reached by its own method and path, with its path parameters decoded', () => {
    for (const operation of operations) {
      const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(`${name} a/b`));
      const match = matchRoute(routes, operation.method.toLowerCase(), path);
      expect(match?.operation.operationId).toBe(operation.operationId);
      for (const name of Object.keys(match!.pathParams)) expect(match!.pathParams[name]).toBe(`${name} a/b`);
    }
  });

  it('matches nothing for another method, a longer path, or a segment that does not decode', () => {
    expect(matchRoute(routes, 'PUT', '/aggregation/v1/customers/1/accounts')).toBeUndefined();
    expect(matchRoute(routes, 'GET', '/aggregation/v1/customers/1/accounts/extra/more')).toBeUndefined();
    expect(matchRoute(routes, 'GET', '/aggregation/v1/customers/%E0%A4%A/accounts')).toBeUndefined();
  });

  it('checks parameters as the table types them: integers, and required ones present', () => {
    const byInstitution = operations.find((operation) => operation.path.includes('{institutionId}'))!;
    const none = new URLSearchParams();
    expect(parameterProblem(byInstitution, { customerId: '1', institutionId: '4222' }, none)).toBeUndefined();
    expect(parameterProblem(byInstitution, { customerId: '1', institutionId: '42.5' }, none)).toEqual({
      name: 'institutionId',
      missing: false,
    });
    expect(parameterProblem(byInstitution, { customerId: '1' }, none)).toEqual({ name: 'institutionId', missing: true });
    const windowed = operations.find((operation) => operation.parameters.some((parameter) => parameter.name === 'fromDate'))!;
    const path = { customerId: '1', institutionLoginId: '2' };
    expect(parameterProblem(windowed, path, new URLSearchParams('fromDate=yesterday'))).toEqual({ name: 'fromDate', missing: false });
    expect(parameterProblem(windowed, path, new URLSearchParams('fromDate=-5&toDate=7'))).toBeUndefined();
  });

  // No path or query of the spec has these yet: an operation made for the test gives the table's types a place.
  const [anyOperation] = operations;
  const madeUp = (changes: Partial<OperationDescription>): OperationDescription => ({ ...anyOperation!, ...changes });

  it('reads the characters of a path template as they are, not as a pattern', () => {
    const dotted = routeOf(madeUp({ method: 'GET', path: '/v1.0/items/{id}+more', parameters: [] }));
    expect(matchRoute([dotted], 'GET', '/v1.0/items/7+more')?.pathParams).toEqual({ id: '7' });
    expect(matchRoute([dotted], 'GET', '/v1x0/items/7+more')).toBeUndefined();
    expect(matchRoute([dotted], 'GET', '/v1.0/items/7moremore')).toBeUndefined();
  });

  it('checks numbers and booleans as the table types them, and leaves headers and cookies alone', () => {
    const typed = madeUp({
      parameters: [
        { name: 'amount', in: 'query', required: false, type: 'number' },
        { name: 'flag', in: 'query', required: false, type: 'boolean' },
        { name: 'tags', in: 'query', required: false, type: 'array' },
        { name: 'x-trace', in: 'header', required: true, type: 'string' },
        { name: 'session', in: 'cookie', required: true, type: 'integer' },
      ],
    });
    const problem = (query: string) => parameterProblem(typed, {}, new URLSearchParams(query))?.name;
    for (const fine of ['', 'amount=12.5', 'amount=-3', 'amount=1e3', 'flag=true', 'flag=false', 'tags=a,b', 'x-trace=&session=x']) {
      expect(problem(fine), fine).toBeUndefined();
    }
    for (const malformed of ['amount=', 'amount=%20', 'amount=12a', 'amount=Infinity', 'amount=NaN']) {
      expect(problem(malformed), malformed).toBe('amount');
    }
    for (const malformed of ['flag=', 'flag=yes', 'flag=TRUE', 'flag=1']) expect(problem(malformed), malformed).toBe('flag');
  });
});

describe('faults', () => {
  const real = { status: 200, headers: { 'content-type': 'application/json' }, body: '{"accounts":[]}' };

  it('a fault with a status answers instead of the real answer, which is never computed', () => {
    let computed = false;
    const answer = faultyAnswer({ status: 503, headers: { 'retry-after': '2' }, body: { code: 503 } }, () => {
      computed = true;
      return real;
    });
    expect(computed).toBe(false);
    expect(answer).toEqual({
      status: 503,
      headers: { 'content-type': 'application/json', 'retry-after': '2' },
      body: '{"code":503}',
      dropConnection: false,
      bodyDelayMs: undefined,
    });
    expect(faultyAnswer({ status: 401, body: 'Unauthorized' }, () => real)).toMatchObject({
      headers: { 'content-type': 'text/plain' },
      body: 'Unauthorized',
    });
    expect(faultyAnswer({ status: 500 }, () => real)).toMatchObject({ headers: {}, body: undefined });
  });

  it('a fault without a status delays or drops the real answer', () => {
    expect(faultyAnswer({ bodyDelayMs: 50 }, () => real)).toEqual({ ...real, dropConnection: false, bodyDelayMs: 50 });
    expect(faultyAnswer({ dropConnection: true }, () => real)).toMatchObject({ status: 200, dropConnection: true });
  });

  it('refuses a fault that does nothing or is malformed, naming the problem', () => {
    expect(faultProblem({}, 1)).toBe('give a status, dropConnection or bodyDelayMs');
    expect(faultProblem({ status: 99 }, 1)).toMatch(/status/);
    expect(faultProblem({ status: 503.5 }, 1)).toMatch(/status/);
    expect(faultProblem({ bodyDelayMs: -1 }, 1)).toMatch(/bodyDelayMs/);
    expect(faultProblem({ status: 503 }, 0)).toMatch(/times/);
    expect(faultProblem({ status: 503 }, 2)).toBeUndefined();
  });

  it('the queue gives each fault for its number of calls, in order, per operation', () => {
    const queue = new FaultQueue();
    queue.add('A', { status: 503 }, 2);
    queue.add('A', { status: 429 }, 1);
    expect([queue.take('B'), queue.take('A'), queue.take('A'), queue.take('A'), queue.take('A')].map((fault) => fault?.status)).toEqual([
      undefined,
      503,
      503,
      429,
      undefined,
    ]);
  });
});

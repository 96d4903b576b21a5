/**
 * The fake on the wire, as users drive it: through the package's clients against a real
 * server on 127.0.0.1; state, clock, lockout, faults and the record of requests.
 */
import { get, type IncomingMessage, request } from 'node:http';
import { connect, createServer } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type CustomerAccount,
  createAccountsApi,
  createAccountsClient,
  FinicityApiError,
  FinicityAuthenticationError,
  FinicityConnectionError,
  FinicityTimeoutError,
} from '../../src/index.js';
import {
  createFinicityModel,
  type FaultAnswer,
  type FinicityFake,
  type FinicityFakeOptions,
  type FinicityModel,
  startFinicityFake,
} from '../../src/testing/index.js';
import { authorizedHeaders, tokenFrom } from './callers.js';

const fakes: FinicityFake[] = [];
async function start(options?: FinicityFakeOptions): Promise<FinicityFake> {
  const fake = await startFinicityFake(options);
  fakes.push(fake);
  return fake;
}
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((fake) => fake.close()));
});

const apiFor = (fake: FinicityFake, extra: object = {}) => createAccountsApi({ ...fake.credentials, baseUrl: fake.baseUrl, ...extra });
const operationsOf = (fake: FinicityFake) => fake.requests.map((request) => `${request.operation} ${request.status}`);

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('the call succeeded'),
    (error: unknown) => error,
  );
}

describe('the server', () => {
  it('listens on 127.0.0.1 on a free port, and close() frees it', async () => {
    const fake = await startFinicityFake();
    const port = Number(new URL(fake.baseUrl).port);
    expect(fake.baseUrl).toBe(`http://127.0.0.1:${port}`);
    await fake.close();
    const again = createServer();
    await new Promise<void>((resolve) => again.listen(port, '127.0.0.1', resolve));
    await new Promise((resolve) => again.close(resolve));
  });

  it('listens on a port it is given, and refuses a bad option without leaving a server', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as { port: number }).port;
    await new Promise((resolve) => probe.close(resolve));
    const fake = await start({ port });
    expect(fake.baseUrl).toBe(`http://127.0.0.1:${port}`);
    await expect(startFinicityFake({ port })).rejects.toThrow(/EADDRINUSE/);
    await expect(startFinicityFake({ seeds: true, clock: 1 } as FinicityFakeOptions)).rejects.toThrow(
      new TypeError('finicity-accounts/testing: unknown option seeds, clock'),
    );
  });

  it('listens on 127.0.0.1 only: not on the IPv6 loopback', async () => {
    const fake = await start();
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: '::1', port: Number(new URL(fake.baseUrl).port) });
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', () => resolve(true));
    });
    expect(refused).toBe(true);
  });

  it('takes port 65535, the highest there is', async () => {
    // Either it listens there, or someone else does: both mean the port was taken as valid.
    const outcome = await startFinicityFake({ port: 65_535 }).then(
      (fake) => fake.close().then(() => 'listened'),
      (error: NodeJS.ErrnoException) => error.code,
    );
    expect(['listened', 'EADDRINUSE']).toContain(outcome);
  });

  it('refuses a port that is not an integer from 0 to 65535, and a start time that is not epoch milliseconds, in words', async () => {
    for (const port of [-1, 65_536, 80.5]) {
      await expect(startFinicityFake({ port }), String(port)).rejects.toThrow(
        new TypeError('finicity-accounts/testing: port must be an integer from 0 to 65535'),
      );
    }
    for (const startTime of [Number.NaN, Number.POSITIVE_INFINITY]) {
      await expect(startFinicityFake({ startTime }), String(startTime)).rejects.toThrow(
        new TypeError('finicity-accounts/testing: startTime must be epoch milliseconds'),
      );
    }
  });

  it('takes credentials of 8 characters or more, and refuses shorter ones or ones that are not strings, in words', async () => {
    const fake = await start({ credentials: { appKey: '8-chars!', partnerId: '12345678', partnerSecret: 'secret-8' } });
    expect(fake.credentials).toEqual({ appKey: '8-chars!', partnerId: '12345678', partnerSecret: 'secret-8' });
    for (const appKey of ['7-chars', 12345678 as unknown as string]) {
      expect(() => createFinicityModel({ credentials: { appKey } }), String(appKey)).toThrow(
        new TypeError(
          'finicity-accounts/testing: credentials.appKey must be a string of 8 characters or more, without surrounding white space',
        ),
      );
    }
  });

  it('names a refused credential without repeating it', async () => {
    const error = await rejection(startFinicityFake({ credentials: { partnerSecret: ' my-real-secret ' } }));
    expect(String(error)).toContain('credentials.partnerSecret');
    expect(String(error)).not.toContain('my-real-secret');
  });

  it('keeps two fakes apart', async () => {
    const [one, two] = await Promise.all([start(), start()]);
    await apiFor(one).deleteCustomerAccount({ customerId: one.customerId, accountId: '5011648377' });
    expect(one.accounts(one.customerId)).toHaveLength(3);
    expect(two.accounts(two.customerId)).toHaveLength(4);
  });
});

describe('the seeded customer', () => {
  it('has accounts of four kinds at two institution logins, one with details and positions', async () => {
    const fake = await start();
    const { accounts } = await apiFor(fake).getCustomerAccounts({ customerId: fake.customerId });
    expect(accounts.map((account) => account.type)).toEqual(['checking', 'investment', 'creditCard', 'mortgage']);
    expect(new Set(accounts.map((account) => account.institutionLoginId)).size).toBe(2);
    const investment = accounts.find((account) => account.type === 'investment')!;
    expect(investment.detail).toBeDefined();
    expect(investment.position?.length).toBeGreaterThan(0);
  });

  it('answers every field of its accounts as seeded', async () => {
    const fake = await start();
    const client = createAccountsClient({ ...fake.credentials, baseUrl: fake.baseUrl });
    const { data } = await client.GET('/aggregation/v1/customers/{customerId}/accounts', {
      params: { path: { customerId: '1005061234' } },
    });
    const seededAt = 1607450357;
    const everyAccount = {
      customerId: '1005061234',
      status: 'active',
      currency: 'USD',
      createdDate: seededAt,
      balanceDate: seededAt,
      aggregationStatusCode: 0,
      aggregationAttemptDate: seededAt,
      aggregationSuccessDate: seededAt,
      marketSegment: 'personal',
      accountNickname: null,
    };
    const firstLogin = { institutionId: '4222', institutionLoginId: 1007302745 };
    const secondLogin = { institutionId: '101732', institutionLoginId: 1007302746 };
    expect(data?.accounts).toEqual([
      {
        ...everyAccount,
        ...firstLogin,
        id: '5011648377',
        number: '2000004444',
        accountNumberDisplay: '4444',
        realAccountNumberLast4: '4444',
        name: 'Super Checking',
        type: 'checking',
        balance: 401.26,
        displayPosition: 1,
        detail: { dateAsOf: seededAt, availableBalanceAmount: 380.12, interestYtdAmount: 1.07, maturityDate: null },
        position: null,
      },
      {
        ...everyAccount,
        ...firstLogin,
        id: '5011648378',
        number: '2000005555',
        accountNumberDisplay: '5555',
        name: 'Brokerage',
        type: 'investment',
        balance: 16125,
        displayPosition: 2,
        detail: { dateAsOf: seededAt, currentBalance: 16125, availableCashBalance: 3456.78, marginAllowed: false },
        position: [
          { id: 454678080, symbol: 'DAL', units: 6.537, currentPrice: 41.585, marketValue: 271.84, securityType: 'Stock', posType: 'Long' },
          {
            id: 454678081,
            symbol: 'VTI',
            units: 70,
            currentPrice: 226.5,
            marketValue: 15855,
            securityType: 'Fund',
            optionExpireDate: null,
          },
        ],
      },
      {
        ...everyAccount,
        ...secondLogin,
        id: '5011648379',
        number: '4111000011112222',
        accountNumberDisplay: '2222',
        name: 'Rewards Card',
        type: 'creditCard',
        balance: -512.4,
        displayPosition: 1,
      },
      {
        ...everyAccount,
        ...secondLogin,
        id: '5011648380',
        number: '201940541',
        accountNumberDisplay: '0541',
        name: 'Home Loan',
        type: 'mortgage',
        balance: -245612.5,
        displayPosition: 2,
        authorizationStartDate: 1541030399,
        authorizationEndDate: 1641030399,
        authorizationExpires: true,
      },
    ]);
  });
});

describe('tokens on the fake’s clock', () => {
  it('a token two hours old is refused with 10023; the client gets a new one and the call goes through', async () => {
    const fake = await start();
    const api = apiFor(fake);
    await api.getCustomerAccounts({ customerId: fake.customerId });
    fake.advance(2 * 60 * 60 * 1000);
    await api.getCustomerAccounts({ customerId: fake.customerId });
    expect(operationsOf(fake)).toEqual([
      'CreateToken 200',
      'GetCustomerAccounts 200',
      'GetCustomerAccounts 401',
      'CreateToken 200',
      'GetCustomerAccounts 200',
    ]);
  });

  it('a token is still good a millisecond before its two hours', async () => {
    const fake = await start({ startTime: Date.UTC(2026, 0, 1) });
    const api = apiFor(fake);
    await api.getCustomerAccounts({ customerId: fake.customerId });
    fake.advance(2 * 60 * 60 * 1000 - 1);
    await api.getCustomerAccounts({ customerId: fake.customerId });
    expect(operationsOf(fake)).toEqual(['CreateToken 200', 'GetCustomerAccounts 200', 'GetCustomerAccounts 200']);
    expect(fake.now).toBe(Date.UTC(2026, 0, 1) + 2 * 60 * 60 * 1000 - 1);
    fake.advance(0);
    expect(fake.now).toBe(Date.UTC(2026, 0, 1) + 2 * 60 * 60 * 1000 - 1);
    expect(() => fake.advance(-1)).toThrow(new TypeError('advance: ms must be a number of milliseconds, 0 or more'));
  });

  it('issues tokens of 20 letters and digits, a new one each time', async () => {
    const fake = await start();
    const tokens = [await tokenFrom(fake), await tokenFrom(fake)];
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(tokens[0]).not.toBe(tokens[1]);
  });

  it('answers a token it never issued with 10022, and a fixed token cannot be renewed', async () => {
    const fake = await start();
    const api = createAccountsApi({ appKey: fake.credentials.appKey, appToken: 'never-issued-token', baseUrl: fake.baseUrl });
    const error = await rejection(api.getCustomerAccounts({ customerId: fake.customerId }));
    expect(error).toMatchObject({ status: 401, code: 10022, message: expect.stringContaining('Invalid (Finicity-App-Token)') });
  });

  it('answers a wrong app key with 401 and code 10021', async () => {
    const fake = await start();
    const error = await rejection(apiFor(fake, { appKey: 'some-other-app-key' }).getCustomerAccounts({ customerId: fake.customerId }));
    expect(error).toBeInstanceOf(FinicityAuthenticationError);
    expect(error).toMatchObject({ status: 401, code: 10021 });
  });
});

describe('refused credentials and the lockout', () => {
  it('a wrong secret: 401, code 10001, sent once (the client does not retry it)', async () => {
    const fake = await start();
    const error = await rejection(
      apiFor(fake, { partnerSecret: 'not-the-right-secret' }).getCustomerAccounts({ customerId: fake.customerId }),
    );
    expect(error).toBeInstanceOf(FinicityAuthenticationError);
    expect(error).toMatchObject({ status: 401, code: 10001 });
    expect(operationsOf(fake)).toEqual(['CreateToken 401']);
    expect(fake.failedAuthentications).toBe(1);
  });

  it('a CreateToken body without a partner ID (none, not JSON, JSON null or a number): 400, code 10005, not counted', async () => {
    const fake = await start();
    for (const body of [undefined, 'partnerId=1234583871234', 'null', '5', JSON.stringify({ partnerSecret: 'fake-partner-secret' })]) {
      const response = await fetch(`${fake.baseUrl}/aggregation/v2/partners/authentication`, {
        method: 'POST',
        headers: { 'finicity-app-key': fake.credentials.appKey, 'content-type': 'application/json' },
        body,
      });
      expect({ status: response.status, body: await response.json() }, String(body)).toEqual({
        status: 400,
        body: { code: '10005', message: 'Missing parameter (partnerId)' },
      });
    }
    expect(fake.failedAuthentications).toBe(0);
  });

  it('an unknown partner: 404, code 12401, not counted towards the lock', async () => {
    const fake = await start();
    const error = await rejection(apiFor(fake, { partnerId: '999999' }).getCustomerAccounts({ customerId: fake.customerId }));
    expect(error).toMatchObject({ status: 404, code: 12401 });
    expect(fake.failedAuthentications).toBe(0);
  });

  it('five wrong secrets lock the partner: the right secret is refused until unlock()', async () => {
    const fake = await start();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await rejection(apiFor(fake, { partnerSecret: 'not-the-right-secret' }).getCustomerAccounts({ customerId: fake.customerId }));
    }
    expect(fake.locked).toBe(true);
    const refused = await rejection(apiFor(fake).getCustomerAccounts({ customerId: fake.customerId }));
    expect(refused).toMatchObject({ status: 401, code: 10001 });
    fake.unlock();
    expect(fake.locked).toBe(false);
    await expect(apiFor(fake).getCustomerAccounts({ customerId: fake.customerId })).resolves.toMatchObject({ accounts: expect.any(Array) });
  });
});

describe('state', () => {
  it('a deleted account is gone from every list and from get, with the real 404s', async () => {
    const fake = await start();
    const api = apiFor(fake);
    const customerId = fake.customerId;
    await api.deleteCustomerAccount({ customerId, accountId: '5011648377' });
    expect((await api.getCustomerAccounts({ customerId })).accounts.map((account) => account.id)).not.toContain('5011648377');
    expect((await api.getCustomerAccountsByInstitution({ customerId, institutionId: 4222 })).accounts.map((account) => account.id)).toEqual(
      ['5011648378'],
    );
    expect((await api.getCustomerAccountsByInstitutionLogin({ customerId, institutionLoginId: '1007302745' })).accounts).toHaveLength(1);
    const error = await rejection(api.getCustomerAccount({ customerId, accountId: '5011648377' }));
    expect(error).toMatchObject({
      status: 404,
      code: 38003,
      body: { message: 'customer does not have given account (customerId = 1005061234, accountId = [5011648377])' },
    });
  });

  it('deleting an institution login removes its accounts: then 38007 for the login and 38006 for its institution', async () => {
    const fake = await start();
    const api = apiFor(fake);
    const customerId = fake.customerId;
    // By path, through openapi-fetch: test/scripts/spec-loop.test.ts renames this operation and type-checks every file.
    const client = createAccountsClient({ ...fake.credentials, baseUrl: fake.baseUrl });
    const deleteLogin = () =>
      client.DELETE('/aggregation/v1/customers/{customerId}/institutionLogins/{institutionLoginId}', {
        params: { path: { customerId, institutionLoginId: '1007302745' } },
      });
    expect((await deleteLogin()).response.status).toBe(204);
    expect(fake.accounts(customerId)?.map((account) => account.id)).toEqual(['5011648379', '5011648380']);
    const again = await deleteLogin();
    expect(again.response.status).toBe(404);
    expect(again.error).toEqual({
      code: 38007,
      message: 'Customer does not have any accounts associated with institutionLoginId = (1007302745)',
    });
    expect(await rejection(api.getCustomerAccountsByInstitution({ customerId, institutionId: 4222 }))).toMatchObject({
      status: 404,
      body: { code: 38006, message: 'Customer does not have any accounts associated with institutionId = (4222)' },
    });
  });

  it('by institution: the active accounts only; by login: all of them; an unknown customer gets the 404s of one without such accounts', async () => {
    const fake = await start();
    const customerId = fake.customerId;
    fake.putAccounts({ ...fake.account(customerId, '5011648377')!, id: '5011648399', status: 'pending' });
    const api = apiFor(fake);
    const ids = (answer: { accounts: CustomerAccount[] }) => answer.accounts.map((account) => account.id);
    expect(ids(await api.getCustomerAccountsByInstitution({ customerId, institutionId: 4222 }))).toEqual(['5011648377', '5011648378']);
    expect(ids(await api.getCustomerAccountsByInstitutionLogin({ customerId, institutionLoginId: '1007302745' }))).toEqual([
      '5011648377',
      '5011648378',
      '5011648399',
    ]);
    const stranger = '999000111';
    expect(await rejection(api.getCustomerAccountsByInstitution({ customerId: stranger, institutionId: 4222 }))).toMatchObject({
      status: 404,
      body: { code: 38006, message: 'Customer does not have any accounts associated with institutionId = (4222)' },
    });
    expect(
      await rejection(api.getCustomerAccountsByInstitutionLogin({ customerId: stranger, institutionLoginId: '1007302745' })),
    ).toMatchObject({
      status: 404,
      body: { code: 38007, message: 'Customer does not have any accounts associated with institutionLoginId = (1007302745)' },
    });
  });

  it('a refresh dates the accounts by the fake’s clock; V1 answers the accounts, V2 204; a failing account gets an attempt only', async () => {
    const fake = await start({ startTime: Date.UTC(2026, 5, 1) });
    const customerId = fake.customerId;
    const failing = { ...fake.account(customerId, '5011648380')!, aggregationStatusCode: 103 };
    fake.putAccounts(failing);
    const api = apiFor(fake);
    fake.advance(60_000);
    const seconds = Math.floor(fake.now / 1000);
    const { accounts } = await api.refreshCustomerAccounts({ customerId });
    expect(accounts.find((account) => account.id === '5011648377')).toMatchObject({
      aggregationAttemptDate: seconds,
      aggregationSuccessDate: seconds,
    });
    expect(accounts.find((account) => account.id === '5011648380')).toMatchObject({
      aggregationAttemptDate: seconds,
      aggregationSuccessDate: 1607450357,
    });
    fake.advance(60_000);
    const raw = await api.refreshCustomerAccountsByInstitutionLoginV2Raw({ customerId, institutionLoginId: '1007302746' });
    expect(raw.raw.status).toBe(204);
    expect(fake.account(customerId, '5011648379')?.aggregationAttemptDate).toBe(seconds + 60);
    expect(fake.account(customerId, '5011648377')?.aggregationAttemptDate).toBe(seconds);
  });

  it('seeds accounts typed with the package’s own model, and hands back copies', async () => {
    const fake = await start({ seed: false });
    const account: CustomerAccount = {
      id: '7000000001',
      number: '1111',
      accountNumberDisplay: '1111',
      name: 'Savings',
      type: 'savings',
      status: 'pending',
      customerId: '2000000001',
      institutionId: '101732',
      createdDate: 1700000000,
      currency: 'USD',
      institutionLoginId: 3000000001,
    };
    fake.putAccounts(account);
    fake.addCustomer('2000000002');
    const api = apiFor(fake);
    expect((await api.getCustomerAccounts({ customerId: '2000000001', status: 'pending' })).accounts).toEqual([account]);
    expect((await api.getCustomerAccounts({ customerId: '2000000001', status: 'active' })).accounts).toEqual([]);
    expect((await api.getCustomerAccounts({ customerId: '2000000002' })).accounts).toEqual([]);
    expect(await rejection(api.getCustomerAccounts({ customerId: fake.customerId }))).toMatchObject({ status: 404, code: 14001 });
    fake.accounts('2000000001')![0]!.name = 'changed by the test';
    fake.account('2000000001', '7000000001')!.name = 'changed by the test';
    expect(fake.account('2000000001', '7000000001')?.name).toBe('Savings');
  });
});

describe('faults on demand', () => {
  it('a 503 with Retry-After is retried by the client, and the call succeeds', async () => {
    const fake = await start();
    fake.failNext('GetCustomerAccounts', {
      status: 503,
      headers: { 'retry-after': '0' },
      body: { code: 503, message: 'Service Unavailable' },
    });
    const client = createAccountsClient({ ...fake.credentials, baseUrl: fake.baseUrl, retryBaseDelayMs: 1 });
    const { data } = await client.GET('/aggregation/v1/customers/{customerId}/accounts', {
      params: { path: { customerId: fake.customerId } },
    });
    expect(data?.accounts).toHaveLength(4);
    expect(operationsOf(fake)).toEqual(['CreateToken 200', 'GetCustomerAccounts 503', 'GetCustomerAccounts 200']);
  });

  it('a 429 given three times outlasts two retries', async () => {
    const fake = await start();
    fake.failNext('GetCustomerAccount', { status: 429, headers: { 'retry-after': '0' } }, 3);
    const error = await rejection(
      apiFor(fake, { maxRetries: 2, retryBaseDelayMs: 1 }).getCustomerAccount({ customerId: fake.customerId, accountId: '5011648377' }),
    );
    expect(error).toBeInstanceOf(FinicityApiError);
    expect(error).toMatchObject({ status: 429, attempts: 3 });
  });

  it('a dropped connection on a refresh: the client gets a connection error, the refresh went through', async () => {
    const fake = await start();
    const api = apiFor(fake);
    await api.getCustomerAccounts({ customerId: fake.customerId });
    fake.advance(60_000);
    fake.failNext('RefreshCustomerAccounts', { dropConnection: true });
    expect(await rejection(api.refreshCustomerAccounts({ customerId: fake.customerId }))).toBeInstanceOf(FinicityConnectionError);
    expect(fake.account(fake.customerId, '5011648377')?.aggregationAttemptDate).toBe(Math.floor(fake.now / 1000));
    expect(fake.requests.at(-1)).toMatchObject({ operation: 'RefreshCustomerAccounts', status: null });
  });

  it('a slow body runs into the client’s timeout', async () => {
    const fake = await start();
    const api = apiFor(fake);
    await api.getCustomerAccounts({ customerId: fake.customerId });
    fake.failNext('GetCustomerAccounts', { bodyDelayMs: 5_000 });
    const error = await rejection(api.getCustomerAccounts({ customerId: fake.customerId }, { timeoutMs: 100, maxRetries: 0 }));
    expect(error).toBeInstanceOf(FinicityTimeoutError);
  });

  it('a slow body arrives whole once its delay is over', async () => {
    const fake = await start();
    fake.failNext('GetCustomerAccounts', { bodyDelayMs: 50 });
    const started = performance.now();
    expect((await apiFor(fake).getCustomerAccounts({ customerId: fake.customerId })).accounts).toHaveLength(4);
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
  });

  it('takes statuses from 200 to 599 and a delay of 0 ms; a status without a body is sent without a content type', async () => {
    const fake = await start();
    fake.failNext('GetCustomerAccounts', { status: 200, body: { accounts: [] } });
    fake.failNext('GetCustomerAccounts', { status: 599 });
    fake.failNext('GetCustomerAccounts', { bodyDelayMs: 0 });
    const headers = await authorizedHeaders(fake);
    const answers: Array<{ status: number; contentType: string | null; body: string }> = [];
    for (let call = 0; call < 3; call += 1) {
      const response = await fetch(`${fake.baseUrl}/aggregation/v1/customers/${fake.customerId}/accounts`, { headers });
      answers.push({ status: response.status, contentType: response.headers.get('content-type'), body: await response.text() });
    }
    expect(answers.slice(0, 2)).toEqual([
      { status: 200, contentType: 'application/json', body: '{"accounts":[]}' },
      { status: 599, contentType: null, body: '' },
    ]);
    expect(JSON.parse(answers[2]!.body).accounts).toHaveLength(4);
  });

  it('refuses a fault that is not an object, a status outside 200 to 599 and a negative delay, in words', async () => {
    const fake = await start();
    const refusal = (problem: string) => new TypeError(`failNext(GetCustomerAccounts): ${problem}`);
    for (const answer of [null, 503]) {
      expect(() => fake.failNext('GetCustomerAccounts', answer as unknown as FaultAnswer)).toThrow(refusal('the answer must be an object'));
    }
    for (const status of [199, 600, 503.5]) {
      expect(() => fake.failNext('GetCustomerAccounts', { status }), String(status)).toThrow(
        refusal('status must be an integer from 200 to 599'),
      );
    }
    expect(() => fake.failNext('GetCustomerAccounts', { bodyDelayMs: -1 })).toThrow(
      refusal('bodyDelayMs must be a number of milliseconds, 0 or more'),
    );
  });

  it('refuses an operation the spec does not have, and a fault that does nothing', async () => {
    const fake = await start();
    expect(() => fake.failNext('GetCustomerTransactions', { status: 503 })).toThrow(
      /^failNext: no operation GetCustomerTransactions in the spec \(known: CreateToken, DeleteCustomerAccount, .*RefreshCustomerAccountsV2\)$/,
    );
    expect(() => fake.failNext('GetCustomerAccounts', {})).toThrow(/give a status, dropConnection or bodyDelayMs/);
  });
});

describe('what the fake cannot answer', () => {
  it('a fault whose headers cannot be sent loses its connection, as a broken server’s would', async () => {
    const fake = await start();
    fake.failNext('GetCustomerAccounts', { status: 503, headers: { 'not a header name': 'x' } });
    const answer = fetch(`${fake.baseUrl}/aggregation/v1/customers/${fake.customerId}/accounts`, { signal: AbortSignal.timeout(5_000) });
    await expect(answer).rejects.toThrow(new TypeError('fetch failed'));
  });

  it('abandons a held body when the client gives up, and every held body when it closes: no timer is left', async () => {
    const fake = await start();
    // A scripted answer is sent before any check: no token needed, and no fetch whose keep-alive timers would count here.
    fake.failNext('GetCustomerAccounts', { status: 200, body: 'held', bodyDelayMs: 60_000 }, 2);
    const held = () =>
      new Promise<IncomingMessage>((resolve, reject) => {
        get(`${fake.baseUrl}/aggregation/v1/customers/${fake.customerId}/accounts`, resolve).on('error', reject);
      });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const first = await held();
      expect(vi.getTimerCount()).toBe(1);
      first.destroy();
      // The server learns of the close over the socket: a few turns of the event loop (setImmediate is not faked).
      for (let turn = 0; turn < 100 && vi.getTimerCount() > 0; turn += 1) await new Promise((resolve) => setImmediate(resolve));
      expect(vi.getTimerCount()).toBe(0);
      const second = await held();
      second.on('error', () => undefined);
      expect(vi.getTimerCount()).toBe(1);
      await fake.close();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('requests the spec has no route for', () => {
  it('a path that looks like a host is a path: 404 with code 14001', async () => {
    const fake = await start();
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const { hostname, port } = new URL(fake.baseUrl);
      get({ hostname, port, path: '//[::1]/aggregation' }, (response) => {
        response.resume();
        resolve(response.statusCode);
      }).on('error', reject);
    });
    expect(status).toBe(404);
    expect(fake.requests).toEqual([{ operation: null, method: 'GET', path: '//[::1]/aggregation', status: 404 }]);
  });

  it('a request for the server as a whole (OPTIONS *): 404 with code 14001', async () => {
    const fake = await start();
    const { hostname, port } = new URL(fake.baseUrl);
    const answer = await new Promise<{ status?: number; body: string }>((resolve, reject) => {
      request({ hostname, port, method: 'OPTIONS', path: '*' }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode, body }));
      })
        .on('error', reject)
        .end();
    });
    expect(answer).toEqual({ status: 404, body: JSON.stringify({ code: 14001, message: 'Resource not found.' }) });
    expect(fake.requests).toEqual([{ operation: null, method: 'OPTIONS', path: '/*', status: 404 }]);
  });
});

describe('Finicity’s answers, word for word', () => {
  it('gives each documented refusal its status, code (number or digit string, as the service sends it) and message', async () => {
    const fake = await start();
    const { appKey, partnerId, partnerSecret } = fake.credentials;
    const expiredToken = await tokenFrom(fake);
    fake.advance(2 * 60 * 60 * 1000);
    const headers = await authorizedHeaders(fake);
    const accounts = `/aggregation/v1/customers/${fake.customerId}/accounts`;
    const createToken = (key: string, body: object) => ({
      path: '/aggregation/v2/partners/authentication',
      init: { method: 'POST', headers: { 'finicity-app-key': key, 'content-type': 'application/json' }, body: JSON.stringify(body) },
    });
    const cases: Array<[string, { path: string; init: RequestInit }, number, object]> = [
      [
        'another app key',
        { path: accounts, init: { headers: { ...headers, 'finicity-app-key': 'another-app-key' } } },
        401,
        { code: '10021', message: 'You are not authorized.' },
      ],
      [
        'no token',
        { path: accounts, init: { headers: { 'finicity-app-key': appKey } } },
        401,
        { code: '10024', message: 'Missing parameter (Finicity-App-Token)' },
      ],
      [
        'a token two hours old',
        { path: accounts, init: { headers: { ...headers, 'finicity-app-token': expiredToken } } },
        401,
        { code: '10023', message: 'Expired (Finicity-App-Token)' },
      ],
      [
        'a wrong secret',
        createToken(appKey, { partnerId, partnerSecret: 'not-the-secret' }),
        401,
        { code: 10001, message: 'Invalid credentials' },
      ],
      [
        'an unknown partner',
        createToken(appKey, { partnerId: '999999', partnerSecret }),
        404,
        { code: 12401, message: 'partner not found' },
      ],
      [
        'a malformed id',
        { path: `/aggregation/v1/customers/${fake.customerId}/institutions/42a/accounts`, init: { headers } },
        400,
        { code: 14020, message: 'Bad request.' },
      ],
      [
        'another account type',
        { path: `${accounts}?account_type=checking`, init: { headers } },
        400,
        { code: 14020, message: 'Bad request. (Account type not supported).' },
      ],
      [
        'another status',
        { path: `${accounts}?status=closed`, init: { headers } },
        400,
        { code: '18017', message: "status parameter value must be 'active' or 'pending'" },
      ],
      [
        'an unknown customer',
        { path: '/aggregation/v1/customers/999000111/accounts', init: { headers } },
        404,
        { code: 14001, message: 'Customer not found.' },
      ],
    ];
    for (const [what, { path, init }, status, body] of cases) {
      const response = await fetch(`${fake.baseUrl}${path}`, init);
      expect({ status: response.status, body: await response.json() }, what).toEqual({ status, body });
    }
  });

  it('reads an institution ID as a number, and a refresh window open at either end', async () => {
    const fake = await start();
    const headers = await authorizedHeaders(fake);
    const byInstitution = await fetch(`${fake.baseUrl}/aggregation/v1/customers/${fake.customerId}/institutions/04222/accounts`, {
      headers,
    });
    expect(((await byInstitution.json()) as { accounts: CustomerAccount[] }).accounts.map((account) => account.id)).toEqual([
      '5011648377',
      '5011648378',
    ]);
    const refresh = `${fake.baseUrl}/aggregation/v1/customers/${fake.customerId}/institutionLogins/1007302745/accounts`;
    for (const window of ['?fromDate=1607450357', '?toDate=1607450357']) {
      expect((await fetch(`${refresh}${window}`, { method: 'POST', headers })).status, window).toBe(200);
    }
  });
});

describe('the record of requests', () => {
  it('lists operation, method, path and status, and never a secret', async () => {
    const fake = await start();
    const api = apiFor(fake);
    await api.getCustomerAccounts({ customerId: fake.customerId });
    await fetch(`${fake.baseUrl}/aggregation/v9/nothing`);
    expect(fake.requests.at(-1)).toEqual({ operation: null, method: 'GET', path: '/aggregation/v9/nothing', status: 404 });
    const token = (
      (await (
        await fetch(`${fake.baseUrl}/aggregation/v2/partners/authentication`, {
          method: 'POST',
          headers: { 'finicity-app-key': fake.credentials.appKey, 'content-type': 'application/json' },
          body: JSON.stringify({ partnerId: fake.credentials.partnerId, partnerSecret: fake.credentials.partnerSecret }),
        })
      ).json()) as { token: string }
    ).token;
    const recorded = JSON.stringify(fake.requests);
    for (const secret of [fake.credentials.appKey, fake.credentials.partnerSecret, token]) expect(recorded).not.toContain(secret);
  });
});

describe('without a server (for MSW and fetch stubs)', () => {
  it('serves Requests as MSW expects: a dropped connection is Response.error()', async () => {
    const model = createFinicityModel();
    model.failNext('CreateToken', { dropConnection: true });
    const dropped = await model.handle(new Request('https://api.finicity.com/aggregation/v2/partners/authentication', { method: 'POST' }));
    expect(dropped.type).toBe('error');
    const refused = await model.handle(new Request('https://api.finicity.com/aggregation/v2/partners/authentication', { method: 'POST' }));
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ code: 10026, message: 'Missing parameter (Finicity-App-Key)' });
  });

  it('its fetch rejects a dropped connection as fetch does, saying why in the cause', async () => {
    const model = createFinicityModel();
    model.failNext('CreateToken', { dropConnection: true });
    const error = await rejection(model.fetch('https://api.finicity.com/aggregation/v2/partners/authentication', { method: 'POST' }));
    expect(error).toEqual(new TypeError('fetch failed'));
    expect((error as Error).cause).toEqual(new Error('the fake dropped the connection'));
  });

  it('answers a client through its fetch option from the same model: tokens, state and faults', async () => {
    const model = createFinicityModel();
    const api = createAccountsApi({ ...model.credentials, baseUrl: 'https://api.finicity.com', fetch: model.fetch });
    await api.deleteCustomerAccount({ customerId: model.customerId, accountId: '5011648377' });
    expect((await api.getCustomerAccounts({ customerId: model.customerId })).accounts).toHaveLength(3);
    model.failNext('GetCustomerAccounts', { dropConnection: true });
    expect(await rejection(api.getCustomerAccounts({ customerId: model.customerId }, { maxRetries: 0 }))).toBeInstanceOf(
      FinicityConnectionError,
    );
    model.failNext('GetCustomerAccounts', { bodyDelayMs: 20 });
    expect((await api.getCustomerAccounts({ customerId: model.customerId })).accounts).toHaveLength(3);
    expect(model.requests.map((request) => request.operation)).toEqual([
      'CreateToken',
      'DeleteCustomerAccount',
      'GetCustomerAccounts',
      'GetCustomerAccounts',
      'GetCustomerAccounts',
    ]);
  });
});

describe('held bodies without a server, on a clock the test moves', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const BASE_URL = 'https://api.finicity.com';

  /** Headers with a token the model issued, got through model.handle. */
  async function authorizedFor(model: FinicityModel): Promise<Record<string, string>> {
    const appKey = { 'finicity-app-key': model.credentials.appKey };
    const { partnerId, partnerSecret } = model.credentials;
    const issued = await model.handle(
      new Request(`${BASE_URL}/aggregation/v2/partners/authentication`, {
        method: 'POST',
        headers: appKey,
        body: JSON.stringify({ partnerId, partnerSecret }),
      }),
    );
    return { ...appKey, 'finicity-app-token': ((await issued.json()) as { token: string }).token };
  }

  /** Whether `promise` has settled once what is already queued has run (setImmediate is not faked). */
  async function settledWithinATurn(promise: Promise<unknown>): Promise<boolean> {
    let settled = false;
    promise.then(
      () => {
        settled = true;
      },
      () => {
        settled = true;
      },
    );
    await new Promise((resolve) => setImmediate(resolve));
    return settled;
  }

  it('sends the status at once and holds the body until its delay is over', async () => {
    const model = createFinicityModel();
    const headers = await authorizedFor(model);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    model.failNext('GetCustomerAccounts', { bodyDelayMs: 1_000 });
    const response = await model.handle(new Request(`${BASE_URL}/aggregation/v1/customers/${model.customerId}/accounts`, { headers }));
    expect(response.status).toBe(200);
    const body = response.json() as Promise<{ accounts: CustomerAccount[] }>;
    await vi.advanceTimersByTimeAsync(999);
    expect(await settledWithinATurn(body)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await body).accounts).toHaveLength(4);
  });

  it('an answer without a body has none to hold: a delayed delete is a 204', async () => {
    const model = createFinicityModel();
    const headers = await authorizedFor(model);
    model.failNext('DeleteCustomerAccount', { bodyDelayMs: 1_000 });
    const deleted = await model.handle(
      new Request(`${BASE_URL}/aggregation/v1/customers/${model.customerId}/accounts/5011648377`, { method: 'DELETE', headers }),
    );
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe('');
    expect(model.account(model.customerId, '5011648377')).toBeUndefined();
  });
});

/**
 * The fake on the wire, as users drive it: through the package's clients against a real
 * server on 127.0.0.1; state, clock, lockout, faults and the record of requests.
 */
import { get } from 'node:http';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type CustomerAccount,
  createAccountsApi,
  createAccountsClient,
  FinicityApiError,
  FinicityAuthenticationError,
  FinicityConnectionError,
  FinicityTimeoutError,
} from '../../src/index.js';
import { createFinicityModel, type FinicityFake, type FinicityFakeOptions, startFinicityFake } from '../../src/testing/index.js';

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
    await expect(startFinicityFake({ seeds: true } as FinicityFakeOptions)).rejects.toThrow('unknown option seeds');
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
    expect(() => fake.advance(-1)).toThrow(TypeError);
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

  it('refuses an operation the spec does not have, and a fault that does nothing', async () => {
    const fake = await start();
    expect(() => fake.failNext('GetCustomerTransactions', { status: 503 })).toThrow(/no operation GetCustomerTransactions in the spec/);
    expect(() => fake.failNext('GetCustomerAccounts', {})).toThrow(/give a status, dropConnection or bodyDelayMs/);
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

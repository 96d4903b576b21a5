/** One transport for every client made together, and the ways into an operation. */
import { describe, expect, it, vi } from 'vitest';
import * as finicity from '../../src/index.js';
import {
  apiErrorOf,
  createAccountsApi,
  createAccountsClient,
  createAuthenticationApi,
  createFinicityClients,
  dataOrThrow,
  FinicityInputError,
} from '../../src/index.js';
import { json, stall, useFaultServer } from '../support/fault-server.js';

const server = useFaultServer();
const TOKEN_PATH = /partners\/authentication$/;
const ACCOUNTS = /\/aggregation\/v1\/customers\/[^/]+\/accounts$/;
const partner = { appKey: 'test-app-key', partnerId: 'p', partnerSecret: 'test-partner-secret' };

describe('createFinicityClients', () => {
  it('gives both clients one token: a single token request for all of them', async () => {
    server.on(TOKEN_PATH, json(200, { token: 'shared-token-123' }));
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    const { client, api } = createFinicityClients({ ...partner, baseUrl: server.url });
    await Promise.all([
      client.GET('/aggregation/v1/customers/{customerId}/accounts', { params: { path: { customerId: '1' } } }).then(dataOrThrow),
      api.getCustomerAccounts({ customerId: '2' }),
      api.getCustomerAccounts({ customerId: '3' }, { timeoutMs: 5_000, maxRetries: 0 }),
    ]);
    expect(server.requests.filter((request) => TOKEN_PATH.test(request.url))).toHaveLength(1);
    expect(
      server.requests
        .filter((request) => ACCOUNTS.test(request.url))
        .every((request) => request.headers['finicity-app-token'] === 'shared-token-123'),
    ).toBe(true);
  });

  it('takes a per-call timeout on the class client, typed', async () => {
    server.on(ACCOUNTS, stall(1_000));
    const api = createAccountsApi({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url });
    await expect(api.getCustomerAccounts({ customerId: '1' }, { timeoutMs: 50 })).rejects.toThrow(
      'GetCustomerAccounts timed out after 50 ms',
    );
  });
});

describe("openapi-fetch's contract", () => {
  it('middleware sees every response, errors included, and the error comes back typed, not thrown', async () => {
    server.on(ACCOUNTS, json(404, { code: 38003, message: 'Account not found' }));
    const client = createAccountsClient({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url });
    const seen: number[] = [];
    client.use({ onResponse: ({ response }) => void seen.push(response.status) });
    const { data, error, response } = await client.GET('/aggregation/v1/customers/{customerId}/accounts', {
      params: { path: { customerId: '1' } },
    });
    expect(seen).toEqual([404]);
    expect(data).toBeUndefined();
    expect(error).toEqual({ code: 38003, message: 'Account not found' });
    expect(apiErrorOf(response)).toMatchObject({ status: 404, code: 38003, operation: 'GetCustomerAccounts' });
  });
});

describe('an error answer a middleware made', () => {
  it('still gives an error object, from the status alone, when its body is no JSON object', async () => {
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    const client = createAccountsClient({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url });
    client.use({ onResponse: () => new Response('teapot', { status: 418 }) });
    const { data, error, response } = await client.GET('/aggregation/v1/customers/{customerId}/accounts', {
      params: { path: { customerId: '1' } },
    });
    expect(data).toBeUndefined();
    expect(error).toEqual({ code: 418, status: '418', message: 'HTTP 418' });
    expect(apiErrorOf(response)).toBeUndefined();
  });
});

describe('the app key alone', () => {
  it('is enough for the token-issuing operation', async () => {
    server.on(TOKEN_PATH, json(200, { token: 'issued-token-123' }));
    const authentication = createAuthenticationApi({ appKey: 'test-app-key', baseUrl: server.url });
    await expect(
      authentication.createToken({ partnerCredentials: { partnerId: 'p', partnerSecret: 'test-partner-secret' } }),
    ).resolves.toEqual({
      token: 'issued-token-123',
    });
    expect(server.requests[0]!.headers['finicity-app-token']).toBeUndefined();
  });

  it('is refused when an Accounts client is created, naming the options and the variables', () => {
    for (const [name, create] of [
      ['createAccountsApi', createAccountsApi],
      ['createAccountsClient', createAccountsClient],
      ['createFinicityClients', createFinicityClients],
    ] as const) {
      expect(() => create({ appKey: 'test-app-key', baseUrl: server.url })).toThrow(
        new FinicityInputError(
          `${name} needs credentials: give appToken, or partnerId and partnerSecret, in the options, ` +
            'or set FINICITY_PARTNER_ID and FINICITY_PARTNER_SECRET',
        ),
      );
    }
    expect(server.requests).toHaveLength(0);
  });
});

describe('every way into an operation goes through the transport', () => {
  it('exports no generated class to build with new', () => {
    expect('AccountsApi' in finicity).toBe(false);
    expect('AuthenticationApi' in finicity).toBe(false);
  });

  it.each([
    ['withMiddleware', (api: ReturnType<typeof createAccountsApi>) => api.withMiddleware({})],
    ['withPreMiddleware', (api: ReturnType<typeof createAccountsApi>) => api.withPreMiddleware(async () => undefined)],
    ['withPostMiddleware', (api: ReturnType<typeof createAccountsApi>) => api.withPostMiddleware(async () => undefined)],
  ])('keeps the argument checks on copies made with %s', async (_how, copy) => {
    const api = copy(createAccountsApi({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url }));
    await expect(api.getCustomerAccounts({ customerId: '' })).rejects.toBeInstanceOf(FinicityInputError);
    expect(server.requests).toHaveLength(0);
  });

  it('a token-only client whose middleware points a call at an operation that needs a token fails before sending, naming what to give', async () => {
    const api = createAuthenticationApi({ appKey: 'test-app-key', baseUrl: server.url }).withPreMiddleware(async ({ init }) => ({
      url: `${server.url}/aggregation/v1/customers/1/accounts`,
      init: { ...init, method: 'GET', body: undefined },
    }));
    const error = await api
      .createToken({ partnerCredentials: { partnerId: 'p', partnerSecret: 'test-partner-secret' } })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FinicityInputError);
    expect((error as FinicityInputError).message).toBe(
      'GetCustomerAccounts needs a Finicity-App-Token: create the client with appToken, or partnerId and partnerSecret',
    );
    expect((error as FinicityInputError).operation).toBe('GetCustomerAccounts');
    expect(server.requests).toHaveLength(0);
  });

  it('checks the arguments of the …Raw methods too', async () => {
    const api = createAccountsApi({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url });
    await expect(api.getCustomerAccountsRaw({ customerId: '' })).rejects.toBeInstanceOf(FinicityInputError);
    expect(server.requests).toHaveLength(0);
  });

  it('gives the same guarded method on every read, and still guards a method replaced on the instance', async () => {
    const api = createAccountsApi({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url });
    expect(api.getCustomerAccounts).toBe(api.getCustomerAccounts);
    const replaced = vi.fn(async () => ({ accounts: [] }));
    (api as unknown as Record<string, unknown>).getCustomerAccounts = replaced;
    await expect(api.getCustomerAccounts({ customerId: '' })).rejects.toBeInstanceOf(FinicityInputError);
    await api.getCustomerAccounts({ customerId: '1' });
    expect(replaced).toHaveBeenCalledTimes(1);
  });

  it('takes an id a record carries as a number as it is, and says what to pass for another id given as a number', async () => {
    server.on(/institutionLogins/, json(200, { accounts: [] }));
    const api = createAccountsApi({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url });
    await api.getCustomerAccountsByInstitutionLogin({ customerId: '1', institutionLoginId: 1007302745 });
    expect(server.requests[0]!.url).toMatch(/\/institutionLogins\/1007302745\/accounts$/);
    await expect(api.getCustomerAccount({ customerId: '1', accountId: 5011648377 as unknown as string })).rejects.toThrow(
      'GetCustomerAccount: path parameter accountId must be a string, got number 5011648377; pass String(5011648377), that is "5011648377"',
    );
  });
});

/**
 * What each client makes of failures around the transport: an abort that comes with
 * another error, an error body a user's middleware turned into `null`, and the class
 * client's `…Raw` twins, whose arguments are checked as the plain methods' are.
 */
import { describe, expect, it } from 'vitest';
import { createAccountsApi, createAccountsClient, FinicityError, FinicityInputError } from '../../src/index.js';
import { json, useFaultServer } from '../support/fault-server.js';

const server = useFaultServer();
const options = () => ({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url });
const ACCOUNTS = /\/aggregation\/v1\/customers\/[^/]+\/accounts$/;

describe('a call whose signal aborts as something else fails', () => {
  // Only the signal's own reason passes through as it is; any other error is the package's own.
  it('through createAccountsClient: rejects with a FinicityError, not the middleware’s error', async () => {
    const controller = new AbortController();
    const broken = new Error('middleware broke');
    const client = createAccountsClient(options());
    client.use({
      onRequest: () => {
        controller.abort();
        throw broken;
      },
    });
    const error = await client
      .GET('/aggregation/v1/customers/{customerId}/accounts', { params: { path: { customerId: '1' } }, signal: controller.signal })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FinicityError);
    expect(error).not.toBe(controller.signal.reason);
    expect(server.requests).toHaveLength(0);
  });

  it('through createAccountsApi: rejects with a FinicityError, not the middleware’s error', async () => {
    const controller = new AbortController();
    const api = createAccountsApi(options()).withPreMiddleware(async () => {
      controller.abort();
      throw new Error('middleware broke');
    });
    const error = await api.getCustomerAccounts({ customerId: '1' }, { signal: controller.signal }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FinicityError);
    expect(error).not.toBe(controller.signal.reason);
    expect(server.requests).toHaveLength(0);
  });
});

describe('an HTTP error whose body a middleware replaced with null', () => {
  it('still comes back with a truthy error object', async () => {
    server.on(ACCOUNTS, json(500, { code: 500, message: 'internal' }));
    const client = createAccountsClient(options());
    client.use({ onResponse: () => new Response('null', { status: 500, headers: { 'content-type': 'application/json' } }) });
    const { data, error, response } = await client.GET('/aggregation/v1/customers/{customerId}/accounts', {
      params: { path: { customerId: '1' } },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(500);
    expect(error).toEqual(expect.objectContaining({ code: 500, status: '500' }));
  });
});

describe('the class client’s …Raw twins', () => {
  it('check their arguments before any request, as the plain methods do', async () => {
    server.on(/./, json(200, { accounts: [] }));
    const api = createAccountsApi(options());
    const call = api.getCustomerAccountsRaw({ customerId: 12 as unknown as string });
    await expect(call).rejects.toBeInstanceOf(FinicityInputError);
    await expect(call).rejects.toThrow(/customerId must be a string, got number 12/);
    expect(server.requests).toHaveLength(0);
  });
});

/**
 * The per-call options are typed in both clients: checked by `npm run check` (tsc over
 * the tests), and each line below also runs, so the refusals are real at run time too.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  apiErrorOf,
  type components,
  createAccountsApi,
  createAccountsClient,
  type ErrorBodyStandIn,
  FinicityInputError,
} from '../../src/index.js';
import { json, text, useFaultServer } from '../support/fault-server.js';

const server = useFaultServer();
const path = '/aggregation/v1/customers/{customerId}/accounts' as const;
const params = { path: { customerId: '1' } };

describe('typed per-call options', () => {
  const client = () => createAccountsClient({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url });

  it('accepts timeoutMs, maxRetries and signal, and keeps the typed data', async () => {
    server.on(/accounts$/, json(200, { accounts: [] }));
    const { data } = await client().GET(path, { params, timeoutMs: 5_000, maxRetries: 0, signal: new AbortController().signal });
    expectTypeOf(data).toEqualTypeOf<components['schemas']['CustomerAccounts'] | undefined>();
    expect(data).toEqual({ accounts: [] });
    await createAccountsApi({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url }).getCustomerAccounts(
      { customerId: '1' },
      { timeoutMs: 5_000, maxRetries: 1 },
    );
  });

  it('rejects at compile time what it refuses at run time', async () => {
    // @ts-expect-error timeoutMs is a number
    await expect(client().GET(path, { params, timeoutMs: 'soon' })).rejects.toBeInstanceOf(FinicityInputError);
    // @ts-expect-error baseUrl cannot be set per call
    await expect(client().GET(path, { params, baseUrl: 'https://elsewhere.example' })).rejects.toBeInstanceOf(FinicityInputError);
    // @ts-expect-error a typo of timeoutMs
    await expect(client().GET(path, { params, timeout: 5_000 })).rejects.toThrow('unknown per-call option timeout');
    // @ts-expect-error a RequestInit field the transport does not take
    await expect(client().GET(path, { params, cache: 'no-store' })).rejects.toBeInstanceOf(FinicityInputError);
    const account = { params: { path: { customerId: '1', accountId: '2' } }, retries: 1 };
    // @ts-expect-error on every method
    await expect(client().DELETE('/aggregation/v1/customers/{customerId}/accounts/{accountId}', account)).rejects.toBeInstanceOf(
      FinicityInputError,
    );
    // @ts-expect-error fetch cannot be set per call
    await expect(client().GET(path, { params, fetch: globalThis.fetch })).rejects.toBeInstanceOf(FinicityInputError);
    expect(server.requests).toHaveLength(0);
  });
});

describe('openapi-fetch narrowing', () => {
  const client = () => createAccountsClient({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url, maxRetries: 0 });

  it('`if (error)` narrows data: the error type holds no falsy type such as string', async () => {
    server.on(/accounts$/, json(200, { accounts: [] }));
    const { data, error } = await client().GET(path, { params });
    if (error) throw new Error('unexpected');
    // Compiles only because `error` cannot be "" or another falsy value.
    expect(data.accounts).toEqual([]);
    type ErrorOf = NonNullable<Awaited<ReturnType<ReturnType<typeof client>['GET']>>['error']>;
    expectTypeOf<Extract<ErrorOf, string | number | boolean | null | undefined>>().toBeNever();
    expectTypeOf<ErrorOf>().toEqualTypeOf<components['schemas']['ErrorMessage'] | ErrorBodyStandIn>();
  });

  it.each([
    ['a text/plain 401', text(401, 'Unauthorized'), 'GetCustomerAccounts failed with HTTP 401 Unauthorized: Unauthorized'],
    [
      'a JSON string',
      text(500, '"Internal failure"', 'application/json'),
      'GetCustomerAccounts failed with HTTP 500 Internal Server Error: Internal failure',
    ],
    ['a JSON number', text(500, '7', 'application/json'), 'GetCustomerAccounts failed with HTTP 500 Internal Server Error: 7'],
  ])('serves %s as the stand-in object, its body still on apiErrorOf(response)', async (_what, behaviour, message) => {
    server.on(/accounts$/, behaviour);
    const { data, error, response } = await client().GET(path, { params });
    expect(data).toBeUndefined();
    expect(error).toEqual({ code: response.status, status: String(response.status), message: expect.stringContaining(message) });
    expect(apiErrorOf(response)?.body).toBeDefined();
  });
});

/**
 * The per-call options are typed in both clients: checked by `npm run check` (tsc over
 * the tests), and each line below also runs, so the refusals are real at run time too.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type components, createAccountsApi, createAccountsClient, FinicityInputError } from '../../src/index.js';
import { json, useFaultServer } from '../support/fault-server.js';

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
    // @ts-expect-error fetch cannot be set per call
    await expect(client().GET(path, { params, fetch: globalThis.fetch })).rejects.toBeInstanceOf(FinicityInputError);
    expect(server.requests).toHaveLength(0);
  });
});

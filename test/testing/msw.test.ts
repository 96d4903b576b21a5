/**
 * The fake's model served by MSW, as users who already run MSW would: one implementation
 * of the rules behind `http.all`, reached through the global fetch both clients use.
 */
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createAccountsClient, FinicityConnectionError } from '../../src/index.js';
import { createFinicityModel } from '../../src/testing/index.js';

// Never resolved: MSW answers for it, and an unhandled request fails the test.
const BASE_URL = 'https://finicity.fake.test';
const model = createFinicityModel();
const server = setupServer(http.all(`${BASE_URL}/*`, ({ request }) => model.handle(request)));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const ACCOUNTS = '/aggregation/v1/customers/{customerId}/accounts' as const;
const ACCOUNT = '/aggregation/v2/customers/{customerId}/accounts/{accountId}' as const;
const DELETE_ACCOUNT = '/aggregation/v1/customers/{customerId}/accounts/{accountId}' as const;

it('answers a token, the accounts, a delete and the 404 after it, as the server does', async () => {
  const client = createAccountsClient({ ...model.credentials, baseUrl: BASE_URL, maxRetries: 0 });
  const listed = await client.GET(ACCOUNTS, { params: { path: { customerId: model.customerId } } });
  const accountId = String(listed.data!.accounts[0]!.id);
  const deleted = await client.DELETE(DELETE_ACCOUNT, { params: { path: { customerId: model.customerId, accountId } } });
  expect(deleted.response.status).toBe(204);
  const gone = await client.GET(ACCOUNT, { params: { path: { customerId: model.customerId, accountId } } });
  expect(gone.error).toMatchObject({ code: 38003 });
  expect(model.requests.map((request) => [request.operation, request.status])).toEqual([
    ['CreateToken', 200],
    ['GetCustomerAccounts', 200],
    ['DeleteCustomerAccount', 204],
    ['GetCustomerAccount', 404],
  ]);
});

it('turns a dropped connection into a network error, as MSW users expect', async () => {
  model.failNext('GetCustomerAccounts', { dropConnection: true });
  const client = createAccountsClient({ ...model.credentials, baseUrl: BASE_URL, maxRetries: 0 });
  await expect(client.GET(ACCOUNTS, { params: { path: { customerId: model.customerId } } })).rejects.toBeInstanceOf(
    FinicityConnectionError,
  );
  // Handlers of the user's own still come first.
  server.use(http.get(`${BASE_URL}/aggregation/v1/customers/:id/accounts`, () => HttpResponse.json({ accounts: [] })));
  const { data } = await client.GET(ACCOUNTS, { params: { path: { customerId: model.customerId } } });
  expect(data).toEqual({ accounts: [] });
});

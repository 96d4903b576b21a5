/**
 * Redirects at their edges: every 3xx (300 and 399 included), a fetch that followed a
 * redirect anyway (`response.redirected`), and the opaque redirect of a browser's
 * manual mode (status 0) are reported as FinicityRedirectError, never retried; the
 * statuses just outside (299, 400) are not redirects.
 */
import { describe, expect, it } from 'vitest';
import { type AccountsClientOptions, createAccountsClient, FinicityApiError, FinicityRedirectError } from '../../src/index.js';
import { clientKinds } from '../support/clients.js';
import { json, useFaultServer } from '../support/fault-server.js';

const server = useFaultServer();

const ACCOUNTS = /\/aggregation\/v1\/customers\/[^/]+\/accounts$/;
const APP_KEY = 'app-key-4d8e21';
const TOKEN = 'fixed-token-c07b55';
const options = (extra: Partial<AccountsClientOptions> = {}): AccountsClientOptions => ({
  appKey: APP_KEY,
  appToken: TOKEN,
  baseUrl: server.url,
  maxRetries: 2,
  retryBaseDelayMs: 1,
  ...extra,
});

const redirectMessage = (status: number, target: string) =>
  `GetCustomerAccounts was answered with a redirect (HTTP ${status}) to ${target}; redirects are never followed, so nothing was sent there`;

/** A fetch whose every answer is `make()`, counting its calls. */
function fetchAnswering(make: () => Response) {
  const calls: string[] = [];
  const fetch = (async (input: RequestInfo | URL) => {
    calls.push(input instanceof Request ? input.url : String(input));
    return make();
  }) as typeof globalThis.fetch;
  return { calls, fetch };
}

/** A Response whose read-only fields say what a real fetch would (redirected, url, status 0). */
function answer(fields: { status?: number; redirected?: boolean; url?: string; location?: string }): Response {
  const response = new Response('{"accounts":[]}', {
    status: 200,
    headers: { 'content-type': 'application/json', ...(fields.location ? { location: fields.location } : {}) },
  });
  for (const [name, value] of Object.entries(fields)) {
    if (name !== 'location') Object.defineProperty(response, name, { value });
  }
  return response;
}

describe.each(clientKinds)('redirect statuses through $name', ({ make }) => {
  it.each([300, 399])('reports a %s and does not retry it', async (status) => {
    server.on(ACCOUNTS, json(status, {}, { location: 'https://elsewhere.example/landing?key=1' }));
    const error = await make(options())
      .getCustomerAccounts('1')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FinicityRedirectError);
    expect(error).toMatchObject({ status, targetOrigin: 'https://elsewhere.example', operation: 'GetCustomerAccounts' });
    expect((error as Error).message).toBe(redirectMessage(status, 'https://elsewhere.example'));
    expect(server.requests).toHaveLength(1);
  });

  it('reads a 300’s body as an error body: over maxResponseBytes it is cut, and the answer is still a redirect', async () => {
    server.on(ACCOUNTS, json(300, { filler: 'x'.repeat(500) }, { location: 'https://elsewhere.example/landing' }));
    const error = await make(options({ maxResponseBytes: 100 }))
      .getCustomerAccounts('1')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FinicityRedirectError);
  });

  it('a 299 is a success and a 400 an API error, not redirects', async () => {
    server.on(ACCOUNTS, json(299, { accounts: [] }, { location: 'https://elsewhere.example/' }));
    await expect(make(options()).getCustomerAccounts('1')).resolves.toEqual({ accounts: [] });
    server.on(ACCOUNTS, json(400, { code: 1, message: 'bad' }, { location: 'https://elsewhere.example/' }));
    const error = await make(options())
      .getCustomerAccounts('1')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FinicityApiError);
    expect(error).not.toBeInstanceOf(FinicityRedirectError);
  });

  it('names the origin of a relative location, and none for an unreadable one', async () => {
    server.on(ACCOUNTS, json(302, {}, { location: '/somewhere/else' }));
    await expect(make(options()).getCustomerAccounts('1')).rejects.toMatchObject({ status: 302, targetOrigin: server.url });
    server.on(ACCOUNTS, json(307, {}, { location: 'http://[broken' }));
    const unreadable = await make(options())
      .getCustomerAccounts('1')
      .catch((caught: unknown) => caught);
    expect(unreadable).toMatchObject({ status: 307, targetOrigin: undefined });
    expect((unreadable as Error).message).toBe(redirectMessage(307, 'an unreadable location'));
    server.on(ACCOUNTS, json(303, {}));
    await expect(make(options()).getCustomerAccounts('1')).rejects.toMatchObject({ status: 303, targetOrigin: undefined });
  });

  it('never shows a secret that the location carries', async () => {
    server.on(ACCOUNTS, json(301, {}, { location: `https://${APP_KEY}.example/` }));
    const error = await make(options())
      .getCustomerAccounts('1')
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ targetOrigin: 'https://[redacted].example' });
    expect((error as Error).message).not.toContain(APP_KEY);
  });
});

describe('answers that say a redirect happened anyway', () => {
  const client = (fetch: typeof globalThis.fetch) => createAccountsClient(options({ fetch }));
  const call = (fetch: typeof globalThis.fetch) =>
    client(fetch)
      .GET('/aggregation/v1/customers/{customerId}/accounts', { params: { path: { customerId: '1' } } })
      .catch((caught: unknown) => caught);

  it('a 200 from a fetch that followed a redirect names where it ended, and is not retried', async () => {
    const { calls, fetch } = fetchAnswering(() => answer({ redirected: true, url: 'https://elsewhere.example/landing' }));
    const error = await call(fetch);
    expect(error).toBeInstanceOf(FinicityRedirectError);
    expect(error).toMatchObject({ status: 200, targetOrigin: 'https://elsewhere.example' });
    expect((error as Error).message).toBe(
      'GetCustomerAccounts was redirected to https://elsewhere.example and the given fetch followed it there, sending the ' +
        "request (with the client's credentials) to that target: give a fetch that does not follow redirects",
    );
    expect(calls).toHaveLength(1);
  });

  it('a followed redirect with a location names the location', async () => {
    const { fetch } = fetchAnswering(() =>
      answer({ redirected: true, url: 'https://elsewhere.example/landing', location: 'https://third.example/next' }),
    );
    expect(await call(fetch)).toMatchObject({ status: 200, targetOrigin: 'https://third.example' });
  });

  it('a followed redirect without a readable URL names no origin', async () => {
    const { fetch } = fetchAnswering(() => answer({ redirected: true, url: '' }));
    expect(await call(fetch)).toMatchObject({ status: 200, targetOrigin: undefined });
  });

  it('an opaque redirect (status 0) is a redirect to an unreadable location, not retried', async () => {
    const { calls, fetch } = fetchAnswering(() => answer({ status: 0, url: '' }));
    const error = await call(fetch);
    expect(error).toBeInstanceOf(FinicityRedirectError);
    expect(error).toMatchObject({ status: 0, targetOrigin: undefined });
    expect((error as Error).message).toBe(redirectMessage(0, 'an unreadable location'));
    expect(calls).toHaveLength(1);
  });

  it('a 200 that was not redirected is the answer, whatever its URL says', async () => {
    const { fetch } = fetchAnswering(() => answer({ url: 'https://elsewhere.example/landing' }));
    await expect(call(fetch)).resolves.toMatchObject({ data: { accounts: [] } });
  });
});

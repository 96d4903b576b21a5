/**
 * The origin check, at its edges: a request goes out only when the URL fetch would
 * send is the base URL itself or lies below it (a `/`, `?` or `#` right after it). A
 * URL that merely starts with the base URL's text is somewhere else. Written against
 * the clients with a recording `fetch`, so nothing leaves the process.
 */
import { describe, expect, it } from 'vitest';
import { createAccountsApi, createAccountsClient, dataOrThrow, FinicityInputError } from '../../src/index.js';

const APP_KEY = 'app-key-7c1d2e';
const TOKEN = 'fixed-token-91ab3f';
const ACCOUNTS_PATH = '/aggregation/v1/customers/{customerId}/accounts' as const;
const params = { path: { customerId: '1' } };

/** A fetch that records each URL it is asked for and answers `status` with `body`. */
function recordingFetch(status = 200, body: unknown = { accounts: [] }) {
  const sent: string[] = [];
  const fetch = (async (input: RequestInfo | URL) => {
    sent.push(input instanceof Request ? input.url : String(input));
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof globalThis.fetch;
  return { sent, fetch };
}

/** The same call through each client, moved to `target` on its way out (middleware), so the transport sees `target`. */
const movers = [
  {
    name: 'createAccountsClient',
    async send(baseUrl: string, target: string, fetch: typeof globalThis.fetch) {
      const client = createAccountsClient({ appKey: APP_KEY, appToken: TOKEN, baseUrl, fetch, maxRetries: 0 });
      client.use({ onRequest: () => new Request(target) });
      return dataOrThrow(await client.GET(ACCOUNTS_PATH, { params }));
    },
  },
  {
    name: 'createAccountsApi',
    send(baseUrl: string, target: string, fetch: typeof globalThis.fetch) {
      const api = createAccountsApi({ appKey: APP_KEY, appToken: TOKEN, baseUrl, fetch, maxRetries: 0 });
      return api.withPreMiddleware(async ({ init }) => ({ url: target, init })).getCustomerAccounts({ customerId: '1' });
    },
  },
];

describe.each(movers)('the origin check through $name', ({ send }) => {
  it.each([
    ['a host that extends the base host', 'https://api.finicity.com', 'https://api.finicity.com.evil.example/aggregation/v1/x'],
    ['a port that extends the base port', 'https://localhost:4433', 'https://localhost:44330/aggregation/v1/x'],
    ['a path segment that extends the base path', 'https://api.finicity.com/prefix', 'https://api.finicity.com/prefix-x/aggregation'],
    ['a path that extends the base path without a dash', 'https://api.finicity.com/prefix', 'https://api.finicity.com/prefixed'],
    ['the same host over plain http', 'https://api.finicity.com', 'http://api.finicity.com/aggregation/v1/x'],
    ['dot segments that leave the base path', 'https://api.finicity.com/prefix', 'https://api.finicity.com/prefix/../aggregation'],
  ])('refuses %s and sends nothing', async (_what, baseUrl, target) => {
    const { sent, fetch } = recordingFetch();
    const error = await send(baseUrl, target, fetch).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FinicityInputError);
    expect((error as Error).message).toBe(
      `refusing to send to ${new URL(target).origin}: this client sends only below its baseUrl ${baseUrl}`,
    );
    expect(sent).toEqual([]);
  });

  it.each([
    ['the base URL itself', 'https://api.finicity.com/prefix'],
    ['a query right after the base URL', 'https://api.finicity.com/prefix?status=active'],
    ['a path below the base URL', 'https://api.finicity.com/prefix/anything/below'],
  ])('sends to %s, unchanged', async (_what, target) => {
    const { sent, fetch } = recordingFetch();
    await expect(send('https://api.finicity.com/prefix', target, fetch)).resolves.toEqual({ accounts: [] });
    expect(sent).toEqual([target]);
  });
});

describe('the origin check on what the class client hands over as text', () => {
  const api = (fetch: typeof globalThis.fetch, target: string) =>
    createAccountsApi({ appKey: APP_KEY, appToken: TOKEN, baseUrl: 'https://api.finicity.com/prefix', fetch, maxRetries: 0 })
      .withPreMiddleware(async ({ init }) => ({ url: target, init }))
      .getCustomerAccounts({ customerId: '1' });

  it('sends to a fragment right after the base URL', async () => {
    const { sent, fetch } = recordingFetch();
    await expect(api(fetch, 'https://api.finicity.com/prefix#top')).resolves.toEqual({ accounts: [] });
    expect(sent).toEqual(['https://api.finicity.com/prefix#top']);
  });

  it('refuses a URL that does not parse, saying so', async () => {
    const { sent, fetch } = recordingFetch();
    const error = await api(fetch, 'not a url').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FinicityInputError);
    expect((error as Error).message).toBe(
      'refusing to send to an unreadable URL: this client sends only below its baseUrl https://api.finicity.com/prefix',
    );
    expect(sent).toEqual([]);
  });

  it('never repeats a secret that the refused URL carries', async () => {
    const { fetch } = recordingFetch();
    const error = await api(fetch, `https://${APP_KEY}.example/x`).catch((caught: unknown) => caught);
    expect((error as Error).message).toBe(
      'refusing to send to https://[redacted].example: this client sends only below its baseUrl https://api.finicity.com/prefix',
    );
  });
});

describe('the operation is recognised below a base path, whatever follows the path', () => {
  // The operation's name in the error says the transport matched the path without its query or fragment.
  it('with a query string (openapi-fetch)', async () => {
    const { sent, fetch } = recordingFetch(404, { code: 14020, message: 'not found' });
    const client = createAccountsClient({ appKey: APP_KEY, appToken: TOKEN, baseUrl: 'https://api.finicity.com/prefix', fetch });
    const error = await client
      .GET(ACCOUNTS_PATH, { params: { path: { customerId: '7' }, query: { status: 'active' } } })
      .then(dataOrThrow)
      .catch((caught: unknown) => caught);
    expect(sent).toEqual(['https://api.finicity.com/prefix/aggregation/v1/customers/7/accounts?status=active']);
    expect((error as Error).message).toBe('GetCustomerAccounts failed with HTTP 404: not found (code 14020)');
  });

  it('with a fragment (class client)', async () => {
    const { sent, fetch } = recordingFetch(404, { code: 14020, message: 'not found' });
    const error = await createAccountsApi({ appKey: APP_KEY, appToken: TOKEN, baseUrl: 'https://api.finicity.com/prefix', fetch })
      .withPreMiddleware(async ({ url, init }) => ({ url: `${url}#part`, init }))
      .getCustomerAccounts({ customerId: '7' })
      .catch((caught: unknown) => caught);
    expect(sent).toEqual(['https://api.finicity.com/prefix/aggregation/v1/customers/7/accounts#part']);
    expect((error as Error).message).toBe('GetCustomerAccounts failed with HTTP 404: not found (code 14020)');
  });

  it('a path outside the spec is sent with the token, and its JSON body is not taken for secrets', async () => {
    const tokens: (string | null)[] = [];
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      // The transport's own headers come in init, over any the Request holds.
      tokens.push(new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined)).get('finicity-app-token'));
      return new Response(JSON.stringify({ code: 1, message: 'note a-note-long-enough refused' }), {
        status: 400,
        headers: { 'content-type': 'application/json' },
      });
    }) as typeof globalThis.fetch;
    const client = createAccountsClient({ appKey: APP_KEY, appToken: TOKEN, baseUrl: 'https://api.finicity.com', fetch });
    const result = await client.POST('/custom/notes' as never, { body: { note: 'a-note-long-enough' } } as never);
    expect(tokens).toEqual([TOKEN]);
    // Only a token request's body is read for secrets: the caller's own data is shown as it came.
    expect((result as { error?: unknown }).error).toEqual({ code: 1, message: 'note a-note-long-enough refused' });
  });

  it('a path outside the spec is named by its method and path below the base', async () => {
    const { fetch } = recordingFetch(404, { code: 1, message: 'no such thing' });
    const client = createAccountsClient({ appKey: APP_KEY, appToken: TOKEN, baseUrl: 'https://api.finicity.com/prefix', fetch });
    const result = await client.GET('/custom/thing?x=1' as never);
    expect((result as { error?: unknown }).error).toEqual({ code: 1, message: 'no such thing' });
    const error = await Promise.resolve(result as never)
      .then(dataOrThrow)
      .catch((caught: unknown) => caught);
    expect((error as Error).message).toBe('GET /custom/thing failed with HTTP 404: no such thing (code 1)');
  });
});

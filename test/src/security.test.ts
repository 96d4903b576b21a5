/**
 * What a security review asks of the transport, tried on the wire through both
 * clients: credentials stay with the configured origin, every answer is bounded,
 * every failure is a FinicityError, token trouble causes no stampede, and no
 * listener outlives its call.
 */
import { getEventListeners } from 'node:events';
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  type AccountsClientOptions,
  createAccountsApi,
  createAccountsClient,
  FinicityAuthenticationError,
  FinicityError,
  FinicityInputError,
  FinicityRedirectError,
  FinicityResponseError,
  FinicityResponseTooLargeError,
  FinicityTimeoutError,
} from '../../src/index.js';
import { clientKinds } from '../support/clients.js';
import { type FaultServer, json, stall, startFaultServer, useFaultServer } from '../support/fault-server.js';

const server = useFaultServer();
let elsewhere: FaultServer;
beforeAll(async () => {
  elsewhere = await startFaultServer();
});
afterAll(() => elsewhere.close());

const ACCOUNTS = /\/aggregation\/v1\/customers\/[^/]+\/accounts$/;
const TOKEN_PATH = /partners\/authentication$/;
const APP_KEY = 'app-key-5e1f0c';
const TOKEN = 'fixed-token-2b7d90';
const fixed = (extra: Partial<AccountsClientOptions> = {}): AccountsClientOptions => ({
  appKey: APP_KEY,
  appToken: TOKEN,
  baseUrl: server.url,
  maxRetries: 0,
  ...extra,
});
const redirectTo = (status: number, location: string) => json(status, {}, { location });

describe.each(clientKinds)('credentials stay with the configured origin through $name', ({ make }) => {
  it.each([301, 302, 303, 307, 308])('reports a %s to another origin and sends nothing there', async (status) => {
    elsewhere.on(/./, json(200, { accounts: [] }));
    server.on(ACCOUNTS, redirectTo(status, `${elsewhere.url}/steal`));
    const error = await make(fixed())
      .getCustomerAccounts('1')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FinicityRedirectError);
    expect(error).toMatchObject({ status, targetOrigin: elsewhere.url });
    expect((error as Error).message).toContain(`(HTTP ${status}) to ${elsewhere.url}`);
    expect(elsewhere.requests).toHaveLength(0);
    elsewhere.reset();
  });

  it('never follows a redirected token request', async () => {
    elsewhere.on(/./, json(200, { token: 'attacker-token-123' }));
    server.on(TOKEN_PATH, redirectTo(307, `${elsewhere.url}/authentication`));
    const client = make({ appKey: APP_KEY, partnerId: 'p', partnerSecret: 'partner-secret-1', baseUrl: server.url, maxRetries: 0 });
    await expect(client.getCustomerAccounts('1')).rejects.toBeInstanceOf(FinicityRedirectError);
    expect(elsewhere.requests).toHaveLength(0);
    elsewhere.reset();
  });
});

describe('per-call options cannot move a request', () => {
  const path = '/aggregation/v1/customers/{customerId}/accounts' as const;
  const params = { path: { customerId: '1' } };

  it.each([
    ['baseUrl', { baseUrl: 'http://198.51.100.7' }],
    ['fetch', { fetch: globalThis.fetch }],
    ['redirect', { redirect: 'follow' }],
  ])('refuses a per-call %s before sending', async (_name, override) => {
    const client = createAccountsClient(fixed());
    const error = await client.GET(path, { params, ...(override as object) }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FinicityInputError);
    expect((error as Error).message).toMatch(/cannot be set per call/);
    expect(server.requests).toHaveLength(0);
  });

  it('refuses unknown per-call options in both clients', async () => {
    await expect(createAccountsClient(fixed()).GET(path, { params, timeout: 5 } as never)).rejects.toThrow(
      /unknown per-call option timeout/,
    );
    const api = createAccountsApi(fixed());
    await expect(api.getCustomerAccounts({ customerId: '1' }, { credentials: 'include' })).rejects.toThrow(
      /unknown per-call option credentials/,
    );
    await expect(api.getCustomerAccounts({ customerId: '1' }, { fetch: globalThis.fetch } as never)).rejects.toThrow(
      /fetch cannot be set per call/,
    );
    expect(server.requests).toHaveLength(0);
  });

  it('refuses a per-call timeout longer than a timer can wait, in both clients, before sending', async () => {
    await expect(createAccountsClient(fixed()).GET(path, { params, timeoutMs: 2 ** 31 })).rejects.toThrow(
      /timeoutMs must be at most 2147483647 ms/,
    );
    await expect(createAccountsApi(fixed()).getCustomerAccounts({ customerId: '1' }, { timeoutMs: 2 ** 31 })).rejects.toThrow(
      /timeoutMs must be at most 2147483647 ms/,
    );
    expect(server.requests).toHaveLength(0);
  });

  it('refuses a request a middleware moved to another origin', async () => {
    const client = createAccountsClient(fixed());
    client.use({ onRequest: ({ request }) => new Request(`${elsewhere.url}/moved`, request) });
    await expect(client.GET(path, { params })).rejects.toThrow(
      /refusing to send to http:\/\/127\.0\.0\.1:\d+: this client sends only below its baseUrl/,
    );
    expect(elsewhere.requests).toHaveLength(0);
  });

  it('refuses a path that dot segments would take out of the base path, in both clients, before sending', async () => {
    server.on(/./, json(200, { accounts: [] }));
    const base = `${server.url}/prefix`;
    const below =
      /refusing to send to http:\/\/127\.0\.0\.1:\d+: this client sends only below its baseUrl http:\/\/127\.0\.0\.1:\d+\/prefix/;
    // A path serializer that inserts values as they are, so "../" reaches the URL.
    const asGiven = (url: string, values: Record<string, unknown>) => url.replace('{customerId}', String(values.customerId));
    const client = createAccountsClient(fixed({ baseUrl: base }));
    const outsideBase = { path: { customerId: '../../../../../escape' } };
    await expect(client.GET(path, { params: outsideBase, pathSerializer: asGiven })).rejects.toThrow(below);
    const api = createAccountsApi(fixed({ baseUrl: base })).withPreMiddleware(async ({ url, init }) => ({
      url: url.replace('/aggregation/', '/%2e%2e/escape/'),
      init,
    }));
    await expect(api.getCustomerAccounts({ customerId: '1' })).rejects.toThrow(below);
    expect(server.requests).toHaveLength(0);
  });

  it('takes a per-call timeout and retry count', async () => {
    server.on(ACCOUNTS, stall(1_000));
    const client = createAccountsClient(fixed({ timeoutMs: 10_000 }));
    await expect(client.GET(path, { params, timeoutMs: 50 })).rejects.toThrow('GetCustomerAccounts timed out after 50 ms');
    server.on(ACCOUNTS, json(503, {}), json(503, {}), json(200, { accounts: [] }));
    const retrying = createAccountsClient(fixed({ retryBaseDelayMs: 1 }));
    await expect(retrying.GET(path, { params, maxRetries: 2 })).resolves.toMatchObject({ data: { accounts: [] } });
  });
});

describe('baseUrl', () => {
  it.each([
    [
      'a user and password',
      'https://user:hunter2-password@api.example.test',
      /must not carry a user name or password \(api\.example\.test\)/,
    ],
    ['a query', 'https://api.example.test/?key=1', /must not have a query or a fragment/],
    ['a fragment', 'https://api.example.test/#x', /must not have a query or a fragment/],
  ])('with %s is refused, and no message repeats the password', (_what, baseUrl, message) => {
    const error = (() => {
      try {
        createAccountsClient(fixed({ baseUrl }));
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(FinicityInputError);
    expect((error as Error).message).toMatch(message);
    expect(JSON.stringify(error) + String(error) + (error as Error).stack).not.toContain('hunter2');
  });
});

describe('short secrets', () => {
  it.each([
    ['appKey', { appKey: 'k', appToken: TOKEN }],
    ['appToken', { appKey: APP_KEY, appToken: 't' }],
    ['partnerSecret', { appKey: APP_KEY, partnerId: 'p', partnerSecret: 's' }],
  ])('refuses an implausibly short %s', (name, options) => {
    expect(() => createAccountsClient(options as AccountsClientOptions)).toThrow(
      new RegExp(`^${name} is implausibly short \\(8 characters at least\\)`),
    );
  });
});

describe.each(clientKinds)('every answer is bounded through $name', ({ make }) => {
  const limit = 64 * 1024;

  it('abandons a gzip bomb early, with memory bounded by the cap', async () => {
    // 64 MiB of spaces in about 64 KB on the wire: a thousand times the cap.
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
    server.on(ACCOUNTS, (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      response.end(bomb);
    });
    const before = process.memoryUsage().rss;
    const started = performance.now();
    const error = await make(fixed({ maxResponseBytes: limit }))
      .getCustomerAccounts('1')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FinicityResponseTooLargeError);
    expect((error as Error).message).toBe(
      `GetCustomerAccounts: the response body exceeded the ${limit}-byte limit (maxResponseBytes) and was abandoned`,
    );
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(process.memoryUsage().rss - before).toBeLessThan(48 * 1024 * 1024);
  });

  it('abandons an endless body', async () => {
    server.on(ACCOUNTS, (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(16 * 1024, 0x20);
      const pump = () => {
        while (!response.destroyed && response.write(chunk));
        if (!response.destroyed) response.once('drain', pump);
      };
      pump();
    });
    await expect(make(fixed({ maxResponseBytes: limit })).getCustomerAccounts('1')).rejects.toBeInstanceOf(FinicityResponseTooLargeError);
  });

  it('refuses a declared length over the cap without reading it', async () => {
    server.on(ACCOUNTS, (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(limit * 4) });
      response.end(' '.repeat(limit * 4));
    });
    await expect(make(fixed({ maxResponseBytes: limit })).getCustomerAccounts('1')).rejects.toMatchObject({ limitBytes: limit });
  });
});

/** A raw TCP server for answers node:http refuses to write. */
function rawServer(answer: string): Promise<{ url: string; server: Server }> {
  const raw = createServer((socket) => socket.once('data', () => socket.end(answer)));
  return new Promise((resolve) =>
    raw.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(raw.address() as AddressInfo).port}`, server: raw })),
  );
}

describe.each(clientKinds)('every failure is a FinicityError through $name', ({ make }) => {
  it('a 200 whose body is broken JSON is a FinicityResponseError', async () => {
    server.on(ACCOUNTS, (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(`{"accounts": [ ${TOKEN}`);
    });
    const error = await make(fixed())
      .getCustomerAccounts('1')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FinicityResponseError);
    expect((error as Error).message).toBe('GetCustomerAccounts answered HTTP 200 with a body that is not valid JSON');
    expect(String((error as Error).cause)).not.toContain(TOKEN);
  });

  it('a good 200 whose reason phrase has an odd byte still reads', async () => {
    const body = JSON.stringify({ accounts: [] });
    const { url, server: raw } = await rawServer(
      `HTTP/1.1 200 O\x7fK\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n${body}`,
    );
    try {
      await expect(make(fixed({ baseUrl: url })).getCustomerAccounts('1')).resolves.toEqual({ accounts: [] });
    } finally {
      raw.close();
    }
  });

  it('an id with a lone surrogate is refused before sending', async () => {
    const error = await make(fixed())
      .getCustomerAccount('1', 'a\uD800b')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FinicityInputError);
    expect((error as Error).message).toMatch(/accountId contains a lone UTF-16 surrogate/);
    expect(server.requests).toHaveLength(0);
  });

  it('an aborted call still rejects with the signal reason', async () => {
    server.on(ACCOUNTS, stall(2_000));
    const reason = new Error('caller gave up');
    const controller = new AbortController();
    setTimeout(() => controller.abort(reason), 20);
    await expect(make(fixed()).getCustomerAccounts('1', controller.signal)).rejects.toBe(reason);
  });

  it('a long-lived signal shared by many calls holds one listener while they run, none after them, and Node never warns', async () => {
    server.on(ACCOUNTS, stall(30, json(200, { accounts: [] })));
    server.on(TOKEN_PATH, stall(30, json(200, { token: 'shared-signal-token' })));
    const controller = new AbortController();
    // Node warns of a leak above 10 listeners on one signal (the no-warnings setup fails this file on a warning).
    const clients = [make(fixed()), make({ appKey: APP_KEY, partnerId: 'p', partnerSecret: 'partner-secret-1', baseUrl: server.url })];
    for (const client of clients) {
      for (let batch = 0; batch < 3; batch++) {
        const calls = Promise.all(Array.from({ length: 40 }, () => client.getCustomerAccounts('1', controller.signal)));
        await new Promise((resolve) => setTimeout(resolve, 10));
        expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
        await calls;
        expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
      }
    }
  });

  it('a shared signal that aborts ends every call watching it, with its reason', async () => {
    server.on(ACCOUNTS, stall(2_000));
    const controller = new AbortController();
    const reason = new Error('the request fan-out was cancelled');
    const client = make(fixed());
    const calls = Array.from({ length: 12 }, () => client.getCustomerAccounts('1', controller.signal).catch((error: unknown) => error));
    // Every request has reached the server before the abort: on a loaded machine, one still on its way was recorded
    // after this test, as a request of the next one.
    await vi.waitFor(() => expect(server.requests).toHaveLength(12));
    controller.abort(reason);
    expect(await Promise.all(calls)).toEqual(Array.from({ length: 12 }, () => reason));
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});

describe.each(clientKinds)('token requests without stampedes through $name', ({ make }) => {
  const partner = (extra: Partial<AccountsClientOptions> = {}) =>
    make({
      appKey: APP_KEY,
      partnerId: 'p',
      partnerSecret: 'partner-secret-1',
      baseUrl: server.url,
      retryBaseDelayMs: 50,
      maxRetries: 2,
      ...extra,
    });

  it('a token request failing with 500 is not sent once per call: later calls wait out a backoff', async () => {
    server.on(TOKEN_PATH, json(500, { code: 1, message: 'down' }));
    const client = partner({ retryBaseDelayMs: 400 });
    const first = await Promise.all(Array.from({ length: 20 }, () => client.getCustomerAccounts('1').catch((caught: unknown) => caught)));
    expect(first.every((error) => error instanceof FinicityError && !(error instanceof FinicityAuthenticationError))).toBe(true);
    expect(server.requests).toHaveLength(1);
    // Calls right after the failure join the wait for the next token request, rather than each sending one.
    await Promise.all(Array.from({ length: 20 }, () => client.getCustomerAccounts('1').catch(() => undefined)));
    expect(server.requests.map((request) => request.url)).toHaveLength(2);
  });

  it('a 503 with Retry-After is retried for every waiting call, once, after the wait it asks for', async () => {
    server.on(TOKEN_PATH, json(503, { code: 1, message: 'busy' }, { 'retry-after': '1' }), json(200, { token: 'issued-token-123' }));
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    const client = partner();
    const started = performance.now();
    const results = await Promise.all(Array.from({ length: 20 }, () => client.getCustomerAccounts('1')));
    expect(results.every((result) => JSON.stringify(result) === '{"accounts":[]}')).toBe(true);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(server.requests.filter((request) => TOKEN_PATH.test(request.url))).toHaveLength(2);
  });

  it.each([400, 401, 403, 404])('refused credentials (%s) are asked once and remembered', async (status) => {
    server.on(TOKEN_PATH, json(status, { code: 12401, message: 'no' }));
    const client = partner();
    await expect(client.getCustomerAccounts('1')).rejects.toBeInstanceOf(FinicityAuthenticationError);
    await expect(client.getCustomerAccounts('1')).rejects.toThrow(/Not trying again/);
    expect(server.requests).toHaveLength(1);
  });

  it('the wait for a token counts within the call timeout', async () => {
    server.on(TOKEN_PATH, stall(1_000, json(200, { token: 'slow-token-123' })));
    const error = await partner({ timeoutMs: 100, maxRetries: 0 })
      .getCustomerAccounts('1')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FinicityTimeoutError);
  });
});

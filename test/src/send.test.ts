/** How requests leave: through the global fetch of the moment, or the caller's fetch when given. */
import { execFile } from 'node:child_process';
import { getEventListeners } from 'node:events';
import { promisify } from 'node:util';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAccountsClient, FinicityInputError, FinicityResponseError, type Middleware } from '../../src/index.js';
import {
  abortReason,
  attemptController,
  MAX_KEPT_TIMER_LISTS,
  sendWithFetch,
  sleep,
  TIMED_OUT,
  watchDeadline,
  withinDeadline,
} from '../../src/send.js';
import { clientKinds } from '../support/clients.js';
import { json, useFaultServer } from '../support/fault-server.js';

const server = useFaultServer();
const ACCOUNTS = /\/aggregation\/v1\/customers\/[^/]+\/accounts$/;
const path = '/aggregation/v1/customers/{customerId}/accounts' as const;
const params = { params: { path: { customerId: '1' } } };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('choosing how to send', () => {
  it('sends through the global fetch of the moment, looked up at each call', async () => {
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    const client = createAccountsClient({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url });
    await expect(client.GET(path, params)).resolves.toMatchObject({ data: { accounts: [] } });
    // Stubbed after the client was made, as vi.stubGlobal, MockAgent or a proxy dispatcher would be.
    const stubbed = vi.fn(() =>
      Promise.resolve(
        new Response(JSON.stringify({ accounts: [{ id: 'stub' }] }), { status: 200, headers: { 'content-type': 'application/json' } }),
      ),
    );
    vi.stubGlobal('fetch', stubbed);
    await expect(client.GET(path, params)).resolves.toMatchObject({ data: { accounts: [{ id: 'stub' }] } });
    expect(stubbed).toHaveBeenCalledTimes(1);
    expect(server.requests).toHaveLength(1);
  });

  it("sends through the caller's fetch when one is given", async () => {
    const callerFetch = vi.fn((input: string | URL | Request, init?: RequestInit) => globalThis.fetch(input, init));
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    const client = createAccountsClient({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url, fetch: callerFetch });
    await client.GET(path, params);
    expect(callerFetch).toHaveBeenCalledTimes(1);
    expect(callerFetch.mock.calls[0]![1]).toMatchObject({ redirect: 'manual' });
  });

  it('without middleware, gives fetch the URL and init: fetch builds the only Request', async () => {
    const callerFetch = vi.fn((input: string | URL | Request, init?: RequestInit) => globalThis.fetch(input, init));
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    const client = createAccountsClient({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url, fetch: callerFetch });
    await client.GET(path, { ...params, headers: { 'x-caller': 'kept' } });
    const [input, init] = callerFetch.mock.calls[0]!;
    expect(input).toBe(`${server.url}/aggregation/v1/customers/1/accounts`);
    expect(init).toMatchObject({ method: 'GET', redirect: 'manual' });
    expect(init?.headers).toMatchObject({ 'x-caller': 'kept', 'finicity-app-key': 'test-app-key', 'finicity-app-token': 'test-app-token' });
    expect(init?.signal).toBeInstanceOf(AbortSignal);
    expect(server.requests[0]!.headers).toMatchObject({ 'x-caller': 'kept', 'finicity-app-token': 'test-app-token' });
  });

  it.each([
    ['post', '/aggregation/v1/customers/{customerId}/accounts'],
    ['delete', '/aggregation/v1/customers/{customerId}/accounts/{accountId}'],
  ] as const)('without middleware, a %s gives fetch the URL and init too', async (method, template) => {
    const callerFetch = vi.fn(async (_input: string | URL | Request, _init?: RequestInit) => new Response(null, { status: 204 }));
    const client = createAccountsClient({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url, fetch: callerFetch });
    await (client.request as (m: string, u: string, i: object) => Promise<unknown>)(method, template, {
      params: { path: { customerId: '1', accountId: '2' } },
    });
    expect(typeof callerFetch.mock.calls[0]![0]).toBe('string');
  });

  it('without middleware, a body a Request would change still goes through one: a string sent without a type gets text/plain', async () => {
    const callerFetch = vi.fn((input: string | URL | Request, init?: RequestInit) => globalThis.fetch(input, init));
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    const client = createAccountsClient({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url, fetch: callerFetch });
    const init = { ...params, body: 'plain words', bodySerializer: (body: unknown) => body, headers: { 'content-type': null } };
    await client.POST(path, init as never);
    expect(callerFetch.mock.calls[0]![0]).toBeInstanceOf(Request);
    expect(server.requests[0]!.headers['content-type']).toBe('text/plain;charset=UTF-8');
    expect(server.requests[0]!.body).toBe('plain words');
  });

  it.each(['get', 'head'] as const)('refuses a body on a %s before anything is sent, naming the call', async (lowerCase) => {
    const method = lowerCase.toUpperCase();
    const callerFetch = vi.fn((input: string | URL | Request, init?: RequestInit) => globalThis.fetch(input, init));
    const client = createAccountsClient({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url, fetch: callerFetch });
    const init = { ...params, body: 'x', bodySerializer: (body: unknown) => body, headers: { 'content-type': 'text/plain' } };
    const error = await (client.request as (m: string, u: string, i: object) => Promise<unknown>)(lowerCase, path, init).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(FinicityInputError);
    const name = method === 'GET' ? 'GetCustomerAccounts' : `HEAD ${path}`;
    expect((error as Error).message).toBe(`${name}: a ${method} request carries no body; leave out \`body\``);
    expect(callerFetch).not.toHaveBeenCalled();
  });

  it.each([
    ['registered on the client', (client: ReturnType<typeof createAccountsClient>, middleware: Middleware) => client.use(middleware)],
    ['given for one call', () => undefined],
  ])(
    "with middleware %s, hands on the Request the middleware saw, left as it was: the secrets travel in fetch's init",
    async (how, register) => {
      const callerFetch = vi.fn((input: string | URL | Request, init?: RequestInit) => globalThis.fetch(input, init));
      server.on(ACCOUNTS, json(200, { accounts: [] }));
      const client = createAccountsClient({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url, fetch: callerFetch });
      const seen: unknown[] = [];
      const middleware: Middleware = { onRequest: ({ request }) => void seen.push(request) };
      register(client, middleware);
      await client.GET(path, {
        ...params,
        headers: { 'x-caller': 'kept' },
        ...(how === 'given for one call' ? { middleware: [middleware] } : {}),
      });
      const [input, init] = callerFetch.mock.calls[0]!;
      expect(seen).toHaveLength(1);
      expect(seen[0]).toBeInstanceOf(Request);
      expect(input).toBe(seen[0]);
      expect((input as Request).url).toBe(`${server.url}/aggregation/v1/customers/1/accounts`);
      expect((input as Request).headers.get('finicity-app-token')).toBeNull();
      expect(init?.headers).toMatchObject({
        'x-caller': 'kept',
        'finicity-app-key': 'test-app-key',
        'finicity-app-token': 'test-app-token',
      });
      expect(server.requests[0]!.headers).toMatchObject({ 'x-caller': 'kept', 'finicity-app-token': 'test-app-token' });
    },
  );

  it('keeps building Requests after middleware is ejected, and still sends', async () => {
    const callerFetch = vi.fn((input: string | URL | Request, init?: RequestInit) => globalThis.fetch(input, init));
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    const client = createAccountsClient({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url, fetch: callerFetch });
    const middleware: Middleware = { onRequest: () => undefined };
    client.use(middleware);
    client.eject(middleware);
    await expect(client.GET(path, params)).resolves.toMatchObject({ data: { accounts: [] } });
    expect(callerFetch.mock.calls[0]![0]).toBeInstanceOf(Request);
  });

  // openapi-fetch is loaded at the first call: middleware registered before it behaves as if it had been loaded all along.
  it('applies use and eject in order whether they come before or after the first call, and refuses non-middleware at once', async () => {
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    const client = createAccountsClient({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url });
    const seen: string[] = [];
    const named = (name: string): Middleware => ({ onRequest: () => void seen.push(name) });
    const [early, ejectedEarly, late] = [named('early'), named('ejected early'), named('late')];
    expect(() => client.use({ notMiddleware: true } as unknown as Middleware)).toThrow(/Middleware must be an object/);
    client.use(early, ejectedEarly);
    client.eject(ejectedEarly);
    await client.GET(path, params);
    expect(seen).toEqual(['early']);
    expect(() => client.use({ notMiddleware: true } as unknown as Middleware)).toThrow(/Middleware must be an object/);
    client.eject(early);
    client.use(late);
    await client.GET(path, params);
    expect(seen).toEqual(['early', 'late']);
  });
});

describe('use before the first call', () => {
  it('takes middleware with any one of the three hooks, refuses a non-object in the same words, and skips an empty slot', async () => {
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    const client = createAccountsClient({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url });
    const seen: string[] = [];
    for (const hook of ['onRequest', 'onResponse', 'onError']) {
      expect(() => client.use({ [hook]: () => void seen.push(hook) } as unknown as Middleware)).not.toThrow();
    }
    expect(() => client.use('middleware' as unknown as Middleware)).toThrow(
      'Middleware must be an object with one of `onRequest()`, `onResponse() or `onError()`',
    );
    // An empty slot besides a middleware still makes calls go through Requests, so the middleware runs.
    const other = createAccountsClient({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url });
    other.use(undefined as unknown as Middleware, { onRequest: () => void seen.push('beside an empty slot') });
    await client.GET(path, params);
    await other.GET(path, params);
    expect(seen).toEqual(['onRequest', 'onResponse', 'beside an empty slot']);
  });
});

describe("each attempt's signal", () => {
  it('is a real AbortSignal for a fetch given in the options or stubbed after loading', () => {
    expect(attemptController(vi.fn()).signal).toBeInstanceOf(AbortSignal);
    vi.stubGlobal('fetch', vi.fn());
    expect(attemptController(globalThis.fetch).signal).toBeInstanceOf(AbortSignal);
  });

  it("aborts a Request made with it, with the reason given, also when it is the runtime fetch's lighter signal", () => {
    const reason = new Error('caller gave up');
    for (const controller of [attemptController(globalThis.fetch), attemptController(vi.fn())]) {
      const request = new Request('http://127.0.0.1/', { signal: controller.signal });
      expect(request.signal.aborted).toBe(false);
      controller.abort(reason);
      expect(request.signal.aborted).toBe(true);
      expect(request.signal.reason).toBe(reason);
    }
  });

  it("uses the lighter signal with the runtime's fetch only where Request accepts and follows one", () => {
    const { signal } = attemptController(globalThis.fetch);
    const major = Number(process.versions.node.split('.')[0]);
    // Node 20 and 22 take any EventTarget with `aborted`; Node 24 insists on an AbortSignal.
    expect(signal instanceof AbortSignal).toBe(major >= 24);
  });
});

describe("the lighter signal's test, made once per process on a Request that never leaves", () => {
  /** attemptController from a fresh copy of the module, loaded while `Request` is `StandIn`. */
  async function freshControllerWith(StandIn: unknown) {
    vi.resetModules();
    vi.stubGlobal('Request', StandIn);
    try {
      return (await import('../../src/send.js')).attemptController(globalThis.fetch);
    } finally {
      vi.unstubAllGlobals();
    }
  }

  it('a runtime whose Request refuses a signal that is not an AbortSignal gets a real one', async () => {
    const controller = await freshControllerWith(
      class {
        constructor() {
          throw new TypeError('signal is not an AbortSignal');
        }
      },
    );
    expect(controller.signal).toBeInstanceOf(AbortSignal);
  });

  it('a runtime whose Request takes such a signal but does not follow it gets a real one', async () => {
    const controller = await freshControllerWith(
      class {
        readonly signal = new AbortController().signal;
      },
    );
    expect(controller.signal).toBeInstanceOf(AbortSignal);
  });

  it('a runtime whose Request follows it gets the lighter one', async () => {
    const controller = await freshControllerWith(
      class {
        readonly signal: { aborted: boolean };
        constructor(_url: string, init: { signal: { aborted: boolean } & EventTarget }) {
          this.signal = init.signal;
        }
      },
    );
    expect(controller.signal).not.toBeInstanceOf(AbortSignal);
    expect(controller.signal.aborted).toBe(false);
  });
});

describe('the reason of an aborted signal', () => {
  it("is the signal's own, or an AbortError where a runtime gives signals no reason", () => {
    const controller = new AbortController();
    controller.abort('mine');
    expect(abortReason(controller.signal)).toBe('mine');
    const reasonless = new AbortController();
    reasonless.abort();
    Object.defineProperty(reasonless.signal, 'reason', { value: undefined });
    const reason = abortReason(reasonless.signal);
    expect(reason).toBeInstanceOf(DOMException);
    expect([(reason as DOMException).name, (reason as DOMException).message]).toEqual(['AbortError', 'The operation was aborted']);
  });
});

describe('deadlines on a signal', () => {
  it('hold one listener per signal however many share it, and none once the last has ended', () => {
    const controller = new AbortController();
    const stops = [vi.fn(), vi.fn(), vi.fn()];
    const releases = stops.map((stop) => watchDeadline(60_000, controller.signal, stop));
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    releases[0]!();
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    controller.abort('caller left');
    expect(stops.map((stop) => stop.mock.calls)).toEqual([[], [['caller left']], [['caller left']]]);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('watch a signal afresh after every earlier watch on it ended', () => {
    const controller = new AbortController();
    watchDeadline(60_000, controller.signal, vi.fn())();
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    const stop = vi.fn();
    const release = watchDeadline(60_000, controller.signal, stop);
    controller.abort('caller left');
    expect(stop).toHaveBeenCalledWith('caller left');
    release();
  });
});

describe("an attempt's deadline timer", () => {
  it('keeps a timer of its duration between attempts, which lapses after a whole period without one', () => {
    vi.useFakeTimers();
    try {
      const stop = vi.fn();
      watchDeadline(4321, null, stop, true)();
      expect(vi.getTimerCount()).toBe(1);
      vi.advanceTimersByTime(4000);
      watchDeadline(4321, null, stop, true)();
      // The kept timer serves again: no second one.
      expect(vi.getTimerCount()).toBe(1);
      vi.advanceTimersByTime(321);
      expect(vi.getTimerCount()).toBe(1);
      vi.advanceTimersByTime(4321);
      expect(vi.getTimerCount()).toBe(0);
      // Lapsed, the duration is kept again by its next attempt, for one period unless used.
      watchDeadline(4321, null, stop, true)();
      expect(vi.getTimerCount()).toBe(1);
      vi.advanceTimersByTime(4321);
      expect(vi.getTimerCount()).toBe(0);
      // Deadlines that do not recur (token waits, backoff) keep nothing.
      watchDeadline(4321, null, stop, false)();
      expect(vi.getTimerCount()).toBe(0);
      expect(stop).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps a timer list for a bounded number of durations, however many distinct timeouts calls use', () => {
    vi.useFakeTimers();
    try {
      for (let ms = 100_000; ms < 120_000; ms++) watchDeadline(ms, null, () => undefined, true)();
      // Each kept list is one unref'd timer; the 20,000 calls' own timers are all cleared.
      expect(vi.getTimerCount()).toBeGreaterThan(0);
      expect(vi.getTimerCount()).toBeLessThanOrEqual(MAX_KEPT_TIMER_LISTS);
      vi.advanceTimersByTime(240_000);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('never holds the process open', async () => {
    const script = `import { watchDeadline } from './src/send.ts'; watchDeadline(60_000, null, () => {}, true)();`;
    const started = performance.now();
    await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { timeout: 30_000 });
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

describe('sending', () => {
  it('states the length of every POST body, zero included (no chunked encoding)', async () => {
    server.on(/authentication$/, json(200, { token: 'fresh-token-123' }));
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    const client = createAccountsClient({
      appKey: 'test-app-key',
      partnerId: 'p',
      partnerSecret: 'test-partner-secret',
      baseUrl: server.url,
    });
    await client.POST(path, params);
    const [authentication, refresh] = server.requests;
    expect(authentication!.headers['content-length']).toBe(String(Buffer.byteLength(authentication!.body)));
    expect(JSON.parse(authentication!.body)).toEqual({ partnerId: 'p', partnerSecret: 'test-partner-secret' });
    expect(refresh!.headers['content-length']).toBe('0');
    expect(refresh!.headers['transfer-encoding']).toBeUndefined();
  });

  it("sends openapi-fetch's JSON body and its type with a stated length, and a serializer's bytes as given", async () => {
    server.on(/authentication$/, json(200, { token: 'issued-token-123' }));
    const client = createAccountsClient({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url });
    const credentials = { partnerId: 'p', partnerSecret: 'test-partner-secret' };
    await expect(client.POST('/aggregation/v2/partners/authentication', { body: credentials })).resolves.toMatchObject({
      data: { token: 'issued-token-123' },
    });
    const bytes = new TextEncoder().encode(JSON.stringify(credentials));
    await client.POST('/aggregation/v2/partners/authentication', { body: credentials, bodySerializer: () => bytes });
    for (const sent of server.requests) {
      expect(JSON.parse(sent.body)).toEqual(credentials);
      expect(sent.headers['content-type']).toBe('application/json');
      expect(sent.headers['content-length']).toBe(String(bytes.byteLength));
    }
  });

  it('sends the body of the Request middleware saw, whole, with its stated length', async () => {
    server.on(/authentication$/, json(200, { token: 'issued-token-123' }));
    const client = createAccountsClient({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url });
    const seen: Request[] = [];
    client.use({ onRequest: ({ request }) => void seen.push(request) });
    const credentials = { partnerId: 'p', partnerSecret: 'test-partner-secret' };
    await client.POST('/aggregation/v2/partners/authentication', { body: credentials });
    expect(seen).toHaveLength(1);
    const [sent] = server.requests;
    expect(JSON.parse(sent!.body)).toEqual(credentials);
    expect(sent!.headers['content-length']).toBe(String(Buffer.byteLength(sent!.body)));
  });

  it('gives a text body whose type was taken away the type a Request gives it', async () => {
    server.on(/authentication$/, json(200, { token: 'issued-token-123' }));
    const client = createAccountsClient({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url });
    const body = { partnerId: 'p', partnerSecret: 'test-partner-secret' };
    await client.POST('/aggregation/v2/partners/authentication', { body, headers: { 'Content-Type': null } });
    expect(server.requests[0]!.headers['content-type']).toBe(
      new Request('http://localhost/', { method: 'POST', body: '' }).headers.get('content-type'),
    );
  });

  it('keeps repeated response headers and a body larger than one chunk', async () => {
    const accounts = Array.from({ length: 2_000 }, (_, index) => ({ id: String(index), name: `Account ${index}` }));
    server.on(ACCOUNTS, (_request, response) => {
      response.writeHead(200, [
        ['content-type', 'application/json'],
        ['x-trace', 'a'],
        ['x-trace', 'b'],
      ]);
      response.end(JSON.stringify({ accounts }));
    });
    const client = createAccountsClient({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url });
    const { data, response } = await client.GET(path, params);
    expect(data?.accounts).toHaveLength(2_000);
    expect(response.headers.get('x-trace')).toBe('a, b');
  });
});

describe.each(clientKinds)('compressed responses through $name', ({ make }) => {
  const encoders = { gzip: gzipSync, deflate: deflateSync, br: brotliCompressSync };
  // Node 20's fetch asks for gzip and deflate (later versions add brotli).
  const asked = ['gzip', 'deflate'] as Array<keyof typeof encoders>;

  it.each(asked)('asks for compression and decodes a %s body', async (encoding) => {
    const body = { accounts: [{ id: '1', name: 'Checking'.repeat(50) }] };
    server.on(ACCOUNTS, (request, response) => {
      if (!String(request.headers['accept-encoding']).includes(encoding))
        return json(406, { message: 'no compression asked for' })(request, response);
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': encoding });
      response.end(encoders[encoding](JSON.stringify(body)));
    });
    await expect(
      make({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url }).getCustomerAccounts('1'),
    ).resolves.toEqual(body);
  });

  it('fails a body that does not decode as a malformed answer, not retried', async () => {
    server.on(ACCOUNTS, (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      response.end('not gzip at all');
    });
    const error = await make({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url, maxRetries: 0 })
      .getCustomerAccounts('1')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FinicityResponseError);
    expect((error as Error).message).toMatch(/^GetCustomerAccounts answered HTTP 200 with a body that does not decode/);
  });
});

describe('deadlines and sleeps, to the end', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a deadline that passes leaves no listener on the signal, and one ended by the signal never times out after', () => {
    vi.useFakeTimers();
    const timedOut = new AbortController();
    const stop = vi.fn();
    watchDeadline(100, timedOut.signal, stop);
    vi.advanceTimersByTime(100);
    expect(stop.mock.calls).toEqual([[TIMED_OUT]]);
    expect(getEventListeners(timedOut.signal, 'abort')).toHaveLength(0);

    const aborted = new AbortController();
    const stopped = vi.fn();
    watchDeadline(100, aborted.signal, stopped);
    aborted.abort('caller left');
    vi.advanceTimersByTime(1_000);
    expect(stopped.mock.calls).toEqual([['caller left']]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps no timer list unless asked to (token waits and backoff sleeps do not recur)', async () => {
    vi.useFakeTimers();
    watchDeadline(4_322, null, () => undefined)();
    expect(vi.getTimerCount()).toBe(0);
    const slept = sleep(4_323, null);
    await vi.advanceTimersByTimeAsync(4_323);
    await slept;
    await withinDeadline(Promise.resolve('done'), 4_324, null);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('withinDeadline rejects at once with the reason of a signal already aborted, and a sleep with the reason of one aborted meanwhile', async () => {
    const aborted = new AbortController();
    aborted.abort('caller left');
    await expect(withinDeadline(new Promise(() => undefined), 60_000, aborted.signal)).rejects.toBe('caller left');
    const later = new AbortController();
    const slept = sleep(60_000, later.signal);
    later.abort('caller left later');
    await expect(slept).rejects.toBe('caller left later');
  });
});

describe('one attempt through sendWithFetch', () => {
  const request = { url: 'http://127.0.0.1:9/x', request: undefined, method: 'GET', headers: {}, body: undefined };
  const limits = { timeoutMs: 4_325, maxResponseBytes: 1_000, maxErrorBodyBytes: 100 };
  /** A given fetch that keeps the signal it was handed and answers when told. */
  function heldFetch() {
    const held: { signal?: AbortSignal; answer?: (response: unknown) => void } = {};
    const fetch = ((_input: unknown, init: RequestInit) => {
      held.signal = init.signal!;
      return new Promise<unknown>((resolve) => {
        held.answer = resolve;
      });
    }) as typeof globalThis.fetch;
    return { held, send: sendWithFetch(() => fetch) };
  }
  afterEach(() => {
    vi.useRealTimers();
  });

  it("aborts the fetch with an AbortError when time is up, and with the caller's own reason when the caller aborts", async () => {
    vi.useFakeTimers();
    const late = heldFetch();
    const timed = late.send(request, limits, null).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(4_325);
    expect(await timed).toBe(TIMED_OUT);
    expect((late.held.signal!.reason as DOMException).name).toBe('AbortError');

    const left = heldFetch();
    const caller = new AbortController();
    const abandoned = left.send(request, limits, caller.signal).catch((error: unknown) => error);
    caller.abort('caller left');
    expect(await abandoned).toBe('caller left');
    expect(left.held.signal!.reason).toBe('caller left');
  });

  it('keeps the timer list of its duration, and leaves nothing that aborts the fetch after it answered', async () => {
    vi.useFakeTimers();
    const { held, send } = heldFetch();
    const sent = send(request, { ...limits, timeoutMs: 4_326 }, null);
    await vi.advanceTimersByTimeAsync(0);
    held.answer!(new Response('{}', { status: 200 }));
    expect((await sent).status).toBe(200);
    // One timer: the kept list's own (the attempt's deadline is cleared).
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(4_326);
    expect(held.signal!.aborted).toBe(false);
  });

  it("ends its deadline when the fetch fails: nothing aborts the fetch later, and the caller's signal is left without a listener", async () => {
    vi.useFakeTimers();
    const caller = new AbortController();
    let signal: AbortSignal | undefined;
    const failing = ((_input: unknown, init: RequestInit) => {
      signal = init.signal!;
      return Promise.reject(new TypeError('fetch failed'));
    }) as typeof globalThis.fetch;
    const sent = sendWithFetch(() => failing)(request, { ...limits, timeoutMs: 4_327 }, caller.signal);
    await expect(sent).rejects.toThrow('fetch failed');
    expect(getEventListeners(caller.signal, 'abort')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(4_327);
    expect(signal!.aborted).toBe(false);
  });

  it.each([
    ['without headers', { status: 200 }],
    ['without a status', { headers: new Headers() }],
    ['with headers that cannot be read', { status: 200, headers: {} }],
  ])('refuses an answer %s', async (_case, answer) => {
    const { held, send } = heldFetch();
    const sent = send(request, limits, null);
    await new Promise((resolve) => setImmediate(resolve));
    held.answer!(answer);
    await expect(sent).rejects.toThrow('fetch resolved with something that is not a Response');
  });
});

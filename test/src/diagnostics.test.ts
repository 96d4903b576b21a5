/**
 * The client's diagnostics_channel events: the tracing channel of calls (its context
 * at each event), the plain channels (token requests, renewals, store state, drift),
 * that nothing is built without a subscriber, and that no event carries a secret or a
 * body in any form. Then the README's OpenTelemetry recipe, with the real SDK.
 */
import { channel as plainChannel, type TracingChannelSubscribers, tracingChannel } from 'node:diagnostics_channel';
import { inspect } from 'node:util';
import { type Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CHANNELS,
  type DiagnosticsChannel,
  diagnosticsModule,
  isTraced,
  packageChannels,
  publish,
  traceCall,
} from '../../src/diagnostics.js';
import {
  type CredentialStore,
  createAccountsApi,
  createAccountsClient,
  memoryCredentialStore,
  type RequestTrace,
} from '../../src/index.js';
import { responseValidation } from '../../src/validation/index.js';
import { clientKinds } from '../support/clients.js';
import { json, stall, useFaultServer } from '../support/fault-server.js';

const server = useFaultServer();
const TOKEN_PATH = /partners\/authentication$/;
const ACCOUNTS = /\/aggregation\/v1\/customers\/[^/]+\/accounts$/;
const ONE_ACCOUNT = /\/aggregation\/v2\/customers\/[^/]+\/accounts\/[^/]+$/;

const APP_KEY = 'app-key-5e6f7a';
const SECRET = 'partner-secret-8b9c0d';
const TOKENS = ['issued-token-1a2b3c', 'issued-token-4d5e6f'];
const ACCOUNT_NUMBER = '55544433322';
const BODY_TEXT = 'a sentence only the error body holds';

/** Every form a secret or a body value could take in a serialized event. */
function forms(value: string): string[] {
  const base64 = Buffer.from(value).toString('base64');
  return [value, base64, base64.replace(/=+$/, ''), Buffer.from(value).toString('base64url'), encodeURIComponent(value)];
}
const FORBIDDEN = [APP_KEY, SECRET, ...TOKENS, ACCOUNT_NUMBER, BODY_TEXT].flatMap(forms);

interface Recorded {
  channel: string;
  message: unknown;
}

/** Subscribes to every channel of the package; each message is recorded as it was at the time (the call context changes later). */
function listen(): { events: Recorded[]; stop: () => void } {
  const events: Recorded[] = [];
  const record = (name: string) => (message: unknown) => events.push({ channel: name, message: structuredClone(message) });
  const tracing = tracingChannel(CHANNELS.request);
  const handlers = {
    start: record('start'),
    end: record('end'),
    asyncStart: record('asyncStart'),
    asyncEnd: record('asyncEnd'),
    error: record('error'),
  } as TracingChannelSubscribers<object>;
  tracing.subscribe(handlers);
  const plain = [CHANNELS.tokenRequest, CHANNELS.tokenRenewal, CHANNELS.credentialStore, CHANNELS.drift].map((name) => {
    const handler = record(name);
    plainChannel(name).subscribe(handler);
    return () => plainChannel(name).unsubscribe(handler);
  });
  return {
    events,
    stop: () => {
      tracing.unsubscribe(handlers);
      for (const stop of plain) stop();
    },
  };
}

let stopListening: (() => void) | undefined;
afterEach(() => {
  stopListening?.();
  stopListening = undefined;
});

const account = {
  id: '5011648377',
  number: ACCOUNT_NUMBER,
  accountNumberDisplay: '2109',
  name: 'Loan',
  type: 'loan',
  status: 'active',
  customerId: '1',
  institutionId: '4222',
  createdDate: 1607450357,
  currency: 'USD',
  institutionLoginId: 1007302745,
  detail: { autoPayEnrolled: true },
};

/** A store that fails every operation: sharing stops, which the store channel reports. */
const brokenStore: CredentialStore = {
  get: () => Promise.reject(new Error('store down')),
  set: () => Promise.reject(new Error('store down')),
  delete: () => Promise.reject(new Error('store down')),
  acquireLease: () => Promise.reject(new Error('store down')),
  releaseLease: () => Promise.reject(new Error('store down')),
};

describe.each(clientKinds)('events of calls through $name', ({ make }) => {
  it('traces retries, a renewal, an HTTP error and a failure, with token, store and drift events, and no secret or body anywhere', async () => {
    let issued = 0;
    server.on(TOKEN_PATH, (request, response) => json(200, { token: TOKENS[issued++] })(request, response));
    server.on(
      ACCOUNTS,
      json(503, {}, { 'retry-after': '0' }),
      json(200, { accounts: [account] }, { 'x-request-id': 'req-ok' }),
      json(401, { code: 10023, message: BODY_TEXT }),
      json(200, { accounts: [] }),
      json(404, { code: 38003, message: BODY_TEXT }, { 'x-request-id': 'req-404' }),
    );
    server.on(ONE_ACCOUNT, (_request, response) => {
      response.socket?.destroy();
    });
    const listening = listen();
    stopListening = listening.stop;
    const client = make({
      appKey: APP_KEY,
      partnerId: 'p-1',
      partnerSecret: SECRET,
      baseUrl: server.url,
      retryBaseDelayMs: 0,
      maxRetries: 1,
      credentialStore: brokenStore,
      credentialStoreTimeoutMs: 20,
      validation: responseValidation({ mode: 'warn' }),
    });
    await client.getCustomerAccounts('1');
    await client.getCustomerAccounts('1');
    await expect(client.getCustomerAccounts('1')).rejects.toMatchObject({ status: 404 });
    await expect(client.getCustomerAccount('1', '2')).rejects.toMatchObject({ name: 'FinicityConnectionError' });

    const ended = listening.events.filter((event) => event.channel === 'asyncEnd').map((event) => event.message);
    expect(ended).toEqual([
      {
        operation: 'GetCustomerAccounts',
        method: 'GET',
        attempts: 2,
        retries: [{ reason: 'HTTP 503', delayMs: 0 }],
        renewals: [],
        tokenWaitMs: expect.any(Number),
        status: 200,
        requestId: 'req-ok',
      },
      {
        operation: 'GetCustomerAccounts',
        method: 'GET',
        attempts: 2,
        retries: [],
        renewals: ['expired'],
        tokenWaitMs: expect.any(Number),
        status: 200,
      },
      {
        operation: 'GetCustomerAccounts',
        method: 'GET',
        attempts: 1,
        retries: [],
        renewals: [],
        tokenWaitMs: expect.any(Number),
        status: 404,
        requestId: 'req-404',
        errorClass: 'FinicityApiError',
        errorCode: 38003,
      },
      {
        operation: 'GetCustomerAccount',
        method: 'GET',
        attempts: 2,
        retries: [{ reason: 'no answer', delayMs: 0 }],
        renewals: [],
        tokenWaitMs: expect.any(Number),
        errorClass: 'FinicityConnectionError',
      },
    ]);
    // Each call: start, end, then asyncStart and asyncEnd; a failure's error event before them.
    const order = listening.events.filter((event) => ['start', 'end', 'asyncStart', 'asyncEnd', 'error'].includes(event.channel));
    expect(order.map((event) => event.channel)).toEqual([
      ...['start', 'end', 'asyncStart', 'asyncEnd'],
      ...['start', 'end', 'asyncStart', 'asyncEnd'],
      ...['start', 'end', 'asyncStart', 'asyncEnd'],
      ...['start', 'end', 'error', 'asyncStart', 'asyncEnd'],
    ]);
    expect(order[0]?.message).toMatchObject({ operation: 'GetCustomerAccounts', attempts: 0 });

    const messages = (name: string) => listening.events.filter((event) => event.channel === name).map((event) => event.message);
    expect(messages(CHANNELS.tokenRequest)).toEqual([
      { operation: 'CreateToken', attempt: 1, background: false, durationMs: expect.any(Number), status: 200 },
      { operation: 'CreateToken', attempt: 1, background: false, durationMs: expect.any(Number), status: 200 },
    ]);
    expect(messages(CHANNELS.tokenRenewal)).toEqual([{ reason: 'expired', code: 10023, operation: 'GetCustomerAccounts' }]);
    expect(messages(CHANNELS.credentialStore)).toEqual([{ state: 'unavailable', operation: 'reading the refusal record' }]);
    expect(messages(CHANNELS.drift)).toEqual([
      {
        operation: 'GetCustomerAccounts',
        status: 200,
        differences: [{ path: '/accounts/0/detail/autoPayEnrolled', expected: 'string', received: 'boolean' }],
      },
    ]);

    for (const { message } of listening.events) {
      for (const shown of [JSON.stringify(message), inspect(message, { depth: 10 })]) {
        for (const forbidden of FORBIDDEN) expect(shown).not.toContain(forbidden);
      }
    }
  });
});

describe('a token renewal by age, and a refused token request', () => {
  it('publishes the background renewal and the refusal, without the secret', async () => {
    let now = 0;
    server.on(TOKEN_PATH, json(200, { token: TOKENS[0] }), json(401, { code: 10001, message: BODY_TEXT }));
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    const listening = listen();
    stopListening = listening.stop;
    const api = createAccountsApi({
      appKey: APP_KEY,
      partnerId: 'p-1',
      partnerSecret: SECRET,
      baseUrl: server.url,
      now: () => now,
      credentialStore: memoryCredentialStore(),
    });
    await api.getCustomerAccounts({ customerId: '1' });
    now = 91 * 60 * 1000;
    await api.getCustomerAccounts({ customerId: '1' });
    await vi.waitFor(() => expect(listening.events.filter((event) => event.channel === CHANNELS.tokenRequest)).toHaveLength(2));
    const messages = (name: string) => listening.events.filter((event) => event.channel === name).map((event) => event.message);
    expect(messages(CHANNELS.tokenRenewal)).toEqual([{ reason: 'age' }]);
    expect(messages(CHANNELS.tokenRequest)[1]).toEqual({
      operation: 'CreateToken',
      attempt: 1,
      background: true,
      durationMs: expect.any(Number),
      status: 401,
      errorClass: 'FinicityAuthenticationError',
    });
    const shown = JSON.stringify(listening.events);
    for (const forbidden of FORBIDDEN) expect(shown).not.toContain(forbidden);
  });
});

describe('the token wait in a trace', () => {
  it('is the time spent waiting for tokens, summed over the attempts, and about nothing with a token in hand', async () => {
    let issued = 0;
    server.on(
      TOKEN_PATH,
      stall(150, (request, response) => json(200, { token: TOKENS[issued++] })(request, response)),
    );
    server.on(ACCOUNTS, json(401, { code: 10023, message: 'expired' }), json(200, { accounts: [] }));
    const listening = listen();
    stopListening = listening.stop;
    const client = createAccountsApi({ appKey: APP_KEY, partnerId: 'p-1', partnerSecret: SECRET, baseUrl: server.url });
    await client.getCustomerAccounts({ customerId: '1' });
    await client.getCustomerAccounts({ customerId: '1' });
    const waits = listening.events
      .filter((event) => event.channel === 'asyncEnd')
      .map((event) => (event.message as RequestTrace).tokenWaitMs);
    // Two token requests of 150 ms each before the two attempts of the first call (the second after a renewal).
    expect(waits[0]).toBeGreaterThanOrEqual(295);
    expect(waits[0]).toBeLessThan(1_000);
    expect(waits[1]).toBeGreaterThanOrEqual(0);
    expect(waits[1]).toBeLessThan(20);
  });
});

describe('nothing is built for nobody', () => {
  it('publish builds no message without a subscriber, and one per event with one', () => {
    const make = vi.fn(() => ({ built: true }));
    const silent: DiagnosticsChannel = { hasSubscribers: false, publish: vi.fn() };
    publish(silent, make);
    publish(undefined, make);
    expect(make).not.toHaveBeenCalled();
    const heard: DiagnosticsChannel = { hasSubscribers: true, publish: vi.fn() };
    publish(heard, make);
    expect(heard.publish).toHaveBeenCalledWith({ built: true });
  });

  it('a call without subscribers publishes nothing on the tracing channel', async () => {
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    const tracing = tracingChannel(CHANNELS.request);
    const publishSpy = vi.spyOn(tracing.start, 'publish');
    const runStores = vi.spyOn(tracing.start, 'runStores');
    const client = createAccountsClient({ appKey: APP_KEY, appToken: TOKENS[0], baseUrl: server.url });
    await client.GET('/aggregation/v1/customers/{customerId}/accounts', { params: { path: { customerId: '1' } } });
    expect(publishSpy).not.toHaveBeenCalled();
    expect(runStores).not.toHaveBeenCalled();
    publishSpy.mockRestore();
    runStores.mockRestore();
  });

  it('sees a subscriber to any one of the five events', () => {
    const quiet = { hasSubscribers: false, publish() {}, runStores: <T>(_: object, run: () => T) => run() };
    const all = { start: quiet, end: quiet, asyncStart: quiet, asyncEnd: quiet, error: quiet };
    expect(isTraced(undefined)).toBe(false);
    expect(isTraced(all)).toBe(false);
    for (const name of ['start', 'end', 'asyncStart', 'asyncEnd', 'error'] as const) {
      expect(isTraced({ ...all, [name]: { ...quiet, hasSubscribers: true } })).toBe(true);
    }
  });

  it('finds diagnostics_channel through process.getBuiltinModule, and nothing where there is none or it throws', () => {
    expect(diagnosticsModule()).toBe(process.getBuiltinModule('node:diagnostics_channel'));
    expect(diagnosticsModule({})).toBeUndefined();
    expect(diagnosticsModule({ process: {} })).toBeUndefined();
    const refusing = {
      process: {
        getBuiltinModule: () => {
          throw new Error('not allowed');
        },
      },
    };
    expect(diagnosticsModule(refusing)).toBeUndefined();
  });

  it('looks the channels up once: every client holds the same ones', () => {
    const channels = packageChannels();
    expect(channels?.request.start).toBe(process.getBuiltinModule('node:diagnostics_channel').channel(`tracing:${CHANNELS.request}:start`));
    expect(packageChannels()).toBe(channels);
  });
});

describe('traceCall', () => {
  it('keeps the result and the error out of the context, and names the error class', async () => {
    const seen: string[] = [];
    const channel = (name: string) => ({
      hasSubscribers: true,
      publish: (message: object) => seen.push(`${name} ${Object.keys(message).join(',')}`),
    });
    const tracing = {
      start: {
        ...channel('start'),
        runStores: <T>(context: object, run: () => T) => {
          seen.push(`runStores ${Object.keys(context)}`);
          return run();
        },
      },
      end: channel('end'),
      asyncStart: channel('asyncStart'),
      asyncEnd: channel('asyncEnd'),
      error: channel('error'),
    };
    const context = { operation: 'X', method: 'GET', attempts: 1, retries: [], renewals: [], tokenWaitMs: 0 };
    await expect(traceCall(tracing, { ...context }, async () => 'the result')).resolves.toBe('the result');
    await expect(traceCall(tracing, { ...context }, async () => Promise.reject(new TypeError('x')))).rejects.toThrow('x');
    await expect(traceCall(tracing, { ...context }, async () => Promise.reject('a string'))).rejects.toBe('a string');
    const keys = 'operation,method,attempts,retries,renewals,tokenWaitMs';
    expect(seen).toEqual([
      `runStores ${keys}`,
      `end ${keys}`,
      `asyncStart ${keys}`,
      `asyncEnd ${keys}`,
      `runStores ${keys}`,
      `end ${keys}`,
      `error ${keys},errorClass`,
      `asyncStart ${keys},errorClass`,
      `asyncEnd ${keys},errorClass`,
      `runStores ${keys}`,
      `end ${keys}`,
      `error ${keys},errorClass`,
      `asyncStart ${keys},errorClass`,
      `asyncEnd ${keys},errorClass`,
    ]);
  });
});

describe('OpenTelemetry spans from the channel (the README recipe)', () => {
  it('makes one client span per call with its attributes and status', async () => {
    const exporter = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
    trace.setGlobalTracerProvider(provider);
    // The README's recipe, word for word but for its names.
    const tracer = trace.getTracer('finicity-accounts');
    const spans = new WeakMap<RequestTrace, Span>();
    const subscribers: TracingChannelSubscribers<RequestTrace> = {
      start(call) {
        spans.set(call, tracer.startSpan(`Finicity ${call.operation}`, { kind: SpanKind.CLIENT }));
      },
      asyncEnd(call) {
        const span = spans.get(call);
        span?.setAttributes({
          'http.request.method': call.method,
          'finicity.attempts': call.attempts,
          'finicity.retries': call.retries.length,
        });
        if (call.status !== undefined) span?.setAttribute('http.response.status_code', call.status);
        if (call.errorClass) span?.setStatus({ code: SpanStatusCode.ERROR, message: call.errorClass });
        span?.end();
      },
      end() {},
      asyncStart() {},
      error() {},
    };
    tracingChannel<unknown, RequestTrace>('finicity-accounts:request').subscribe(subscribers);
    try {
      server.on(ACCOUNTS, json(503, {}), json(200, { accounts: [] }, { 'x-request-id': 'req-7' }), json(404, { code: 38003 }));
      const api = createAccountsApi({ appKey: APP_KEY, appToken: TOKENS[0], baseUrl: server.url, retryBaseDelayMs: 0 });
      await api.getCustomerAccounts({ customerId: '1' });
      await expect(api.getCustomerAccounts({ customerId: '1' })).rejects.toMatchObject({ status: 404 });
      const finished = exporter.getFinishedSpans();
      expect(finished.map((span) => [span.name, span.kind, span.attributes, span.status])).toEqual([
        [
          'Finicity GetCustomerAccounts',
          SpanKind.CLIENT,
          {
            'http.request.method': 'GET',
            'http.response.status_code': 200,
            'finicity.attempts': 2,
            'finicity.retries': 1,
          },
          { code: SpanStatusCode.UNSET },
        ],
        [
          'Finicity GetCustomerAccounts',
          SpanKind.CLIENT,
          {
            'http.request.method': 'GET',
            'http.response.status_code': 404,
            'finicity.attempts': 1,
            'finicity.retries': 0,
          },
          { code: SpanStatusCode.ERROR, message: 'FinicityApiError' },
        ],
      ]);
    } finally {
      tracingChannel<unknown, RequestTrace>('finicity-accounts:request').unsubscribe(subscribers);
      trace.disable();
      await provider.shutdown();
    }
  });
});

/**
 * The transport loop's own arithmetic and choices, each pinned: the attempt that would
 * start with less than a millisecond left, a retry due exactly at the deadline, the
 * durations it logs, which 4xx may be an earlier attempt's doing, the stand-in body of
 * an empty error, the redaction of a success answer's headers, and the secrets a call
 * brings with it, forgotten when it ends.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  clearRecordedRefusal,
  createAccountsApi,
  createAccountsClient,
  createAuthenticationApi,
  createFinicityClients,
  type DriftReport,
  FinicityApiError,
  FinicityAuthenticationError,
  FinicityInputError,
  FinicityTimeoutError,
  type LogEntry,
} from '../../src/index.js';
import { responseValidation } from '../../src/validation/index.js';
import { clientKinds } from '../support/clients.js';
import { cutMidBody, json, stall, text, useFaultServer } from '../support/fault-server.js';

const server = useFaultServer();
const TOKEN_PATH = /\/aggregation\/v2\/partners\/authentication$/;
const ACCOUNTS = /\/aggregation\/v1\/customers\/[^/]+\/accounts$/;
const APP_KEY = 'app-key-7c8d9e';
const APP_TOKEN = 'fixed-app-token-1f2e3d';

afterEach(() => {
  vi.restoreAllMocks();
});

/**
 * A given fetch that answers 503 (Retry-After as given) and, while doing so, moves the
 * monotonic clock (held still otherwise) to `leftMs` before the call's deadline, as a
 * slow attempt would.
 */
function slowFirstAttempt(timeoutMs: number, leftMs: number, retryAfter = '0') {
  const start = 1_000_000;
  let clock = start;
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
  const fetch = vi.fn(async () => {
    if (fetch.mock.calls.length === 1) clock = start + timeoutMs - leftMs;
    return new Response('{}', { status: 503, headers: { 'content-type': 'application/json', 'retry-after': retryAfter } });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls: () => fetch.mock.calls.length };
}

describe('the deadline at the edge', () => {
  it('sends no attempt with less than a millisecond left: the call times out instead', async () => {
    const { fetch, calls } = slowFirstAttempt(1_000, 0.5);
    const api = createAccountsApi({ appKey: APP_KEY, appToken: APP_TOKEN, baseUrl: 'https://edge.test', fetch, timeoutMs: 1_000 });
    await expect(api.getCustomerAccounts({ customerId: '1' })).rejects.toBeInstanceOf(FinicityTimeoutError);
    expect(calls()).toBe(1);
  });

  it('still sends one with a whole millisecond left', async () => {
    const { fetch, calls } = slowFirstAttempt(1_000, 1);
    const api = createAccountsApi({ appKey: APP_KEY, appToken: APP_TOKEN, baseUrl: 'https://edge.test', fetch, timeoutMs: 1_000 });
    await expect(api.getCustomerAccounts({ customerId: '1' }, { maxRetries: 1 })).rejects.toMatchObject({ status: 503 });
    expect(calls()).toBe(2);
  });

  it('skips a retry due exactly at the deadline, and says so in the error', async () => {
    const { fetch, calls } = slowFirstAttempt(5_000, 1_000, '1');
    const api = createAccountsApi({ appKey: APP_KEY, appToken: APP_TOKEN, baseUrl: 'https://edge.test', fetch, timeoutMs: 5_000 });
    const error = await api.getCustomerAccounts({ customerId: '1' }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(FinicityApiError);
    expect((error as Error).message).toContain("a retry was skipped: due in 1000 ms, it would pass the call's 5000 ms timeout");
    expect(calls()).toBe(1);
  });
});

describe('durations in the log', () => {
  it('are the time each attempt took, answered or not', async () => {
    server.on(ACCOUNTS, cutMidBody, json(200, { accounts: [] }));
    const entries: LogEntry[] = [];
    const api = createAccountsApi({
      appKey: APP_KEY,
      appToken: APP_TOKEN,
      baseUrl: server.url,
      retryBaseDelayMs: 0,
      log: (_line, entry) => entries.push(entry),
    });
    const before = performance.now();
    await api.getCustomerAccounts({ customerId: '1' });
    const elapsed = performance.now() - before;
    const durations = entries.filter((entry) => entry.durationMs !== undefined).map((entry) => entry.durationMs!);
    expect(durations).toHaveLength(2);
    for (const durationMs of durations) {
      expect(durationMs).toBeGreaterThanOrEqual(0);
      expect(durationMs).toBeLessThanOrEqual(elapsed);
    }
  });
});

describe('a token wait that runs out of time', () => {
  it('says that the time ran out while waiting for an access token', async () => {
    server.on(TOKEN_PATH, stall(5_000, json(200, { token: 'issued-token-9a8b7c' })));
    const api = createAccountsApi({ appKey: APP_KEY, partnerId: 'p', partnerSecret: 'partner-secret-6d5e4f', baseUrl: server.url });
    const error = await api.getCustomerAccounts({ customerId: '1' }, { timeoutMs: 200 }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(FinicityTimeoutError);
    expect((error as Error).message).toMatch(/while waiting for an access token/);
  });
});

describe.each(clientKinds)('final answers through $name', ({ make }) => {
  const client = () => make({ appKey: APP_KEY, appToken: APP_TOKEN, baseUrl: server.url, retryBaseDelayMs: 0, maxRetries: 1 });

  it('says an earlier attempt may have succeeded for a 4xx after an unanswered one, 400 included, and not for a 5xx', async () => {
    server.on(ACCOUNTS, cutMidBody, json(400, { code: 1, message: 'bad' }));
    await expect(client().getCustomerAccounts('1')).rejects.toMatchObject({ status: 400, earlierAttemptMayHaveSucceeded: true });
    server.reset();
    server.on(ACCOUNTS, cutMidBody, json(500, { code: 1, message: 'down' }));
    await expect(client().getCustomerAccounts('1')).rejects.toMatchObject({ status: 500, earlierAttemptMayHaveSucceeded: false });
  });

  it('serves an empty error body as JSON built from the error, and keeps the type of a body that has one', async () => {
    server.on(ACCOUNTS, text(500, '', 'text/plain'));
    const api = createAccountsClient({ appKey: APP_KEY, appToken: APP_TOKEN, baseUrl: server.url, maxRetries: 0 });
    const empty = await api.GET('/aggregation/v1/customers/{customerId}/accounts', { params: { path: { customerId: '1' } } });
    expect(empty.response.headers.get('content-type')).toBe('application/json');
    expect(empty.error).toMatchObject({ code: 500 });
    server.reset();
    server.on(ACCOUNTS, text(500, '<html>down</html>', 'text/html'));
    const html = await api.GET('/aggregation/v1/customers/{customerId}/accounts', { params: { path: { customerId: '1' } } });
    expect(html.response.headers.get('content-type')).toBe('text/html');
  });
});

describe("a success answer's headers", () => {
  it('are redacted when only a header, by name or value, echoes a secret', async () => {
    server.on(ACCOUNTS, json(200, { accounts: [] }, { 'x-echo': `token ${APP_TOKEN}`, [`x-${APP_TOKEN}`]: 'named' }));
    const api = createAccountsClient({ appKey: APP_KEY, appToken: APP_TOKEN, baseUrl: server.url });
    const { response } = await api.GET('/aggregation/v1/customers/{customerId}/accounts', { params: { path: { customerId: '1' } } });
    expect(response.headers.get('x-echo')).toBe('token [redacted]');
    const names: string[] = [];
    response.headers.forEach((_value, name) => {
      names.push(name);
    });
    expect(names.join(' ')).not.toContain(APP_TOKEN);
  });

  it("are the fetch's own when none echoes a secret: no copy is made", async () => {
    const body = JSON.stringify({ accounts: [] });
    const answers: Response[] = [];
    // Its own answers, with a Content-Length, so that nothing else calls for a copy of the headers.
    const fetch: typeof globalThis.fetch = async () => {
      const headers = { 'content-type': 'application/json', 'content-length': String(body.length), 'x-request-id': 'req-1' };
      answers.push(new Response(body, { headers }));
      return answers.at(-1)!;
    };
    const api = createAccountsClient({ appKey: APP_KEY, appToken: APP_TOKEN, baseUrl: server.url, fetch });
    for (let call = 0; call < 2; call++) {
      const { response } = await api.GET('/aggregation/v1/customers/{customerId}/accounts', { params: { path: { customerId: '1' } } });
      expect(response.headers).toBe(answers[call]!.headers);
      expect(response.headers.get('x-request-id')).toBe('req-1');
    }
  });
});

describe('an error answer', () => {
  it("is checked for drift too, against the spec's error schema, with its status", async () => {
    server.on(ACCOUNTS, json(404, { code: 38003, message: 7 }));
    const reports: DriftReport[] = [];
    const api = createAccountsApi({
      appKey: APP_KEY,
      appToken: APP_TOKEN,
      baseUrl: server.url,
      validation: responseValidation({ mode: 'warn', onDrift: (report) => reports.push(report) }),
    });
    await expect(api.getCustomerAccounts({ customerId: '1' })).rejects.toMatchObject({ status: 404 });
    expect(reports).toEqual([expect.objectContaining({ operation: 'GetCustomerAccounts', status: 404 })]);
  });

  it('of the token operation called with a token-only client is the answer itself, without advice about tokens', async () => {
    server.on(TOKEN_PATH, json(401, { code: 10001, message: 'Invalid credentials' }));
    const api = createAuthenticationApi({ appKey: APP_KEY, baseUrl: server.url });
    const error = await api
      .createToken({ partnerCredentials: { partnerId: 'p', partnerSecret: 'caller-secret-2b3c4d' } })
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(FinicityApiError);
    expect(error).not.toBeInstanceOf(FinicityAuthenticationError);
    expect((error as Error).message).not.toMatch(/app key|appToken/);
  });
});

describe("a token request's own secrets", () => {
  it('are redacted from its answer and forgotten once it ends, so the list stays bounded', async () => {
    const secret = 'caller-secret-5e6f7a';
    server.on(TOKEN_PATH, json(500, { code: 1, message: `no partner for ${secret}` }));
    server.on(ACCOUNTS, json(404, { code: 38003, message: `no customer ${secret}` }));
    const { api, authentication } = createFinicityClients({ appKey: APP_KEY, appToken: APP_TOKEN, baseUrl: server.url, maxRetries: 0 });
    const tokenError = await authentication.createToken({ partnerCredentials: { partnerId: 'p', partnerSecret: secret } }).then(
      () => undefined,
      (thrown: unknown) => thrown as Error,
    );
    expect(tokenError?.message).toContain('no partner for [redacted]');
    const later = await api.getCustomerAccounts({ customerId: '1' }).then(
      () => undefined,
      (thrown: unknown) => thrown as Error,
    );
    expect(later?.message).toContain(`no customer ${secret}`);
  });
});

describe('a token request', () => {
  it('logs the time it took', async () => {
    server.on(TOKEN_PATH, json(200, { token: 'issued-token-0f1e2d' }));
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    const entries: LogEntry[] = [];
    const api = createAccountsApi({
      appKey: APP_KEY,
      partnerId: 'p',
      partnerSecret: 'partner-secret-3c4d5e',
      baseUrl: server.url,
      log: (_line, entry) => entries.push(entry),
    });
    const before = performance.now();
    await api.getCustomerAccounts({ customerId: '1' });
    const elapsed = performance.now() - before;
    const tokenRequest = entries.find((entry) => entry.operation === 'CreateToken' && entry.durationMs !== undefined);
    expect(tokenRequest?.durationMs).toBeGreaterThanOrEqual(0);
    expect(tokenRequest?.durationMs).toBeLessThanOrEqual(elapsed);
  });

  it('refused with its whole body leaves no timer behind (the grace for a late body ends with it)', async () => {
    server.on(TOKEN_PATH, json(401, { code: 10001, message: 'Invalid credentials' }));
    const api = createAccountsApi({ appKey: APP_KEY, partnerId: 'p', partnerSecret: 'partner-secret-3c4d5e', baseUrl: server.url });
    const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
    const before = timers();
    await expect(api.getCustomerAccounts({ customerId: '1' })).rejects.toBeInstanceOf(FinicityAuthenticationError);
    expect(timers()).toBe(before);
  });
});

describe('clearRecordedRefusal', () => {
  it('says what it needs when the options lack the partner credentials or the store', async () => {
    await expect(clearRecordedRefusal({ appKey: APP_KEY, partnerId: 'p', partnerSecret: 'partner-secret-3c4d5e' })).rejects.toThrow(
      new FinicityInputError('clearRecordedRefusal needs the partner credentials and the credentialStore the clients use'),
    );
  });
});

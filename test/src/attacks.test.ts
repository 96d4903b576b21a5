/**
 * The second round of attacks on the transport, each as a test through both clients on
 * real sockets: what crashed the process, bypassed the lockout guard, outlived its
 * timeout or took unbounded work before, and what each is bounded by now.
 */
import { execFile } from 'node:child_process';
import { inspect, promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type AccountsClientOptions,
  apiErrorOf,
  createAccountsApi,
  createAccountsClient,
  createAuthenticationApi,
  FinicityApiError,
  FinicityAuthenticationError,
  FinicityConnectionError,
  FinicityError,
  FinicityRedirectError,
  FinicityResponseError,
  FinicityTimeoutError,
  FinicityUnexpectedError,
} from '../../src/index.js';
import { clientKinds } from '../support/clients.js';
import { type Behaviour, type FaultServer, json, stall, startFaultServer, text, useFaultServer } from '../support/fault-server.js';

const server = useFaultServer();
/** Another origin, which must never receive anything. */
let elsewhere: FaultServer;
beforeAll(async () => {
  elsewhere = await startFaultServer();
});
afterAll(() => elsewhere.close());
afterEach(() => elsewhere.reset());
const TOKEN_PATH = /\/aggregation\/v2\/partners\/authentication$/;
const ACCOUNTS = /\/aggregation\/v1\/customers\/[^/]+\/accounts$/;
const APP_KEY = 'app-key-4f1a9c';
const SECRET = 'partner-secret-7d2e81';
const TOKEN = 'issued-token-3b9f02';

const partner = (extra: Partial<AccountsClientOptions> = {}): AccountsClientOptions => ({
  appKey: APP_KEY,
  partnerId: '1234583871234',
  partnerSecret: SECRET,
  baseUrl: server.url,
  retryBaseDelayMs: 1,
  ...extra,
});
const tokenRequests = () => server.requests.filter((request) => TOKEN_PATH.test(request.url));
const failureOf = (work: Promise<unknown>) =>
  work.then(
    () => undefined,
    (caught: unknown) => caught,
  );

/** Unhandled rejections seen while a test runs (vitest would only report them after the file). */
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
});
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
});
afterEach(() => {
  unhandled.length = 0;
});
/** Lets pending rejections surface as unhandled, if any were left so. */
const settleMicrotasks = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Every header name and value of `headers`, as one text. */
function headerText(headers: Headers): string {
  let text = '';
  headers.forEach((value, name) => {
    text += `${name}: ${value}\n`;
  });
  return text;
}

/** Times `work`, in milliseconds. */
async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

describe.each(clientKinds)('an aborted call through $name', ({ make }) => {
  it('on a client whose credentials were refused rejects with the reason and leaves no rejection unhandled', async () => {
    server.on(TOKEN_PATH, json(401, { code: 10001, message: 'Invalid credentials' }));
    const client = make(partner());
    await expect(client.getCustomerAccounts('1')).rejects.toBeInstanceOf(FinicityAuthenticationError);
    const reason = new Error('the caller went away');
    await expect(client.getCustomerAccounts('1', AbortSignal.abort(reason))).rejects.toBe(reason);
    await settleMicrotasks();
    expect(unhandled).toEqual([]);
    expect(tokenRequests()).toHaveLength(1);
  });

  it('on a fresh client sends nothing at all, not even a token request', async () => {
    server.on(TOKEN_PATH, json(401, { code: 10001, message: 'Invalid credentials' }));
    const client = make(partner());
    const reason = new Error('the caller went away');
    for (let call = 0; call < 6; call++) await expect(client.getCustomerAccounts('1', AbortSignal.abort(reason))).rejects.toBe(reason);
    await settleMicrotasks();
    expect(server.requests).toHaveLength(0);
    expect(unhandled).toEqual([]);
  });

  it('aborted while its token request fails leaves no rejection unhandled', async () => {
    server.on(TOKEN_PATH, stall(100, json(500, { code: 1, message: 'down' })));
    const client = make(partner({ maxRetries: 0 }));
    const controller = new AbortController();
    const call = client.getCustomerAccounts('1', controller.signal);
    setTimeout(() => controller.abort(new Error('gone')), 20);
    await expect(call).rejects.toThrow('gone');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(unhandled).toEqual([]);
  });
});

/** A 401 from CreateToken whose body cannot be used: it is still a refusal. */
const REFUSED_HINT = '. The credentials were refused: a wrong partner ID or secret, or an app key of another partner';
const brokenRefusals: Array<[string, Behaviour, Partial<AccountsClientOptions>, RegExp]> = [
  [
    'does not decode',
    (_request, response) => {
      response.writeHead(401, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      response.end('this is not gzip at all');
    },
    {},
    /^CreateToken refused the credentials with HTTP 401 \(its body was unusable: CreateToken answered HTTP 401 with a body that does not decode \(Z_DATA_ERROR\)\)\. The credentials were refused/,
  ],
  [
    'is over maxResponseBytes',
    json(401, { code: 10001, message: 'x'.repeat(4096) }),
    { maxResponseBytes: 1024 },
    /^CreateToken failed with HTTP 401 Unauthorized: .*\. The credentials were refused/,
  ],
  [
    'stalls',
    (_request, response) => {
      response.writeHead(401, { 'content-type': 'application/json' });
      response.write('{"code":');
    },
    { timeoutMs: 300 },
    new RegExp(
      `^CreateToken refused the credentials with HTTP 401 \\(its body did not arrive within 200 ms\\)${REFUSED_HINT.replace('.', '\\.')}`,
    ),
  ],
];

describe.each(clientKinds)('the lockout guard through $name', ({ make }) => {
  it.each(brokenRefusals)(
    'takes a 401 whose body %s as a refusal: one CreateToken for three calls',
    async (_what, behaviour, extra, says) => {
      server.on(TOKEN_PATH, behaviour);
      const client = make(partner({ maxRetries: 2, ...extra }));
      for (let call = 0; call < 3; call++) {
        const error = await failureOf(client.getCustomerAccounts('1'));
        expect(error).toBeInstanceOf(FinicityAuthenticationError);
        expect(error).toMatchObject({ status: 401 });
        expect((error as Error).message).toMatch(says);
      }
      expect(tokenRequests()).toHaveLength(1);
    },
  );

  it('asks for a token with a JSON body and accepts a JSON answer, whose body may come well after its status', async () => {
    server.on(TOKEN_PATH, (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"token":');
      setTimeout(() => response.end('"slow-body-token-1"}'), 400);
    });
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    await expect(make(partner()).getCustomerAccounts('1')).resolves.toEqual({ accounts: [] });
    expect(tokenRequests()[0]!.headers).toMatchObject({ 'content-type': 'application/json', accept: 'application/json' });
  });

  it('accepts a token of exactly 8192 characters', async () => {
    server.on(TOKEN_PATH, json(200, { token: 'T'.repeat(8192) }));
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    await expect(make(partner()).getCustomerAccounts('1')).resolves.toEqual({ accounts: [] });
  });

  it('ignores a log that throws: the refusal stays a refusal, sent once for three calls', async () => {
    server.on(TOKEN_PATH, json(401, { code: 10001, message: 'Invalid credentials' }));
    const log = (line: string) => {
      if (line.includes('HTTP 401')) throw new Error('log sink full');
    };
    const client = make(partner({ maxRetries: 2, log }));
    for (let call = 0; call < 3; call++) await expect(client.getCustomerAccounts('1')).rejects.toBeInstanceOf(FinicityAuthenticationError);
    expect(tokenRequests()).toHaveLength(1);
  });

  it('refuses a 200,000-character token once, without retrying and without overflowing the stack', async () => {
    server.on(TOKEN_PATH, json(200, { token: 'T'.repeat(200_000) }));
    const client = make(partner({ maxRetries: 2 }));
    const error = await failureOf(client.getCustomerAccounts('1'));
    expect(error).toBeInstanceOf(FinicityResponseError);
    expect((error as Error).message).toBe('CreateToken answered HTTP 200 with a token of 200000 characters, over the 8192 accepted');
    expect(tokenRequests()).toHaveLength(1);
    expect(server.requests.filter((request) => ACCOUNTS.test(request.url))).toHaveLength(0);
  });

  it('keeps a 403 a refusal, never retried, and says what Finicity means by it', async () => {
    server.on(TOKEN_PATH, json(403, { code: 403, message: 'Forbidden' }));
    const client = make(partner({ maxRetries: 2 }));
    for (let call = 0; call < 2; call++) {
      const error = await failureOf(client.getCustomerAccounts('1'));
      expect(error).toBeInstanceOf(FinicityAuthenticationError);
      expect((error as Error).message).toMatch(/only from machines in the United States or Canada/);
    }
    expect(tokenRequests()).toHaveLength(1);
  });
});

/**
 * A little over the timeout: what a call may take at most, given timers, sockets and a
 * loaded machine (other test files run child processes at the same time).
 */
const within = (timeoutMs: number) => timeoutMs + 300;

describe.each(clientKinds)('one deadline for the whole call through $name', ({ make }) => {
  const fixed = (extra: Partial<AccountsClientOptions> = {}): AccountsClientOptions => ({
    appKey: APP_KEY,
    appToken: TOKEN,
    baseUrl: server.url,
    ...extra,
  });

  it.each(['1', '30'])('skips a retry that Retry-After: %s would put past the timeout, and says so', async (seconds) => {
    server.on(ACCOUNTS, json(503, { code: 1, message: 'busy' }, { 'retry-after': seconds }));
    const client = make(fixed({ timeoutMs: 300, maxRetries: 2 }));
    const { ms, result } = await timed(() => failureOf(client.getCustomerAccounts('1')));
    expect(ms).toBeLessThan(within(300));
    expect(result).toBeInstanceOf(FinicityApiError);
    expect((result as Error).message).toMatch(/a retry was skipped: due in \d+ ms, it would pass the call's 300 ms timeout/);
    expect(server.requests).toHaveLength(1);
  });

  it('says a retry was skipped after a failed connection too, keeping the failure', async () => {
    server.on(ACCOUNTS, (_request, response) => void response.socket?.destroy());
    const client = make(fixed({ timeoutMs: 300, maxRetries: 2, retryBaseDelayMs: 5_000, retryMaxDelayMs: 5_000 }));
    const result = await failureOf(client.getCustomerAccounts('1'));
    expect(result).toBeInstanceOf(FinicityConnectionError);
    expect(result).toMatchObject({ operation: 'GetCustomerAccounts' });
    expect((result as Error).cause).toBeDefined();
    expect((result as Error).message).toMatch(
      /^GetCustomerAccounts: the connection failed .*; a retry was skipped: due in \d+ ms, it would pass the call's 300 ms timeout$/,
    );
  });

  it('joins the note of a cut body and of a skipped retry', async () => {
    server.on(ACCOUNTS, json(503, { code: 1, message: 'busy', padding: 'x'.repeat(100_000) }, { 'retry-after': '30' }));
    const result = await failureOf(make(fixed({ timeoutMs: 300 })).getCustomerAccounts('1'));
    expect((result as Error).message).toMatch(
      /only the first 65536 bytes of the body were kept; a retry was skipped: due in \d+ ms, it would pass the call's 300 ms timeout$/,
    );
  });

  it('stops retrying slow 502s at the timeout', async () => {
    server.on(ACCOUNTS, stall(250, json(502, {})));
    const client = make(fixed({ timeoutMs: 300, maxRetries: 2 }));
    const { ms, result } = await timed(() => failureOf(client.getCustomerAccounts('1')));
    expect(ms).toBeLessThan(within(300));
    expect(result).toBeInstanceOf(FinicityError);
  });

  it('counts a token renewal within the same timeout', async () => {
    let issued = 0;
    server.on(
      TOKEN_PATH,
      stall(700, (request, response) => {
        issued += 1;
        json(200, { token: `renewed-token-${issued}` })(request, response);
      }),
    );
    server.on(ACCOUNTS, json(401, { code: 10023, message: 'expired' }));
    const client = make(partner({ timeoutMs: 1000 }));
    const { ms, result } = await timed(() => failureOf(client.getCustomerAccounts('1')));
    expect(ms).toBeLessThan(within(1000));
    expect(result).toBeInstanceOf(FinicityTimeoutError);
  });

  it('ends on time when a given fetch ignores its signal', async () => {
    const client = make(fixed({ timeoutMs: 300, maxRetries: 0, fetch: () => new Promise<Response>(() => undefined) }));
    const { ms, result } = await timed(() => failureOf(client.getCustomerAccounts('1')));
    expect(ms).toBeLessThan(within(300));
    expect(result).toBeInstanceOf(FinicityTimeoutError);
  });

  it("ends on time when a given fetch's body stalls", async () => {
    let cancelled = false;
    const stalled = () =>
      Promise.resolve(
        new Response(
          new ReadableStream({
            pull: () => new Promise(() => undefined),
            cancel: () => {
              cancelled = true;
            },
          }),
          {
            headers: { 'content-type': 'application/json' },
          },
        ),
      );
    const client = make(fixed({ timeoutMs: 300, maxRetries: 0, fetch: stalled }));
    const { ms, result } = await timed(() => failureOf(client.getCustomerAccounts('1')));
    expect(ms).toBeLessThan(within(300));
    expect(result).toBeInstanceOf(FinicityTimeoutError);
    expect(cancelled).toBe(true);
  });
});

const execute = promisify(execFile);
/** Runs `script` (ESM, importing ./src/index.ts) in a fresh Node process; resolves with its wall time. */
async function runInChild(script: string, env: Record<string, string>): Promise<{ ms: number; stdout: string }> {
  const started = performance.now();
  const { stdout } = await execute(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    env: { ...process.env, ...env },
    timeout: 30_000,
  });
  return { ms: performance.now() - started, stdout };
}

describe('a failed call leaves no work behind', () => {
  it('lets the process exit once the only caller timed out while CreateToken asked to wait 30 s', async () => {
    server.on(TOKEN_PATH, json(503, { code: 1, message: 'busy' }, { 'retry-after': '30' }));
    const script = `
      import { createAccountsApi } from './src/index.ts';
      const api = createAccountsApi({ appKey: 'app-key-4f1a9c', partnerId: 'p1', partnerSecret: 'partner-secret-7d2e81',
        baseUrl: process.env.BASE_URL, timeoutMs: 300 });
      const started = performance.now();
      await api.getCustomerAccounts({ customerId: '1' }).catch((error) => console.log(error.name));
      console.log(Math.round(performance.now() - started));`;
    const { ms, stdout } = await runInChild(script, { BASE_URL: server.url });
    const [name, callMs] = stdout.trim().split('\n');
    expect(name).toBe('FinicityApiError');
    expect(Number(callMs)).toBeLessThan(within(300));
    // The process start-up (tsx compiling the package) dominates; a 30 s backoff would not.
    expect(ms).toBeLessThan(15_000);
    expect(tokenRequests()).toHaveLength(1);
  });
});

describe.each(clientKinds)('a token request nobody waits for, through $name', ({ make }) => {
  it('is not sent again after the backoff once the only caller gave up during it', async () => {
    server.on(TOKEN_PATH, json(503, { code: 1, message: 'busy' }, { 'retry-after': '1' }));
    const controller = new AbortController();
    const call = make(partner({ timeoutMs: 5_000 })).getCustomerAccounts('1', controller.signal);
    while (tokenRequests().length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort(new Error('caller left'));
    await expect(call).rejects.toThrow('caller left');
    // Past the second the 503 asked for: a source still waiting it out would ask again now.
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    expect(tokenRequests()).toHaveLength(1);
  });
});

describe.each(clientKinds)('renewals through $name', ({ make }) => {
  it('a call answered "expired" after the renewal was refused fails with its own answer, and is not resent', async () => {
    let issued = 0;
    let answered = 0;
    server.on(TOKEN_PATH, (request, response) =>
      (++issued === 1 ? json(200, { token: 'first-token-1' }) : json(401, { code: 24302, message: 'bad credentials' }))(request, response),
    );
    const expiredAnswer = json(401, { code: 10023, message: 'Token has expired' });
    server.on(ACCOUNTS, (request, response) => {
      answered += 1;
      if (answered === 1) return json(200, { accounts: [] })(request, response);
      return answered === 2 ? expiredAnswer(request, response) : stall(300, expiredAnswer)(request, response);
    });
    const client = make(partner());
    await client.getCustomerAccounts('1');
    const [renewed, late] = await Promise.all([failureOf(client.getCustomerAccounts('1')), failureOf(client.getCustomerAccounts('1'))]);
    expect(renewed).toBeInstanceOf(FinicityAuthenticationError);
    expect(renewed).toMatchObject({ operation: 'CreateToken', status: 401 });
    expect(late).toMatchObject({ operation: 'GetCustomerAccounts', status: 401, code: 10023 });
    expect(tokenRequests()).toHaveLength(2);
    expect(server.requests.filter((request) => ACCOUNTS.test(request.url))).toHaveLength(3);
  });

  it('answer 10022 on every call with a token request per backoff window, not one per call', async () => {
    let issued = 0;
    server.on(TOKEN_PATH, (request, response) => {
      issued += 1;
      json(200, { token: `other-env-token-${issued}` })(request, response);
    });
    server.on(ACCOUNTS, json(401, { code: 10022, message: 'invalid token' }));
    const client = make(partner({ retryBaseDelayMs: 50, retryMaxDelayMs: 1000 }));
    const started = performance.now();
    for (let call = 0; call < 200; call++) {
      const error = await failureOf(client.getCustomerAccounts('1'));
      expect(error).toMatchObject({ status: 401, code: 10022 });
    }
    const elapsedMs = performance.now() - started;
    // One first request, one renewal, then at most one per backoff window (50, 100, 200, … ms, at most 1 s each).
    let windows = 0;
    for (let spent = 0; spent <= elapsedMs; windows++) spent += Math.min(50 * 2 ** windows, 1000);
    expect(tokenRequests().length).toBeLessThanOrEqual(2 + windows);
    expect(tokenRequests().length).toBeLessThan(20);
  });
});

describe.each(clientKinds)('redaction of every answer through $name', ({ make }) => {
  it('redacts a secret in a response header name and in the reason phrase and headers of a 2xx', async () => {
    const echo: Behaviour = (request, response) => {
      const token = String(request.headers['finicity-app-token']);
      response.statusMessage = `OK ${token}`;
      response.setHeader(`x-echo-${token}`, '1');
      response.setHeader('x-token', Buffer.from(token).toString('base64'));
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ accounts: [] }));
    };
    server.on(ACCOUNTS, echo);
    const seen: string[] = [];
    const client = createAccountsClient({ appKey: APP_KEY, appToken: TOKEN, baseUrl: server.url });
    client.use({
      onResponse({ response }) {
        seen.push(response.statusText, headerText(response.headers));
      },
    });
    const { response } = await client.GET('/aggregation/v1/customers/{customerId}/accounts', { params: { path: { customerId: '1' } } });
    seen.push(response.statusText, headerText(response.headers), inspect(response));
    for (const shown of seen) expect(shown).not.toMatch(/issued-token-3b9f02|aXNzdWVkLXRva2VuLTNiOWYwMg/i);
    expect(response.headers.has('x-token')).toBe(true);
    // The class client's …Raw answer is the same Response.
    server.on(ACCOUNTS, echo);
    const raw = await createAccountsApi({ appKey: APP_KEY, appToken: TOKEN, baseUrl: server.url }).getCustomerAccountsRaw({
      customerId: '1',
    });
    expect(`${raw.raw.statusText} ${headerText(raw.raw.headers)}`).not.toContain(TOKEN);
  });

  it('redacts the partner secret a caller sends the token operation itself, without partner options', async () => {
    server.on(TOKEN_PATH, (request, response) =>
      json(401, { code: 10001, message: `bad ${JSON.parse(request.body).partnerSecret}` })(request, response),
    );
    const authentication = createAuthenticationApi({ appKey: APP_KEY, baseUrl: server.url });
    const error = await failureOf(
      authentication.createToken({ partnerCredentials: { partnerId: '1234583871234', partnerSecret: 'callers-own-secret-9' } }),
    );
    expect(error).toBeInstanceOf(FinicityApiError);
    expect(`${(error as Error).message} ${JSON.stringify(error)} ${inspect(error)}`).not.toContain('callers-own-secret-9');
  });

  it('keeps the app key redacted when the token request returns it as the token, through two renewals', async () => {
    server.on(TOKEN_PATH, json(200, { token: APP_KEY }));
    server.on(
      ACCOUNTS,
      json(401, { code: 10023, message: 'expired' }),
      json(401, { code: 10023, message: 'expired' }),
      (request, response) => json(500, { message: `echo ${String(request.headers['finicity-app-key'])}` })(request, response),
    );
    const client = make(partner({ maxRetries: 0, retryBaseDelayMs: 0 }));
    await failureOf(client.getCustomerAccounts('1'));
    await failureOf(client.getCustomerAccounts('1'));
    const error = await failureOf(client.getCustomerAccounts('1'));
    expect((error as Error).message).toContain('echo [redacted]');
  });

  it('redacts an earlier token in an answer that arrives after two renewals', async () => {
    let issued = 0;
    server.on(TOKEN_PATH, (request, response) => json(200, { token: `rotating-token-${++issued}-x` })(request, response));
    // The first call's answer waits until two renewals have happened.
    let release = () => {};
    const renewed = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slowEcho: Behaviour = async (request, response) => {
      await renewed;
      await json(500, { message: `echo ${String(request.headers['finicity-app-token'])}` })(request, response);
    };
    server.on(ACCOUNTS, slowEcho);
    const client = make(partner({ maxRetries: 0, retryBaseDelayMs: 0, retryMaxDelayMs: 0 }));
    const slow = failureOf(client.getCustomerAccounts('1'));
    await expect.poll(() => server.requests.filter((request) => ACCOUNTS.test(request.url)).length).toBe(1);
    // Two renewals while the first call is still out with rotating-token-1.
    server.on(
      ACCOUNTS,
      json(401, { code: 10023, message: 'expired' }),
      json(401, { code: 10023, message: 'expired' }),
      json(401, { code: 10023, message: 'expired' }),
      json(200, { accounts: [] }),
    );
    await failureOf(client.getCustomerAccounts('1'));
    await failureOf(client.getCustomerAccounts('1'));
    release();
    expect(issued).toBeGreaterThanOrEqual(3);
    expect(((await slow) as Error).message).toContain('echo [redacted]');
  });

  it('reports that a given fetch followed a redirect, and that the request reached the target', async () => {
    elsewhere.on(/./, json(200, { accounts: [] }));
    server.on(ACCOUNTS, json(302, {}, { location: `${elsewhere.url}/steal` }));
    const following: typeof fetch = (input, init) => globalThis.fetch(input, { ...init, redirect: 'follow' });
    const client = make({ appKey: APP_KEY, appToken: TOKEN, baseUrl: server.url, fetch: following });
    const error = await failureOf(client.getCustomerAccounts('1'));
    expect(error).toBeInstanceOf(FinicityRedirectError);
    expect((error as Error).message).toMatch(/the given fetch followed it there/);
    expect((error as Error).message).not.toMatch(/nothing was sent there/);
    expect(elsewhere.requests).toHaveLength(1);
  });
});

describe('openapi-fetch errors', () => {
  const path = '/aggregation/v1/customers/{customerId}/accounts' as const;
  it.each([
    ['an empty body', text(500, '', 'application/json')],
    ['null', text(500, 'null', 'application/json')],
    ['0', text(500, '0', 'application/json')],
    ['false', text(500, 'false', 'application/json')],
    ['""', text(500, '""', 'application/json')],
  ])('come back truthy for %s, so `if (error)` catches every HTTP error', async (_what, behaviour) => {
    server.on(ACCOUNTS, behaviour);
    const client = createAccountsClient({ appKey: APP_KEY, appToken: TOKEN, baseUrl: server.url, maxRetries: 0 });
    const { data, error, response } = await client.GET(path, { params: { path: { customerId: '1' } } });
    expect(data).toBeUndefined();
    expect(error).toBeTruthy();
    expect(error).toMatchObject({ status: '500', message: expect.stringMatching(/^GetCustomerAccounts failed with HTTP 500/) });
    expect(response.status).toBe(500);
  });
});

describe('openapi-fetch errors that are no JSON object', () => {
  const path = '/aggregation/v1/customers/{customerId}/accounts' as const;
  it.each([
    ['a text body', text(503, 'Service Unavailable', 'text/plain'), 'Service Unavailable'],
    ['a bare JSON number', text(500, '42', 'application/json'), '42'],
  ])(
    'come back as the { code, status, message } object their type promises, for %s; the body stays in the attached error',
    async (_what, behaviour, raw) => {
      server.on(ACCOUNTS, behaviour);
      const client = createAccountsClient({ appKey: APP_KEY, appToken: TOKEN, baseUrl: server.url, maxRetries: 0 });
      const { error, response } = await client.GET(path, { params: { path: { customerId: '1' } } });
      expect(typeof error).toBe('object');
      expect(error).toMatchObject({
        status: String(response.status),
        message: expect.stringMatching(/^GetCustomerAccounts failed with HTTP 50/),
      });
      expect(String(apiErrorOf(response)?.body)).toBe(raw);
    },
  );
});

/** Runs `work` while measuring the longest the event loop was blocked, in milliseconds. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ stallMs: number; result: T }> {
  const { monitorEventLoopDelay } = await import('node:perf_hooks');
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  try {
    const result = await work();
    return { stallMs: histogram.max / 1e6, result };
  } finally {
    histogram.disable();
  }
}

describe.each(clientKinds)('bounded work on every answer through $name', ({ make }) => {
  const fixed = () => ({ appKey: APP_KEY, appToken: TOKEN, baseUrl: server.url, maxRetries: 0 });

  it('summarises 1 MB of "<title" without blocking the event loop', async () => {
    server.on(ACCOUNTS, text(500, '<title'.repeat(175_000), 'text/html'));
    const { stallMs, result } = await longestStall(() => failureOf(make(fixed()).getCustomerAccounts('1')));
    expect(result).toBeInstanceOf(FinicityApiError);
    // Before: 57 s for 1 MB. A loaded machine adds its own delays to the measure, hence the margin.
    expect(stallMs).toBeLessThan(400);
  });

  it('keeps at most 64 KiB of a 16 MiB error body: memory and event loop stay bounded', async () => {
    const body = Buffer.from(`[${'{},'.repeat(Math.floor((16 * 1024 * 1024 - 16) / 3))}{}]`);
    server.on(ACCOUNTS, (_request, response) => {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(body);
    });
    const before = process.memoryUsage().rss;
    const { stallMs, result } = await longestStall(() => failureOf(make(fixed()).getCustomerAccounts('1')));
    const grownMiB = (process.memoryUsage().rss - before) / 2 ** 20;
    expect(result).toBeInstanceOf(FinicityApiError);
    expect((result as FinicityApiError).message).toMatch(/only the first 65536 bytes of the body were kept/);
    expect(typeof (result as FinicityApiError).body).toBe('string');
    expect(((result as FinicityApiError).body as string).length).toBeLessThanOrEqual(65_536);
    // Before: 5 s and 1.3 GiB.
    expect(stallMs).toBeLessThan(400);
    expect(grownMiB).toBeLessThan(64);
  });
});

/**
 * Runs `call` while Object.prototype carries a baseUrl, a fetch, a timeout and a retry
 * count (as a prototype-pollution bug elsewhere would plant them), and checks that the
 * call went to the client's own server only, through its own fetch.
 */
async function afterPollutedCall(call: () => Promise<unknown>): Promise<unknown> {
  // openapi-fetch's query serializer copies inherited properties into the query: the path is matched without it.
  server.on(/\/accounts(\?|$)/, json(200, { accounts: [] }));
  elsewhere.on(/./, json(200, { accounts: [] }));
  let pollutedFetchCalls = 0;
  const polluted = Object.prototype as Record<string, unknown>;
  const planted = {
    baseUrl: elsewhere.url,
    fetch: () => {
      pollutedFetchCalls += 1;
      return Promise.resolve(new Response('{}'));
    },
    timeoutMs: 'soon',
    maxRetries: -1,
  };
  Object.assign(polluted, planted);
  let result: unknown;
  try {
    result = await call();
  } finally {
    for (const key of Object.keys(planted)) delete polluted[key];
  }
  expect(pollutedFetchCalls).toBe(0);
  expect(elsewhere.requests).toHaveLength(0);
  expect(server.requests).toHaveLength(1);
  return result;
}

describe.each(clientKinds)('a polluted Object.prototype through $name', ({ make }) => {
  it('adds nothing to a call: no per-call baseUrl, fetch, timeout or retry count from it', async () => {
    const client = make({ appKey: APP_KEY, appToken: TOKEN, baseUrl: server.url, maxRetries: 0 });
    expect(await afterPollutedCall(() => client.getCustomerAccounts('1'))).toEqual({ accounts: [] });
  });
});

describe('a polluted Object.prototype and a call with no options of its own', () => {
  it('adds no baseUrl or fetch to an openapi-fetch call that gives only its parameters', async () => {
    const client = createAccountsClient({ appKey: APP_KEY, appToken: TOKEN, baseUrl: server.url, maxRetries: 0 });
    const path = '/aggregation/v1/customers/{customerId}/accounts' as const;
    const result = await afterPollutedCall(async () => (await client.GET(path, { params: { path: { customerId: '1' } } })).data);
    expect(result).toEqual({ accounts: [] });
  });
});

describe.each(clientKinds)("the user's callbacks through $name", ({ make }) => {
  it.each([
    [
      'throws',
      () => {
        throw new Error('clock broke');
      },
    ],
    ['answers NaN', () => Number.NaN],
  ])('a clock that %s cannot make every call ask for a token', async (_what, now) => {
    server.on(TOKEN_PATH, json(200, { token: TOKEN }));
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    const client = make(partner({ now }));
    for (let call = 0; call < 3; call++) await expect(client.getCustomerAccounts('1')).resolves.toEqual({ accounts: [] });
    expect(tokenRequests()).toHaveLength(1);
  });

  it('a given fetch that answers something other than a Response is a FinicityError', async () => {
    const client = make({
      appKey: APP_KEY,
      appToken: TOKEN,
      baseUrl: server.url,
      maxRetries: 0,
      fetch: () => Promise.resolve({} as Response),
    });
    const error = await failureOf(client.getCustomerAccounts('1'));
    expect(error).toBeInstanceOf(FinicityError);
    expect((error as Error).message).toMatch(/fetch resolved with something that is not a Response/);
  });
});

describe('failures from user code', () => {
  it('a middleware that throws undefined, on a call with a signal not aborted, is a FinicityUnexpectedError', async () => {
    const client = createAccountsClient({ appKey: APP_KEY, appToken: TOKEN, baseUrl: server.url });
    client.use({
      onRequest() {
        throw undefined;
      },
    });
    const error = await failureOf(
      client.GET('/aggregation/v1/customers/{customerId}/accounts', {
        params: { path: { customerId: '1' } },
        signal: new AbortController().signal,
      }),
    );
    expect(error).toBeInstanceOf(FinicityUnexpectedError);
    expect(server.requests).toHaveLength(0);
  });

  it('a middleware that throws is a FinicityUnexpectedError in both clients, its cause redacted', async () => {
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    const options = { appKey: APP_KEY, appToken: TOKEN, baseUrl: server.url };
    const client = createAccountsClient(options);
    client.use({
      onRequest() {
        throw new RangeError(`middleware broke holding ${TOKEN}`);
      },
    });
    const fromClient = await failureOf(
      client.GET('/aggregation/v1/customers/{customerId}/accounts', { params: { path: { customerId: '1' } } }),
    );
    const api = createAccountsApi(options).withPreMiddleware(() => {
      throw new RangeError(`middleware broke holding ${TOKEN}`);
    });
    const fromApi = await failureOf(api.getCustomerAccounts({ customerId: '1' }));
    for (const error of [fromClient, fromApi]) {
      expect(error).toBeInstanceOf(FinicityUnexpectedError);
      expect(inspect(error, { depth: 5 })).not.toContain(TOKEN);
      expect((error as Error).message).toContain('RangeError: middleware broke holding [redacted]');
    }
  });
});

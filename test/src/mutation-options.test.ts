/**
 * Option checks at their edges, as callers meet them: what each refusal says, the
 * smallest and largest values taken, fractional counts rounded down, the base URL as
 * normalised, and the per-call options of both clients. Nothing is sent on a refusal.
 */
import { describe, expect, it } from 'vitest';
import {
  type AccountsClientOptions,
  createAccountsApi,
  createAccountsClient,
  createAuthenticationApi,
  FinicityInputError,
  memoryCredentialStore,
} from '../../src/index.js';
import { json, useFaultServer } from '../support/fault-server.js';

const server = useFaultServer();

const ACCOUNTS = /\/aggregation\/v1\/customers\/[^/]+\/accounts$/;
const ACCOUNTS_PATH = '/aggregation/v1/customers/{customerId}/accounts' as const;
const params = { path: { customerId: '1' } };
const base = { appKey: 'app-key-5a6b7c', appToken: 'fixed-token-8d9e0f' };
const KNOWN =
  'appKey, appToken, partnerId, partnerSecret, baseUrl, timeoutMs, maxRetries, retryBaseDelayMs, retryMaxDelayMs, tokenLifetimeMs, maxResponseBytes, now, fetch, log, credentialStore, credentialStoreTimeoutMs, dangerouslyAllowBrowser, validation';

const creationError = (options: unknown) => {
  try {
    createAccountsClient(options as AccountsClientOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(FinicityInputError);
    return (error as Error).message;
  }
  throw new Error('the client was created');
};

/** A fetch that records each URL and answers 200 with no accounts. */
function recordingFetch() {
  const sent: string[] = [];
  const fetch = (async (input: RequestInfo | URL) => {
    sent.push(input instanceof Request ? input.url : String(input));
    return new Response('{"accounts":[]}', { headers: { 'content-type': 'application/json' } });
  }) as typeof globalThis.fetch;
  return { sent, fetch };
}

describe('client options', () => {
  it.each([
    [null, 'options must be an object with at least appKey'],
    ['app-key-5a6b7c', 'options must be an object with at least appKey'],
    [{ ...base, timeout: 5 }, `unknown option timeout (known: ${KNOWN})`],
    [{ ...base, timeout: 5, retries: 1 }, `unknown options timeout, retries (known: ${KNOWN})`],
    [{ ...base, fetch: 'fetch' }, 'fetch must be a function'],
    [{ ...base, now: 0 }, 'now must be a function'],
    [{ ...base, log: console }, 'log must be a function'],
    [{ appKey: 42, appToken: base.appToken }, 'appKey must be a non-empty string'],
    [{ appKey: '        ', appToken: base.appToken }, 'appKey must be a non-empty string'],
    [
      { appKey: base.appKey, partnerSecret: 'partner-secret-1' },
      'partnerId is missing: give the partnerId option or set FINICITY_PARTNER_ID',
    ],
    [{ appKey: base.appKey, partnerId: ' ', partnerSecret: 'partner-secret-1' }, 'partnerId must be a non-empty string'],
    [{ ...base, appToken: 'seven77' }, 'appToken is implausibly short (8 characters at least): check that the whole value was given'],
  ])('refuses %j', (options, message) => {
    expect(creationError(options)).toBe(message);
  });

  it.each([
    ['https://x.test/?a=1', 'a query'],
    ['https://x.test/#part', 'a fragment'],
    ['https://x.test/?', 'an empty query'],
    ['https://x.test/#', 'an empty fragment'],
  ])('refuses a baseUrl with %s (%s), naming only its origin', (baseUrl) => {
    expect(creationError({ ...base, baseUrl })).toBe('baseUrl must not have a query or a fragment (https://x.test)');
  });

  it('refuses a credential store that is no object with every method, whatever it holds', () => {
    const store = memoryCredentialStore();
    const message = 'credentialStore must be a CredentialStore, with the methods get, set, delete, acquireLease, releaseLease';
    const methods = {
      get: store.get,
      set: store.set,
      delete: store.delete,
      acquireLease: store.acquireLease,
      releaseLease: store.releaseLease,
    };
    const partner = { appKey: base.appKey, partnerId: 'p', partnerSecret: 'partner-secret-1' };
    expect(creationError({ ...partner, credentialStore: Object.assign(() => undefined, methods) })).toBe(message);
    expect(creationError({ ...partner, credentialStore: null })).toBe(message);
    expect(creationError({ ...partner, credentialStore: { get: store.get, set: store.set } })).toBe(message);
    expect(() => createAccountsClient({ ...partner, credentialStore: { ...methods } })).not.toThrow();
  });

  it('names credentialStoreTimeoutMs when it is not a duration', () => {
    expect(creationError({ ...base, credentialStoreTimeoutMs: 0 })).toMatch(/^credentialStoreTimeoutMs /);
  });

  it('takes secrets of exactly the shortest plausible length', () => {
    expect(() => createAccountsClient({ appKey: 'eight888', appToken: 'eight888' })).not.toThrow();
    expect(() => createAccountsClient({ appKey: 'eight888', partnerId: 'p', partnerSecret: 'eight888' })).not.toThrow();
  });

  it.each([
    ['timeoutMs', 0, 1],
    ['timeoutMs', Number.NaN, 1],
    ['timeoutMs', Number.POSITIVE_INFINITY, 1],
    ['timeoutMs', '100', 1],
    ['maxRetries', -1, 0],
    ['retryBaseDelayMs', -0.5, 0],
    ['retryMaxDelayMs', -1, 0],
    ['tokenLifetimeMs', 0, 1],
    ['maxResponseBytes', 0.5, 1],
  ])('refuses %s %j (at least %i)', (name, value, minimum) => {
    expect(creationError({ ...base, [name]: value })).toBe(`${name} must be a number of at least ${minimum}`);
  });

  it.each([
    ['timeoutMs', 1],
    ['timeoutMs', 2 ** 31 - 1],
    ['maxRetries', 0],
    ['retryBaseDelayMs', 0],
    ['retryMaxDelayMs', 0],
    ['tokenLifetimeMs', 1],
    ['maxResponseBytes', 1],
  ])('takes %s %j', (name, value) => {
    expect(() => createAccountsClient({ ...base, [name]: value })).not.toThrow();
  });

  it('takes a partner secret no header could carry: it travels in a JSON body', () => {
    expect(() => createAccountsClient({ appKey: base.appKey, partnerId: 'p', partnerSecret: 'partner-sécret-✓' })).not.toThrow();
  });

  it.each([
    ['', 'baseUrl must be a non-empty string'],
    [42, 'baseUrl must be a non-empty string'],
    ['https://api.example.test/?', 'baseUrl must not have a query or a fragment (https://api.example.test)'],
    ['https://api.example.test/#', 'baseUrl must not have a query or a fragment (https://api.example.test)'],
    [
      'https://user@api.example.test',
      'baseUrl must not carry a user name or password (api.example.test): credentials go in appKey and the token options',
    ],
    [
      'https://:pw@api.example.test',
      'baseUrl must not carry a user name or password (api.example.test): credentials go in appKey and the token options',
    ],
    ['http://localhost.example.test', 'baseUrl must use https (plain http is allowed for localhost only): http://localhost.example.test'],
    ['ftp://localhost', 'baseUrl must use https (plain http is allowed for localhost only): ftp://localhost'],
  ])('refuses the baseUrl %j', (baseUrl, message) => {
    expect(creationError({ ...base, baseUrl })).toBe(message);
  });

  it.each([
    ['https://api.example.test/base/', 'https://api.example.test/base'],
    ['https://api.example.test/base//', 'https://api.example.test/base'],
    ['https://API.example.test', 'https://api.example.test'],
    ['http://127.0.0.1:4010/', 'http://127.0.0.1:4010'],
    [undefined, 'https://api.finicity.com'],
  ])('sends below the baseUrl %j as %s', async (baseUrl, normalised) => {
    const { sent, fetch } = recordingFetch();
    await createAccountsClient({ ...base, baseUrl, fetch }).GET(ACCOUNTS_PATH, { params });
    expect(sent).toEqual([`${normalised}/aggregation/v1/customers/1/accounts`]);
  });

  it('counts a fractional maxRetries down (1.9 is one retry)', async () => {
    server.on(ACCOUNTS, json(503, {}));
    await createAccountsClient({ ...base, baseUrl: server.url, maxRetries: 1.9, retryBaseDelayMs: 1 }).GET(ACCOUNTS_PATH, { params });
    expect(server.requests).toHaveLength(2);
  });

  it('counts a fractional maxResponseBytes down (15.9 does not take 15 bytes and one more)', async () => {
    const { fetch } = recordingFetch();
    const exact = await createAccountsClient({ ...base, fetch, maxResponseBytes: 15.9 }).GET(ACCOUNTS_PATH, { params });
    expect(exact.data).toEqual({ accounts: [] });
    const oneMore = (async () => new Response('{"accounts":[] }')) as typeof globalThis.fetch;
    await expect(
      createAccountsClient({ ...base, fetch: oneMore, maxResponseBytes: 15.9 }).GET(ACCOUNTS_PATH, { params }),
    ).rejects.toMatchObject({ limitBytes: 15 });
  });

  it('uses the given clock for the token’s age', async () => {
    let now = 0;
    let issued = 0;
    const fetch = (async (input: RequestInfo | URL) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.endsWith('/partners/authentication')) return Response.json({ token: `issued-token-${++issued}` });
      return Response.json({ accounts: [] });
    }) as typeof globalThis.fetch;
    const client = createAccountsClient({
      appKey: base.appKey,
      partnerId: 'p',
      partnerSecret: 'partner-secret-1',
      fetch,
      now: () => now,
      tokenLifetimeMs: 1_000,
    });
    await client.GET(ACCOUNTS_PATH, { params });
    now = 999;
    await client.GET(ACCOUNTS_PATH, { params });
    expect(issued).toBe(1);
    now = 1_000;
    await client.GET(ACCOUNTS_PATH, { params });
    expect(issued).toBe(2);
  });
});

describe('per-call options', () => {
  const api = () => createAccountsApi({ ...base, baseUrl: server.url });
  const client = () => createAccountsClient({ ...base, baseUrl: server.url });
  const rejection = async (call: Promise<unknown>) => {
    const error = await call.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FinicityInputError);
    expect(server.requests).toHaveLength(0);
    return (error as Error).message;
  };

  it.each([
    [{ signal: 'abort' }, 'signal must be an AbortSignal'],
    [{ timeoutMs: 0 }, 'timeoutMs must be a number of at least 1'],
    [{ maxRetries: -1 }, 'maxRetries must be a number of at least 0'],
    [{ maxRetries: Number.NaN }, 'maxRetries must be a number of at least 0'],
  ])('both clients refuse %j', async (options, message) => {
    expect(await rejection(client().GET(ACCOUNTS_PATH, { params, ...(options as object) }))).toBe(message);
    expect(await rejection(api().getCustomerAccounts({ customerId: '1' }, options as never))).toBe(message);
  });

  it('names every option that would move the request, and every unknown one', async () => {
    expect(await rejection(client().GET(ACCOUNTS_PATH, { params, Request, dispatcher: {} } as never))).toBe(
      "Request, dispatcher cannot be set per call: credentials go only to the client's baseUrl, through its transport; create a client with the options you need",
    );
    expect(await rejection(api().getCustomerAccounts({ customerId: '1' }, { requestInitExt: {} } as never))).toMatch(
      /^requestInitExt cannot be set per call/,
    );
    expect(await rejection(client().GET(ACCOUNTS_PATH, { params, cache: 'no-store', mode: 'cors' } as never))).toBe(
      'unknown per-call options cache, mode (accepted: signal, timeoutMs, maxRetries)',
    );
  });

  it.each([5, null, 'x'])('the class client refuses %j as its second argument', async (second) => {
    expect(await rejection(api().getCustomerAccounts({ customerId: '1' }, second as never))).toBe(
      'the second argument must be an object such as { signal, timeoutMs, maxRetries }',
    );
  });

  it('the class client takes its function form, and a missing parameters object is a missing id', async () => {
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    await expect(api().getCustomerAccounts({ customerId: '1' }, async () => ({ headers: { 'x-from-function': 'yes' } }))).resolves.toEqual({
      accounts: [],
    });
    expect(server.requests[0]!.headers['x-from-function']).toBe('yes');
    server.reset();
    expect(await rejection(api().getCustomerAccounts(undefined as never))).toBe(
      'GetCustomerAccounts: path parameter customerId is required',
    );
  });

  it('a fractional per-call maxRetries counts down, and a per-call timeout is taken through the function form too', async () => {
    server.on(ACCOUNTS, json(503, {}));
    const retrying = createAccountsClient({ ...base, baseUrl: server.url, retryBaseDelayMs: 1, maxRetries: 0 });
    await retrying.GET(ACCOUNTS_PATH, { params, maxRetries: 1.9 });
    expect(server.requests).toHaveLength(2);
    server.reset();
    server.on(ACCOUNTS, (_request, response) => void setTimeout(() => response.end(), 2_000));
    await expect(api().getCustomerAccounts({ customerId: '1' }, async () => ({ timeoutMs: 50 }) as RequestInit)).rejects.toThrow(
      'GetCustomerAccounts timed out after 50 ms',
    );
  });

  it('the authentication class client checks its per-call options too', async () => {
    const authentication = createAuthenticationApi({ appKey: base.appKey, baseUrl: server.url });
    expect(
      await rejection(authentication.createToken({ partnerCredentials: { partnerId: 'p', partnerSecret: 's' } }, { timeoutMs: 0 })),
    ).toBe('timeoutMs must be a number of at least 1');
  });
});

/**
 * The shared credential store as two clients in one process see it (the fleet tests
 * run the same with processes and Redis): a refusal recorded and lifted, a token
 * shared and renewed in the background, a store that fails or holds garbage.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type AccountsClientOptions,
  type CredentialStore,
  clearRecordedRefusal,
  createAccountsApi,
  FinicityAuthenticationError,
  FinicityConnectionError,
  FinicityInputError,
  memoryCredentialStore,
} from '../../src/index.js';
import { REFUSAL_RECHECK_MS, RENEWAL_RECHECK_MS } from '../../src/token/source.js';
import { json, stall, useFaultServer } from '../support/fault-server.js';

const server = useFaultServer();
const TOKEN_PATH = /\/aggregation\/v2\/partners\/authentication$/;
const ACCOUNTS = /\/aggregation\/v1\/customers\/[^/]+\/accounts$/;
const tokenRequests = () => server.requests.filter((request) => TOKEN_PATH.test(request.url));

function sharing(store: CredentialStore, extra: Partial<AccountsClientOptions> = {}) {
  const lines: string[] = [];
  const options: AccountsClientOptions = {
    appKey: 'shared-app-key-1',
    partnerId: '1234583871234',
    partnerSecret: 'shared-partner-secret-1',
    baseUrl: server.url,
    retryBaseDelayMs: 1,
    credentialStore: store,
    log: (line) => lines.push(line),
    ...extra,
  };
  return { api: createAccountsApi(options), options, lines };
}
/** How far `passMonotonicTime` has moved `performance.now` ahead of the real clock. */
let monotonicOffsetMs = 0;
/**
 * Moves the monotonic clock the token source reads (`performance.now`) forward, as if
 * `ms` had passed, so the refusal recheck is tried without waiting for it.
 */
function passMonotonicTime(ms: number): void {
  if (monotonicOffsetMs === 0) {
    const now = performance.now.bind(performance);
    vi.spyOn(performance, 'now').mockImplementation(() => now() + monotonicOffsetMs);
  }
  monotonicOffsetMs += ms;
}
afterEach(() => {
  monotonicOffsetMs = 0;
  vi.restoreAllMocks();
});

const call = (api: ReturnType<typeof createAccountsApi>) =>
  api.getCustomerAccounts({ customerId: '1' }).then(
    () => 'ok',
    (error: unknown) => error as Error,
  );

describe('a refusal in a shared store', () => {
  it('is recorded by the first client and fails the others at once, saying when it was recorded and that it was shared', async () => {
    server.on(TOKEN_PATH, json(401, { code: 10001, message: 'Invalid credentials' }));
    const store = memoryCredentialStore();
    const first = sharing(store);
    expect(await call(first.api)).toBeInstanceOf(FinicityAuthenticationError);
    const second = sharing(store);
    const error = (await call(second.api)) as Error;
    expect(error).toBeInstanceOf(FinicityAuthenticationError);
    expect(error.message).toMatch(
      /^CreateToken failed with HTTP 401 .*Invalid credentials.* \[recorded in the shared credential store at \d{4}-\d\d-\d\dT[\d:.]+Z \(key refusal:[\w-]{43}\) and shared, so this process sent no token request\]/,
    );
    expect(tokenRequests()).toHaveLength(1);
  });

  it('is kept in the store for a week, then lapses', async () => {
    server.on(TOKEN_PATH, json(401, { code: 10001, message: 'Invalid credentials' }));
    const store = memoryCredentialStore();
    const writes: [string, number][] = [];
    const spied: CredentialStore = {
      ...store,
      set(key, value, ttlMs) {
        writes.push([key, ttlMs]);
        return store.set(key, value, ttlMs);
      },
    };
    expect(await call(sharing(spied).api)).toBeInstanceOf(FinicityAuthenticationError);
    expect(writes.filter(([key]) => key.startsWith('refusal:')).map(([, ttlMs]) => ttlMs)).toEqual([7 * 24 * 60 * 60 * 1000]);
  });

  it('is keyed by the secret: a rotated secret gets its one try', async () => {
    server.on(TOKEN_PATH, json(401, { code: 10001, message: 'Invalid credentials' }));
    const store = memoryCredentialStore();
    await call(sharing(store).api);
    await call(sharing(store, { partnerSecret: 'shared-partner-secret-2' }).api);
    expect(tokenRequests()).toHaveLength(2);
  });

  it('is lifted by clearRecordedRefusal, for new clients at once and for running ones at their next check', async () => {
    server.on(TOKEN_PATH, json(401, { code: 10001, message: 'Invalid credentials' }), json(200, { token: 'token-after-unlock' }));
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    // A process up for a while: the refusal's time is far from 0, as in a server.
    passMonotonicTime(REFUSAL_RECHECK_MS * 10);
    const store = memoryCredentialStore();
    const running = sharing(store);
    expect(await call(running.api)).toBeInstanceOf(FinicityAuthenticationError);
    await clearRecordedRefusal(running.options);
    expect(await call(sharing(store).api)).toBe('ok');
    expect(tokenRequests()).toHaveLength(2);
    // The running client still holds its own memory of the refusal until it looks again.
    expect(await call(running.api)).toBeInstanceOf(FinicityAuthenticationError);
    // Half the recheck interval before and after: the calls above take real time too, far more than 50 ms on a loaded machine.
    passMonotonicTime(REFUSAL_RECHECK_MS / 2);
    expect(await call(running.api)).toBeInstanceOf(FinicityAuthenticationError);
    passMonotonicTime(REFUSAL_RECHECK_MS / 2 + 100);
    expect(await call(running.api)).toBe('ok');
    expect(running.lines).toContain('token: the shared refusal record was cleared; asking for a token again');
    expect(tokenRequests()).toHaveLength(2);
  });

  it('is not lifted when the record is merely gone (a flushed store)', async () => {
    server.on(TOKEN_PATH, json(401, { code: 10001, message: 'Invalid credentials' }));
    let now = 0;
    const store = memoryCredentialStore({ now: () => now });
    const running = sharing(store);
    await call(running.api);
    now += 8 * 24 * 60 * 60 * 1000;
    passMonotonicTime(REFUSAL_RECHECK_MS + 50);
    expect(await call(running.api)).toBeInstanceOf(FinicityAuthenticationError);
    expect(tokenRequests()).toHaveLength(1);
  });

  it('says why it could not be cleared when the store fails, without the secret', async () => {
    const store = memoryCredentialStore();
    const broken = { ...store, set: () => Promise.reject(new Error('READONLY replica; secret shared-partner-secret-1 seen')) };
    const options = { appKey: 'shared-app-key-1', partnerId: 'p1', partnerSecret: 'shared-partner-secret-1', credentialStore: broken };
    const failure = await clearRecordedRefusal(options).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FinicityConnectionError);
    expect((failure as Error).message).toBe(
      "credential store: clearing the refusal record failed (READONLY replica; secret [redacted] seen); calls go on with this process's own token and refusal memory, sharing again once the store answers",
    );
  });

  it('says the store did not answer when its whole budget passed before it could be asked', async () => {
    // With 1 ms, less than the budget is left by the time the store would be asked: it is not asked at all.
    const options = {
      appKey: 'shared-app-key-1',
      partnerId: 'p1',
      partnerSecret: 'shared-partner-secret-1',
      credentialStore: memoryCredentialStore(),
      credentialStoreTimeoutMs: 1,
    };
    const failure = await clearRecordedRefusal(options).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FinicityConnectionError);
    expect((failure as Error).message).toBe('the credential store did not answer');
  });

  it('cannot be cleared without partner credentials and a store', async () => {
    await expect(clearRecordedRefusal({ appKey: 'shared-app-key-1', appToken: 'fixed-token-123' })).rejects.toBeInstanceOf(
      FinicityInputError,
    );
  });
});

describe('a refused background renewal', () => {
  it('leaves calls with the token they have, and no other CreateToken is sent, whatever time passes', async () => {
    server.on(TOKEN_PATH, json(200, { token: 'first-token-1' }), json(401, { code: 10001, message: 'Invalid credentials' }));
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    let now = 1_000_000;
    const { api } = sharing(memoryCredentialStore(), { credentialStore: undefined, now: () => now });
    expect(await call(api)).toBe('ok');
    now += 91 * 60_000;
    expect(await call(api)).toBe('ok');
    await expect.poll(() => tokenRequests().length).toBe(2);
    await expect.poll(() => server.requests.length).toBe(4);
    // Past any backoff and renewal recheck: only the refusal keeps this process from asking again.
    for (let round = 0; round < 3; round++) {
      passMonotonicTime(10 * 60_000);
      expect(await call(api)).toBe('ok');
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(tokenRequests()).toHaveLength(2);
  });
});

describe('a token in a shared store', () => {
  it('is requested once for every client and renewed in the background by one of them', async () => {
    let issued = 0;
    server.on(TOKEN_PATH, (request, response) => json(200, { token: `shared-token-${++issued}` })(request, response));
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    let now = 1_000_000;
    const store = memoryCredentialStore();
    const clients = [sharing(store, { now: () => now }), sharing(store, { now: () => now })];
    for (const { api } of clients) expect(await call(api)).toBe('ok');
    expect(tokenRequests()).toHaveLength(1);
    now += 91 * 60_000;
    // Past the renew-after age: both keep calling with the token they have while one renewal runs.
    for (const { api } of clients) expect(await call(api)).toBe('ok');
    await expect.poll(() => tokenRequests().length).toBe(2);
    // The other one looks at the store again a second later, in the background, and takes the renewed token.
    passMonotonicTime(RENEWAL_RECHECK_MS + 100);
    const lastTwoTokens = () =>
      server.requests
        .filter((request) => ACCOUNTS.test(request.url))
        .map((request) => request.headers['finicity-app-token'])
        .slice(-2);
    // The look ends in the background, later on a loaded machine than any fixed wait: call until it has
    // (up to ten seconds: poll's default second was too short once, with the whole suite sharing two cores).
    await expect
      .poll(
        async () => {
          for (const { api } of clients) expect(await call(api)).toBe('ok');
          return lastTwoTokens();
        },
        { timeout: 10_000 },
      )
      .toEqual(['shared-token-2', 'shared-token-2']);
    expect(tokenRequests()).toHaveLength(2);
  });

  it('that fails authentication (planted, or sealed under another secret) is treated as absent and reported', async () => {
    server.on(TOKEN_PATH, json(200, { token: 'honest-token-1' }));
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    const store = memoryCredentialStore();
    const planter = sharing(store);
    await call(planter.api);
    // Overwrite every shared value with a forgery: a reader of the store cannot plant a token.
    const keys: string[] = [];
    const spy: CredentialStore = {
      ...store,
      get: (key) => {
        keys.push(key);
        return store.get(key);
      },
    };
    const reader = sharing(spy);
    await call(reader.api);
    const tokenKey = keys.find((key) => key.startsWith('token:'))!;
    await store.set(tokenKey, 'v1.AAAAAAAAAAAAAAAA.forged-token-value', 60_000);
    const fresh = sharing(store);
    expect(await call(fresh.api)).toBe('ok');
    expect(fresh.lines).toContain('credential store: the shared token record failed authentication or is malformed; treated as absent');
    expect(
      server.requests
        .filter((request) => ACCOUNTS.test(request.url))
        .every((request) => request.headers['finicity-app-token'] === 'honest-token-1'),
    ).toBe(true);
  });
});

describe('a client without the lease', () => {
  it("waits for the holder's token, looking at the store with growing pauses rather than in a loop, and uses it", async () => {
    server.on(TOKEN_PATH, stall(1_000, json(200, { token: 'held-token-1' })));
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    const store = memoryCredentialStore();
    let looks = 0;
    const counted: CredentialStore = {
      ...store,
      get(key) {
        looks += 1;
        return store.get(key);
      },
    };
    const [holder, waiter] = [sharing(counted), sharing(counted)];
    const first = call(holder.api);
    await expect.poll(() => tokenRequests().length).toBe(1);
    const looksBefore = looks;
    expect(await call(waiter.api)).toBe('ok');
    expect(await first).toBe('ok');
    expect(tokenRequests()).toHaveLength(1);
    // Pauses of 50, 100, 200, 400 and 800 ms: a handful of rounds (refusal, then token) within the second.
    expect(looks - looksBefore).toBeLessThanOrEqual(14);
    expect(server.requests.filter((request) => ACCOUNTS.test(request.url)).map((request) => request.headers['finicity-app-token'])).toEqual(
      ['held-token-1', 'held-token-1'],
    );
  });
});

describe('a token that expired', () => {
  it('leaves the store for every client: one that starts during the renewal waits for the new token, never sends the old one', async () => {
    let issued = 0;
    let expired = false;
    server.on(TOKEN_PATH, (request, response) => {
      issued += 1;
      const answer = json(200, { token: `fleet-token-${issued}` });
      return issued === 1 ? answer(request, response) : stall(300, answer)(request, response);
    });
    server.on(ACCOUNTS, (request, response) =>
      (expired && request.headers['finicity-app-token'] === 'fleet-token-1'
        ? json(401, { code: 10023, message: 'Token has expired' })
        : json(200, { accounts: [] }))(request, response),
    );
    const store = memoryCredentialStore();
    const first = sharing(store);
    expect(await call(first.api)).toBe('ok');
    expired = true;
    const renewing = call(first.api);
    await expect.poll(() => tokenRequests().length).toBe(2);
    const latecomer = sharing(store);
    expect(await call(latecomer.api)).toBe('ok');
    expect(await renewing).toBe('ok');
    const sent = server.requests.filter((request) => ACCOUNTS.test(request.url)).map((request) => request.headers['finicity-app-token']);
    expect(sent).toEqual(['fleet-token-1', 'fleet-token-1', 'fleet-token-2', 'fleet-token-2']);
    expect(tokenRequests()).toHaveLength(2);
  });
});

describe('a store that fails', () => {
  const failing = (behaviour: () => Promise<never>): CredentialStore => ({
    get: behaviour,
    set: behaviour,
    delete: behaviour,
    acquireLease: behaviour,
    releaseLease: behaviour,
  });

  it.each([
    ['rejects', () => Promise.reject(new Error('connection refused'))],
    ['never answers', () => new Promise<never>(() => undefined)],
  ])('that %s: calls go on with this process’s own token, and one log line says so', async (_what, behaviour) => {
    server.on(TOKEN_PATH, json(200, { token: 'local-token-1' }));
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    const { api, lines } = sharing(failing(behaviour), { credentialStoreTimeoutMs: 50 });
    const started = performance.now();
    for (let index = 0; index < 3; index++) expect(await call(api)).toBe('ok');
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(tokenRequests()).toHaveLength(1);
    expect(lines.filter((line) => line.startsWith('credential store:'))).toHaveLength(1);
  });

  it('is refused when it lacks a method', () => {
    expect(() => sharing({ get: async () => undefined } as unknown as CredentialStore)).toThrow(
      'credentialStore must be a CredentialStore, with the methods get, set, delete, acquireLease, releaseLease',
    );
  });
});

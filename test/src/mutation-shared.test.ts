/**
 * What a fleet shares, read and written through `SharedCredentials` itself: the cleared
 * mark an operator's `SET … cleared` must match, records that do not have the shape of a
 * token or a refusal, and the store coming back after a failure (one line each way).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DiagnosticsChannel } from '../../src/diagnostics.js';
import type { LogEntry } from '../../src/log.js';
import { sealToken } from '../../src/token/seal.js';
import { CLEARED, SharedCredentials, STORE_RETRY_AFTER_MS, sharedKeys, UNAVAILABLE } from '../../src/token/shared.js';
import { type CredentialStore, memoryCredentialStore } from '../../src/token/store.js';

const parts = {
  appKey: 'app-key-for-shared',
  partnerId: 'partner-1',
  partnerSecret: 'partner-secret-for-shared',
  baseUrl: 'https://x.test',
};
const far = () => performance.now() + 60_000;

function sharedWith(store: CredentialStore) {
  const log: LogEntry[] = [];
  const published: unknown[] = [];
  const channel: DiagnosticsChannel = { hasSubscribers: true, publish: (message) => void published.push(message) };
  const shared = new SharedCredentials({ store, budgetMs: 1_000, log: (entry) => void log.push(entry), channel }, parts);
  return { shared, log, published };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the refusal record', () => {
  it('is cleared by writing the word "cleared", which is what an operator sets by hand', async () => {
    const store = memoryCredentialStore();
    const { shared } = sharedWith(store);
    await shared.clearRefusal(far());
    expect(CLEARED).toBe('cleared');
    expect(await store.get(await shared.refusalKey())).toBe('cleared');
    expect(await shared.readRefusalText(far())).toBe('cleared');
  });

  it('is read only when it has a finite time, an integer status and a message', async () => {
    const store = memoryCredentialStore();
    const { shared } = sharedWith(store);
    const key = await shared.refusalKey();
    const record = { at: 1, status: 401, code: 10001, message: 'refused' };
    await store.set(key, JSON.stringify(record), 60_000);
    expect(await shared.readRefusal(far())).toEqual(record);
    for (const text of [
      'cleared',
      'null',
      '42',
      '"text"',
      '[]',
      JSON.stringify({ ...record, status: 401.5 }),
      JSON.stringify({ ...record, message: 1 }),
    ]) {
      await store.set(key, text, 60_000);
      expect(await shared.readRefusal(far())).toBeUndefined();
    }
  });
});

describe('the shared token', () => {
  it('is taken only with a string value and a finite issue time; anything else is absent, and said', async () => {
    const store = memoryCredentialStore();
    const { shared, log } = sharedWith(store);
    await shared.writeToken({ value: 'shared-token-1234', issuedAt: 5 }, 60_000, far());
    expect(await shared.readToken(far())).toEqual({ value: 'shared-token-1234', issuedAt: 5 });
    expect(log).toEqual([]);
    const tokenKey = (await shared.refusalKey()).replace(/^refusal:/, 'token:');
    for (const malformed of [{ value: 1234, issuedAt: 5 }, { value: 'shared-token-1234', issuedAt: null }, null, 'shared-token-1234']) {
      await store.set(tokenKey, await sealToken(parts.partnerSecret, JSON.stringify(malformed), tokenKey), 60_000);
      expect(await shared.readToken(far())).toBeUndefined();
    }
    expect(log.map((entry) => entry.message)).toEqual(
      Array(4).fill('credential store: the shared token record failed authentication or is malformed; treated as absent'),
    );
  });

  it('lives under keys named after what they hold', () => {
    expect(sharedKeys('id-1')).toEqual({ token: 'token:id-1', refusal: 'refusal:id-1', lease: 'lease:id-1' });
  });
});

describe('a store that fails, then answers again', () => {
  it('is left alone for a while, then used again: one line and one event each way', async () => {
    const store = memoryCredentialStore();
    let failing = true;
    const flaky: CredentialStore = {
      ...store,
      get: (key) => (failing ? Promise.reject(new Error('connection reset')) : store.get(key)),
    };
    const { shared, log, published } = sharedWith(flaky);
    let now = 1_000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    expect(await shared.readRefusalText(now + 5_000)).toBe(UNAVAILABLE);
    expect(shared.available).toBe(false);
    failing = false;
    // Within the pause the store is not asked at all.
    expect(await shared.readRefusalText(now + 5_000)).toBe(UNAVAILABLE);
    now += STORE_RETRY_AFTER_MS;
    expect(shared.available).toBe(true);
    expect(await shared.readRefusalText(now + 5_000)).toBeUndefined();
    expect(await shared.readRefusalText(now + 5_000)).toBeUndefined();
    expect(log.map((entry) => [entry.level, entry.message])).toEqual([
      [
        'warn',
        "credential store: reading the refusal record failed (connection reset); calls go on with this process's own token and refusal memory, sharing again once the store answers",
      ],
      ['info', 'credential store: answering again; sharing the token and refusals resumes'],
    ]);
    expect(published).toEqual([
      { state: 'unavailable', operation: 'reading the refusal record' },
      { state: 'available', operation: 'reading the refusal record' },
    ]);
  });
});

describe('each store operation that fails', () => {
  const failing = (name: keyof CredentialStore): CredentialStore => {
    const store = memoryCredentialStore();
    return { ...store, [name]: () => Promise.reject(new Error(`${name} refused`)) };
  };
  const firstLine = (log: LogEntry[]) => log[0]?.message.replace(/ failed \(.*$/, '');

  it.each([
    ['get', 'reading the refusal record', (shared: SharedCredentials) => shared.readRefusalText(far())],
    [
      'set',
      'recording a refusal',
      (shared: SharedCredentials) => shared.writeRefusal({ at: 1, status: 401, code: 1, message: 'm' }, far()),
    ],
    ['get', 'reading the token', (shared: SharedCredentials) => shared.readToken(far())],
    [
      'set',
      'sharing the token',
      (shared: SharedCredentials) => shared.writeToken({ value: 'shared-token-1234', issuedAt: 1 }, 1_000, far()),
    ],
    ['acquireLease', 'taking the token lease', (shared: SharedCredentials) => shared.acquireLease(1_000, far())],
    ['releaseLease', 'releasing the token lease', (shared: SharedCredentials) => shared.releaseLease('owner-1', far())],
  ] as const)('is named in the one line it logs: %s, while %s', async (method, what, use) => {
    const { shared, log, published } = sharedWith(failing(method));
    expect(await use(shared)).toBe(UNAVAILABLE);
    expect(firstLine(log)).toBe(`credential store: ${what}`);
    expect(published).toEqual([{ state: 'unavailable', operation: what }]);
  });

  it('is named when retiring the token it wrote, and retiring another token asks nothing', async () => {
    const store = memoryCredentialStore();
    const { shared, log } = sharedWith({ ...store, delete: () => Promise.reject(new Error('delete refused')) });
    await shared.writeToken({ value: 'shared-token-1234', issuedAt: 1 }, 60_000, far());
    expect(await shared.retireToken('another-token-5678', far())).toBe(false);
    expect(log).toEqual([]);
    expect(await shared.retireToken('shared-token-1234', far())).toBe(UNAVAILABLE);
    expect(firstLine(log)).toBe('credential store: retiring the token');
  });

  it('logs once while the store stays down, and says "no answer in time" for a store that never answers', async () => {
    const silent: CredentialStore = { ...memoryCredentialStore(), get: () => new Promise(() => undefined) };
    const log: LogEntry[] = [];
    const shared = new SharedCredentials({ store: silent, budgetMs: 5, log: (entry) => void log.push(entry), channel: undefined }, parts);
    expect(await shared.readRefusalText(far())).toBe(UNAVAILABLE);
    const now = performance.now() + STORE_RETRY_AFTER_MS;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    expect(await shared.readRefusalText(now + 5_000)).toBe(UNAVAILABLE);
    expect(log.map((entry) => entry.message)).toEqual([
      "credential store: reading the refusal record failed (no answer in time); calls go on with this process's own token and refusal memory, sharing again once the store answers",
    ]);
  });

  it('is still tried with one millisecond left, and not with less', async () => {
    const store = memoryCredentialStore();
    const { shared } = sharedWith(store);
    // Its keys first (Web Crypto, off the event loop): then a store operation is promise callbacks only, ahead of any timer.
    await shared.refusalKey();
    const now = 50_000;
    vi.spyOn(performance, 'now').mockReturnValue(now);
    expect(await shared.readRefusalText(now + 1)).toBeUndefined();
    expect(await shared.readRefusalText(now + 0.9)).toBe(UNAVAILABLE);
    expect(shared.available).toBe(true);
  });
});

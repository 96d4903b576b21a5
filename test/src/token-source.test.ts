/**
 * The token source's rules driven directly, with both clocks in hand (fake timers move
 * `performance.now` and `setTimeout`; the wall clock is the `now` option) and token
 * requests answered by the test: when a request is sent, for whom, how long a failure
 * keeps the next one back, what a background renewal may do, and what the fleet's store
 * holds afterwards. The wire tests send the same through sockets; these reach the
 * orderings that sockets make hard to arrange.
 */
import { channel } from 'node:diagnostics_channel';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type CredentialStore,
  FinicityApiError,
  FinicityAuthenticationError,
  FinicityConnectionError,
  FinicityTimeoutError,
  memoryCredentialStore,
} from '../../src/index.js';
import type { LogEntry } from '../../src/log.js';
import { Redactor } from '../../src/redaction.js';
import type { TokenAsk } from '../../src/token/request.js';
import { SharedCredentials } from '../../src/token/shared.js';
import {
  type PartnerTokenSettings,
  partnerToken,
  REFUSAL_RECHECK_MS,
  RENEWAL_RECHECK_MS,
  tokenFailureStatus,
} from '../../src/token/source.js';

const PARTS = { appKey: 'app-key-0a1b2c', partnerId: 'partner-1', partnerSecret: 'partner-secret-1', baseUrl: 'https://api.example' };

/** A token request the test answers. */
interface Asked {
  ask: TokenAsk;
  resolve(token: string): void;
  reject(error: unknown): void;
}

const unavailable = (headers: Record<string, string> = {}) =>
  new FinicityApiError('CreateToken failed with HTTP 503', {
    status: 503,
    code: undefined,
    body: undefined,
    headers: new Headers(headers),
  });
const refused = () =>
  new FinicityAuthenticationError('CreateToken failed with HTTP 401: Invalid credentials', { status: 401, code: 10001, body: undefined });

/** A store that counts its reads by key kind and can run something before an operation. */
function watchedStore(inner: CredentialStore = memoryCredentialStore()) {
  const reads: string[] = [];
  const before: { acquireLease?: () => Promise<void>; get?: (key: string) => Promise<void>; set?: (key: string) => Promise<void> } = {};
  const store: CredentialStore = {
    async get(key) {
      reads.push(key.split(':')[0]!);
      await before.get?.(key);
      return inner.get(key);
    },
    async set(key, value, ttlMs) {
      await before.set?.(key);
      return inner.set(key, value, ttlMs);
    },
    delete: (key, expected) => inner.delete(key, expected),
    async acquireLease(key, ttlMs) {
      await before.acquireLease?.();
      return inner.acquireLease(key, ttlMs);
    },
    releaseLease: (key, owner) => inner.releaseLease(key, owner),
  };
  return { store, inner, reads, before };
}

/** One partner token source with its requests, log, redactor and (optionally) a shared store. */
function source(extra: Partial<PartnerTokenSettings> & { store?: CredentialStore } = {}) {
  const asked: Asked[] = [];
  const log: LogEntry[] = [];
  const clock = { wall: 1_000_000 };
  const redactor = new Redactor([PARTS.partnerSecret]);
  const { store, ...rest } = extra;
  const budgetMs = rest.storeBudgetMs ?? 100;
  const sharedSettings = (of: CredentialStore) => ({ store: of, budgetMs, log: undefined, channel: undefined });
  const settings: PartnerTokenSettings = {
    now: () => clock.wall,
    renewAfterMs: 1_000,
    validForMs: 5_000,
    maxRetries: 2,
    retryBaseDelayMs: 100,
    retryMaxDelayMs: 10_000,
    redactor,
    log: (entry) => log.push(entry),
    renewals: undefined,
    shared: store && new SharedCredentials(sharedSettings(store), PARTS),
    storeBudgetMs: budgetMs,
    tokenRequestTimeoutMs: 1_000,
    ...rest,
  };
  const tokens = partnerToken(settings, { partnerId: PARTS.partnerId, partnerSecret: PARTS.partnerSecret }, (_id, _secret, ask) => {
    return new Promise<string>((resolve, reject) => asked.push({ ask, resolve, reject }));
  });
  /** The token for a caller with `ms` to wait, settled as a value or the error. */
  const current = (ms = 10_000, signal: AbortSignal | null = null) =>
    Promise.resolve(tokens.current(performance.now() + ms, signal)).then(
      (value) => value,
      (error: unknown) => error,
    );
  /** Another process of the fleet on the same store. */
  const otherProcess = () => new SharedCredentials(sharedSettings(store!), PARTS);
  const redacts = (secret: string) => redactor.text(secret) !== secret;
  return { tokens, asked, log, clock, settings, current, otherProcess, redacts };
}

/** Lets promise callbacks run, and timers due by then, without moving the clock. */
const settle = () => vi.advanceTimersByTimeAsync(0);
const realSetTimeout = globalThis.setTimeout;
/** One real pause, for the store's sealing (Web Crypto, off the event loop), then what it let run; the fake clock stays still. */
async function realPause(): Promise<void> {
  await new Promise((resolve) => realSetTimeout(resolve, 5));
  await settle();
}
/** Lets the store's work finish: long enough that nothing more happens afterwards, even on a busy machine. */
async function quiesce(): Promise<void> {
  for (let round = 0; round < 20; round++) await realPause();
}
/** What `pending` settles as, once the store's work behind it is done. */
async function afterWork<T>(pending: Promise<T>): Promise<T> {
  await quiesce();
  return pending;
}
/** Waits (real time, up to five seconds) until `check` holds, then lets the rest settle. */
async function until(check: () => boolean): Promise<void> {
  for (let round = 0; round < 1_000 && !check(); round++) await realPause();
  await quiesce();
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  // No jitter: each backoff is its full length.
  vi.spyOn(Math, 'random').mockReturnValue(1);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('tokenFailureStatus', () => {
  it('is the status of an answer, undefined without one, and null for anything else', () => {
    expect(tokenFailureStatus(unavailable())).toBe(503);
    expect(tokenFailureStatus(new FinicityConnectionError('reset', { operation: 'CreateToken' }))).toBeUndefined();
    expect(tokenFailureStatus(new FinicityTimeoutError('CreateToken', 100))).toBeUndefined();
    expect(tokenFailureStatus(new RangeError('inside'))).toBeNull();
  });
});

describe('a partner token source without a store', () => {
  it('sends one request for every caller waiting at once, and keeps the token on the redaction list only while it is current', async () => {
    const { asked, current, tokens, redacts, log } = source();
    const first = current();
    const second = current();
    await settle();
    expect(asked.map(({ ask }) => ask)).toEqual([{ attempt: 1, background: false }]);
    expect(log).toEqual([{ level: 'debug', message: 'token: requesting a new token', attempt: 1 }]);
    asked[0]!.resolve('issued-token-1');
    expect([await first, await second]).toEqual(['issued-token-1', 'issued-token-1']);
    expect(redacts('issued-token-1')).toBe(true);
    expect(tokens.renewAfterExpiry('issued-token-1')).toBe(true);
    expect(redacts('issued-token-1')).toBe(false);
  });

  it('retries a failure that allows it after the backoff, counting attempts, and starts the count again after a success', async () => {
    const { asked, current, log, clock } = source();
    const call = current();
    await settle();
    asked[0]!.reject(unavailable());
    await settle();
    expect(log.at(-1)).toEqual({
      level: 'info',
      message: 'token: waiting 100 ms after 1 failed request(s) before asking again',
      retryDelayMs: 100,
      reason: '1 failed token request(s)',
    });
    await vi.advanceTimersByTimeAsync(99);
    expect(asked).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(asked[1]!.ask).toEqual({ attempt: 2, background: false });
    asked[1]!.reject(unavailable());
    await settle();
    // Doubled: the second failure in a row.
    expect(log.at(-1)?.retryDelayMs).toBe(200);
    await vi.advanceTimersByTimeAsync(200);
    asked[2]!.resolve('issued-token-1');
    expect(await call).toBe('issued-token-1');
    // Expired: the next request's failure is the first in a row again.
    clock.wall += 5_000;
    const later = current();
    await settle();
    asked[3]!.reject(unavailable());
    await settle();
    expect(log.at(-1)?.message).toBe('token: waiting 100 ms after 1 failed request(s) before asking again');
    await vi.advanceTimersByTimeAsync(100);
    asked[4]!.resolve('issued-token-2');
    expect(await later).toBe('issued-token-2');
  });

  it("waits out an answer's Retry-After, to the millisecond", async () => {
    const { asked, current } = source();
    const call = current();
    await settle();
    asked[0]!.reject(unavailable({ 'retry-after': '2' }));
    await vi.advanceTimersByTimeAsync(1_999);
    expect(asked).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(asked).toHaveLength(2);
    asked[1]!.resolve('issued-token-1');
    expect(await call).toBe('issued-token-1');
  });

  it('does not wait when the backoff is zero: no waiting line, the next request at once', async () => {
    const { asked, current, log } = source({ retryBaseDelayMs: 0 });
    const call = current();
    await settle();
    asked[0]!.reject(unavailable());
    await settle();
    expect(asked).toHaveLength(2);
    expect(log.filter((entry) => entry.message.startsWith('token: waiting'))).toEqual([]);
    asked[1]!.resolve('issued-token-1');
    expect(await call).toBe('issued-token-1');
  });

  it('fails the callers with the failure itself when none of them can wait out the backoff', async () => {
    const { asked, current } = source();
    // Exactly as long as the backoff: a request sent at its end could not be answered in time.
    const call = current(5_000);
    await settle();
    const failure = unavailable({ 'retry-after': '5' });
    asked[0]!.reject(failure);
    expect(await call).toBe(failure);
    // A later caller with less time than the backoff fails the same way, without a request.
    expect(await current(1_000)).toBe(failure);
    expect(asked).toHaveLength(1);
  });

  it('waits for the caller with the latest deadline, while one with less time gives up', async () => {
    const { asked, current } = source();
    const short = current(1_000);
    const long = current(10_000);
    await settle();
    const failure = unavailable({ 'retry-after': '5' });
    asked[0]!.reject(failure);
    await settle();
    // A caller arriving during the backoff with no more time than it fails at once, with the failure.
    expect(await current(1_000)).toBe(failure);
    expect(await current(5_000)).toBe(failure);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await short).toBeTypeOf('symbol');
    await vi.advanceTimersByTimeAsync(4_000);
    asked[1]!.resolve('issued-token-1');
    expect(await long).toBe('issued-token-1');
  });

  it('sends nothing more once no caller waits: not after a zero backoff, nor after a backoff that began while one did', async () => {
    const zero = source({ retryBaseDelayMs: 0 });
    const gone = zero.current(50);
    await vi.advanceTimersByTimeAsync(60);
    expect(await gone).toBeTypeOf('symbol');
    zero.asked[0]!.reject(unavailable());
    await vi.advanceTimersByTimeAsync(60_000);
    expect(zero.asked).toHaveLength(1);

    const paused = source();
    const caller = new AbortController();
    const left = paused.current(10_000, caller.signal);
    await settle();
    paused.asked[0]!.reject(unavailable());
    await vi.advanceTimersByTimeAsync(50);
    // The backoff (100 ms) fits the caller's time; the caller leaves before it ends.
    caller.abort(new Error('caller left'));
    expect(await left).toEqual(new Error('caller left'));
    // The backoff's own timer went with it.
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(paused.asked).toHaveLength(1);
    // The next caller starts afresh: a request of its own.
    const next = paused.current();
    await settle();
    paused.asked[1]!.resolve('issued-token-1');
    expect(await next).toBe('issued-token-1');
  });
});

describe('a background renewal', () => {
  /** A source holding issued-token-1, now past its renew-after age. */
  async function pastRenewAge(extra: Parameters<typeof source>[0] = {}) {
    const made = source(extra);
    const first = made.current();
    await settle();
    made.asked[0]!.resolve('issued-token-1');
    await first;
    made.clock.wall += 1_000;
    made.log.length = 0;
    return made;
  }

  it('runs once for every call meanwhile, which keep the token they have, and is published and logged', async () => {
    const renewals = channel('finicity-accounts:test:renewal');
    const published: unknown[] = [];
    const listen = (message: unknown) => published.push(message);
    renewals.subscribe(listen);
    try {
      const { asked, current, log } = await pastRenewAge({ renewals });
      expect([await current(), await current()]).toEqual(['issued-token-1', 'issued-token-1']);
      expect(asked.map(({ ask }) => ask)).toEqual([
        { attempt: 1, background: false },
        { attempt: 1, background: true },
      ]);
      expect(published).toEqual([{ reason: 'age' }]);
      expect(log[0]).toEqual({
        level: 'info',
        message: 'token: renewing it in the background (older than tokenLifetimeMs)',
        reason: 'age',
      });
      asked[1]!.resolve('issued-token-2');
      await settle();
      expect(await current()).toBe('issued-token-2');
    } finally {
      renewals.unsubscribe(listen);
    }
  });

  it('is one request with the callers who find the token expired meanwhile', async () => {
    const { asked, current, clock } = await pastRenewAge();
    expect(await current()).toBe('issued-token-1');
    clock.wall += 4_000;
    const waiting = current();
    await settle();
    expect(asked).toHaveLength(2);
    asked[1]!.resolve('issued-token-2');
    expect(await waiting).toBe('issued-token-2');
    expect(asked).toHaveLength(2);
  });

  it('is not started while a waited-for request is in flight, even when the clock says the old token is usable again', async () => {
    const { asked, current, clock } = await pastRenewAge();
    clock.wall += 4_000;
    const waiting = current();
    await settle();
    // The wall clock steps back (a correction): the old token reads as due for renewal, not expired.
    clock.wall -= 4_000;
    expect(await current()).toBe('issued-token-1');
    await settle();
    expect(asked).toHaveLength(2);
    asked[1]!.resolve('issued-token-2');
    expect(await waiting).toBe('issued-token-2');
  });

  it('that fails holds back the next one for the backoff, and then lets one start', async () => {
    const { asked, current } = await pastRenewAge();
    await current();
    await settle();
    asked[1]!.reject(unavailable());
    await settle();
    await current();
    await vi.advanceTimersByTimeAsync(99);
    await current();
    expect(asked).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(await current()).toBe('issued-token-1');
    expect(asked.map(({ ask }) => ask.background)).toEqual([false, true, true]);
  });

  it('that is refused sends nothing more and the token is used until it expires, then the refusal is the answer', async () => {
    const { asked, current, clock } = await pastRenewAge();
    await current();
    await settle();
    asked[1]!.reject(refused());
    await settle();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await current()).toBe('issued-token-1');
    clock.wall += 4_000;
    const error = (await current()) as Error;
    expect(error).toBeInstanceOf(FinicityAuthenticationError);
    expect(error.message).toBe(
      'CreateToken failed with HTTP 401: Invalid credentials. Not trying again: five failed authentications lock the partner account; ' +
        'create a new client with corrected credentials',
    );
    expect(asked).toHaveLength(2);
  });
});

describe('renewal after an expiry answer', () => {
  async function holding(extra: Parameters<typeof source>[0] = {}) {
    // Far from the fake clock's 0, where a forgotten time would hide.
    await vi.advanceTimersByTimeAsync(1_000_000);
    const made = source(extra);
    const first = made.current();
    await settle();
    made.asked[0]!.resolve('issued-token-1');
    await first;
    return made;
  }

  it('retires the token once; the other callers that carried it reuse the renewal', async () => {
    const { tokens, current, asked } = await holding();
    expect(tokens.renewAfterExpiry('issued-token-1')).toBe(true);
    expect(tokens.renewAfterExpiry('issued-token-1')).toBe(true);
    const next = current();
    await settle();
    expect(asked).toHaveLength(2);
    asked[1]!.resolve('issued-token-2');
    expect(await next).toBe('issued-token-2');
  });

  it('backs off when renewals follow each other without a success, and a success with the new token ends the backoff', async () => {
    const { tokens, current, asked } = await holding();
    expect(tokens.renewAfterExpiry('issued-token-1')).toBe(true);
    const second = current();
    await settle();
    asked[1]!.resolve('issued-token-2');
    await second;
    // A second renewal in a row waits for the backoff (100 ms).
    await vi.advanceTimersByTimeAsync(99);
    // A success with another token than the current one does not end it.
    tokens.confirm('issued-token-1');
    expect(tokens.renewAfterExpiry('issued-token-2')).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(tokens.renewAfterExpiry('issued-token-2')).toBe(true);
    const third = current();
    await settle();
    asked[2]!.resolve('issued-token-3');
    await third;
    expect(tokens.renewAfterExpiry('issued-token-3')).toBe(false);
    tokens.confirm('issued-token-3');
    expect(tokens.renewAfterExpiry('issued-token-3')).toBe(true);
  });

  it('is refused after a refusal once no token is held', async () => {
    const { tokens, current, asked } = await holding();
    tokens.renewAfterExpiry('issued-token-1');
    const failed = current();
    await settle();
    asked[1]!.reject(refused());
    expect(await failed).toBeInstanceOf(FinicityAuthenticationError);
    expect(tokens.renewAfterExpiry('issued-token-1')).toBe(false);
  });
});

describe('a failure that is no answer from the server', () => {
  it('is not retried: one request, and the callers get it as it was', async () => {
    const { asked, current } = source();
    const call = current();
    await settle();
    const inside = new RangeError('inside');
    asked[0]!.reject(inside);
    expect(await call).toBe(inside);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(asked).toHaveLength(1);
  });

  it('ends the retries after maxRetries', async () => {
    const { asked, current } = source({ maxRetries: 1 });
    const call = current(60_000);
    await settle();
    asked[0]!.reject(unavailable());
    await vi.advanceTimersByTimeAsync(100);
    const last = unavailable();
    asked[1]!.reject(last);
    expect(await call).toBe(last);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(asked).toHaveLength(2);
  });
});

describe('a partner token source sharing a store', () => {
  const storeClock = () => memoryCredentialStore({ now: () => performance.now() });

  /** A source on a shared store, holding issued-token-1, which it asked for and shared. */
  async function holdingShared() {
    const watched = watchedStore(storeClock());
    const made = source({ store: watched.store });
    const call = made.current();
    await until(() => made.asked.length > 0);
    made.asked[0]!.resolve('issued-token-1');
    expect(await call).toBe('issued-token-1');
    await quiesce();
    return { ...made, ...watched };
  }

  it('shares the token it obtained and frees the lease; another process reads it', async () => {
    const { otherProcess } = await holdingShared();
    const other = otherProcess();
    expect(await other.readToken(performance.now() + 100)).toEqual({ value: 'issued-token-1', issuedAt: 1_000_000 });
    expect(await other.acquireLease(1_000, performance.now() + 100)).toEqual(expect.any(String));
  });

  it('uses a token another process shared, without a request, and redacts it; not one that expired', async () => {
    const { store } = watchedStore(storeClock());
    const { asked, current, otherProcess, redacts, clock } = source({ store });
    await otherProcess().writeToken({ value: 'shared-token-1', issuedAt: clock.wall }, 5_000, performance.now() + 100);
    const call = current();
    await quiesce();
    expect(await call).toBe('shared-token-1');
    expect(asked).toHaveLength(0);
    expect(redacts('shared-token-1')).toBe(true);

    const later = source({ store });
    later.clock.wall = clock.wall + 5_000;
    const fresh = later.current();
    await quiesce();
    expect(later.asked).toHaveLength(1);
    later.asked[0]!.resolve('issued-token-2');
    expect(await fresh).toBe('issued-token-2');
  });

  it('does not take back a token it retired when a slower process shares it again, for its last four retirements', async () => {
    const { store } = watchedStore(storeClock());
    const { asked, current, tokens, otherProcess, clock } = source({ store, retryBaseDelayMs: 0 });
    const other = otherProcess();
    for (let issued = 1; issued <= 5; issued++) {
      const call = current();
      await until(() => asked.length === issued);
      asked.at(-1)!.resolve(`issued-token-${issued}`);
      expect(await call).toBe(`issued-token-${issued}`);
      await quiesce();
      expect(tokens.renewAfterExpiry(`issued-token-${issued}`)).toBe(true);
      await quiesce();
    }
    // Retired tokens 2 to 5 are refused from the store; token 1 has left the list.
    await other.writeToken({ value: 'issued-token-2', issuedAt: clock.wall }, 5_000, performance.now() + 100);
    const refusedRetired = current();
    await quiesce();
    expect(asked).toHaveLength(6);
    asked[5]!.resolve('issued-token-6');
    expect(await refusedRetired).toBe('issued-token-6');
    await quiesce();
    tokens.renewAfterExpiry('issued-token-6');
    await quiesce();
    await other.writeToken({ value: 'issued-token-1', issuedAt: clock.wall }, 5_000, performance.now() + 100);
    expect(await current()).toBe('issued-token-1');
    expect(asked).toHaveLength(6);
  });

  it('removes the token from the store when an expiry answer retires it', async () => {
    const { tokens, otherProcess } = await holdingShared();
    tokens.renewAfterExpiry('issued-token-1');
    await quiesce();
    expect(await otherProcess().readToken(performance.now() + 100)).toBeUndefined();
  });

  it('renews in the background when the store holds only its own token, and gives up while another process holds the lease', async () => {
    const { asked, current, clock, otherProcess, reads } = await holdingShared();
    clock.wall += 1_000;
    expect(await current()).toBe('issued-token-1');
    await quiesce();
    expect(asked.map(({ ask }) => ask)).toEqual([
      { attempt: 1, background: false },
      { attempt: 1, background: true },
    ]);
    asked[1]!.resolve('issued-token-2');
    await quiesce();

    clock.wall += 1_000;
    await otherProcess().acquireLease(60_000, performance.now() + 100);
    reads.length = 0;
    expect(await current()).toBe('issued-token-2');
    await quiesce();
    expect(asked).toHaveLength(2);
    expect(reads).toEqual(['refusal', 'token']);
    // Not looked at again before RENEWAL_RECHECK_MS.
    await vi.advanceTimersByTimeAsync(RENEWAL_RECHECK_MS - 1);
    await current();
    await quiesce();
    expect(reads).toEqual(['refusal', 'token']);
    await vi.advanceTimersByTimeAsync(1);
    await current();
    await quiesce();
    expect(reads).toEqual(['refusal', 'token', 'refusal', 'token']);
  });

  it('has a waiting caller look again, 50 ms then doubling, while another process holds the lease, and use what it shares', async () => {
    const { store, reads } = watchedStore(storeClock());
    const { asked, current, otherProcess, clock } = source({ store });
    const other = otherProcess();
    await other.acquireLease(60_000, performance.now() + 100);
    const call = current();
    await quiesce();
    expect(reads).toEqual(['refusal', 'token']);
    await vi.advanceTimersByTimeAsync(49);
    await quiesce();
    expect(reads).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    await quiesce();
    expect(reads).toHaveLength(4);
    await vi.advanceTimersByTimeAsync(99);
    await quiesce();
    expect(reads).toHaveLength(4);
    await other.writeToken({ value: 'shared-token-1', issuedAt: clock.wall }, 5_000, performance.now() + 100);
    await vi.advanceTimersByTimeAsync(1);
    await quiesce();
    expect(await call).toBe('shared-token-1');
    expect(asked).toHaveLength(0);
  });

  it('sends nothing when its only caller left while the store was being read', async () => {
    const { store, before, reads } = watchedStore(storeClock());
    const { asked, current } = source({ store });
    let answerRead: () => void = () => undefined;
    before.get = () =>
      new Promise<void>((resolve) => {
        answerRead = resolve;
        before.get = undefined;
      });
    const caller = new AbortController();
    const call = current(10_000, caller.signal);
    await quiesce();
    caller.abort(new Error('caller left'));
    expect(await call).toEqual(new Error('caller left'));
    answerRead();
    await quiesce();
    await vi.advanceTimersByTimeAsync(60_000);
    await quiesce();
    expect(asked).toHaveLength(0);
    expect(reads).toEqual(['refusal', 'token']);
  });

  it('takes a token shared between its reads and its lease, without a request, and frees the lease', async () => {
    const { store, before } = watchedStore(storeClock());
    const { asked, current, otherProcess, clock } = source({ store });
    const other = otherProcess();
    before.acquireLease = async () => {
      before.acquireLease = undefined;
      await other.writeToken({ value: 'shared-token-1', issuedAt: clock.wall }, 5_000, performance.now() + 100);
    };
    const call = current();
    await quiesce();
    expect(await call).toBe('shared-token-1');
    expect(asked).toHaveLength(0);
    expect(await other.acquireLease(1_000, performance.now() + 100)).toEqual(expect.any(String));
  });

  it('fails with a refusal recorded between its reads and its lease, and leaves that record as it was written', async () => {
    const { store, before, inner } = watchedStore(storeClock());
    const { asked, current, otherProcess } = source({ store });
    const other = otherProcess();
    const record = { at: 123, status: 401, code: 10001, message: 'CreateToken failed with HTTP 401: Invalid credentials' };
    before.acquireLease = async () => {
      before.acquireLease = undefined;
      await other.writeRefusal(record, performance.now() + 100);
    };
    const error = (await afterWork(current())) as Error;
    expect(error).toBeInstanceOf(FinicityAuthenticationError);
    expect(error.message).toMatch(/^CreateToken failed with HTTP 401: Invalid credentials \[recorded in the shared credential store/);
    expect(asked).toHaveLength(0);
    await quiesce();
    expect(JSON.parse((await inner.get(await other.refusalKey()))!)).toEqual(record);
  });

  it('records its own refusal for the fleet, and says how to lift it', async () => {
    const { store } = watchedStore(storeClock());
    const { asked, current, otherProcess, clock } = source({ store });
    const call = current();
    await until(() => asked.length > 0);
    asked[0]!.reject(refused());
    const error = (await call) as Error;
    await quiesce();
    expect(await otherProcess().readRefusal(performance.now() + 100)).toEqual({
      at: clock.wall,
      status: 401,
      code: 10001,
      message: 'CreateToken failed with HTTP 401: Invalid credentials',
    });
    expect(error.message).toBe('CreateToken failed with HTTP 401: Invalid credentials');
    const later = (await current()) as Error;
    expect(later.message).toMatch(
      /; once the credentials are fixed \(or support has unlocked the account\), clear the shared record with clearRecordedRefusal\(\)$/,
    );
  });
});

describe('a refusal with a shared store', () => {
  const storeClock = () => memoryCredentialStore({ now: () => performance.now() });

  /** A source whose first request was refused and recorded. */
  async function refusedOnce(extra: Parameters<typeof source>[0] = {}) {
    const watched = watchedStore(storeClock());
    const made = source({ store: watched.store, ...extra });
    const call = made.current(60_000);
    await until(() => made.asked.length > 0);
    made.asked[0]!.reject(refused());
    expect(await call).toBeInstanceOf(FinicityAuthenticationError);
    await quiesce();
    watched.reads.length = 0;
    return { ...made, ...watched };
  }

  it('is looked at again in the store only every REFUSAL_RECHECK_MS, and a clearing there lifts it', async () => {
    const { current, reads, asked, otherProcess, log } = await refusedOnce();
    await vi.advanceTimersByTimeAsync(REFUSAL_RECHECK_MS - 1);
    expect(await current()).toBeInstanceOf(FinicityAuthenticationError);
    expect(reads).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(await current()).toBeInstanceOf(FinicityAuthenticationError);
    expect(reads).toEqual(['refusal']);
    // Just looked: not again at once.
    expect(await current()).toBeInstanceOf(FinicityAuthenticationError);
    expect(reads).toEqual(['refusal']);

    await otherProcess().clearRefusal(performance.now() + 100);
    await vi.advanceTimersByTimeAsync(REFUSAL_RECHECK_MS);
    const lifted = current(60_000);
    await quiesce();
    expect(log).toContainEqual({ level: 'info', message: 'token: the shared refusal record was cleared; asking for a token again' });
    expect(asked).toHaveLength(2);
    asked[1]!.resolve('issued-token-1');
    expect(await lifted).toBe('issued-token-1');
  });

  it('that the store failed to record is recorded at the next look, and then names the shared record', async () => {
    const watched = watchedStore(storeClock());
    const { current, asked, otherProcess, clock } = source({ store: watched.store });
    const call = current(60_000);
    await quiesce();
    watched.before.set = () => Promise.reject(new Error('store down'));
    asked[0]!.reject(refused());
    expect(((await call) as Error).message).toBe('CreateToken failed with HTTP 401: Invalid credentials');
    await quiesce();
    watched.before.set = undefined;
    expect(((await current()) as Error).message).toMatch(/; create a new client with corrected credentials$/);
    await vi.advanceTimersByTimeAsync(REFUSAL_RECHECK_MS);
    const error = (await afterWork(current())) as Error;
    expect(error.message).toMatch(/; once the credentials are fixed .* clearRecordedRefusal\(\)$/);
    expect(await otherProcess().readRefusal(performance.now() + 100)).toEqual(expect.objectContaining({ at: clock.wall, status: 401 }));
    expect(asked).toHaveLength(1);
  });

  it('that the store failed to record leaves alone a record another process wrote meanwhile', async () => {
    const watched = watchedStore(storeClock());
    const { current, asked, otherProcess } = source({ store: watched.store });
    const call = current(60_000);
    await quiesce();
    watched.before.set = () => Promise.reject(new Error('store down'));
    asked[0]!.reject(refused());
    await call;
    await quiesce();
    watched.before.set = undefined;
    const theirs = { at: 42, status: 401, code: 10001, message: 'CreateToken failed with HTTP 401: recorded elsewhere' };
    await otherProcess().writeRefusal(theirs, performance.now() + 100);
    await vi.advanceTimersByTimeAsync(REFUSAL_RECHECK_MS);
    const later = current();
    await quiesce();
    expect(await later).toBeInstanceOf(FinicityAuthenticationError);
    expect(await otherProcess().readRefusal(performance.now() + 100)).toEqual(theirs);
  });

  it('stays when its record is merely gone (a flushed store), and is not written again', async () => {
    const { current, asked, inner, otherProcess } = await refusedOnce();
    await inner.delete(await otherProcess().refusalKey());
    await vi.advanceTimersByTimeAsync(REFUSAL_RECHECK_MS);
    const error = (await afterWork(current())) as Error;
    expect(error).toBeInstanceOf(FinicityAuthenticationError);
    expect(await otherProcess().readRefusal(performance.now() + 100)).toBeUndefined();
    expect(asked).toHaveLength(1);
  });

  it('is lifted once: a slower read of the clearing does not lift the refusal that came after it', async () => {
    const { current, asked, otherProcess, before, log } = await refusedOnce({ storeBudgetMs: 60_000 });
    await otherProcess().clearRefusal(performance.now() + 100);
    let releaseSlowRead: () => void = () => undefined;
    before.get = (key) =>
      key.startsWith('refusal')
        ? new Promise<void>((resolve) => {
            releaseSlowRead = resolve;
            before.get = undefined;
          })
        : Promise.resolve();
    await vi.advanceTimersByTimeAsync(REFUSAL_RECHECK_MS);
    const slow = current(60_000);
    await quiesce();
    const releaseFirst = releaseSlowRead;
    await vi.advanceTimersByTimeAsync(REFUSAL_RECHECK_MS);
    const fast = current(60_000);
    await quiesce();
    // The second read answers first: it lifts the refusal, and the request it sends is refused again,
    // a refusal the store then fails to record (so only this process's memory holds it).
    expect(asked).toHaveLength(2);
    before.set = () => Promise.reject(new Error('store down'));
    asked[1]!.reject(refused());
    expect(await fast).toBeInstanceOf(FinicityAuthenticationError);
    releaseFirst();
    await quiesce();
    expect(await slow).toBeInstanceOf(FinicityAuthenticationError);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(asked).toHaveLength(2);
    expect(log.filter((entry) => entry.message.includes('was cleared'))).toHaveLength(1);
  });
});

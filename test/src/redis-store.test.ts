/**
 * redisCredentialStore against a real redis-server, through node-redis 6 and 5: the
 * semantics of memoryCredentialStore (credential-store.test.ts), leases raced by two
 * connections, and what a caller sees when the server is paused, killed or unreachable.
 */
import { createClient, createClientPool, createCluster, createSentinel, RESP_TYPES } from 'redis';
import * as redis5 from 'redis-v5';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { type RedisStoreClient, redisCredentialStore } from '../../src/redis/index.js';
import { openToken, sealToken } from '../../src/token/seal.js';
import type { CredentialStore } from '../../src/token/store.js';
import { startRedisServer, useRedisServer } from '../support/redis-server.js';

interface TestClient extends RedisStoreClient {
  readonly isReady: boolean;
  clientId(): Promise<number>;
  connect(): Promise<unknown>;
  destroy(): void;
  on(event: 'error', listener: (error: Error) => void): unknown;
}
type ClientOptions = { url: string; disableOfflineQueue?: boolean; commandOptions?: { timeout?: number }; RESP?: 2 | 3 };

const majors: Array<[string, (options: ClientOptions) => TestClient]> = [
  ['node-redis 6', (options) => createClient(options) as unknown as TestClient],
  ['node-redis 5', (options) => redis5.createClient(options) as unknown as TestClient],
];

/** Every client a test made, closed after it. */
const open: TestClient[] = [];
afterEach(() => {
  for (const client of open.splice(0)) client.destroy();
});

/** A connected client, with an error listener (node-redis emits one for every lost connection). */
async function connected(make: (options: ClientOptions) => TestClient, options: ClientOptions): Promise<TestClient & { errors: Error[] }> {
  const client = Object.assign(make(options), { errors: [] as Error[] });
  client.on('error', (error) => client.errors.push(error));
  open.push(client);
  await client.connect();
  return client;
}

let unique = 0;
const freshKey = (what: string) => `${what}-${process.pid}-${++unique}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once `client` has seen its connection drop (a command in flight then rejects: it may have run). */
async function disconnected(client: TestClient): Promise<void> {
  for (const started = Date.now(); client.isReady; await sleep(5)) {
    if (Date.now() - started > 5_000) throw new Error('the client did not see the server go within 5 s');
  }
}

/** What `promise` did within `ms`: its value, its error, or 'pending'. */
function within(promise: Promise<unknown>, ms: number): Promise<{ resolved: unknown } | { rejected: unknown } | 'pending'> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.then(
      (resolved) => ({ resolved }),
      (rejected: unknown) => ({ rejected }),
    ),
    new Promise<'pending'>((resolve) => {
      timer = setTimeout(() => resolve('pending'), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Never called: tsc (npm run check) proves that every kind of node-redis client of either major fits the adapter. */
function everyClientKindFits(url: string): CredentialStore[] {
  return [
    createClient({ url }),
    createClient({ url, RESP: 2 }),
    createClient({ url, commandOptions: { typeMapping: { [RESP_TYPES.BLOB_STRING]: Buffer } } }),
    createClient({ url }).withCommandOptions({ timeout: 1_000 }),
    createCluster({ rootNodes: [{ url }] }),
    createClientPool({ url }),
    createSentinel({ name: 'primary', sentinelRootNodes: [] }),
    redis5.createClient({ url }),
    redis5.createCluster({ rootNodes: [{ url }] }),
    redis5.createClientPool({ url }),
    redis5.createSentinel({ name: 'primary', sentinelRootNodes: [] }),
  ].map((client) => redisCredentialStore(client));
}

it('takes every kind of node-redis 5 and 6 client: a client, a cluster, a pool, a sentinel (checked by tsc)', () => {
  expect(everyClientKindFits).toBeTypeOf('function');
});

describe('redisCredentialStore on a running server', () => {
  const server = useRedisServer();

  describe.each(majors)('through %s', (_major, make) => {
    const store = async (keyPrefix?: string) => redisCredentialStore(await connected(make, { url: server.url }), { keyPrefix });
    const raw = () =>
      connected(createClient as unknown as typeof make, { url: server.url }) as unknown as Promise<ReturnType<typeof createClient>>;

    it('keeps a value until its TTL ends, under the default prefix', async () => {
      const [credentials, inspector] = await Promise.all([store(), raw()]);
      const key = freshKey('ttl');
      await credentials.set(key, 'sealed-value', 300);
      await expect(credentials.get(key)).resolves.toBe('sealed-value');
      await expect(inspector.get(`finicity-accounts:${key}`)).resolves.toBe('sealed-value');
      const remaining = await inspector.pTTL(`finicity-accounts:${key}`);
      expect(remaining).toBeGreaterThan(0);
      expect(remaining).toBeLessThanOrEqual(300);
      await sleep(400);
      await expect(credentials.get(key)).resolves.toBeUndefined();
      await expect(credentials.get(freshKey('never-set'))).resolves.toBeUndefined();
    });

    it('replaces a value, with the new TTL, and rounds a fractional TTL up', async () => {
      const [credentials, inspector] = await Promise.all([store(), raw()]);
      const key = freshKey('replace');
      await credentials.set(key, 'old', 100);
      await credentials.set(key, 'new', 60_000.2);
      expect(await inspector.pTTL(`finicity-accounts:${key}`)).toBeGreaterThan(59_000);
      await sleep(150);
      await expect(credentials.get(key)).resolves.toBe('new');
    });

    it('compare-and-delete removes only the expected value', async () => {
      const credentials = await store();
      const key = freshKey('cad');
      await credentials.set(key, 'v1', 60_000);
      await expect(credentials.delete(key, 'v2')).resolves.toBe(false);
      await expect(credentials.get(key)).resolves.toBe('v1');
      await expect(credentials.delete(key, 'v1')).resolves.toBe(true);
      await expect(credentials.get(key)).resolves.toBeUndefined();
      await expect(credentials.delete(key, 'v1')).resolves.toBe(false);
      await expect(credentials.delete(key)).resolves.toBe(false);
      await credentials.set(key, 'v', 60_000);
      await expect(credentials.delete(key)).resolves.toBe(true);
      await expect(credentials.get(key)).resolves.toBeUndefined();
    });

    it('gives a lease raced by two connections to exactly one of them, every time', async () => {
      const [first, second] = await Promise.all([store(), store()]);
      for (let round = 0; round < 20; round++) {
        const key = freshKey('race');
        const owners = await Promise.all([
          first.acquireLease(key, 10_000),
          second.acquireLease(key, 10_000),
          first.acquireLease(key, 10_000),
          second.acquireLease(key, 10_000),
        ]);
        const winners = owners.filter((owner) => owner !== undefined);
        expect(winners, `round ${round}`).toHaveLength(1);
        expect(winners[0]).toMatch(/^[A-Za-z0-9_-]{22}$/);
        // The lease is an ordinary key holding its owner: a get shows who holds it.
        await expect(second.get(key)).resolves.toBe(winners[0]);
      }
    });

    it('frees a lease when it lapses', async () => {
      const [first, second] = await Promise.all([store(), store()]);
      const key = freshKey('lapse');
      const owner = await first.acquireLease(key, 200);
      expect(owner).toEqual(expect.any(String));
      await expect(second.acquireLease(key, 200)).resolves.toBeUndefined();
      await sleep(300);
      const next = await second.acquireLease(key, 10_000);
      expect(next).toEqual(expect.any(String));
      // The lapsed owner, coming back late, cannot free its successor's lease.
      await first.releaseLease(key, owner!);
      await expect(first.acquireLease(key, 10_000)).resolves.toBeUndefined();
    });

    it('lets only the owner release a lease', async () => {
      const [first, second] = await Promise.all([store(), store()]);
      const key = freshKey('release');
      const owner = await first.acquireLease(key, 10_000);
      await second.releaseLease(key, 'not-the-owner');
      await second.releaseLease(key, `${owner}x`);
      await expect(second.acquireLease(key, 10_000)).resolves.toBeUndefined();
      await first.releaseLease(key, owner!);
      await expect(second.acquireLease(key, 10_000)).resolves.toEqual(expect.any(String));
    });

    it('keeps stores with different prefixes apart', async () => {
      const [a, b, inspector] = await Promise.all([store('fleet-a:'), store('fleet-b:'), raw()]);
      const key = freshKey('shared-name');
      await a.set(key, 'from-a', 60_000);
      await expect(b.get(key)).resolves.toBeUndefined();
      await b.set(key, 'from-b', 60_000);
      await expect(a.get(key)).resolves.toBe('from-a');
      await expect(b.acquireLease(`${key}-lease`, 60_000)).resolves.toEqual(expect.any(String));
      await expect(a.acquireLease(`${key}-lease`, 60_000)).resolves.toEqual(expect.any(String));
      await expect(b.delete(key, 'from-a')).resolves.toBe(false);
      await expect(a.delete(key)).resolves.toBe(true);
      await expect(b.get(key)).resolves.toBe('from-b');
      expect((await inspector.keys(`fleet-?:${key}*`)).sort()).toEqual([`fleet-a:${key}-lease`, `fleet-b:${key}`, `fleet-b:${key}-lease`]);
    });

    it('hands back garbage someone else stored as a plain string, which sealing rejects', async () => {
      const [credentials, inspector] = await Promise.all([store(), raw()]);
      const secret = 'test-partner-secret-0123456789';
      const garbage = [Buffer.from([0xff, 0xfe, 0x00, 0xc3]), 'v1.not.sealed', '{"token":"planted"}', ''];
      for (const value of garbage) {
        const key = freshKey('garbage');
        await inspector.set(`finicity-accounts:${key}`, value);
        const read = await credentials.get(key);
        expect(typeof read).toBe('string');
        await expect(openToken(secret, read, key)).resolves.toBeUndefined();
      }
      // A value sealed for one key and copied to another does not open there.
      const [from, to] = [freshKey('sealed'), freshKey('copied')];
      await credentials.set(from, await sealToken(secret, 'token-value', from), 60_000);
      await inspector.copy(`finicity-accounts:${from}`, `finicity-accounts:${to}`);
      await expect(openToken(secret, await credentials.get(to), to)).resolves.toBeUndefined();
      await expect(openToken(secret, await credentials.get(from), from)).resolves.toBe('token-value');
    });

    it('rejects with an Error when the key holds another type, and for bad arguments', async () => {
      const [credentials, inspector] = await Promise.all([store(), raw()]);
      const key = freshKey('hash');
      await inspector.hSet(`finicity-accounts:${key}`, 'field', 'value');
      const error = await credentials.get(key).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(/^Redis credential store: GET failed: WRONGTYPE/);
      expect((error as Error).cause).toBeInstanceOf(Error);
      await expect(credentials.delete(key, 'value')).rejects.toThrow(/EVAL \(compare and delete\) failed: .*WRONGTYPE/);
      await expect(credentials.set('', 'v', 10)).rejects.toThrow(TypeError);
      await expect(credentials.set(key, 'v', 0)).rejects.toThrow(RangeError);
      await expect(credentials.acquireLease(key, Number.NaN)).rejects.toThrow(RangeError);
    });

    it('refuses a bad key, value or TTL in words before sending any command, and takes a TTL of 2^53 - 1 ms', async () => {
      const [client, inspector] = await Promise.all([connected(make, { url: server.url }), raw()]);
      const credentials = redisCredentialStore(client);
      const key = freshKey('refused');
      await credentials.set(key, 'kept', 60_000);
      const id = await client.clientId();
      const keyRefusal = new TypeError('a store key must be a non-empty string');
      const refusals: Array<[() => Promise<unknown>, Error]> = [
        [() => credentials.get(''), keyRefusal],
        [() => credentials.set('', 'v', 10), keyRefusal],
        [() => credentials.delete(''), keyRefusal],
        [() => credentials.acquireLease('', 10), keyRefusal],
        [() => credentials.releaseLease('', 'owner'), keyRefusal],
        [() => credentials.set(key, 42 as unknown as string, 10), new TypeError('value must be a string')],
        [() => credentials.delete(key, 42 as unknown as string), new TypeError('expected must be a string')],
        [() => credentials.releaseLease(key, 42 as unknown as string), new TypeError('owner must be a string')],
        [() => credentials.set(key, 'v', 0), new RangeError('ttlMs must be a positive number of milliseconds, at most 2^53 - 1, not 0')],
        [
          () => credentials.acquireLease(key, 2 ** 53),
          new RangeError('ttlMs must be a positive number of milliseconds, at most 2^53 - 1, not 9007199254740992'),
        ],
      ];
      for (const [call, refusal] of refusals) await expect(call()).rejects.toThrow(refusal);
      // The connection's last command is still CLIENT ID: none of the calls above reached Redis.
      const connection = String(await inspector.sendCommand(['CLIENT', 'LIST', 'ID', String(id)]));
      expect(connection).toMatch(/ cmd=client\|id /);
      await expect(inspector.get(`finicity-accounts:${key}`)).resolves.toBe('kept');
      await expect(inspector.exists('finicity-accounts:')).resolves.toBe(0);
      await credentials.set(key, 'kept-for-ever', Number.MAX_SAFE_INTEGER);
      expect(await inspector.pTTL(`finicity-accounts:${key}`)).toBeGreaterThan(Number.MAX_SAFE_INTEGER - 60_000);
    });
  });

  it('reads a client that maps strings to Buffers, and one on RESP2, the same way', async () => {
    const key = freshKey('mapped');
    const writer = redisCredentialStore(await connected(createClient as never, { url: server.url }));
    await writer.set(key, 'é-value', 60_000);
    const buffers = createClient({ url: server.url, commandOptions: { typeMapping: { [RESP_TYPES.BLOB_STRING]: Buffer } } });
    buffers.on('error', () => undefined);
    open.push(buffers as unknown as TestClient);
    await buffers.connect();
    const resp2 = await connected(createClient as never, { url: server.url, RESP: 2 });
    for (const reader of [redisCredentialStore(buffers), redisCredentialStore(resp2)]) {
      await expect(reader.get(key)).resolves.toBe('é-value');
      await expect(reader.delete(key, 'other')).resolves.toBe(false);
      const lease = freshKey('mapped-lease');
      const owner = await reader.acquireLease(lease, 60_000);
      expect(owner).toEqual(expect.any(String));
      await expect(reader.acquireLease(lease, 60_000)).resolves.toBeUndefined();
      await reader.releaseLease(lease, owner!);
      await expect(reader.get(lease)).resolves.toBeUndefined();
    }
    await expect(redisCredentialStore(buffers).delete(key, 'é-value')).resolves.toBe(true);
  });
});

/**
 * What the token module must plan for: node-redis queues commands while it reconnects,
 * and waits for the answer to a written command however long it takes. So a caller
 * bounds every store call with its own timeout, and a call it abandoned may still run.
 */
describe('redisCredentialStore when the server fails', () => {
  const server = useRedisServer();
  afterAll(() => server.resume?.());

  it.each(majors)('%s: a command to a paused server waits until it resumes, and then still runs', async (_major, make) => {
    const client = await connected(make, { url: server.url });
    const [first, second] = [redisCredentialStore(client), redisCredentialStore(await connected(make, { url: server.url }))];
    const key = freshKey('paused');
    server.pause();
    let abandoned: Promise<string | undefined>;
    try {
      abandoned = first.acquireLease(key, 60_000);
      // Even node-redis 6's default command timeout (5 s) covers only the wait in its queue.
      expect(await within(abandoned, 500)).toBe('pending');
    } finally {
      server.resume();
    }
    // The caller gave up, but the lease was taken all the same: it lapses only with its TTL.
    // (Waiting for the abandoned command first: the second connection's command could otherwise reach Redis before it.)
    expect(await abandoned).toEqual(expect.any(String));
    await expect(second.acquireLease(key, 60_000)).resolves.toBeUndefined();
  });

  it.each(majors)('%s: with disableOfflineQueue, a call while the server is down rejects at once', async (_major, make) => {
    const client = await connected(make, { url: server.url, disableOfflineQueue: true });
    const credentials = redisCredentialStore(client);
    await server.kill();
    try {
      await disconnected(client);
      const outcome = await within(credentials.get(freshKey('down')), 1_000);
      expect(outcome).toEqual({ rejected: expect.any(Error) });
      expect(((outcome as { rejected: Error }).rejected as Error).message).toMatch(/^Redis credential store: GET failed: /);
    } finally {
      await server.restart();
    }
  });

  it('node-redis 6: a call queued while the server is down rejects after commandOptions.timeout', async () => {
    const client = await connected(majors[0]![1], { url: server.url, commandOptions: { timeout: 300 } });
    const credentials = redisCredentialStore(client);
    await server.kill();
    try {
      await disconnected(client);
      const started = performance.now();
      const outcome = await within(credentials.get(freshKey('queued')), 2_000);
      expect(outcome).toEqual({ rejected: expect.any(Error) });
      expect(((outcome as { rejected: Error }).rejected as Error).message).toBe('Redis credential store: GET failed: TimeoutError');
      expect(performance.now() - started).toBeLessThan(1_500);
    } finally {
      await server.restart();
    }
  });

  it('node-redis 5: a call queued while the server is down waits, and runs once it is back (empty)', async () => {
    const client = await connected(majors[1]![1], { url: server.url });
    const credentials = redisCredentialStore(client);
    const key = freshKey('queued');
    await credentials.set(key, 'before', 60_000);
    await server.kill();
    await disconnected(client);
    const queued = credentials.get(key);
    try {
      expect(await within(queued, 500)).toBe('pending');
    } finally {
      await server.restart();
    }
    // Restarted empty, as a failed-over server without persistence would be.
    expect(await within(queued, 5_000)).toEqual({ resolved: undefined });
    expect(client.errors.length).toBeGreaterThan(0);
  });

  it('a store on a client that is not connected rejects with an Error', async () => {
    const client = createClient({ url: server.url });
    const credentials = redisCredentialStore(client);
    await expect(credentials.get('k')).rejects.toThrow(/^Redis credential store: GET failed: The client is closed/);
    await expect(credentials.acquireLease('k', 10)).rejects.toThrow(Error);
  });

  it('a server that never existed: connecting fails and the store rejects', async () => {
    const gone = await startRedisServer();
    await gone.stop();
    const client = createClient({ url: gone.url, socket: { reconnectStrategy: false, connectTimeout: 1_000 } });
    const errors: Error[] = [];
    client.on('error', (error) => errors.push(error));
    await expect(client.connect()).rejects.toThrow(/ECONNREFUSED/);
    await expect(redisCredentialStore(client).get('k')).rejects.toThrow(Error);
  });
});

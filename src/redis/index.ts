/**
 * finicity-accounts/redis: a `CredentialStore` on Redis, through a node-redis (v5 or v6)
 * client you create, connect and close yourself. The only code in this package that
 * knows Redis; the package does not depend on `redis` (an optional peer dependency), and
 * this module imports nothing from it: `client` is typed by the few commands it uses, so
 * a client, a cluster, a pool or a sentinel of either major version fits.
 *
 * Commands, nothing home-made:
 * - `set`: `SET key value PX ttl`; `get`: `GET key`; `delete(key)`: `DEL key`;
 * - `acquireLease`: `SET key owner NX PX ttl` with a fresh random owner;
 * - `releaseLease` and `delete(key, expected)`: one Lua script (`EVAL`) that deletes the
 *   key only while it holds the expected value, so no one frees another owner's lease.
 *
 * What your client's settings decide:
 * - Listen to its `error` event (`client.on('error', …)`): node-redis emits one for every
 *   lost connection, and Node ends the process on an unheard `error`.
 * - While the client is reconnecting, node-redis queues commands in memory (unless
 *   `disableOfflineQueue`), and a command already written waits for its answer however
 *   long the server takes (a paused server holds it indefinitely). v6's default
 *   `commandOptions.timeout` (5 s) bounds only the wait in the queue. So a caller that
 *   must not hang bounds each store call with its own timeout. A command abandoned that
 *   way may still run later: harmless for a compare-and-delete or a release, bounded by
 *   the TTL for a lease, but a late `set` overwrites whatever is there by then, and a
 *   late `delete` without `expected` removes it.
 * - A command in flight when the connection drops rejects, though it may have run.
 */

import { type CredentialStore, checkKey, checkValue, newLeaseOwner, wholeTtl } from '../token/store.js';

/** The node-redis commands the store uses: any `createClient()`, `createCluster()`, `createClientPool()` or `createSentinel()` of redis 5 or 6 has them. */
export interface RedisStoreClient {
  get(key: string): Promise<unknown>;
  set(key: string, value: string, options: { expiration: { type: 'PX'; value: number }; condition?: 'NX' }): Promise<unknown>;
  del(key: string): Promise<unknown>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

export interface RedisCredentialStoreOptions {
  /** Put before every key this store uses, to keep it apart from other data and other stores (default `finicity-accounts:`). */
  keyPrefix?: string;
}

/** Deletes KEYS[1] only while it holds ARGV[1]; returns how many keys it deleted (0 or 1). */
const COMPARE_AND_DELETE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

const decoder = new TextDecoder();

/** A string reply as a plain string (whatever the client's type mapping), or undefined for a nil reply. */
function replyText(reply: unknown): string | undefined {
  if (reply === null || reply === undefined) return undefined;
  if (typeof reply === 'string') return reply;
  // A Buffer, when the client maps blob strings to Buffers; bytes that are not UTF-8 become U+FFFD.
  if (reply instanceof Uint8Array) return decoder.decode(reply);
  return String(reply);
}

/** Runs one command; its failure, whatever node-redis threw, rejects with an Error naming the command. */
async function command<T>(name: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (cause) {
    // node-redis's TimeoutError has neither a message nor a name of its own.
    const reason = cause instanceof Error ? cause.message || cause.constructor.name : String(cause);
    throw new Error(`Redis credential store: ${name} failed: ${reason}`, { cause });
  }
}

/** A `CredentialStore` on a connected node-redis client. Closing the client is yours to do. */
export function redisCredentialStore(client: RedisStoreClient, options: RedisCredentialStoreOptions = {}): CredentialStore {
  const prefix = options.keyPrefix ?? 'finicity-accounts:';
  if (typeof prefix !== 'string') throw new TypeError('keyPrefix must be a string');
  const at = (key: string) => {
    checkKey(key);
    return prefix + key;
  };
  const compareAndDelete = (key: string, expected: string) =>
    command('EVAL (compare and delete)', () => client.eval(COMPARE_AND_DELETE, { keys: [key], arguments: [expected] }));

  return {
    async get(key) {
      const name = at(key);
      return replyText(await command('GET', () => client.get(name)));
    },
    async set(key, value, ttlMs) {
      const name = at(key);
      checkValue(value, 'value');
      const ttl = wholeTtl(ttlMs);
      await command('SET', () => client.set(name, value, { expiration: { type: 'PX', value: ttl } }));
    },
    async delete(key, expected) {
      const name = at(key);
      if (expected === undefined) return Number(await command('DEL', () => client.del(name))) > 0;
      checkValue(expected, 'expected');
      return Number(await compareAndDelete(name, expected)) === 1;
    },
    async acquireLease(key, ttlMs) {
      const name = at(key);
      const ttl = wholeTtl(ttlMs);
      const owner = newLeaseOwner();
      const reply = await command('SET NX', () => client.set(name, owner, { expiration: { type: 'PX', value: ttl }, condition: 'NX' }));
      // 'OK' when set; nil when the key exists, that is, someone holds the lease.
      return reply === null || reply === undefined ? undefined : owner;
    },
    async releaseLease(key, owner) {
      const name = at(key);
      checkValue(owner, 'owner');
      await compareAndDelete(name, owner);
    },
  };
}

export type { CredentialStore } from '../token/store.js';

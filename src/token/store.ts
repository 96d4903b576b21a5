/**
 * Where processes that share partner credentials keep what they must agree on: one
 * token (sealed, see credential-seal.ts) and the memory of a refused authentication.
 * Finicity locks a partner account after five refused token requests, counted across
 * every process, so a fleet has to share that memory, and it advises one token for all.
 *
 * Implement `CredentialStore` for your own engine (one with an atomic "set if absent"
 * and expiry); `finicity-accounts/redis` is one for Redis. Values and leases share one
 * key space, as they do in Redis. Nothing here ever sees a credential: keys are keyed
 * hashes and values are sealed.
 */

import { toBase64Url } from '../base64url.js';

/** A shared key-value store with expiry and leases. Every method rejects with an `Error` when the store cannot answer. */
export interface CredentialStore {
  /** The value stored at `key`, or undefined when absent or expired. */
  get(key: string): Promise<string | undefined>;
  /** Stores `value` at `key` for `ttlMs` milliseconds (a positive number, rounded up to a whole millisecond), replacing any value. */
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /** Removes `key`; with `expected`, only while it still holds that value (compare-and-delete). Resolves true when removed. */
  delete(key: string, expected?: string): Promise<boolean>;
  /** Takes the lease `key` for `ttlMs` when nobody holds it: resolves with a fresh random owner id, or undefined when another owner holds it. */
  acquireLease(key: string, ttlMs: number): Promise<string | undefined>;
  /** Frees the lease when `owner` still holds it (never another owner's). */
  releaseLease(key: string, owner: string): Promise<void>;
}

/** A fresh, unguessable lease owner id: 128 random bits, base64url. */
export function newLeaseOwner(): string {
  return toBase64Url(globalThis.crypto.getRandomValues(new Uint8Array(16)));
}

/** The whole milliseconds a store keeps a value for `ttlMs`; throws a RangeError unless it is positive and at most 2^53 - 1. */
export function wholeTtl(ttlMs: number): number {
  if (typeof ttlMs !== 'number' || !(ttlMs > 0 && ttlMs <= Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`ttlMs must be a positive number of milliseconds, at most 2^53 - 1, not ${String(ttlMs)}`);
  }
  return Math.ceil(ttlMs);
}

/** Throws a TypeError unless `key` is a non-empty string (for implementations: refuse what a caller's bug would pass). */
export function checkKey(key: string): void {
  if (typeof key !== 'string' || key === '') throw new TypeError('a store key must be a non-empty string');
}

/** Throws a TypeError unless `value` is a string. */
export function checkValue(value: string, name: string): void {
  if (typeof value !== 'string') throw new TypeError(`${name} must be a string`);
}

/**
 * A `CredentialStore` in this process's memory, with the same semantics as a shared one
 * (expiry honoured on every read, leases that lapse). It shares nothing between
 * processes: it is the reference implementation, and the store for tests and for a
 * single process. `now` is the clock for expiry (default `Date.now`).
 */
export function memoryCredentialStore(options: { now?: () => number } = {}): CredentialStore {
  const now = options.now ?? Date.now;
  const entries = new Map<string, { value: string; expiresAt: number }>();

  /** The live value at `key`: an expired entry is dropped first, so what is left is live. */
  function live(key: string): string | undefined {
    const entry = entries.get(key);
    if (entry !== undefined && now() >= entry.expiresAt) entries.delete(key);
    return entries.get(key)?.value;
  }

  // Each method is async so that a bad argument rejects, as a shared store's would, rather than throwing.
  return {
    async get(key) {
      checkKey(key);
      return live(key);
    },
    async set(key, value, ttlMs) {
      checkKey(key);
      checkValue(value, 'value');
      entries.set(key, { value, expiresAt: now() + wholeTtl(ttlMs) });
    },
    async delete(key, expected) {
      checkKey(key);
      if (expected !== undefined) checkValue(expected, 'expected');
      // live() drops an expired value first: then there is nothing to delete.
      const current = live(key);
      if (expected !== undefined && current !== expected) return false;
      return entries.delete(key);
    },
    async acquireLease(key, ttlMs) {
      checkKey(key);
      const ttl = wholeTtl(ttlMs);
      if (live(key) !== undefined) return undefined;
      const owner = newLeaseOwner();
      entries.set(key, { value: owner, expiresAt: now() + ttl });
      return owner;
    },
    async releaseLease(key, owner) {
      checkKey(key);
      checkValue(owner, 'owner');
      if (live(key) === owner) entries.delete(key);
    },
  };
}

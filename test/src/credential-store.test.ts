/** memoryCredentialStore: the reference semantics every CredentialStore has (redis-store.test.ts checks Redis against the same). */
import { describe, expect, it } from 'vitest';
import { memoryCredentialStore, newLeaseOwner } from '../../src/token/store.js';

function clockedStore() {
  const clock = { now: 1_000_000 };
  return { clock, store: memoryCredentialStore({ now: () => clock.now }) };
}

describe('memoryCredentialStore', () => {
  it('keeps a value until its TTL ends', async () => {
    const { clock, store } = clockedStore();
    await store.set('k', 'v', 100);
    await expect(store.get('k')).resolves.toBe('v');
    clock.now += 99;
    await expect(store.get('k')).resolves.toBe('v');
    clock.now += 1;
    await expect(store.get('k')).resolves.toBeUndefined();
    await expect(store.get('never-set')).resolves.toBeUndefined();
  });

  it('replaces a value, with the new TTL', async () => {
    const { clock, store } = clockedStore();
    await store.set('k', 'old', 10);
    await store.set('k', 'new', 1_000);
    clock.now += 500;
    await expect(store.get('k')).resolves.toBe('new');
  });

  it('deletes, and with an expected value deletes only that value', async () => {
    const { clock, store } = clockedStore();
    await store.set('k', 'v1', 1_000);
    await expect(store.delete('k', 'v2')).resolves.toBe(false);
    await expect(store.get('k')).resolves.toBe('v1');
    await expect(store.delete('k', 'v1')).resolves.toBe(true);
    await expect(store.get('k')).resolves.toBeUndefined();
    await expect(store.delete('k')).resolves.toBe(false);
    await store.set('k', 'v', 10);
    await expect(store.delete('k')).resolves.toBe(true);
    await store.set('k', 'v', 10);
    clock.now += 10;
    await expect(store.delete('k', 'v')).resolves.toBe(false);
    // An expired value is gone, with or without an expected value: nothing to delete.
    await store.set('k', 'v', 10);
    clock.now += 10;
    await expect(store.delete('k')).resolves.toBe(false);
  });

  it('gives a lease to one owner at a time, until it is released or lapses', async () => {
    const { clock, store } = clockedStore();
    const owners = await Promise.all(Array.from({ length: 10 }, () => store.acquireLease('lease', 1_000)));
    const winners = owners.filter((owner) => owner !== undefined);
    expect(winners).toHaveLength(1);
    await store.releaseLease('lease', 'not-the-owner');
    await expect(store.acquireLease('lease', 1_000)).resolves.toBeUndefined();
    await store.releaseLease('lease', winners[0]!);
    const next = await store.acquireLease('lease', 1_000);
    expect(next).toEqual(expect.any(String));
    expect(next).not.toBe(winners[0]);
    clock.now += 1_000;
    const afterLapse = await store.acquireLease('lease', 1_000);
    expect(afterLapse).toEqual(expect.any(String));
    // The lapsed owner's release must not free the new owner's lease.
    await store.releaseLease('lease', next!);
    await expect(store.acquireLease('lease', 1_000)).resolves.toBeUndefined();
  });

  it('rejects bad arguments rather than throwing', async () => {
    const { store } = clockedStore();
    for (const ttl of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '5' as unknown as number]) {
      await expect(store.set('k', 'v', ttl), String(ttl)).rejects.toThrow(RangeError);
      await expect(store.acquireLease('k', ttl), String(ttl)).rejects.toThrow(RangeError);
    }
    await store.set('k', 'v', 0.5);
    await expect(store.get('k')).resolves.toBe('v');
  });

  it('refuses an empty key in every method, and a value that is not a string, in words, leaving the store as it was', async () => {
    const { store } = clockedStore();
    await store.set('k', 'v', 1_000);
    const keyRefusal = new TypeError('a store key must be a non-empty string');
    await expect(store.get('')).rejects.toThrow(keyRefusal);
    await expect(store.set('', 'v', 10)).rejects.toThrow(keyRefusal);
    await expect(store.delete('')).rejects.toThrow(keyRefusal);
    await expect(store.acquireLease('', 10)).rejects.toThrow(keyRefusal);
    await expect(store.releaseLease('', 'owner')).rejects.toThrow(keyRefusal);
    await expect(store.set('k', 42 as unknown as string, 10)).rejects.toThrow(new TypeError('value must be a string'));
    await expect(store.get('k')).resolves.toBe('v');
  });
});

describe('newLeaseOwner', () => {
  it('is 128 random bits in base64url', () => {
    const owners = new Set(Array.from({ length: 1_000 }, newLeaseOwner));
    expect(owners.size).toBe(1_000);
    for (const owner of owners) expect(owner).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});

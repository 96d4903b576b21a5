/**
 * The sealed format and the store helpers, held to what their comments promise: sealed
 * values and key ids as an independent implementation (node:crypto) computes them, the
 * argument checks in their own words, and the Redis adapter's mapping of every reply and
 * failure, through a client that answers as node-redis can.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type RedisStoreClient, redisCredentialStore } from '../../src/redis/index.js';
import { createCredentialSeal, credentialKeyId, openToken, sealToken } from '../../src/token/seal.js';
import { checkKey, checkValue, memoryCredentialStore, wholeTtl } from '../../src/token/store.js';

const SECRET = 'partner-secret-for-the-format-test';
const key = (info: string) => Buffer.from(hkdfSync('sha256', SECRET, Buffer.alloc(0), info, 32));
const SEAL_KEY = key('finicity-accounts token seal v1 (AES-256-GCM)');
const MAC_KEY = key('finicity-accounts credential key id v1');

/** `plaintext` (bytes) sealed as the format says: v1.<iv>.<ciphertext and tag>, the version and context authenticated. */
function sealIndependently(plaintext: Uint8Array, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', SEAL_KEY, iv).setAAD(Buffer.from(`v1.${context}`));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  return `v1.${iv.toString('base64url')}.${body.toString('base64url')}`;
}

describe('the sealed format, as node:crypto reads and writes it', () => {
  it('opens what an independent implementation sealed, and only for its context', async () => {
    const sealed = sealIndependently(Buffer.from('token-1234 é'), 'context-a');
    expect(await openToken(SECRET, sealed, 'context-a')).toBe('token-1234 é');
    expect(await openToken(SECRET, sealed, 'context-b')).toBeUndefined();
    expect(await openToken(SECRET, sealed.replace(/^v1\./, 'v2.'), 'context-a')).toBeUndefined();
  });

  it('seals what an independent implementation opens with the HKDF key and the version and context as AAD', async () => {
    const sealed = await sealToken(SECRET, 'token-5678', 'context-c');
    const [version, iv, body] = sealed.split('.') as [string, string, string];
    expect(version).toBe('v1');
    const bytes = Buffer.from(body, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', SEAL_KEY, Buffer.from(iv, 'base64url')).setAAD(Buffer.from('v1.context-c'));
    decipher.setAuthTag(bytes.subarray(bytes.length - 16));
    expect(Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - 16)), decipher.final()]).toString()).toBe('token-5678');
  });

  it('opens nothing whose plaintext is not UTF-8, however well sealed', async () => {
    expect(await openToken(SECRET, sealIndependently(Uint8Array.of(0x74, 0xff, 0x6b), 'context-d'), 'context-d')).toBeUndefined();
  });

  it('gives key ids that are the HMAC of the JSON of the app key, partner id and base URL, under the HKDF key', async () => {
    const lone = { appKey: 'app-\udfff', partnerId: '1', baseUrl: 'b', partnerSecret: SECRET };
    expect(await credentialKeyId(lone)).toBe(
      createHmac('sha256', MAC_KEY)
        .update(JSON.stringify(['app-\udfff', '1', 'b']))
        .digest('base64url'),
    );
    const parts = { appKey: 'app-key-1', partnerId: '1234', baseUrl: 'https://api.example.test', partnerSecret: SECRET };
    const expected = createHmac('sha256', MAC_KEY)
      .update(JSON.stringify(['app-key-1', '1234', 'https://api.example.test']))
      .digest('base64url');
    expect(await credentialKeyId(parts)).toBe(expected);
  });

  it('refuses arguments of the wrong type, naming them', async () => {
    expect(() => createCredentialSeal(42 as unknown as string)).toThrow(new TypeError('partnerSecret must be a string'));
    expect(() => createCredentialSeal('')).toThrow(new TypeError('partnerSecret must not be empty'));
    expect(() => createCredentialSeal('lone \ud800 surrogate')).toThrow(
      new TypeError('partnerSecret must not contain a lone UTF-16 surrogate'),
    );
    const seal = createCredentialSeal(SECRET);
    await expect(seal.seal(7 as unknown as string, 'c')).rejects.toThrow(new TypeError('plaintext must be a string'));
    await expect(seal.seal('p', 7 as unknown as string)).rejects.toThrow(new TypeError('context must be a string'));
    await expect(seal.seal('x'.repeat(32 * 1024 + 1), 'c')).rejects.toThrow(new RangeError('plaintext is over 32768 bytes'));
    await expect(seal.keyId({ appKey: 1, partnerId: 'p', baseUrl: 'b' } as never)).rejects.toThrow(
      new TypeError('appKey must be a string'),
    );
    await expect(seal.keyId({ appKey: 'a', partnerId: 2, baseUrl: 'b' } as never)).rejects.toThrow(
      new TypeError('partnerId must be a string'),
    );
    await expect(seal.keyId({ appKey: 'a', partnerId: 'p', baseUrl: 3 } as never)).rejects.toThrow(
      new TypeError('baseUrl must be a string'),
    );
  });
});

describe('store helpers', () => {
  it('take a TTL up to 2^53 - 1 whole milliseconds, rounded up, and refuse anything else in words', () => {
    expect(wholeTtl(0.2)).toBe(1);
    expect(wholeTtl(Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
    for (const bad of [0, -1, Number.MAX_SAFE_INTEGER + 2, Number.NaN, '5' as unknown as number]) {
      expect(() => wholeTtl(bad)).toThrow(
        new RangeError(`ttlMs must be a positive number of milliseconds, at most 2^53 - 1, not ${String(bad)}`),
      );
    }
    expect(() => checkKey('' as string)).toThrow(new TypeError('a store key must be a non-empty string'));
    expect(() => checkKey(5 as unknown as string)).toThrow(new TypeError('a store key must be a non-empty string'));
    expect(() => checkValue(5 as unknown as string, 'owner')).toThrow(new TypeError('owner must be a string'));
  });

  it('in memory: refuse a bad expected value or owner, and release only the owner’s lease', async () => {
    const store = memoryCredentialStore();
    await expect(store.delete('k', 5 as unknown as string)).rejects.toThrow(new TypeError('expected must be a string'));
    await expect(store.releaseLease('k', 5 as unknown as string)).rejects.toThrow(new TypeError('owner must be a string'));
    const owner = (await store.acquireLease('lease', 1_000))!;
    await store.releaseLease('lease', 'someone-else');
    expect(await store.get('lease')).toBe(owner);
    await store.releaseLease('lease', owner);
    expect(await store.get('lease')).toBeUndefined();
  });
});

/** A client with node-redis's five commands, answering `reply` (or failing with `failure`) and recording each call. */
function answering(reply: unknown, failure?: unknown) {
  const calls: unknown[][] = [];
  const answer = (...args: unknown[]) => {
    calls.push(args);
    return failure === undefined ? Promise.resolve(reply) : Promise.reject(failure);
  };
  const client: RedisStoreClient = { get: answer, set: answer, del: answer, eval: answer };
  return { client, calls };
}

describe('redisCredentialStore, reply by reply', () => {
  it('reads nil (null or undefined) as absent, bytes as UTF-8, anything else as its text', async () => {
    expect(await redisCredentialStore(answering(null).client).get('k')).toBeUndefined();
    expect(await redisCredentialStore(answering(undefined).client).get('k')).toBeUndefined();
    expect(await redisCredentialStore(answering(Buffer.from('sealed é')).client).get('k')).toBe('sealed é');
    expect(await redisCredentialStore(answering(42).client).get('k')).toBe('42');
  });

  it('takes a lease only on OK, never on nil', async () => {
    expect(await redisCredentialStore(answering(null).client).acquireLease('k', 100)).toBeUndefined();
    expect(await redisCredentialStore(answering(undefined).client).acquireLease('k', 100)).toBeUndefined();
    const { client, calls } = answering('OK');
    const owner = await redisCredentialStore(client, { keyPrefix: 'p:' }).acquireLease('k', 99.5);
    expect(owner).toMatch(/^[\w-]{22}$/);
    expect(calls).toEqual([['p:k', owner, { expiration: { type: 'PX', value: 100 }, condition: 'NX' }]]);
  });

  it('sends each command with the prefixed key, and counts deletions from the reply', async () => {
    const { client, calls } = answering(1);
    const store = redisCredentialStore(client);
    await store.set('k', 'v', 10);
    expect(await store.delete('k')).toBe(true);
    expect(await store.delete('k', 'v')).toBe(true);
    await store.releaseLease('k', 'owner-1');
    expect(calls[0]).toEqual(['finicity-accounts:k', 'v', { expiration: { type: 'PX', value: 10 } }]);
    expect(calls[1]).toEqual(['finicity-accounts:k']);
    expect(calls[2]![1]).toEqual({ keys: ['finicity-accounts:k'], arguments: ['v'] });
    expect(calls[3]![1]).toEqual({ keys: ['finicity-accounts:k'], arguments: ['owner-1'] });
    expect(await redisCredentialStore(answering(0).client).delete('k')).toBe(false);
    expect(await redisCredentialStore(answering(0).client).delete('k', 'v')).toBe(false);
  });

  it('names the command that failed, and what failed it', async () => {
    const nameless = new (class TimeoutError extends Error {})();
    const cases: Array<[string, (store: ReturnType<typeof redisCredentialStore>) => Promise<unknown>]> = [
      ['GET', (store) => store.get('k')],
      ['SET', (store) => store.set('k', 'v', 1)],
      ['DEL', (store) => store.delete('k')],
      ['EVAL (compare and delete)', (store) => store.delete('k', 'v')],
      ['SET NX', (store) => store.acquireLease('k', 1)],
      ['EVAL (compare and delete)', (store) => store.releaseLease('k', 'o')],
    ];
    for (const [name, run] of cases) {
      await expect(run(redisCredentialStore(answering(null, new Error('connection lost')).client))).rejects.toThrow(
        `Redis credential store: ${name} failed: connection lost`,
      );
    }
    await expect(redisCredentialStore(answering(null, nameless).client).get('k')).rejects.toThrow(
      'Redis credential store: GET failed: TimeoutError',
    );
    await expect(redisCredentialStore(answering(null, 'a string').client).get('k')).rejects.toThrow(
      'Redis credential store: GET failed: a string',
    );
  });

  it('refuses a key prefix that is not a string, and bad values before sending anything', async () => {
    expect(() => redisCredentialStore(answering(null).client, { keyPrefix: 5 as unknown as string })).toThrow(
      new TypeError('keyPrefix must be a string'),
    );
    const { client, calls } = answering(null);
    const store = redisCredentialStore(client);
    await expect(store.set('k', 5 as unknown as string, 1)).rejects.toThrow(new TypeError('value must be a string'));
    await expect(store.delete('k', 5 as unknown as string)).rejects.toThrow(new TypeError('expected must be a string'));
    await expect(store.releaseLease('k', 5 as unknown as string)).rejects.toThrow(new TypeError('owner must be a string'));
    await expect(store.get('')).rejects.toThrow(new TypeError('a store key must be a non-empty string'));
    expect(calls).toEqual([]);
  });
});

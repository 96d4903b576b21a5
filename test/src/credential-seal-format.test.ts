/**
 * The seal's format, derived again here with node:crypto: processes of different
 * versions of the package share one store, so the key id and the sealed text must stay
 * what they are (HKDF-SHA-256 from the partner secret, no salt, one info string per key;
 * an HMAC-SHA-256 key id; AES-256-GCM with the version and context as additional data).
 * And what the seal does with the secret: wiped once imported, keys never extractable.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../src/base64url.js';
import { createCredentialSeal } from '../../src/token/seal.js';

const secret = 'test-partner-secret-0123456789';
const parts = { appKey: 'test-app-key-0123', partnerId: '2445582695152', partnerSecret: secret, baseUrl: 'https://api.finicity.com' };
const context = 'token-context';

const derived = (info: string) => Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), info, 32));
const macKey = derived('finicity-accounts credential key id v1');
const sealKey = derived('finicity-accounts token seal v1 (AES-256-GCM)');

/** Seals `plain` as the package does, with node:crypto. */
function sealWithNode(plain: Uint8Array, forContext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealKey, iv).setAAD(Buffer.from(`v1.${forContext}`));
  const body = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  return `v1.${toBase64Url(iv)}.${toBase64Url(body)}`;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the format other versions of the package read', () => {
  it('the key id is an HMAC-SHA-256 of the JSON triple [appKey, partnerId, baseUrl], base64url', async () => {
    const expected = toBase64Url(
      createHmac('sha256', macKey)
        .update(JSON.stringify([parts.appKey, parts.partnerId, parts.baseUrl]))
        .digest(),
    );
    expect(await createCredentialSeal(secret).keyId(parts)).toBe(expected);
  });

  it('a sealed token is AES-256-GCM under the derived key, the version and context as additional data', async () => {
    const sealed = await createCredentialSeal(secret).seal('issued-token-ABC', context);
    const [version, iv, body] = sealed.split('.') as [string, string, string];
    expect(version).toBe('v1');
    const bytes = Buffer.from(fromBase64Url(body)!);
    const decipher = createDecipheriv('aes-256-gcm', sealKey, Buffer.from(fromBase64Url(iv)!)).setAAD(Buffer.from(`v1.${context}`));
    decipher.setAuthTag(bytes.subarray(-16));
    expect(Buffer.concat([decipher.update(bytes.subarray(0, -16)), decipher.final()]).toString()).toBe('issued-token-ABC');
  });

  it('opens what node:crypto sealed the same way, and nothing whose plaintext is not UTF-8', async () => {
    const seal = createCredentialSeal(secret);
    expect(await seal.open(sealWithNode(Buffer.from('issued-token-ABC'), context), context)).toBe('issued-token-ABC');
    expect(await seal.open(sealWithNode(Uint8Array.of(0x74, 0xff, 0xfe), context), context)).toBeUndefined();
  });
});

describe('what opening takes', () => {
  it('a sealed text up to 48 KiB characters, no longer', async () => {
    const seal = createCredentialSeal(secret);
    // 36 833 bytes seal to exactly 49 152 characters: v1., 16 of IV, a dot, and the body's.
    const longest = sealWithNode(Buffer.alloc(36_833, 0x61), context);
    expect(longest).toHaveLength(48 * 1024);
    expect(await seal.open(longest, context)).toHaveLength(36_833);
    expect(await seal.open(sealWithNode(Buffer.alloc(36_834, 0x61), context), context)).toBeUndefined();
  });

  it('a context that is a string, not one that would spell the same', async () => {
    const seal = createCredentialSeal(secret);
    const sealed = await seal.seal('issued-token-ABC', '42');
    expect(await seal.open(sealed, '42')).toBe('issued-token-ABC');
    expect(await seal.open(sealed, 42 as unknown as string)).toBeUndefined();
  });
});

describe('a key that cannot be derived', () => {
  it('fails at first use, and is no unhandled rejection before', async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      vi.spyOn(globalThis.crypto.subtle, 'deriveKey').mockRejectedValue(new Error('no HKDF here'));
      const seal = createCredentialSeal(secret);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
      await expect(seal.keyId(parts)).rejects.toThrow('no HKDF here');
      await expect(seal.seal('token', context)).rejects.toThrow('no HKDF here');
      expect(await seal.open(sealWithNode(Buffer.from('token'), context), context)).toBeUndefined();
    } finally {
      process.off('unhandledRejection', record);
    }
  });
});

describe('what the seal keeps of the secret', () => {
  it('wipes its copy of the secret once imported, and derives keys that cannot be exported', async () => {
    const { subtle } = globalThis.crypto;
    const imported: Uint8Array[] = [];
    const derivedKeys: Promise<CryptoKey>[] = [];
    const importKey = subtle.importKey.bind(subtle);
    const deriveKey = subtle.deriveKey.bind(subtle);
    vi.spyOn(subtle, 'importKey').mockImplementation(((...args: [string, Uint8Array, ...unknown[]]) => {
      imported.push(args[1]);
      return (importKey as (...given: unknown[]) => Promise<CryptoKey>)(...args);
    }) as typeof subtle.importKey);
    vi.spyOn(subtle, 'deriveKey').mockImplementation(((...args: Parameters<typeof subtle.deriveKey>) => {
      const key = deriveKey(...args);
      derivedKeys.push(key);
      return key;
    }) as typeof subtle.deriveKey);
    const seal = createCredentialSeal(secret);
    await seal.keyId(parts);
    await seal.seal('issued-token-ABC', context);
    expect(imported).toHaveLength(1);
    expect(imported[0]!.length).toBe(secret.length);
    expect(imported[0]!.every((byte) => byte === 0)).toBe(true);
    const keys = await Promise.all(derivedKeys);
    expect(keys.map((key) => [key.algorithm.name, key.extractable])).toEqual([
      ['HMAC', false],
      ['AES-GCM', false],
    ]);
  });

  it.each([
    ['a partner secret that is not a string', () => createCredentialSeal(42 as unknown as string), 'partnerSecret must be a string'],
    ['an empty partner secret', () => createCredentialSeal(''), 'partnerSecret must not be empty'],
    ['a lone surrogate', () => createCredentialSeal('secret-\ud800'), 'partnerSecret must not contain a lone UTF-16 surrogate'],
  ])('refuses %s, naming it', (_case, make, message) => {
    expect(make).toThrow(new TypeError(message));
  });

  it.each([
    ['appKey', { ...parts, appKey: 1 }],
    ['partnerId', { ...parts, partnerId: null }],
    ['baseUrl', { ...parts, baseUrl: undefined }],
  ])('a key id refuses a %s that is not a string, naming it', async (name, given) => {
    await expect(createCredentialSeal(secret).keyId(given as unknown as typeof parts)).rejects.toThrow(
      new TypeError(`${name} must be a string`),
    );
  });

  it('sealing refuses a plaintext or context that is not a string, naming it', async () => {
    const seal = createCredentialSeal(secret);
    await expect(seal.seal(1 as unknown as string, context)).rejects.toThrow(new TypeError('plaintext must be a string'));
    await expect(seal.seal('token', 1 as unknown as string)).rejects.toThrow(new TypeError('context must be a string'));
    await expect(seal.seal('token-\udfff', context)).rejects.toThrow(new TypeError('plaintext must not contain a lone UTF-16 surrogate'));
  });
});

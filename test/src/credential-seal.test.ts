/** Key ids and sealed tokens: nothing in the store reveals a credential, and nothing but our own sealing opens. */
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../src/base64url.js';
import { createCredentialSeal, credentialKeyId, MAX_PLAINTEXT_BYTES, openToken, sealToken } from '../../src/token/seal.js';

const secret = 'test-partner-secret-0123456789';
const token = 'finicity-app-token-ABCdef0123456789+/=';
const parts = { appKey: 'test-app-key-0123', partnerId: '2445582695152', partnerSecret: secret, baseUrl: 'https://api.finicity.com' };
const context = 'key-id-context';

/** Every spelling of `text` that a careless encoding could leave in a stored value. */
function spellings(text: string): string[] {
  const bytes = new TextEncoder().encode(text);
  const base64 = btoa(String.fromCharCode(...bytes));
  return [
    text,
    base64,
    base64.replace(/=+$/, ''),
    toBase64Url(bytes),
    Buffer.from(bytes).toString('hex'),
    Buffer.from(bytes).toString('hex').toUpperCase(),
    encodeURIComponent(text),
    encodeURIComponent(text).toLowerCase(),
  ];
}

/** `sealed` with the character at `index` replaced by another of the base64url alphabet. */
function flip(sealed: string, index: number): string {
  const replacement = sealed[index] === 'A' ? 'B' : 'A';
  return sealed.slice(0, index) + replacement + sealed.slice(index + 1);
}

describe('sealToken and openToken', () => {
  it('round-trip, with a fresh IV each time', async () => {
    const first = await sealToken(secret, token, context);
    const second = await sealToken(secret, token, context);
    expect(first).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    expect(first).not.toBe(second);
    await expect(openToken(secret, first, context)).resolves.toBe(token);
    await expect(openToken(secret, second, context)).resolves.toBe(token);
  });

  it('round-trip the empty string, non-ASCII text and the largest plaintext', async () => {
    const seal = createCredentialSeal(secret);
    for (const plaintext of ['', 'é€𝄞 {"json": true}', 'x'.repeat(MAX_PLAINTEXT_BYTES)]) {
      await expect(seal.open(await seal.seal(plaintext, context), context)).resolves.toBe(plaintext);
    }
  });

  it('refuse to seal what would not come back unchanged, or too much', async () => {
    const seal = createCredentialSeal(secret);
    await expect(seal.seal('lone \ud800 surrogate', context)).rejects.toThrow(TypeError);
    await expect(seal.seal('x'.repeat(MAX_PLAINTEXT_BYTES + 1), context)).rejects.toThrow(RangeError);
    await expect(seal.seal(42 as unknown as string, context)).rejects.toThrow(TypeError);
    await expect(sealToken('', token, context)).rejects.toThrow(TypeError);
  });

  it('open nothing whose IV, ciphertext or tag was changed, character by character', async () => {
    const sealed = await sealToken(secret, token, context);
    const [, iv, body] = sealed.split('.') as [string, string, string];
    const ivStart = 3;
    const bodyStart = ivStart + iv.length + 1;
    const tagStart = bodyStart + body.length - Math.ceil((16 * 4) / 3);
    const positions = {
      iv: [...Array(iv.length).keys()].map((index) => ivStart + index),
      ciphertext: [...Array(tagStart - bodyStart).keys()].map((index) => bodyStart + index),
      tag: [...Array(sealed.length - tagStart).keys()].map((index) => tagStart + index),
    };
    for (const [part, indexes] of Object.entries(positions)) {
      expect(indexes.length, part).toBeGreaterThan(0);
      for (const index of indexes) {
        await expect(openToken(secret, flip(sealed, index), context), `${part} at ${index}`).resolves.toBeUndefined();
      }
    }
  });

  it('open nothing of another version, malformed, truncated or extended', async () => {
    const sealed = await sealToken(secret, token, context);
    const [, iv, body] = sealed.split('.') as [string, string, string];
    const candidates = [
      `v2.${iv}.${body}`,
      `V1.${iv}.${body}`,
      `v1.${iv}.${body}.`,
      `v1.${iv}${body}`,
      `v1.${iv}.${body}=`,
      `v1.${iv}==.${body}`,
      `v1.${iv.slice(1)}.${body}`,
      `v1.${iv}.${body.slice(0, -1)}`,
      `v1.${iv}.${body.slice(0, -4)}`,
      `v1.${iv}.${body.slice(0, 21)}`,
      `v1.${iv}.`,
      `v1.${iv}.${body}AAAA`,
      ` ${sealed}`,
      `${sealed}\n`,
      sealed.replace(/-/g, '+').replace(/_/g, '/'),
      '',
      'v1..',
      'garbage',
      'v1.!!!!!!!!!!!!!!!!.!!!!',
      `v1.${iv}.${'A'.repeat(60_000)}`,
    ];
    // Standard base64 only differs when the random IV or body has a '-' or '_'.
    for (const candidate of candidates.filter((text) => text !== sealed)) {
      await expect(openToken(secret, candidate, context), JSON.stringify(candidate.slice(0, 80))).resolves.toBeUndefined();
    }
    for (const garbage of [undefined, null, 42, {}, ['v1', iv, body], Buffer.from(sealed)]) {
      await expect(openToken(secret, garbage, context)).resolves.toBeUndefined();
    }
  });

  it('open nothing sealed under another secret, or for another context', async () => {
    const sealed = await sealToken(secret, token, context);
    await expect(openToken(`${secret}x`, sealed, context)).resolves.toBeUndefined();
    await expect(openToken('another-partner-secret-9876', sealed, context)).resolves.toBeUndefined();
    await expect(openToken(secret, sealed, `${context}x`)).resolves.toBeUndefined();
    await expect(openToken(secret, sealed, '')).resolves.toBeUndefined();
    await expect(openToken('', sealed, context)).resolves.toBeUndefined();
  });

  it('leave neither the token nor the secret in the sealed text, in any spelling', async () => {
    for (let round = 0; round < 20; round++) {
      const sealed = await sealToken(secret, token, context);
      for (const spelling of [...spellings(token), ...spellings(secret)]) expect(sealed).not.toContain(spelling);
    }
  });
});

describe('credentialKeyId', () => {
  it('is a 43-character base64url keyed hash, the same for the same credentials', async () => {
    const id = await credentialKeyId(parts);
    expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await expect(credentialKeyId({ ...parts })).resolves.toBe(id);
    await expect(createCredentialSeal(secret).keyId(parts)).resolves.toBe(id);
  });

  it('differs when any part differs, the secret included', async () => {
    const id = await credentialKeyId(parts);
    const others = await Promise.all([
      credentialKeyId({ ...parts, partnerSecret: `${secret}x` }),
      credentialKeyId({ ...parts, appKey: `${parts.appKey}x` }),
      credentialKeyId({ ...parts, partnerId: `${parts.partnerId}0` }),
      credentialKeyId({ ...parts, baseUrl: 'https://api.example.test' }),
      // The fields are kept apart: moving a character from one to the next changes the id.
      credentialKeyId({ ...parts, appKey: parts.appKey.slice(0, -1), partnerId: parts.appKey.slice(-1) + parts.partnerId }),
    ]);
    expect(new Set([id, ...others]).size).toBe(others.length + 1);
  });

  it('reveals no credential in any spelling', async () => {
    const id = await credentialKeyId(parts);
    for (const value of [parts.appKey, parts.partnerId, parts.partnerSecret, parts.baseUrl]) {
      for (const spelling of spellings(value)) expect(id).not.toContain(spelling);
    }
  });
});

describe('createCredentialSeal', () => {
  it('keeps keys, not the secret: nothing it holds spells the secret', async () => {
    const seal = createCredentialSeal(secret);
    await seal.seal(token, context);
    // What a heap snapshot of the object would show: its own enumerable state.
    expect(JSON.stringify(seal)).not.toContain(secret);
    expect(Object.values(seal).every((value) => typeof value === 'function')).toBe(true);
  });

  it('opens what the one-call functions sealed with the same secret, and the reverse', async () => {
    const seal = createCredentialSeal(secret);
    await expect(seal.open(await sealToken(secret, token, context), context)).resolves.toBe(token);
    await expect(openToken(secret, await seal.seal(token, context), context)).resolves.toBe(token);
  });
});

describe('base64url', () => {
  it('decodes only canonical unpadded text', () => {
    const bytes = new Uint8Array([0xfb, 0xff, 0x01]);
    expect(toBase64Url(bytes)).toBe('-_8B');
    expect(fromBase64Url('-_8B')).toEqual(bytes);
    expect(fromBase64Url('AQ')).toEqual(new Uint8Array([1]));
    // 'AR' carries stray bits in its last character: it would decode to the same byte as 'AQ'.
    for (const text of ['AR', 'AQ==', '+/8B', 'A', 'AQ.', ' AQ']) expect(fromBase64Url(text), text).toBeUndefined();
  });
});

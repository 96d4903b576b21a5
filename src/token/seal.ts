/**
 * What makes a shared credential store safe to point at a shared server: its keys are
 * keyed hashes of the credentials, never the credentials, and its values are sealed
 * (encrypted and authenticated) under a key derived from the partner secret, so whoever
 * reads the store learns no token and cannot plant one. Only processes that hold the
 * same partner secret can open what another sealed.
 *
 * WebCrypto only (`globalThis.crypto.subtle`, which Node implements with node:crypto), so
 * this works wherever the main entry does. Both keys come from the partner secret
 * through HKDF-SHA-256, one per purpose (distinct `info`): an HMAC-SHA-256 key for key
 * ids and an AES-256-GCM key for sealing. HKDF is not a password hash: this relies on
 * partner secrets being long random strings, as Finicity issues them, not words.
 *
 * Sealed text is `v1.<iv>.<ciphertext and tag>`, both base64url (unpadded): a random
 * 96-bit IV, the 128-bit GCM tag at the end of the ciphertext, and the version and
 * `context` (say, the key id) as additional authenticated data, so a value sealed for
 * one key cannot be replayed under another.
 */

import { fromBase64Url, toBase64Url } from '../base64url.js';

/** The credentials a shared token belongs to: a token is good for this app key, partner and server only. */
export interface CredentialParts {
  appKey: string;
  partnerId: string;
  partnerSecret: string;
  /** The resolved base URL the client sends to (one spelling for the whole fleet, else the fleet splits in two). */
  baseUrl: string;
}

/** Key ids, sealing and opening under one partner secret, with its keys derived once. */
export interface CredentialSeal {
  /** The store key id for these credentials: base64url of an HMAC-SHA-256, 43 characters, revealing none of them. */
  keyId(parts: Omit<CredentialParts, 'partnerSecret'>): Promise<string>;
  /** `plaintext` sealed for `context`. Throws a TypeError or RangeError for a bad argument (not a string, a lone surrogate, over 32 KiB). */
  seal(plaintext: string, context: string): Promise<string>;
  /** The plaintext, or undefined for anything not sealed by this secret for this `context`. Never rejects. */
  open(sealed: unknown, context: string): Promise<string | undefined>;
}

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** The largest plaintext `seal` takes, in UTF-8 bytes: a token and its bookkeeping are far smaller. */
export const MAX_PLAINTEXT_BYTES = 32 * 1024;
/** The longest text `open` looks at; anything longer is garbage (a sealed maximal plaintext is about 43 700 characters). */
const MAX_SEALED_LENGTH = 48 * 1024;
const KEY_ID_INFO = 'finicity-accounts credential key id v1';
const SEAL_INFO = 'finicity-accounts token seal v1 (AES-256-GCM)';

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

function requireString(value: unknown, name: string): string {
  if (typeof value !== 'string') throw new TypeError(`${name} must be a string`);
  return value;
}

/** `text` as UTF-8, refusing what would not come back unchanged (a lone surrogate). */
function utf8(text: string, name: string) {
  const bytes = encoder.encode(text);
  if (strictDecoder.decode(bytes) !== text) throw new TypeError(`${name} must not contain a lone UTF-16 surrogate`);
  return bytes;
}

function additionalData(context: string) {
  return encoder.encode(`${VERSION}.${context}`);
}

/**
 * Derives this secret's two keys now (non-extractable `CryptoKey`s). The returned object
 * keeps those keys, never the secret: make one per client and reuse it, so the keys are
 * derived once per client and no module-level table holds anything secret.
 */
export function createCredentialSeal(partnerSecret: string): CredentialSeal {
  const secretBytes = utf8(requireString(partnerSecret, 'partnerSecret'), 'partnerSecret');
  if (secretBytes.length === 0) throw new TypeError('partnerSecret must not be empty');
  const { subtle } = globalThis.crypto;
  const base = subtle.importKey('raw', secretBytes, 'HKDF', false, ['deriveKey']);
  // The bytes are copied by importKey; wipe ours once it has them.
  const wiped = base.finally(() => secretBytes.fill(0));
  const hkdf = (info: string) => ({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: encoder.encode(info) });
  const macKey = wiped.then((key) =>
    subtle.deriveKey(hkdf(KEY_ID_INFO), key, { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign']),
  );
  const sealKey = wiped.then((key) =>
    subtle.deriveKey(hkdf(SEAL_INFO), key, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
  );
  // A failure shows at first use; until then it must not count as an unhandled rejection.
  void Promise.allSettled([macKey, sealKey]);

  return {
    async keyId(parts) {
      const fields = [
        requireString(parts.appKey, 'appKey'),
        requireString(parts.partnerId, 'partnerId'),
        requireString(parts.baseUrl, 'baseUrl'),
      ];
      // JSON keeps the fields apart: no two different triples give the same message; it
      // also escapes lone surrogates, so the text always encodes to UTF-8 unchanged.
      const mac = await subtle.sign('HMAC', await macKey, encoder.encode(JSON.stringify(fields)));
      return toBase64Url(new Uint8Array(mac));
    },

    async seal(plaintext, context) {
      const bytes = utf8(requireString(plaintext, 'plaintext'), 'plaintext');
      const aad = additionalData(requireString(context, 'context'));
      if (bytes.length > MAX_PLAINTEXT_BYTES) throw new RangeError(`plaintext is over ${MAX_PLAINTEXT_BYTES} bytes`);
      const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
      const sealed = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad, tagLength: TAG_BYTES * 8 }, await sealKey, bytes);
      return `${VERSION}.${toBase64Url(iv)}.${toBase64Url(new Uint8Array(sealed))}`;
    },

    async open(sealed, context) {
      try {
        if (typeof sealed !== 'string' || typeof context !== 'string' || sealed.length > MAX_SEALED_LENGTH) return undefined;
        const parts = sealed.split('.');
        if (parts.length !== 3 || parts[0] !== VERSION) return undefined;
        const iv = fromBase64Url(parts[1]!);
        const body = fromBase64Url(parts[2]!);
        // Stryker disable next-line ConditionalExpression: decryption fails on such parts too; this spares the work.
        if (iv?.length !== IV_BYTES || body === undefined || body.length < TAG_BYTES) return undefined;
        const key = await sealKey;
        const plain = await subtle.decrypt(
          { name: 'AES-GCM', iv: new Uint8Array(iv), additionalData: additionalData(context), tagLength: TAG_BYTES * 8 },
          key,
          new Uint8Array(body),
        );
        return strictDecoder.decode(plain);
      } catch {
        // A failed tag (tampered, truncated, another secret or context), bad UTF-8, a key that could not be derived: no value.
      }
      return undefined;
    },
  };
}

/** The store key id for these credentials (see `CredentialSeal.keyId`). Derives the key each call: a client should hold a `createCredentialSeal`. */
export function credentialKeyId(parts: CredentialParts): Promise<string> {
  return Promise.resolve()
    .then(() => createCredentialSeal(parts.partnerSecret))
    .then((seal) => seal.keyId(parts));
}

/** `plaintext` sealed under `partnerSecret` for `context` (see `CredentialSeal.seal`). */
export function sealToken(partnerSecret: string, plaintext: string, context: string): Promise<string> {
  return Promise.resolve()
    .then(() => createCredentialSeal(partnerSecret))
    .then((seal) => seal.seal(plaintext, context));
}

/** The plaintext `sealed` holds, or undefined for anything not sealed under `partnerSecret` for `context`. Never rejects. */
export function openToken(partnerSecret: string, sealed: unknown, context: string): Promise<string | undefined> {
  return Promise.resolve()
    .then(() => createCredentialSeal(partnerSecret))
    .then(
      (seal) => seal.open(sealed, context),
      () => undefined,
    );
}

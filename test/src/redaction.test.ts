/** The redaction rule: every spelling of every secret goes, and nothing else is touched. */
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { Redactor } from '../../src/redaction.js';

const SECRET = 'sk/Live+Key 42"é';
const redactor = new Redactor([SECRET]);

describe('Redactor', () => {
  it.each([
    ['as is', SECRET],
    ['JSON-escaped', JSON.stringify(SECRET).slice(1, -1)],
    ['JSON with every character as \\u', [...SECRET].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')],
    ['JSON with \\/ and \\u002B', 'sk\\/Live\\u002BKey 42\\"é'],
    ['percent-encoded', encodeURIComponent(SECRET)],
    ['percent-encoded in lower case', encodeURIComponent(SECRET).toLowerCase()],
    ['form-encoded (+ for space)', new URLSearchParams({ k: SECRET }).toString().slice(2)],
    ['base64', Buffer.from(`x${SECRET}`).toString('base64')],
    ['base64url at another offset', Buffer.from(`xy${SECRET}`).toString('base64url')],
  ])('removes the secret %s', (_form, spelled) => {
    const text = `before ${spelled} after`;
    const safe = redactor.text(text);
    expect(safe).toContain('[redacted]');
    expect(safe.startsWith('before ')).toBe(true);
    expect(safe).not.toContain(spelled.slice(2, -2));
  });

  it('redacts parsed JSON deeply, keys included, and headers', () => {
    const value = redactor.value({ [SECRET]: [{ echo: `token ${SECRET}` }], n: 1, nothing: null });
    expect(JSON.stringify(value)).not.toContain('Live');
    expect(value).toMatchObject({ n: 1, nothing: null });
    const headers = redactor.headers(new Headers({ 'x-echo': encodeURIComponent(SECRET) }));
    expect(headers.get('x-echo')).toBe('[redacted]');
  });

  it('replaces an error from below by a redacted stand-in, causes included', () => {
    const inner = Object.assign(new Error(`bytes ${SECRET}`), { code: 'E_RAW', raw: Buffer.from(SECRET) });
    const outer = new TypeError(`parse failed near ${SECRET}`, { cause: inner });
    const safe = redactor.cause(outer);
    expect(safe.name).toBe('TypeError');
    expect((safe.cause as { code?: string }).code).toBe('E_RAW');
    expect(inspect(safe, { depth: 5 })).not.toContain('Live');
  });

  it('decodes a percent-encoded UTF-8 run only when every byte is a %XX escape', () => {
    const accented = new Redactor(['café-secret-1']);
    expect(accented.text('caf%C3%A9-secret-1')).toBe('[redacted]');
    for (const near of ['caf%C3xA9-secret-1', 'caf%C3%-9-secret-1', 'caf%C3%41-secret-1', 'caf%C3']) expect(accented.text(near)).toBe(near);
  });

  it('finds secrets with control characters in their JSON-escaped echoes', () => {
    for (const withControls of ['line\nbreak-secret', 'tab\tand\u0001-secret']) {
      const body = JSON.stringify({ echo: withControls });
      expect(new Redactor([withControls]).text(body)).toBe('{"echo":"[redacted]"}');
    }
  });

  it('forgets a removed token and leaves ordinary text alone', () => {
    const rotating = new Redactor(['app-key-1234']);
    rotating.add('first-token-123');
    expect(rotating.text('first-token-123 goes')).toBe('[redacted] goes');
    rotating.remove('first-token-123');
    expect(rotating.text('first-token-123 stays')).toBe('first-token-123 stays');
    expect(redactor.text('GetCustomerAccounts failed with HTTP 404')).toBe('GetCustomerAccounts failed with HTTP 404');
  });
});

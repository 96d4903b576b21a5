/**
 * The hardening of what answers can do to this package: redaction that no secret or
 * text defeats, errors whose messages stay short and printable whatever the server
 * sends, and options that only their own properties can set.
 */
import { describe, expect, it } from 'vitest';
import { Redactor } from '../../src/redaction.js';

/** The fastest of three runs, in milliseconds: one slow run on a busy machine says nothing about the work. */
function fastestMs(run: () => void): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

describe('Redactor: permanent and temporary secrets', () => {
  const APP_KEY = 'app-key-3f9c2a';

  it('never drops a secret given at construction, even when the same string is added and removed as a token', () => {
    const redactor = new Redactor([APP_KEY]);
    // CreateToken answering with the app key as the token, then two renewals (each removes the token before the previous one).
    redactor.add(APP_KEY);
    redactor.add('second-token-1');
    redactor.remove(APP_KEY);
    redactor.add('third-token-22');
    redactor.remove('second-token-1');
    expect(redactor.text(`key ${APP_KEY}`)).toBe('key [redacted]');
    redactor.remove(APP_KEY);
    expect(redactor.text(`key ${APP_KEY}`)).toBe('key [redacted]');
  });

  it('counts temporary secrets: a token added twice stays until removed twice', () => {
    const redactor = new Redactor();
    redactor.add('issued-token-b5');
    redactor.add('issued-token-b5');
    redactor.remove('issued-token-b5');
    expect(redactor.text('issued-token-b5')).toBe('[redacted]');
    redactor.remove('issued-token-b5');
    expect(redactor.text('issued-token-b5')).toBe('issued-token-b5');
    redactor.remove('issued-token-b5');
    redactor.add('issued-token-b5');
    expect(redactor.text('issued-token-b5')).toBe('[redacted]');
  });
});

describe('Redactor: what it finds', () => {
  it('works for a secret of 200 000 characters, as is and in base64', () => {
    const secret = Array.from({ length: 200_000 }, (_, index) => 'abcdefghijklmnopqrstuvwxyz0123456789'[(index * 7919) % 36]).join('');
    const redactor = new Redactor([secret]);
    expect(redactor.text(`<${secret}>`)).toBe('<[redacted]>');
    expect(redactor.text(`<${Buffer.from(`x${secret}`).toString('base64')}>`)).toMatch(/^<.{0,4}\[redacted\].{0,4}>$/);
    expect(redactor.text(`<${encodeURIComponent(secret.toUpperCase())}>`)).toBe('<[redacted]>');
  });

  it('matches the base64 forms of every byte alignment, checked against Buffer', () => {
    const secret = 'sk/Live+Key 42"é~?>';
    const redactor = new Redactor([secret]);
    for (const filler of ['', 'x', 'xy', 'xyz']) {
      for (const encoding of ['base64', 'base64url'] as const) {
        const encoded = Buffer.from(`${filler}${secret}!`).toString(encoding);
        const safe = redactor.text(encoded);
        expect(safe, `${encoding} after ${filler.length} bytes`).toContain('[redacted]');
        // What is left is the filler's and the tail's characters, at most three on each side.
        expect(safe.replace('[redacted]', '').length).toBeLessThanOrEqual(8);
      }
    }
  });

  it('also removes a secret without its leading and trailing white space, as fetch sends it', () => {
    const redactor = new Redactor([' padded-token-9 \t']);
    expect(redactor.text('echo padded-token-9, end')).toBe('echo [redacted], end');
    expect(redactor.text(`echo ${encodeURIComponent('padded-token-9')}`)).toBe('echo [redacted]');
  });

  it('removes the whole of overlapping echoes, of one secret or of two', () => {
    expect(new Redactor(['abcabcab']).text('xx abcabcabcab yy')).toBe('xx [redacted] yy');
    const two = new Redactor(['first-secret-X1', 'X1-second-secret']);
    expect(two.text('<first-secret-X1-second-secret>')).toBe('<[redacted]>');
    expect(new Redactor(['aaaaaaaa']).text(`b${'a'.repeat(50)}b`)).toBe('b[redacted]b');
  });

  it('finds secrets made of escape characters as is and JSON-escaped', () => {
    const secret = '%41\\u0042\\\\%25';
    const redactor = new Redactor([secret]);
    expect(redactor.text(`[${secret}]`)).toBe('[[redacted]]');
    expect(redactor.text(JSON.stringify({ echo: secret }))).toBe('{"echo":"[redacted]"}');
    expect(redactor.text(`q=${encodeURIComponent(secret)}`)).toBe('q=[redacted]');
  });

  it('finds a secret beyond the BMP JSON-escaped and percent-encoded, and ignores ASCII case', () => {
    const redactor = new Redactor(['token-😀-0e4d19']);
    expect(redactor.text('"token-\\ud83d\\ude00-0e4d19"')).toBe('"[redacted]"');
    expect(redactor.text(`${encodeURIComponent('token-😀-0e4d19')}`)).toBe('[redacted]');
    expect(redactor.text('TOKEN-😀-0E4D19')).toBe('[redacted]');
  });
});

describe('Redactor: header names', () => {
  it('redacts a secret in a header name into a name a Headers object accepts', () => {
    const token = 'Fixed-Token-0e4d19';
    const redactor = new Redactor([token]);
    const safe = redactor.headers(new Headers([[`x-echo-${token}`, `value ${token}`]]));
    const names: string[] = [];
    safe.forEach((_value, name) => {
      names.push(name);
    });
    expect(names).toEqual(['x-echo-redacted']);
    expect(safe.get('x-echo-redacted')).toBe('value [redacted]');
    expect(() => new Headers(safe)).not.toThrow();
  });
});

describe('Redactor: the work stays linear', () => {
  const SECRETS = ['app-key-3f9c2a', 'partner-secret-77d1e0', 'issued-token-b5a8c4', 'fixed/token+0e4d19'];

  it('redacts 1 MB with several secrets in several spellings in under 200 ms', () => {
    const redactor = new Redactor(SECRETS);
    const spellings = (secret: string) => [secret, JSON.stringify(secret).slice(1, -1).replace(/\//g, '\\/'), encodeURIComponent(secret)];
    let text = '';
    for (let line = 0; text.length < 1_000_000; line++) {
      const secret = SECRETS[line % SECRETS.length]!;
      text +=
        line % 20 === 0
          ? `GET /path?token=${spellings(secret)[line % 3]} "a \\"quoted\\" value" 100%25 done\n`
          : `lorem ipsum dolor sit amet, consectetur adipiscing elit ${line} {"a":"b\\/c"} 50% a+b\n`;
    }
    let safe = '';
    const ms = fastestMs(() => {
      safe = redactor.text(text);
    });
    for (const secret of SECRETS) for (const spelled of spellings(secret)) expect(safe).not.toContain(spelled);
    expect(safe).toContain('[redacted]');
    expect(ms).toBeLessThan(200);
  });

  it('takes no time over a secret of backslashes in a text of backslashes (no backtracking)', () => {
    // A regular expression with one alternative per character took 0.6 s over these 41 characters, twice as long per added backslash.
    const redactor = new Redactor([`${'\\'.repeat(20)}X-tail`]);
    expect(fastestMs(() => redactor.text(`${'\\'.repeat(40)}Y`))).toBeLessThan(50);
    expect(fastestMs(() => redactor.text(`${'\\'.repeat(1_000_000)}Y`))).toBeLessThan(200);
  });

  it('takes no time over a periodic secret in a text of its period', () => {
    const redactor = new Redactor(['a'.repeat(100_000)]);
    let safe = '';
    expect(fastestMs(() => (safe = redactor.text(`b${'a'.repeat(1_000_000)}b`)))).toBeLessThan(200);
    expect(safe).toBe('b[redacted]b');
  });
});

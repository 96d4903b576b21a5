/**
 * The redactor's own rules, on the Redactor directly (no client, no socket): every echo
 * of a secret is replaced, overlapping and touching ones included, checked against a
 * naive search over many generated texts; the white space fetch trims from a secret;
 * case folding in texts with and without other characters than ASCII; base64 runs at
 * every byte offset, and no short runs.
 */
import { describe, expect, it } from 'vitest';
import { MIN_SECRET_LENGTH, REDACTED, Redactor } from '../../src/redaction.js';

/** A small deterministic generator (mulberry32), so a failure names a case that can be run again. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** The answer a naive search gives: every case-insensitive occurrence, runs of overlapping or touching ones replaced once. */
function naiveRedaction(text: string, secret: string): string {
  const [haystack, needle] = [text.toLowerCase(), secret.toLowerCase()];
  const runs: [number, number][] = [];
  for (let start = haystack.indexOf(needle); start >= 0; start = haystack.indexOf(needle, start + 1)) {
    const last = runs.at(-1);
    if (last && start <= last[1]) last[1] = start + needle.length;
    else runs.push([start, start + needle.length]);
  }
  let result = '';
  let done = 0;
  for (const [start, end] of runs) {
    result += text.slice(done, start) + REDACTED;
    done = end;
  }
  return result + text.slice(done);
}

describe('every echo of a secret, as a naive search finds them', () => {
  const random = generator(20_261_206);
  const pick = (letters: string, length: number) => Array.from({ length }, () => letters[Math.floor(random() * letters.length)]).join('');
  // Two letters in either case: periodic secrets, overlapping and touching echoes, all common.
  const cases = Array.from({ length: 400 }, (_, index) => {
    const secret = pick('abAB', MIN_SECRET_LENGTH + (index % 5));
    const text = Array.from({ length: 6 }, () => (random() < 0.4 ? secret : pick('abAB', 1 + Math.floor(random() * 6)))).join('');
    return [secret, text] as const;
  });

  it('agrees on 400 generated texts', () => {
    for (const [secret, text] of cases)
      expect(new Redactor([secret]).text(text), `${secret} in ${text}`).toBe(naiveRedaction(text, secret));
  });

  it.each([
    ['a periodic secret echoed one period further', 'abababab', 'ababababab'],
    ['a secret whose border falls back', 'aabaaaab', 'aabaaaabaab'],
    ['a secret echoed twice, touching', 'abcdefgh', 'xabcdefghabcdefghx'],
    ['a secret overlapping itself once', 'aaaaaaab', 'aaaaaaaaab'],
    ['two touching echoes that are not one period apart', 'AaAbbbbA', 'xAaAbbbbAAaAbbbbAx'],
  ])('%s', (_case, secret, text) => {
    expect(new Redactor([secret]).text(text)).toBe(naiveRedaction(text, secret));
  });
});

describe('a secret with white space at either end (fetch sends a header value trimmed)', () => {
  const core = 'tok-secret-123';
  it.each(
    [' ', '\t', '\n', '\r'].flatMap((space) => [`${space}${core}`, `${core}${space}`]).map((secret) => [JSON.stringify(secret), secret]),
  )('%s: its trimmed echo is redacted', (_shown, secret) => {
    const redactor = new Redactor();
    redactor.add(secret);
    expect(redactor.text(`echo <${core}>`)).toBe(`echo <${REDACTED}>`);
  });

  it('only HTTP white space is trimmed: a vertical tab or a no-break space is part of the secret', () => {
    for (const space of ['\v', '\f', '\u00a0']) {
      const redactor = new Redactor();
      redactor.add(`${space}${core}`);
      expect(redactor.text(`echo <${core}>`)).toBe(`echo <${core}>`);
      expect(redactor.text(`echo <${space}${core}>`)).toBe(`echo <${REDACTED}>`);
    }
  });

  it(`a trimmed form is looked for when it has ${MIN_SECRET_LENGTH} characters, not fewer`, () => {
    const redactor = new Redactor();
    redactor.add(' abcdefgh');
    redactor.add('       xyz');
    expect(redactor.text('<abcdefgh> <xyz> <       xyz>')).toBe(`<${REDACTED}> <xyz> <${REDACTED}>`);
  });
});

describe('case folding', () => {
  it('finds an ASCII secret in any case, in a text with other characters than ASCII', () => {
    const redactor = new Redactor(['App-Key-C0ffee']);
    expect(redactor.text('é APP-KEY-C0FFEE é app-key-c0ffee')).toBe(`é ${REDACTED} é ${REDACTED}`);
  });

  it('keeps positions in a text with no ASCII at all, where full lower-casing would lengthen it', () => {
    // 'İ'.toLowerCase() has two characters.
    expect(new Redactor(['İİİİİİİİ']).text('İİİİİİİİ€€€€')).toBe(`${REDACTED}€€€€`);
  });
});

describe('base64 forms', () => {
  /** The characters of an encoding that depend on `secret` alone: those equal whatever bytes surround it. */
  function stableRun(secret: string, offset: number, encoding: 'base64' | 'base64url'): string {
    const around = (fill: number) =>
      Buffer.concat([Buffer.alloc(offset, fill), Buffer.from(secret), Buffer.alloc(2, fill)]).toString(encoding);
    const [low, high] = [around(0x00), around(0xff)];
    let [best, run] = ['', ''];
    for (let index = 0; index < low.length; index++) {
      run = low[index] === high[index] ? run + low[index] : '';
      if (run.length > best.length) best = run;
    }
    return best;
  }
  // Its encodings hold `+` and `/` (or `-` and `_`) at every alignment.
  const secret = 'app~key?>~?>~?>~';
  const random = generator(7);

  it.each([0, 1, 2].flatMap((offset) => (['base64', 'base64url'] as const).map((encoding) => [offset, encoding] as const)))(
    'at byte offset %i, as %s, whatever bytes surround it, exactly the run that depends on it is redacted',
    (offset, encoding) => {
      const run = stableRun(secret, offset, encoding);
      for (let trial = 0; trial < 20; trial++) {
        const bytes = (count: number) => Buffer.from(Array.from({ length: count }, () => Math.floor(random() * 256)));
        const encoded = Buffer.concat([bytes(offset + 3 * trial), Buffer.from(secret), bytes(5)]).toString(encoding);
        expect(encoded).toContain(run);
        expect(new Redactor([secret]).text(encoded)).toBe(encoded.replace(run, REDACTED));
      }
    },
  );

  it(`a short secret's base64 runs (under ${MIN_SECRET_LENGTH} characters) are not looked for; the secret itself is`, () => {
    const redactor = new Redactor();
    redactor.add('abc');
    expect(redactor.text('YWJj abc')).toBe(`YWJj ${REDACTED}`);
  });
});

describe('escapes that are not escapes', () => {
  it('leaves a % or \\u followed by anything but hex digits alone, even where reading it as one would spell a secret', () => {
    // Each text would spell its secret if the characters after % were taken for hex digits in some other way.
    const cases: [secret: string, text: string][] = [
      ['abczdefg', 'abc%5:defg'],
      ['abcpdefg', 'abc%4gdefg'],
      ['abcadefg', 'abc%4:defg'],
      ['abcodefg', 'abc%7:defg'],
      ['abczdefg', 'abc\\u005:defg'],
    ];
    for (const [secret, text] of cases) expect(new Redactor([secret]).text(text), text).toBe(text);
    expect(new Redactor(['abczdefg']).text('abc%5Adefg and abc%5adefg')).toBe(`${REDACTED} and ${REDACTED}`);
  });
});

describe('readings with one decoding alone', () => {
  it('find a secret holding a backslash in a text whose other escapes are percent ones', () => {
    const secret = 'ab\\ncdefg';
    expect(new Redactor([secret]).text('x ab\\ncdef%67 y')).toBe(`x ${REDACTED} y`);
  });

  it('find a secret holding a percent sign in a text whose other escapes are JSON ones', () => {
    const secret = 'ab%41cdefg';
    expect(new Redactor([secret]).text('x ab%41cdef\\u0067 y')).toBe(`x ${REDACTED} y`);
  });

  it('read + as a space when any secret has a space, besides secrets that have none', () => {
    const redactor = new Redactor(['no-space-secret', 'with space secret']);
    expect(redactor.text('q=with+space+secret&r=%41')).toBe(`q=${REDACTED}&r=%41`);
  });
});

describe('base64 runs of a token', () => {
  it('are looked for from 8 characters up: a 6-byte token has one of exactly 8, shorter tokens none', () => {
    const redactor = new Redactor();
    redactor.add('abcdef');
    expect(Buffer.from('abcdef').toString('base64')).toBe('YWJjZGVm');
    expect(redactor.text('x YWJjZGVm y')).toBe(`x ${REDACTED} y`);
    const short = new Redactor();
    short.add('abcd');
    // "abcd" is YWJjZA== in base64: runs of 5 characters, which any base64 text could hold.
    expect(short.text('x YWJjZA y')).toBe('x YWJjZA y');
    expect(short.text('x abcd y')).toBe(`x ${REDACTED} y`);
  });
});

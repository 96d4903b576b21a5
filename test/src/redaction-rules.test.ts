/**
 * The redactor's own rules, on the Redactor directly (no client, no socket): every echo
 * of a secret is replaced, overlapping and touching ones included, checked against a
 * naive search over many generated texts; the white space fetch trims from a secret;
 * case folding in texts with and without other characters than ASCII; base64 runs at
 * every byte offset, and no short runs; percent and JSON escapes read exactly as
 * decodeURIComponent and JSON.parse read them; which readings a text needs; and how long
 * the redactor holds a secret.
 */
import { describe, expect, it } from 'vitest';
import {
  type Decoding,
  decodingsFor,
  MAX_REMEMBERED_CLEAN_LENGTH,
  MAX_REMEMBERED_CLEAN_TEXTS,
  MIN_SECRET_LENGTH,
  REDACTED,
  Redactor,
} from '../../src/redaction.js';

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
    const redactor = new Redactor([]);
    redactor.add(secret);
    expect(redactor.text(`echo <${core}>`)).toBe(`echo <${REDACTED}>`);
  });

  it('only HTTP white space is trimmed: a vertical tab or a no-break space is part of the secret', () => {
    for (const space of ['\v', '\f', '\u00a0']) {
      const redactor = new Redactor([]);
      redactor.add(`${space}${core}`);
      expect(redactor.text(`echo <${core}>`)).toBe(`echo <${core}>`);
      expect(redactor.text(`echo <${space}${core}>`)).toBe(`echo <${REDACTED}>`);
    }
  });

  it(`a trimmed form is looked for when it has ${MIN_SECRET_LENGTH} characters, not fewer`, () => {
    const redactor = new Redactor([]);
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
    const redactor = new Redactor([]);
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
      ['abcidefg', 'abc%4@defg'],
      ['abcidefg', 'abc%4`defg'],
    ];
    for (const [secret, text] of cases) expect(new Redactor([secret]).text(text), text).toBe(text);
    expect(new Redactor(['abczdefg']).text('abc%5Adefg and abc%5adefg')).toBe(`${REDACTED} and ${REDACTED}`);
  });
});

describe('the reading with both decodings', () => {
  it('finds a secret spelt with a JSON escape and a percent escape at once, and leaves the plain text around it as it was', () => {
    const redactor = new Redactor(['abcdefgh']);
    expect(redactor.text('x41 ab%63d\\u0065fgh y%41')).toBe(`x41 ${REDACTED} y%41`);
    expect(redactor.text('\\u0061bcdefg%68')).toBe(REDACTED);
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
    const redactor = new Redactor([]);
    redactor.add('abcdef');
    expect(Buffer.from('abcdef').toString('base64')).toBe('YWJjZGVm');
    expect(redactor.text('x YWJjZGVm y')).toBe(`x ${REDACTED} y`);
    const short = new Redactor([]);
    short.add('abcd');
    // "abcd" is YWJjZA== in base64: runs of 5 characters, which any base64 text could hold.
    expect(short.text('x YWJjZA y')).toBe('x YWJjZA y');
    expect(short.text('x abcd y')).toBe(`x ${REDACTED} y`);
  });
});

describe('percent escapes, read as decodeURIComponent reads them', () => {
  // The edges of each UTF-8 length, either side of the surrogates, and the last code point.
  const characters = ['\0', '\x7f', '\x80', '©', '\u07ff', '\u0800', '\ud7ff', '\ue000', '\ufffc', '\u{10000}', '\u{1f600}', '\u{10ffff}'];

  it.each(characters)('finds a secret holding %j, percent-encoded in either hex case', (character) => {
    const secret = `key-${character}-end`;
    const escaped = encodeURIComponent(secret);
    const redactor = new Redactor([secret]);
    expect(redactor.text(`x ${escaped} y`)).toBe(`x ${REDACTED} y`);
    expect(redactor.text(`x ${escaped.toLowerCase()} y`)).toBe(`x ${REDACTED} y`);
  });

  // Each sequence is no UTF-8, and a reader that skipped one of the checks would take it for the character beside it.
  it.each([
    ['a continuation byte alone', '%80', '\x80'],
    ['a continuation byte as a lead', '%9F%80', '\u07c0'],
    ['an overlong two-byte form', '%C1%BF', '\x7f'],
    ['an overlong three-byte form', '%E0%9F%BF', '\u07ff'],
    ['an overlong four-byte form', '%F0%8F%BF%BF', '\uffff'],
    ['a high surrogate', '%ED%A0%80', '\ud800'],
    ['a low surrogate', '%ED%BF%BF', '\udfff'],
    ['a lead past F4', '%F8%90%80%80', '\u{10000}'],
    ['a continuation under 80', '%C3%28', 'è'],
    ['a continuation past BF', '%C3%C0', 'À'],
    ['no hex digits at all', '%zz', '\0'],
    ['a lead before a continuation that is no hex', '%C3%zz', 'À'],
  ])('leaves %s as it is (%s)', (_case, escapes, misread) => {
    expect(() => decodeURIComponent(escapes)).toThrow(URIError);
    const text = `x key-${escapes}-end y`;
    expect(new Redactor([`key-${misread}-end`]).text(text)).toBe(text);
  });

  it('leaves a four-byte form past U+10FFFF as it is, which no string can hold', () => {
    expect(() => decodeURIComponent('%F4%90%80%80')).toThrow(URIError);
    expect(new Redactor(['key-secret']).text('key-%F4%90%80%80-secret')).toBe('key-%F4%90%80%80-secret');
  });
});

describe('JSON escapes, read as JSON.parse reads them', () => {
  it.each([
    ['\\"', '"'],
    ['\\\\', '\\'],
    ['\\/', '/'],
    ['\\b', '\b'],
    ['\\f', '\f'],
    ['\\n', '\n'],
    ['\\r', '\r'],
    ['\\t', '\t'],
    ['\\u0000', '\0'],
    ['\\u00E9', 'é'],
    ['\\ud83d\\ude00', '😀'],
  ])('finds a secret holding %s', (escaped, character) => {
    expect(JSON.parse(`"${escaped}"`)).toBe(character);
    expect(new Redactor([`key-${character}-end`]).text(`x key-${escaped}-end y`)).toBe(`x ${REDACTED} y`);
  });

  it('leaves a backslash that starts no escape as it is', () => {
    for (const [escaped, misread] of [
      ['\\u00zz', '\0'],
      ['\\u@000', '\u9000'],
      ['\\a', 'a'],
      ['\\x41', 'A'],
    ]) {
      expect(() => JSON.parse(`"${escaped}"`)).toThrow(SyntaxError);
      const text = `x key-${escaped}-end y`;
      expect(new Redactor([`key-${misread}-end`]).text(text), escaped).toBe(text);
    }
  });
});

describe('the readings a text needs besides itself', () => {
  const both: Decoding[] = [
    ['both', 'all'],
    ['json', 'changedByPercent'],
    ['percent', 'changedByJson'],
  ];
  it.each<[string, boolean, Decoding[]]>([
    ['', true, []],
    ['plain text', true, []],
    ['a \\n b', false, [['json', 'all']]],
    ['a %41 b', false, [['percent', 'all']]],
    ['a+b', true, [['percent', 'all']]],
    ['a+b', false, []],
    ['a \\n %41', false, both],
    ['a \\n +', true, both],
    ['a \\n +', false, [['json', 'all']]],
  ])('%j, + a space: %s', (text, plusIsSpace, decodings) => {
    expect(decodingsFor(text, plusIsSpace)).toEqual(decodings);
  });

  it('finds a secret with a space written with + in a text with no % at all', () => {
    expect(new Redactor(['with space secret']).text('q=with+space+secret')).toBe(`q=${REDACTED}`);
  });
});

describe('what the redactor holds', () => {
  it('ignores an empty secret, given or added', () => {
    const redactor = new Redactor(['', 'abcdefgh']);
    redactor.add('');
    expect(redactor.text('x abcdefgh y')).toBe(`x ${REDACTED} y`);
    expect(new Redactor(['']).text('plain text')).toBe('plain text');
  });

  it('holds a token as many times as it was added, and forgets it once removed as often', () => {
    const redactor = new Redactor([]);
    const shown = () => redactor.text('x token-one y');
    redactor.add('token-one');
    redactor.remove('token-one');
    expect(shown()).toBe('x token-one y');
    redactor.add('token-one');
    redactor.add('token-one');
    redactor.remove('token-one');
    expect(shown()).toBe(`x ${REDACTED} y`);
    redactor.remove('token-one');
    expect(shown()).toBe('x token-one y');
    redactor.remove('token-one');
    redactor.add('token-one');
    expect(shown()).toBe(`x ${REDACTED} y`);
    redactor.remove('token-one');
    expect(shown()).toBe('x token-one y');
  });

  it('keeps a permanent secret that is also added and removed as a token', () => {
    const redactor = new Redactor(['app-key-1234']);
    redactor.add('app-key-1234');
    redactor.remove('app-key-1234');
    expect(redactor.text('x app-key-1234 y')).toBe(`x ${REDACTED} y`);
  });
});

describe('texts found clean, remembered', () => {
  it('says whether a text holds a secret, in any of its spellings', () => {
    const redactor = new Redactor(['app-key-1234']);
    expect(redactor.isClean('application/json')).toBe(true);
    expect(redactor.isClean('x app-key-1234 y')).toBe(false);
    expect(redactor.isClean(encodeURIComponent('app key app-key-1234'))).toBe(false);
    expect(redactor.isClean('APP-KEY-1234')).toBe(false);
  });

  it('finds a token in a text it found clean before the token was added, and finds it clean again once the token is removed', () => {
    const redactor = new Redactor([]);
    const header = 'echo token-abcdefgh';
    expect(redactor.isClean(header)).toBe(true);
    redactor.add('token-abcdefgh');
    expect(redactor.isClean(header)).toBe(false);
    redactor.remove('token-abcdefgh');
    expect(redactor.isClean(header)).toBe(true);
  });

  it('remembers clean texts up to their length bound only, and never a text with a secret', () => {
    const redactor = new Redactor(['app-key-1234']);
    expect(redactor.isClean('a'.repeat(MAX_REMEMBERED_CLEAN_LENGTH))).toBe(true);
    expect(redactor.isClean('a'.repeat(MAX_REMEMBERED_CLEAN_LENGTH))).toBe(true);
    expect(redactor.rememberedCleanTexts).toBe(1);
    redactor.isClean('b'.repeat(MAX_REMEMBERED_CLEAN_LENGTH + 1));
    redactor.isClean('x app-key-1234');
    expect(redactor.rememberedCleanTexts).toBe(1);
  });

  it('remembers a bounded number of texts, all forgotten at once when the bound is reached', () => {
    const redactor = new Redactor([]);
    for (let index = 0; index < MAX_REMEMBERED_CLEAN_TEXTS; index++) redactor.isClean(`value ${index}`);
    expect(redactor.rememberedCleanTexts).toBe(MAX_REMEMBERED_CLEAN_TEXTS);
    // A text already remembered is answered from memory, which stays as it is.
    expect(redactor.isClean('value 1')).toBe(true);
    expect(redactor.rememberedCleanTexts).toBe(MAX_REMEMBERED_CLEAN_TEXTS);
    redactor.isClean('one more');
    expect(redactor.rememberedCleanTexts).toBe(1);
    expect(redactor.isClean('value 0')).toBe(true);
  });

  it('forgets them when the secrets change, and only then', () => {
    const redactor = new Redactor(['app-key-1234']);
    const addedAndRemoved = (secret: string) => {
      redactor.add(secret);
      redactor.remove(secret);
    };
    const steps: [step: string, act: () => void, remembered: number][] = [
      ['a header value checked', () => redactor.isClean('content-type'), 1],
      ['the app key added and removed as a token', () => addedAndRemoved('app-key-1234'), 1],
      ['a new token added', () => redactor.add('token-abcdefgh'), 0],
      ['the value checked again', () => redactor.isClean('content-type'), 1],
      ['the token added and removed once more', () => addedAndRemoved('token-abcdefgh'), 1],
      ['the token removed for the last time', () => redactor.remove('token-abcdefgh'), 0],
      ['the value checked again', () => redactor.isClean('content-type'), 1],
      ['a token removed that is no longer held', () => redactor.remove('token-abcdefgh'), 1],
      ['an empty token added', () => redactor.add(''), 1],
    ];
    for (const [step, act, remembered] of steps) {
      act();
      expect(redactor.rememberedCleanTexts, step).toBe(remembered);
    }
  });
});

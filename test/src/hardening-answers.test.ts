/**
 * The hardening of what answers can do to this package: redaction that no secret or
 * text defeats, errors whose messages stay short and printable whatever the server
 * sends, and options that only their own properties can set.
 */
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  apiErrorFromAnswer,
  compactJson,
  type ErrorAnswer,
  FinicityAuthenticationError,
  FinicityError,
  FinicityInputError,
  FinicityUnexpectedError,
  MAX_BODY_DEPTH,
  normalizeErrorCode,
  printable,
  refusalHint,
  SCANNED_PREFIX_CHARS,
  toFinicityError,
} from '../../src/errors.js';
import { type AccountsClientOptions, checkCallOptions, DEFAULT_BASE_URL, ownOptions, resolveOptions } from '../../src/options.js';
import { Redactor } from '../../src/redaction.js';

/**
 * The least CPU time of three runs, in milliseconds: CPU time, not the clock, and the
 * least of three, so that other processes on a busy machine do not count as this work.
 */
function fastestMs(run: () => void): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round++) {
    const started = process.cpuUsage();
    run();
    const used = process.cpuUsage(started);
    fastest = Math.min(fastest, (used.user + used.system) / 1000);
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
    const redactor = new Redactor([]);
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
  it('works for a secret of 200 000 characters, as is, in base64 and in upper case', () => {
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
    // Generous for instrumented runs (mutation testing) on a loaded machine; a per-character regex took seconds.
    expect(ms).toBeLessThan(1_000);
  });

  it('takes no time over a secret of backslashes in a text of backslashes (no backtracking)', () => {
    // A regular expression with one alternative per character took 0.6 s over these 41 characters, twice as long per added backslash.
    const redactor = new Redactor([`${'\\'.repeat(20)}X-tail`]);
    // 60 backslashes would take that regex years; the bounds leave room for instrumented runs on a loaded machine.
    expect(fastestMs(() => redactor.text(`${'\\'.repeat(60)}Y`))).toBeLessThan(250);
    expect(fastestMs(() => redactor.text(`${'\\'.repeat(1_000_000)}Y`))).toBeLessThan(2_000);
  });

  it('takes no time over a periodic secret in a text of its period', () => {
    const redactor = new Redactor(['a'.repeat(100_000)]);
    let safe = '';
    expect(fastestMs(() => (safe = redactor.text(`b${'a'.repeat(1_000_000)}b`)))).toBeLessThan(2_000);
    expect(safe).toBe('b[redacted]b');
  });
});

const answer = (text: string, contentType = 'application/json', extra: Partial<ErrorAnswer> = {}): ErrorAnswer => ({
  status: 500,
  statusText: 'Internal Server Error',
  headers: new Headers({ 'content-type': contentType }),
  text,
  operation: 'Op',
  ...extra,
});
const errorFor = (text: string, contentType?: string, extra?: Partial<ErrorAnswer>) =>
  apiErrorFromAnswer(answer(text, contentType, extra), new Redactor(['app-key-3f9c2a']));

describe('error messages: bounded and printable', () => {
  it('summarises a body of "<title" repeated in linear time (the title pattern was quadratic)', () => {
    // 64 KiB first: the quadratic pattern took over a second on it, so a regression fails here quickly.
    for (const size of [64 * 1024, 1024 * 1024]) {
      const body = '<title'.repeat(Math.ceil(size / 6));
      expect(
        fastestMs(() => errorFor(body, 'text/html')),
        `${size} characters`,
      ).toBeLessThan(250);
      expect(fastestMs(() => errorFor(body, ''))).toBeLessThan(250);
    }
    expect(errorFor('<html><title>502 Bad Gateway</title></html>', 'text/html').message).toBe(
      'Op failed with HTTP 500 Internal Server Error: HTML page "502 Bad Gateway"',
    );
  });

  it('bounds a server message and removes what would forge log lines or drive a terminal; body keeps it whole', () => {
    const hostile = `first line\r\nINFO forged line\u001b[31m red \u0085 next \u2028 sep \u202e reversed \u2066 isolate ${'x'.repeat(1_000_000)}`;
    const error = errorFor(JSON.stringify({ code: 1, message: hostile }));
    expect(error.message.length).toBeLessThan(300);
    for (const character of ['\r', '\n', '\u001b', '\u0085', '\u2028', '\u202e', '\u2066']) expect(error.message).not.toContain(character);
    expect(error.message).toMatch(
      /^Op failed with HTTP 500 Internal Server Error: first line INFO forged line \[31m red next sep reversed isolate x+… \(code 1\)$/,
    );
    expect((error.body as { message: string }).message).toBe(hostile);
  });

  it('makes the reason phrase and a string code printable too', () => {
    const error = errorFor(JSON.stringify({ code: `E\n${'9'.repeat(500)}`, message: 'm' }), 'application/json', {
      statusText: 'Bad\u009b2J',
    });
    expect(error.message).toMatch(/^Op failed with HTTP 500 Bad 2J: m \(code E 9{198}…\)$/);
  });

  it.each([
    ['C0, DEL and C1 controls', 'a\u0000b\u0007c\u007fd\u0080e\u009ff', 'a b c d e f'],
    ['line and paragraph separators', 'a\u2028b\u2029c', 'a b c'],
    ['bidi marks, embeddings, overrides and isolates', 'a\u200eb\u200fc\u061cd\u202ae\u202ef\u2066g\u2069h', 'a b c d e f g h'],
    ['lone surrogates', 'a\ud800b\udc00c', 'a\ufffdb\ufffdc'],
    ['white space runs', '  a \t\n b  ', 'a b'],
  ])('printable() replaces %s', (_what, text, expected) => {
    expect(printable(text, 200)).toBe(expected);
  });

  it('printable() cuts at the limit with "…", never inside a surrogate pair, and looks at 4 KiB only', () => {
    expect(printable('abcdef', 3)).toBe('abc…');
    expect(printable('ab😀cd', 3)).toBe('ab…');
    expect(printable('ab😀cd', 4)).toBe('ab😀…');
    expect(printable(`${' '.repeat(SCANNED_PREFIX_CHARS)}hidden`, 200)).toBe('…');
  });
});

describe('error messages: JSON bodies of every shape', () => {
  it.each([
    ['{code, message}', { code: 38003, message: 'Account not found' }, 'Account not found (code 38003)'],
    ['an "error" string', { error: 'Internal failure in the aggregator' }, 'Internal failure in the aggregator'],
    ['an "error" object', { error: { code: 7, message: 'nested failure' } }, 'nested failure'],
    ['problem+json', { type: 'about:blank', title: 'Service Unavailable', detail: 'retry later' }, 'Service Unavailable: retry later'],
    ['problem+json without detail', { title: 'Service Unavailable', status: 503 }, 'Service Unavailable'],
    [
      "upstream's wrapper with code and message",
      { Errors: { Error: [{ code: '10001', message: 'Invalid credentials' }] } },
      'Invalid credentials (code 10001)',
    ],
    [
      "upstream's wrapper with ReasonCode and Description",
      { Errors: { Error: [{ Source: 'Gateway', ReasonCode: 'NOT_FOUND', Description: 'Resource Not Found.', Details: 'no such id' }] } },
      'Resource Not Found.: no such id (code NOT_FOUND)',
    ],
    [
      'an unknown shape, rendered compactly',
      { status: 'failed', reasons: [1, 'two', null, true] },
      '{"status":"failed","reasons":[1,"two",null,true]}',
    ],
    ['an array', [{ problem: 'x' }], '[{"problem":"x"}]'],
    ['a blank message, so the whole body', { code: 5, message: ' ' }, '{"code":5,"message":" "} (code 5)'],
  ])('%s', (_shape, body, summary) => {
    expect(errorFor(JSON.stringify(body)).message).toBe(`Op failed with HTTP 500 Internal Server Error: ${summary}`);
  });

  it('redacts the summary of an unknown shape (the body passed in is already redacted)', () => {
    expect(errorFor(JSON.stringify({ echo: 'key app-key-3f9c2a' })).message).toBe(
      'Op failed with HTTP 500 Internal Server Error: {"echo":"key [redacted]"}',
    );
  });

  it('renders a huge body within the budget without rendering all of it', () => {
    const huge = { items: Array.from({ length: 1_000_000 }, (_, index) => ({ index, text: 'y'.repeat(100) })) };
    let rendered = '';
    expect(fastestMs(() => (rendered = compactJson(huge, 200)))).toBeLessThan(5);
    expect(rendered).toHaveLength(201);
    expect(rendered).toMatch(/^\{"items":\[\{"index":0,"text":"y+"\},\{"index":1,.*…$/);
    expect(compactJson({ a: [1, { b: 'c' }] }, 200)).toBe('{"a":[1,{"b":"c"}]}');
    expect(compactJson('x'.repeat(300), 10)).toBe('"xxxxxxxxx…');
  });

  it('keeps JSON nested past MAX_BODY_DEPTH as text instead of overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const error = errorFor(deep);
    expect(error.body).toBe(deep);
    expect(error.message).toMatch(/^Op failed with HTTP 500 Internal Server Error: \[{199}\[…$/);
    const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expect(errorFor(nested(MAX_BODY_DEPTH)).body).toEqual(JSON.parse(nested(MAX_BODY_DEPTH)));
    expect(errorFor(nested(MAX_BODY_DEPTH + 1)).body).toBe(nested(MAX_BODY_DEPTH + 1));
  });

  it('parses once: the error carries the code, from {code} or from the wrapper', () => {
    expect(errorFor('{"code": "10023", "message": "Expired"}', 'application/json', { status: 401 }).code).toBe(10023);
    expect(errorFor('{"Errors":{"Error":[{"ReasonCode":"10022"}]}}').code).toBe(10022);
    expect(errorFor('{"Errors":{"Error":{"code":12401}}}').code).toBe(12401);
    expect(errorFor('{"message": "no code"}').code).toBeUndefined();
  });
});

describe('the refusal hint and unexpected failures', () => {
  it('explains each refused-credentials status of the token request; one the spec may add later gets the general sentence', () => {
    expect(refusalHint(400)).toMatch(/malformed: check appKey, partnerId and partnerSecret/);
    expect(refusalHint(401)).toMatch(/wrong partner ID or secret/);
    expect(refusalHint(403)).toMatch(/only from machines in the United States or Canada/);
    expect(refusalHint(404)).toMatch(/no partner with that ID/);
    expect(refusalHint(423)).toBe('The credentials were refused (HTTP 423): check appKey, partnerId and partnerSecret');
  });

  it('ends the message with the hint it is given', () => {
    const error = apiErrorFromAnswer(
      answer('{"code": 1, "message": "Forbidden"}', 'application/json', { status: 403, statusText: 'Forbidden', note: refusalHint(403) }),
      new Redactor([]),
      FinicityAuthenticationError,
    );
    expect(error).toBeInstanceOf(FinicityAuthenticationError);
    expect(error.message).toBe(`Op failed with HTTP 403 Forbidden: Forbidden (code 1). ${refusalHint(403)}`);
  });

  it('wraps anything thrown into a FinicityUnexpectedError with a redacted, bounded message and cause', () => {
    const redactor = new Redactor(['app-key-3f9c2a']);
    const thrown = new RangeError(`Maximum call stack size exceeded near app-key-3f9c2a\n${'z'.repeat(10_000)}`);
    const error = toFinicityError(thrown, redactor, 'GetCustomerAccounts');
    expect(error).toBeInstanceOf(FinicityUnexpectedError);
    expect(error).toBeInstanceOf(FinicityError);
    expect(error).toMatchObject({ name: 'FinicityUnexpectedError', operation: 'GetCustomerAccounts' });
    expect(error.message).toMatch(
      /^GetCustomerAccounts failed unexpectedly: RangeError: Maximum call stack size exceeded near \[redacted\] z+…$/,
    );
    expect(error.message.length).toBeLessThan(300);
    expect((error.cause as Error).name).toBe('RangeError');
    expect(inspect(error, { depth: 5 })).not.toContain('app-key-3f9c2a');
  });

  it('passes its own errors through and copes with values that cannot be made strings', () => {
    const own = new FinicityInputError('bad');
    expect(toFinicityError(own, new Redactor([]))).toBe(own);
    const error = toFinicityError(Object.create(null), new Redactor([]));
    expect(error).toBeInstanceOf(FinicityUnexpectedError);
    expect(error.message).toBe('the request failed unexpectedly: Error: a thrown object that cannot be shown');
  });
});

const BASE = { appKey: 'app-key-3f9c2a', appToken: 'fixed-token-0e4d19' };
const resolve = (extra: Record<string, unknown> = {}) => resolveOptions({ ...BASE, ...extra } as AccountsClientOptions);
const refusal = (run: () => unknown): FinicityInputError => {
  try {
    run();
  } catch (caught) {
    expect(caught).toBeInstanceOf(FinicityInputError);
    return caught as FinicityInputError;
  }
  throw new Error('expected a FinicityInputError');
};

/** Runs `run` with `name` set on Object.prototype (enumerable, as an assignment makes it), and cleans up. */
function withPolluted(name: string, value: unknown, run: () => void): void {
  const prototype = Object.prototype as Record<string, unknown>;
  prototype[name] = value;
  try {
    run();
  } finally {
    delete prototype[name];
  }
}

describe('options: own properties only', () => {
  it('ignores a baseUrl inherited from a polluted Object.prototype', () =>
    withPolluted('baseUrl', 'https://attacker.example', () => expect(resolve().baseUrl).toBe(DEFAULT_BASE_URL)));

  it('ignores an inherited fetch, log and appToken', () => {
    const stolen: unknown[] = [];
    withPolluted(
      'fetch',
      (...args: unknown[]) => stolen.push(args),
      () => expect(resolve().fetchFor()).toBe(globalThis.fetch),
    );
    withPolluted(
      'log',
      (line: string) => stolen.push(line),
      () => expect(resolve().log).toBeUndefined(),
    );
    withPolluted('appToken', 'attacker-token-1', () =>
      expect(resolveOptions({ appKey: BASE.appKey }).credentials).toEqual({ kind: 'none' }),
    );
    expect(stolen).toEqual([]);
  });

  it('ignores inherited counts and durations, for the client and per call', () => {
    withPolluted('timeoutMs', 1, () =>
      withPolluted('maxRetries', 0, () => {
        expect(resolve()).toMatchObject({ timeoutMs: 30_000, maxRetries: 2 });
        expect(checkCallOptions({}, [])).toEqual({});
      }),
    );
    withPolluted('signal', 'not a signal', () => expect(checkCallOptions({}, [])).toEqual({}));
  });

  it('reads each option once, so a getter cannot pass the check and then change', () => {
    const ownFetch = async () => new Response('{}');
    let reads = 0;
    const options = {
      ...BASE,
      get fetch() {
        reads += 1;
        return reads === 1 ? ownFetch : 'not a function';
      },
    };
    expect(resolveOptions(options as unknown as AccountsClientOptions).fetchFor()).toBe(ownFetch);
    expect(reads).toBe(1);
  });

  it('ownOptions copies own enumerable string keys into an object without a prototype', () => {
    const source = Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true }, hidden: { value: 3, enumerable: false } });
    const copy = ownOptions(source);
    expect(Object.getPrototypeOf(copy)).toBeNull();
    expect({ ...copy }).toEqual({ own: 2 });
    // An own "__proto__" key (JSON.parse makes one) stays a plain key and sets no prototype.
    const parsed = ownOptions(JSON.parse('{"__proto__": {"baseUrl": "x"}}'));
    expect(Object.getPrototypeOf(parsed)).toBeNull();
    expect(Object.keys(parsed)).toEqual(['__proto__']);
    expect((parsed as { baseUrl?: unknown }).baseUrl).toBeUndefined();
  });
});

describe('options: what is refused', () => {
  it.each(['appKey', 'appToken', 'partnerSecret'] as const)('%s with white space at either end, without repeating it', (name) => {
    for (const padded of [' app-secret-1234', 'app-secret-1234 ', 'app-secret-1234\t', '\napp-secret-1234', 'app-secret-1234\u00a0']) {
      const options =
        name === 'partnerSecret' ? { appKey: BASE.appKey, partnerId: '42', partnerSecret: padded } : { ...BASE, [name]: padded };
      const error = refusal(() => resolveOptions(options));
      expect(error.message).toBe(`${name} begins or ends with white space: give the value without it`);
    }
  });

  const counts = [
    ['timeoutMs', 1],
    ['retryBaseDelayMs', 0],
    ['retryMaxDelayMs', 0],
    ['tokenLifetimeMs', 1],
    ['maxRetries', 0],
    ['maxResponseBytes', 1],
  ] as const;

  it.each(counts)('%s: NaN, ±Infinity, below %i, a string or null', (name, minimum) => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1, minimum - 0.5, '5', null]) {
      expect(refusal(() => resolve({ [name]: value })).message, String(value)).toBe(`${name} must be a number of at least ${minimum}`);
    }
    expect(resolve({ [name]: minimum })[name]).toBe(minimum);
  });

  it('takes whole counts of counts (1.5 retries is 1) and milliseconds as given', () => {
    expect(resolve({ maxRetries: 1.5, maxResponseBytes: 1.5, timeoutMs: 1.5, tokenLifetimeMs: 2.5 })).toMatchObject({
      maxRetries: 1,
      maxResponseBytes: 1,
      timeoutMs: 1.5,
      tokenLifetimeMs: 2.5,
    });
  });

  it.each(['timeoutMs', 'retryBaseDelayMs', 'retryMaxDelayMs'])(
    '%s up to what a timer can wait, and not the clock-only tokenLifetimeMs',
    (name) => {
      expect(resolve({ [name]: 2_147_483_647 })).toMatchObject({ [name]: 2_147_483_647 });
      expect(refusal(() => resolve({ [name]: 2_147_483_648 })).message).toMatch(new RegExp(`^${name} must be at most 2147483647 ms`));
      expect(resolve({ tokenLifetimeMs: 2_147_483_648 }).tokenLifetimeMs).toBe(2_147_483_648);
    },
  );

  it('per call: the same counts and durations, and a signal that is an AbortSignal', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, 0, '5']) {
      expect(refusal(() => checkCallOptions({ timeoutMs: value }, [])).message).toBe('timeoutMs must be a number of at least 1');
    }
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, -1, '5']) {
      expect(refusal(() => checkCallOptions({ maxRetries: value }, [])).message).toBe('maxRetries must be a number of at least 0');
    }
    expect(refusal(() => checkCallOptions({ timeoutMs: 2 ** 31 }, [])).message).toMatch(/^timeoutMs must be at most 2147483647 ms/);
    expect(checkCallOptions({ timeoutMs: 1, maxRetries: 1.5 }, [])).toEqual({ timeoutMs: 1, maxRetries: 1 });
    expect(refusal(() => checkCallOptions({ signal: {} }, [])).message).toBe('signal must be an AbortSignal');
    const signal = new AbortController().signal;
    expect(checkCallOptions({ signal }, [])).toEqual({ signal });
  });

  it.each([
    ['a user name alone', 'https://someone@api.example.test', 'someone'],
    ['a password alone', 'https://:hunter2-password@api.example.test', 'hunter2'],
  ])('a baseUrl with %s, without repeating it', (_what, baseUrl, secret) => {
    const error = refusal(() => resolve({ baseUrl }));
    expect(error.message).toBe(
      'baseUrl must not carry a user name or password (api.example.test): credentials go in appKey and the token options',
    );
    expect(`${error.message}${error.stack}${JSON.stringify(error)}`).not.toContain(secret);
  });

  it('a baseUrl with an empty query or fragment; a trailing slash is dropped', () => {
    for (const baseUrl of ['https://api.example.test/?', 'https://api.example.test/#']) {
      expect(refusal(() => resolve({ baseUrl })).message).toBe('baseUrl must not have a query or a fragment (https://api.example.test)');
    }
    expect(resolve({ baseUrl: 'https://api.example.test/base//' }).baseUrl).toBe('https://api.example.test/base');
  });

  it('unknown options, named, and options that are not an object', () => {
    expect(refusal(() => resolve({ timeout: 5 })).message).toMatch(/^unknown option timeout \(known: appKey, appToken, /);
    expect(refusal(() => resolve({ timeout: 5, retries: 1 })).message).toMatch(/^unknown options timeout, retries \(known: /);
    for (const options of [null, 'app-key-3f9c2a', 42]) {
      expect(refusal(() => resolveOptions(options as unknown as AccountsClientOptions)).message).toBe(
        'options must be an object with at least appKey',
      );
    }
  });

  it.each(['fetch', 'now', 'log'])('a %s that is not a function', (name) => {
    expect(refusal(() => resolve({ [name]: 'yes' })).message).toBe(`${name} must be a function`);
  });
});

describe('error messages: redacted after they are put together', () => {
  it('redacts a secret that collapsing white space or rendering JSON spells anew', () => {
    const redactor = new Redactor(['partner secret 77', 'ab":"cd-secret']);
    const spaced = apiErrorFromAnswer(answer('{"message": "echo partner\\nsecret  77"}'), redactor);
    expect(spaced.message).toBe('Op failed with HTTP 500 Internal Server Error: echo [redacted]');
    const rendered = apiErrorFromAnswer(answer('{"ab": "cd-secret"}'), redactor);
    expect(rendered.message).toBe('Op failed with HTTP 500 Internal Server Error: {"[redacted]"}');
    const thrown = toFinicityError(new Error('partner\tsecret 77'), redactor);
    expect(thrown.message).toBe('the request failed unexpectedly: Error: [redacted]');
  });
});

describe('error codes', () => {
  it('turns numeric strings into numbers, but not one longer than the scanned prefix', () => {
    expect(normalizeErrorCode(' 38003 ')).toBe(38003);
    expect(normalizeErrorCode('-7')).toBe(-7);
    expect(normalizeErrorCode('9'.repeat(SCANNED_PREFIX_CHARS + 1))).toBe('9'.repeat(SCANNED_PREFIX_CHARS + 1));
    expect(normalizeErrorCode({ code: 1 })).toBeUndefined();
  });
});

describe('what an error keeps of an answer', () => {
  it('has no cause property when nothing caused it', () => {
    const error = errorFor('{"code": 1, "message": "x"}');
    expect(Object.hasOwn(error, 'cause')).toBe(false);
    expect(Object.hasOwn(new FinicityUnexpectedError('y', { cause: new Error('z') }), 'cause')).toBe(true);
  });

  it("shows its headers when inspected, also where the runtime's own Headers would print none, in the caller's colours", () => {
    const error = errorFor('{"code": 1, "message": "x"}', 'application/json', {
      headers: new Headers({ 'content-type': 'application/json', 'x-request-id': 'req-42' }),
    });
    const custom = Symbol.for('nodejs.util.inspect.custom');
    const native = Object.getOwnPropertyDescriptor(Headers.prototype, custom);
    let [plain, coloured] = ['', ''];
    try {
      // As in runtimes whose Headers print `Headers {}`.
      if (native) Reflect.deleteProperty(Headers.prototype, custom);
      plain = inspect(error);
      coloured = inspect(error, { colors: true });
    } finally {
      if (native) Object.defineProperty(Headers.prototype, custom, native);
    }
    expect(plain).toContain("headers: Headers { 'content-type': 'application/json', 'x-request-id': 'req-42' }");
    expect(coloured).toContain("\u001b[32m'req-42'\u001b[39m");
  });

  it('reads a code of digits with white space around as a number, up to 4 KiB of text', () => {
    expect(normalizeErrorCode(' 10023 ')).toBe(10023);
    expect(normalizeErrorCode(`${' '.repeat(SCANNED_PREFIX_CHARS - 5)}10023`)).toBe(10023);
    const long = `${' '.repeat(SCANNED_PREFIX_CHARS - 4)}10023`;
    expect(normalizeErrorCode(long)).toBe(long);
  });

  it('quotes a text of exactly 4 KiB whole when it fits, and cuts one longer with …', () => {
    expect(printable('a'.repeat(10), 10)).toBe('a'.repeat(10));
    expect(printable(`${' '.repeat(SCANNED_PREFIX_CHARS - 1)}a`, 10)).toBe('a');
    expect(printable(`${' '.repeat(SCANNED_PREFIX_CHARS)}a`, 10)).toBe('…');
    expect(printable('a'.repeat(11), 10)).toBe(`${'a'.repeat(10)}…`);
  });

  it('judges a body by its first 4 KiB only: JSON after 4 KiB of spaces is text, and a JSON type named past 4 KiB is not seen', () => {
    const late = `${' '.repeat(SCANNED_PREFIX_CHARS)}{"code": 7, "message": "late"}`;
    expect(errorFor(late, 'text/plain').message).toBe('Op failed with HTTP 500 Internal Server Error: …');
    const typed = `text/plain; note=${'x'.repeat(SCANNED_PREFIX_CHARS)}; json`;
    // Read as JSON, the string would lose its quotes.
    expect(errorFor('"typed message"', typed).message).toBe('Op failed with HTTP 500 Internal Server Error: "typed message"');
    expect(errorFor('"typed message"', 'application/json').message).toBe('Op failed with HTTP 500 Internal Server Error: typed message');
    const page = `${'<p>'.repeat(SCANNED_PREFIX_CHARS)}<title>Late</title>`;
    expect(errorFor(page, 'text/html').message).toBe('Op failed with HTTP 500 Internal Server Error: an HTML page');
    const namedLate = `text/plain; note=${'x'.repeat(SCANNED_PREFIX_CHARS)}; html`;
    expect(errorFor('Error <title>Shown</title>', namedLate).message).toBe(
      'Op failed with HTTP 500 Internal Server Error: Error <title>Shown</title>',
    );
  });
});

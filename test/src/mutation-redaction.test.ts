/**
 * Redaction as users meet it, in errors from the clients: a secret whose base64 forms
 * hold `+` and `/` (and `-` and `_` in base64url), echoed by a server at every byte
 * alignment inside longer base64 text; a secret that itself holds `/`, `+`, `"`, `\`
 * and a space, in each escaped spelling; and the errors from below that a connection
 * failure carries as its cause, chain included, redacted and cut at a fixed depth.
 */
import { describe, expect, it } from 'vitest';
import { type AccountsClientOptions, FinicityConnectionError } from '../../src/index.js';
import { clientKinds } from '../support/clients.js';
import { text, useFaultServer } from '../support/fault-server.js';

const server = useFaultServer();

const ACCOUNTS = /\/aggregation\/v1\/customers\/[^/]+\/accounts$/;
/** Its base64 holds `+` at byte alignments 0 and 2 and `/` at alignment 1. */
const BASE64_KEY = 'app~key?>~?>~?>~';
const TOKEN = 'fixed-token-3a4b5c';

/**
 * The base64 characters that depend on `secret` alone when it starts `offset` bytes into
 * the encoded data: those that stay put whatever bytes surround it.
 */
function stableRun(secret: string, offset: number, encoding: 'base64' | 'base64url'): string {
  const around = (fill: number) =>
    Buffer.concat([Buffer.alloc(offset, fill), Buffer.from(secret), Buffer.alloc(2, fill)]).toString(encoding);
  const [low, high] = [around(0x00), around(0xff)];
  let best = '';
  let run = '';
  for (let index = 0; index < low.length; index++) {
    run = low[index] === high[index] ? run + low[index] : '';
    if (run.length > best.length) best = run;
  }
  return best;
}

async function messageFor(make: (options: AccountsClientOptions) => { getCustomerAccounts(id: string): Promise<unknown> }, appKey: string) {
  const error = await make({ appKey, appToken: TOKEN, baseUrl: server.url, maxRetries: 0 })
    .getCustomerAccounts('1')
    .catch((caught: unknown) => caught);
  return (error as Error).message;
}

describe.each(clientKinds)('base64 echoes of a secret through $name', ({ make }) => {
  const cases = [0, 1, 2].flatMap((offset) => (['base64', 'base64url'] as const).map((encoding) => [offset, encoding] as const));

  it('the chosen secret exercises +, /, - and _', () => {
    const runs = cases.map(([offset, encoding]) => stableRun(BASE64_KEY, offset, encoding)).join('');
    for (const character of ['+', '/', '-', '_']) expect(runs).toContain(character);
  });

  it.each(cases)('in the middle of base64 text, %i bytes in, as %s', async (offset, encoding) => {
    const filler = 'user:'.slice(0, offset + 3);
    const encoded = Buffer.from(`${filler}${BASE64_KEY}:end-of-credentials`).toString(encoding);
    server.on(ACCOUNTS, text(400, `rejected credentials ${encoded} here`));
    const message = await messageFor(make, BASE64_KEY);
    expect(message.startsWith('GetCustomerAccounts failed with HTTP 400 Bad Request: rejected credentials ')).toBe(true);
    expect(message.endsWith(' here')).toBe(true);
    expect(message).toContain('[redacted]');
    expect(message).not.toContain(stableRun(BASE64_KEY, (filler.length % 3) as 0 | 1 | 2, encoding));
  });
});

describe.each(clientKinds)('a secret holding / + " \\ and a space, echoed through $name', ({ make }) => {
  const SECRET = 'sk/Live+Key "x\\y" 42';
  const unicodeEscaped = [...SECRET].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
  it.each([
    ['as is', SECRET],
    ['JSON-escaped', JSON.stringify(SECRET).slice(1, -1)],
    ['JSON-escaped with \\/', JSON.stringify(SECRET).slice(1, -1).replace('/', '\\/')],
    ['with every character a \\u escape', unicodeEscaped],
    ['with \\u escapes in upper case', unicodeEscaped.toUpperCase().replace(/\\U/g, '\\u')],
    ['percent-encoded', encodeURIComponent(SECRET)],
    ['percent-encoded in lower case', encodeURIComponent(SECRET).replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase())],
    ['form-encoded', new URLSearchParams({ k: SECRET }).toString().slice(2)],
  ])('%s', async (_form, spelled) => {
    server.on(ACCOUNTS, text(400, `echo <${spelled}> end`));
    expect(await messageFor(make, SECRET)).toBe('GetCustomerAccounts failed with HTTP 400 Bad Request: echo <[redacted]> end');
  });
});

describe.each(clientKinds)('the cause of a connection failure through $name', ({ make }) => {
  const APP_KEY = 'app-key-c0ffee';
  const failing = async (thrown: () => unknown) => {
    let calls = 0;
    const fetch = (async () => {
      calls += 1;
      throw thrown();
    }) as typeof globalThis.fetch;
    const error = await make({ appKey: APP_KEY, appToken: TOKEN, baseUrl: server.url, fetch, maxRetries: 1, retryBaseDelayMs: 1 })
      .getCustomerAccounts('1')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FinicityConnectionError);
    expect(calls).toBe(2);
    return error as FinicityConnectionError & { cause: Error & { code?: unknown; cause?: unknown } };
  };
  const prefix = 'GetCustomerAccounts: the connection failed before a complete response';

  it('names the code of the error, redacts its message, keeps its name and code, and drops its other fields', async () => {
    const error = await failing(() =>
      Object.assign(new RangeError(`refused for ${APP_KEY}`), { code: 'ECONNREFUSED', raw: Buffer.from(APP_KEY) }),
    );
    expect(error.message).toBe(`${prefix} (ECONNREFUSED)`);
    expect(error.operation).toBe('GetCustomerAccounts');
    expect(error.cause).toBeInstanceOf(Error);
    expect(error.cause).toMatchObject({ name: 'RangeError', message: 'refused for [redacted]', code: 'ECONNREFUSED' });
    expect(error.cause.stack).toBe('RangeError: refused for [redacted]');
    expect(Object.keys(error.cause)).not.toContain('raw');
    expect(error.cause.cause).toBeUndefined();
  });

  it('names the code of its cause, else its cause’s message, else its own message', async () => {
    const enotfound = await failing(
      () => new TypeError('fetch failed', { cause: Object.assign(new Error('lookup'), { code: 'ENOTFOUND' }) }),
    );
    expect(enotfound.message).toBe(`${prefix} (ENOTFOUND)`);
    expect(enotfound.cause).toMatchObject({ name: 'TypeError', message: 'fetch failed', cause: { message: 'lookup', code: 'ENOTFOUND' } });
    const hangUp = await failing(() => new TypeError('fetch failed', { cause: new Error(`socket hang up at ${APP_KEY}`) }));
    expect(hangUp.message).toBe(`${prefix} (socket hang up at [redacted])`);
    const plain = await failing(() => new Error(`plain failure ${APP_KEY}`));
    expect(plain.message).toBe(`${prefix} (plain failure [redacted])`);
  });

  it('keeps a numeric code, and no code of another type', async () => {
    expect((await failing(() => Object.assign(new Error('n'), { code: 42 }))).cause.code).toBe(42);
    const objectCode = await failing(() => Object.assign(new Error('o'), { code: { nested: APP_KEY } }));
    expect(objectCode.cause.code).toBeUndefined();
    expect('code' in objectCode.cause).toBe(false);
  });

  it('turns a thrown non-Error, and a cause that is not an Error, into redacted Errors', async () => {
    const thrownText = await failing(() => `a bare string with ${APP_KEY}`);
    expect(thrownText.message).toBe(`${prefix} (a bare string with [redacted])`);
    expect(thrownText.cause).toBeInstanceOf(Error);
    expect(thrownText.cause).toMatchObject({ name: 'Error', message: 'a bare string with [redacted]' });
    const textCause = await failing(() => new Error('outer', { cause: `inner ${APP_KEY}` }));
    expect(textCause.cause.cause).toBeInstanceOf(Error);
    expect(textCause.cause.cause).toMatchObject({ message: 'inner [redacted]' });
  });

  it('keeps the chain of causes to a depth of five errors, each redacted', async () => {
    const chain = () => {
      let error = new Error(`level 6 ${APP_KEY}`);
      for (let level = 5; level >= 0; level--) error = new Error(`level ${level} ${APP_KEY}`, { cause: error });
      return error;
    };
    const error = await failing(chain);
    const messages: string[] = [];
    for (let cause: unknown = error.cause; cause !== undefined; cause = (cause as Error).cause) messages.push((cause as Error).message);
    expect(messages).toEqual([0, 1, 2, 3, 4].map((level) => `level ${level} [redacted]`));
  });
});

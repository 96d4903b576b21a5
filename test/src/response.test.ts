/** Response reading as a unit: the cap while bodies stream, and the Response handed to the clients. */
import { getEventListeners } from 'node:events';
import { inspect } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { FinicityResponseError } from '../../src/errors.js';
import {
  BodyTooLarge,
  BufferedResponse,
  headersForBody,
  isSuccessStatus,
  linkBufferedResponse,
  readBody,
  usableStatusText,
} from '../../src/response.js';

const encoder = new TextEncoder();
// As creating a client does.
linkBufferedResponse();
const buffered = (text: string, status = 200) =>
  new BufferedResponse(
    encoder.encode(text),
    { status, statusText: 'OK', headers: new Headers({ 'content-type': 'application/json' }) },
    'https://api.example.test/x',
    'Op',
  );

/** A body that never ends, as an injected fetch would hand it over. */
function endless(): Response {
  const chunk = new Uint8Array(1024);
  return new Response(new ReadableStream({ pull: (controller) => controller.enqueue(chunk) }), { status: 200 });
}

describe('isSuccessStatus', () => {
  it('is 200 to 299 and nothing else', () => {
    expect([199, 200, 204, 299, 300, 404].map(isSuccessStatus)).toEqual([false, true, true, true, false, false]);
  });
});

describe('readBody', () => {
  it('reads an answer without a body as empty and whole', async () => {
    expect(await readBody(new Response(null, { status: 500 }), 10, true)).toEqual({ bytes: new Uint8Array(0), cut: false });
  });

  it('reads a body within the cap, with or without a declared length', async () => {
    expect(new TextDecoder().decode((await readBody(new Response('hello'), 10, false)).bytes)).toBe('hello');
    const streamed = new Response(
      new ReadableStream({
        start(controller) {
          controller.enqueue(encoder.encode('ab'));
          controller.enqueue(encoder.encode('cd'));
          controller.close();
        },
      }),
    );
    expect(new TextDecoder().decode((await readBody(streamed, 4, false)).bytes)).toBe('abcd');
  });
  it('stops an endless body at the cap', async () => {
    await expect(readBody(endless(), 64 * 1024, false)).rejects.toBeInstanceOf(BodyTooLarge);
  });
  it('refuses a declared length over the cap without reading', async () => {
    const response = new Response('x'.repeat(100), { headers: { 'content-length': '100' } });
    await expect(readBody(response, 10, false)).rejects.toBeInstanceOf(BodyTooLarge);
  });
  it('keeps the first bytes of an error body over the cap, its length declared or not', async () => {
    for (const headers of [{ 'content-length': '100' }, {}] as Record<string, string>[]) {
      const { bytes, cut } = await readBody(new Response('x'.repeat(100), { status: 500, headers }), 10, true);
      expect([bytes.byteLength, cut]).toEqual([10, true]);
    }
  });
  it('keeps a body that came in one chunk as it came, without a copy', async () => {
    const chunk = encoder.encode('{"accounts":[]}');
    const response = new Response(
      new ReadableStream({
        start(controller) {
          controller.enqueue(chunk);
          controller.close();
        },
      }),
    );
    expect((await readBody(response, 100, false)).bytes).toBe(chunk);
  });
  it('leaves no listener on the signal that would stop it', async () => {
    const stopper = new AbortController();
    await readBody(new Response('hello'), 10, false, stopper.signal);
    await readBody(new Response('x'.repeat(100)), 10, true, stopper.signal);
    await expect(readBody(endless(), 1024, false, stopper.signal)).rejects.toBeInstanceOf(BodyTooLarge);
    expect(getEventListeners(stopper.signal, 'abort')).toHaveLength(0);
  });
});

describe('BufferedResponse, member by member', () => {
  const make = (bytes: string, status: number) =>
    new BufferedResponse(encoder.encode(bytes), { status, statusText: '', headers: new Headers() }, 'https://api.example.test/x', 'Op');

  it('is ok from 200 to 299 only', () => {
    expect([199, 200, 299, 300].map((status) => make('', status).ok)).toEqual([false, true, true, false]);
  });
  it('has no body when the bytes are empty or the status carries none, and the same stream on every read otherwise', () => {
    expect(make('', 200).body).toBeNull();
    for (const status of [204, 205, 304]) expect(make('x', status).body).toBeNull();
    const response = make('x', 200);
    expect(response.body).not.toBeNull();
    expect(response.body).toBe(response.body);
  });
  it('says why a clone is refused after the body was read', async () => {
    const response = make('{}', 200);
    await response.text();
    expect(() => response.clone()).toThrow(new TypeError('Response.clone: Body has already been consumed.'));
  });
  it('leaves the text out of a JSON parser’s message, quoted parts whole', async () => {
    const error = await make('secret-ish "text", not "JSON" at all', 200)
      .json()
      .catch((caught: unknown) => caught);
    const cause = String((error as Error).cause);
    expect(cause).toContain('…');
    expect(cause).not.toMatch(/secret-ish|text|JSON" at all/);
  });
});

describe('headersForBody', () => {
  it('serves the headers as they are when they already fit the body, and a copy otherwise', () => {
    const fitting = new Headers({ 'content-length': '5' });
    expect(headersForBody(fitting, 5)).toBe(fitting);
    const encoded = new Headers({ 'content-length': '5', 'content-encoding': 'gzip' });
    expect(headersForBody(encoded, 5)).not.toBe(encoded);
    expect(headersForBody(encoded, 5).has('content-encoding')).toBe(false);
  });
});

describe('linkBufferedResponse', () => {
  it('links the prototype once, however often it is called', () => {
    const setPrototypeOf = vi.spyOn(Object, 'setPrototypeOf');
    try {
      linkBufferedResponse();
      linkBufferedResponse();
      expect(setPrototypeOf).not.toHaveBeenCalled();
    } finally {
      setPrototypeOf.mockRestore();
    }
  });
});

describe('BufferedResponse', () => {
  it('answers every member of this runtime’s Response itself, and is one to instanceof and inspection', () => {
    const response = buffered('{"a":1}', 201);
    const members = Reflect.ownKeys(Response.prototype).filter((key) => key !== 'constructor' && key !== Symbol.toStringTag);
    const inspectHook = Symbol.for('nodejs.util.inspect.custom');
    // The inherited getters and methods check that `this` was made by the Response constructor.
    const missing = members.filter((key) => key !== inspectHook && !Object.hasOwn(BufferedResponse.prototype, key));
    expect(missing).toEqual([]);
    expect(response).toBeInstanceOf(Response);
    expect(Object.prototype.toString.call(response)).toBe('[object Response]');
    expect([response.status, response.ok, response.statusText, response.type, response.redirected]).toEqual([
      201,
      true,
      'OK',
      'default',
      false,
    ]);
    expect([response.url, response.headers.get('content-type')]).toEqual(['https://api.example.test/x', 'application/json']);
    expect(inspect(response)).toContain('status: 201');
    expect(buffered('', 404).ok).toBe(false);
  });
  it('can be copied into a new Response, as middleware may do', async () => {
    const copy = new Response(buffered('{"a":1}').body, buffered('{"a":1}', 202));
    expect([copy.status, copy.statusText, copy.headers.get('content-type'), await copy.text()]).toEqual([
      202,
      'OK',
      'application/json',
      '{"a":1}',
    ]);
  });
  it('is consumed once, like a Response: bytes(), bodyUsed, a second read fails', async () => {
    const response = buffered('{"a":1}');
    expect(response.bodyUsed).toBe(false);
    expect(new TextDecoder().decode(await response.bytes())).toBe('{"a":1}');
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(TypeError);
    expect(() => response.clone()).toThrow(TypeError);
  });
  it('turns bodyUsed true once its stream is read, and clones before that', async () => {
    const response = buffered('{"a":1}');
    const copy = response.clone();
    expect(await new Response(response.body).text()).toBe('{"a":1}');
    expect(response.bodyUsed).toBe(true);
    expect(await copy.json()).toEqual({ a: 1 });
  });
  it('reports broken JSON as a FinicityResponseError without the body text', async () => {
    const error = await buffered('{"secret-ish": ')
      .json()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FinicityResponseError);
    expect(String((error as Error).cause)).not.toContain('secret-ish');
  });
  it('drops a reason phrase the Response constructor would refuse', () => {
    expect(usableStatusText('O\x7fK')).toBe('');
    expect(usableStatusText('Not Found')).toBe('Not Found');
  });
  it('serves decoded bodies with their real length and no content-encoding', () => {
    const headers = headersForBody(new Headers({ 'content-encoding': 'gzip', 'content-length': '20' }), 100);
    expect(headers.get('content-length')).toBe('100');
    expect(headers.has('content-encoding')).toBe(false);
  });
});

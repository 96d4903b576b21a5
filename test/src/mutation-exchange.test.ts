/** One exchange's rules at their edges: which failures are a body that does not decode, and what an abort leaves as it is. */
import { describe, expect, it } from 'vitest';
import { FinicityConnectionError } from '../../src/errors.js';
import { exchange, isDecodingError } from '../../src/exchange.js';
import { Redactor } from '../../src/redaction.js';

describe('isDecodingError', () => {
  it('reads zlib and brotli codes at the start of the words only, not inside other words', () => {
    expect(isDecodingError(Object.assign(new Error('incorrect header check'), { code: 'Z_DATA_ERROR' }))).toBe(true);
    expect(isDecodingError(Object.assign(new Error('decoding failed'), { code: 'ERR__ERROR_FORMAT_PADDING_1' }))).toBe(true);
    expect(isDecodingError(new Error('connection reset by HAZ_PROXY'))).toBe(false);
    expect(isDecodingError(new Error('socket closed by peer XERR__ERROR_'))).toBe(false);
  });
});

describe('exchange', () => {
  const request = { url: 'https://api.example.test/x', request: undefined, method: 'GET', headers: {}, body: undefined };
  const timing = { remainingMs: 1_000, reportedTimeoutMs: 1_000 };
  const failingWith = (error: unknown) => ({
    send: () => Promise.reject(error),
    redactor: new Redactor(['app-key-for-exchange']),
    maxResponseBytes: 1_000,
  });

  it('passes the caller’s own abort reason through, and turns any other failure into a connection error, aborted or not', async () => {
    const controller = new AbortController();
    const reason = new Error('caller gave up');
    controller.abort(reason);
    await expect(exchange(failingWith(reason), request, 'Op', timing, controller.signal)).rejects.toBe(reason);
    const other = new TypeError('fetch failed');
    await expect(exchange(failingWith(other), request, 'Op', timing, controller.signal)).rejects.toBeInstanceOf(FinicityConnectionError);
    await expect(exchange(failingWith(other), request, 'Op', timing, null)).rejects.toBeInstanceOf(FinicityConnectionError);
  });
});

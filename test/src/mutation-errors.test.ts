/**
 * The FinicityApiError of an HTTP error answer, as a caller reads it: the message built
 * from status line, server message (JSON `message`, text, HTML title) and code; the code
 * normalised; the body parsed only where it is JSON; the request id; what
 * `JSON.stringify` shows. Through both clients, on a loopback server.
 */
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { FinicityApiError } from '../../src/index.js';
import { clientKinds } from '../support/clients.js';
import { json, text, useFaultServer } from '../support/fault-server.js';

const server = useFaultServer();

const ACCOUNTS = /\/aggregation\/v1\/customers\/[^/]+\/accounts$/;

describe.each(clientKinds)('the error of an HTTP error answer through $name', ({ make }) => {
  const failure = async (baseUrl = server.url) => {
    const error = await make({ appKey: 'app-key-1f2e3d', appToken: 'fixed-token-4c5b6a', baseUrl, maxRetries: 0 })
      .getCustomerAccounts('1')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FinicityApiError);
    return error as FinicityApiError;
  };

  it.each([
    ['an HTML page without a title', '<html><body>down</body></html>', 'text/html', 'an HTML page'],
    ['an HTML page with a spaced title', '<html><title lang="en">  Gateway down </title></html>', 'text/html', 'HTML page "Gateway down"'],
    ['HTML sent as plain text', '  <p>proxy error</p>', 'text/plain', 'an HTML page'],
    ['an empty HTML title', '<html><title>  </title></html>', 'text/html; charset=utf-8', 'an HTML page'],
    ['text over several lines', 'line one\n\n  line\ttwo  ', 'text/plain', 'line one line two'],
  ])('%s', async (_what, body, contentType, summary) => {
    server.on(ACCOUNTS, text(502, body, contentType));
    const error = await failure();
    expect(error.message).toBe(`GetCustomerAccounts failed with HTTP 502 Bad Gateway: ${summary}`);
    expect(error.body).toBe(body);
  });

  it('cuts text past 200 characters in the message, and keeps the body whole', async () => {
    const long = 'x'.repeat(200);
    server.on(ACCOUNTS, text(500, long));
    expect((await failure()).message).toBe(`GetCustomerAccounts failed with HTTP 500 Internal Server Error: ${long}`);
    server.on(ACCOUNTS, text(500, `${long}y`));
    const error = await failure();
    expect(error.message).toBe(`GetCustomerAccounts failed with HTTP 500 Internal Server Error: ${long}…`);
    expect(error.body).toBe(`${long}y`);
  });

  it.each([
    [' 38003 ', 38003],
    ['-12', -12],
    [7, 7],
    ['E123', 'E123'],
    ['12a', '12a'],
    [null, undefined],
    [{ nested: 1 }, undefined],
  ])('reads the code %j as %j', async (code, normalised) => {
    server.on(ACCOUNTS, json(400, { code, message: 'no' }));
    const error = await failure();
    expect(error.code).toBe(normalised);
    expect(error.message).toBe(
      `GetCustomerAccounts failed with HTTP 400 Bad Request: no${normalised === undefined ? '' : ` (code ${normalised})`}`,
    );
  });

  it('says when the body was empty, or JSON without a message', async () => {
    server.on(ACCOUNTS, text(404, ''));
    const empty = await failure();
    expect(empty.message).toBe('GetCustomerAccounts failed with HTTP 404 Not Found and an empty body');
    expect(empty.body).toBeUndefined();
    server.on(ACCOUNTS, json(409, { code: 5, message: 17 }));
    expect((await failure()).message).toBe('GetCustomerAccounts failed with HTTP 409 Conflict: {"code":5,"message":17} (code 5)');
  });

  it('parses JSON by its content type or its first character, and keeps what does not parse as text', async () => {
    server.on(ACCOUNTS, text(400, '{"code":1,"message":"problem"}', 'application/problem+json'));
    expect((await failure()).body).toEqual({ code: 1, message: 'problem' });
    server.on(ACCOUNTS, text(400, '  [1, 2]', 'text/plain'));
    expect((await failure()).body).toEqual([1, 2]);
    server.on(ACCOUNTS, text(400, '{"code": 1, broken', 'application/json'));
    const broken = await failure();
    expect(broken.body).toBe('{"code": 1, broken');
    expect(broken.code).toBeUndefined();
    server.on(ACCOUNTS, text(400, 'code=1', 'application/json'));
    expect((await failure()).body).toBe('code=1');
  });

  it('takes the request id from x-request-id, else request-id', async () => {
    server.on(ACCOUNTS, json(500, {}, { 'x-request-id': 'x-id-1', 'request-id': 'id-2' }));
    expect((await failure()).requestId).toBe('x-id-1');
    server.on(ACCOUNTS, json(500, {}, { 'request-id': 'id-2' }));
    expect((await failure()).requestId).toBe('id-2');
    server.on(ACCOUNTS, json(500, {}));
    expect((await failure()).requestId).toBeUndefined();
  });

  it('shows its fields, but not its headers, in JSON', async () => {
    server.on(ACCOUNTS, json(429, { code: 1, message: 'slow down' }, { 'retry-after': '3' }));
    const error = await failure();
    expect(error.headers.get('retry-after')).toBe('3');
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'FinicityApiError',
      message: 'GetCustomerAccounts failed with HTTP 429 Too Many Requests: slow down (code 1)',
      operation: 'GetCustomerAccounts',
      status: 429,
      code: 1,
      body: { code: 1, message: 'slow down' },
      requestId: undefined,
      attempts: 1,
      earlierAttemptMayHaveSucceeded: false,
    });
  });

  it('leaves out a reason phrase the server did not send', async () => {
    const raw = createServer((socket) =>
      socket.once('data', () =>
        socket.end('HTTP/1.1 418 \r\ncontent-type: text/plain\r\ncontent-length: 4\r\nconnection: close\r\n\r\nnope'),
      ),
    );
    await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
    try {
      const error = await failure(`http://127.0.0.1:${(raw.address() as AddressInfo).port}`);
      expect(error.message).toBe('GetCustomerAccounts failed with HTTP 418: nope');
    } finally {
      raw.close();
    }
  });
});

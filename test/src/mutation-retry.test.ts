/**
 * What is retried, with retries to spare (maxRetries 2): only a transient failure of a
 * request that may be repeated. A timeout, a redirect, an oversized or undecodable body
 * is final at once. Outside the spec's operations only idempotent methods are repeated.
 */
import { describe, expect, it } from 'vitest';
import {
  type AccountsClientOptions,
  apiErrorOf,
  createAccountsClient,
  FinicityApiError,
  FinicityConnectionError,
  FinicityRedirectError,
  FinicityResponseError,
  FinicityResponseTooLargeError,
  FinicityTimeoutError,
} from '../../src/index.js';
import { clientKinds } from '../support/clients.js';
import { cutMidBody, json, stall, text, useFaultServer } from '../support/fault-server.js';

const server = useFaultServer();

const ACCOUNTS = /\/aggregation\/v1\/customers\/[^/]+\/accounts$/;
const options = (extra: Partial<AccountsClientOptions> = {}): AccountsClientOptions => ({
  appKey: 'app-key-0b93d4',
  appToken: 'fixed-token-57ea1c',
  baseUrl: server.url,
  maxRetries: 2,
  retryBaseDelayMs: 1,
  ...extra,
});

const encodedAs =
  (encoding: string, body: Buffer): Parameters<typeof server.on>[1] =>
  (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': encoding });
    response.end(body);
  };

describe.each(clientKinds)('final at once, with retries to spare, through $name', ({ make }) => {
  const outcome = (extra: Partial<AccountsClientOptions> = {}) =>
    make(options(extra))
      .getCustomerAccounts('1')
      .catch((caught: unknown) => caught);

  it('a timeout', async () => {
    server.on(ACCOUNTS, stall(2_000));
    const error = await outcome({ timeoutMs: 100 });
    expect(error).toBeInstanceOf(FinicityTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 100, operation: 'GetCustomerAccounts' });
    expect((error as Error).message).toBe('GetCustomerAccounts timed out after 100 ms');
    expect(server.requests).toHaveLength(1);
  });

  it('a redirect', async () => {
    server.on(ACCOUNTS, json(302, {}, { location: 'https://elsewhere.example/' }));
    expect(await outcome()).toBeInstanceOf(FinicityRedirectError);
    expect(server.requests).toHaveLength(1);
  });

  it('a body over the cap', async () => {
    server.on(ACCOUNTS, json(200, { accounts: [{ name: 'x'.repeat(500) }] }));
    expect(await outcome({ maxResponseBytes: 100 })).toBeInstanceOf(FinicityResponseTooLargeError);
    expect(server.requests).toHaveLength(1);
  });

  it.each([
    ['gzip', Buffer.from('not gzip at all, not at all')],
    ['deflate', Buffer.from('not deflate at all, not at all')],
  ])('a %s body that does not decode', async (encoding, body) => {
    server.on(ACCOUNTS, encodedAs(encoding, body));
    const error = await outcome();
    expect(error).toBeInstanceOf(FinicityResponseError);
    expect(error).not.toBeInstanceOf(FinicityConnectionError);
    expect(error).toMatchObject({ status: 200, operation: 'GetCustomerAccounts' });
    expect((error as Error).message).toBe('GetCustomerAccounts answered HTTP 200 with a body that does not decode (Z_DATA_ERROR)');
    // undici's TypeError "terminated", caused by zlib's error.
    expect((error as Error).cause).toMatchObject({ name: 'TypeError', cause: { code: 'Z_DATA_ERROR' } });
    expect(server.requests).toHaveLength(1);
  });

  // Node's brotli errors carry codes such as ERR__ERROR_FORMAT_PADDING_2.
  it('a br body that does not decode', async () => {
    server.on(ACCOUNTS, encodedAs('br', Buffer.from('not brotli at all, not at all')));
    const error = await outcome();
    expect(error).not.toBeInstanceOf(FinicityConnectionError);
    expect(server.requests).toHaveLength(1);
  });

  it('a status that is not transient (500)', async () => {
    server.on(ACCOUNTS, json(500, { code: 1, message: 'broken' }));
    expect(await outcome()).toMatchObject({ status: 500, attempts: 1 });
    expect(server.requests).toHaveLength(1);
  });
});

describe.each(clientKinds)('retried, and what the final answer says, through $name', ({ make }) => {
  it.each([429, 502, 503, 504])('a %s is retried until retries run out', async (status) => {
    server.on(ACCOUNTS, json(status, { code: 1, message: 'later' }));
    const error = await make(options())
      .getCustomerAccounts('1')
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status, attempts: 3 });
    expect(server.requests).toHaveLength(3);
  });

  it.each([
    ['a 503', json(503, {}), false],
    ['a 429', json(429, {}), false],
    ['a 502', text(502, 'bad gateway'), true],
    ['a 504', text(504, 'gateway timeout'), true],
    ['a cut connection', cutMidBody, true],
  ] as const)('a 404 after %s says whether the earlier attempt may have succeeded', async (_what, first, mayHave) => {
    server.on(/accounts\/9$/, first, json(404, { code: 14020, message: 'no such account' }));
    const error = await make(options())
      .deleteCustomerAccount('1', '9')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FinicityApiError);
    expect(error).toMatchObject({ status: 404, attempts: 2, earlierAttemptMayHaveSucceeded: mayHave });
    expect((error as Error).message.endsWith('(earlierAttemptMayHaveSucceeded)]')).toBe(mayHave);
  });

  it('a 500 after a cut connection is not put down to the earlier attempt', async () => {
    server.on(/accounts\/9$/, cutMidBody, json(500, { code: 1, message: 'broken' }));
    await expect(make(options()).deleteCustomerAccount('1', '9')).rejects.toMatchObject({
      status: 500,
      attempts: 2,
      earlierAttemptMayHaveSucceeded: false,
    });
  });

  it('an operation the spec does not allow to repeat is sent once (RefreshCustomerAccounts, a POST)', async () => {
    server.on(ACCOUNTS, json(503, { code: 1, message: 'busy' }));
    await expect(make(options()).refreshCustomerAccounts('1')).rejects.toMatchObject({ status: 503, attempts: 1 });
    expect(server.requests).toHaveLength(1);
  });
});

describe('requests outside the spec’s operations: idempotent methods only', () => {
  const CUSTOM = /^\/custom\/thing$/;
  const call = (method: string) =>
    (createAccountsClient(options()).request as (m: string, u: string) => Promise<{ response: Response }>)(method, '/custom/thing');

  it.each(['GET', 'HEAD', 'DELETE', 'OPTIONS'])('%s is retried after a 503', async (method) => {
    server.on(CUSTOM, text(503, ''), json(200, { ok: true }));
    const { response } = await call(method);
    expect(response.status).toBe(200);
    expect(server.requests.map((request) => request.method)).toEqual([method, method]);
  });

  it.each(['POST', 'PUT', 'PATCH'])('%s is sent once', async (method) => {
    server.on(CUSTOM, text(503, ''), json(200, { ok: true }));
    const { response } = await call(method);
    expect(response.status).toBe(503);
    expect(apiErrorOf(response)).toMatchObject({ status: 503, attempts: 1, operation: `${method} /custom/thing` });
    expect(server.requests).toHaveLength(1);
  });

  it('a method given in lower case is still known for what it is', async () => {
    server.on(CUSTOM, text(503, ''), json(200, { ok: true }));
    const { response } = await call('get');
    expect(response.status).toBe(200);
    expect(server.requests).toHaveLength(2);
  });
});

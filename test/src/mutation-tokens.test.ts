/**
 * The log a client writes (one line per attempt, retry and token request) and the
 * token rules it follows, line by line: which 401 codes renew a token, which token
 * failures are retried, how a waiting call reuses a renewal, and what a refusal carries.
 */
import { describe, expect, it } from 'vitest';
import { type AccountsClientOptions, FinicityApiError, FinicityAuthenticationError } from '../../src/index.js';
import { clientKinds } from '../support/clients.js';
import { cutMidBody, json, useFaultServer } from '../support/fault-server.js';

const server = useFaultServer();

const TOKEN_PATH = /\/aggregation\/v2\/partners\/authentication$/;
const ACCOUNTS = /\/aggregation\/v1\/customers\/[^/]+\/accounts$/;
const APP_KEY = 'app-key-0a1b2c';

/** Issues issued-token-1, issued-token-2, … */
function issuer() {
  let issued = 0;
  return (request: Parameters<Parameters<typeof server.on>[1]>[0], response: Parameters<Parameters<typeof server.on>[1]>[1]) =>
    json(200, { token: `issued-token-${++issued}` })(request, response);
}
const tokenRequests = () => server.requests.filter((request) => TOKEN_PATH.test(request.url));

describe.each(clientKinds)('the log and the token rules through $name', ({ make }) => {
  const partner = (log: string[], extra: Partial<AccountsClientOptions> = {}) =>
    make({
      appKey: APP_KEY,
      partnerId: 'p',
      partnerSecret: 'partner-secret-1',
      baseUrl: server.url,
      retryBaseDelayMs: 0,
      log: (line) => log.push(line),
      ...extra,
    });

  it('logs the token request, each attempt with its time, and each retry with its delay and reason', async () => {
    server.on(TOKEN_PATH, issuer());
    server.on(ACCOUNTS, json(503, {}, { 'x-request-id': 'req-503' }), cutMidBody, json(200, { accounts: [] }));
    const log: string[] = [];
    await partner(log).getCustomerAccounts('1');
    expect(log).toEqual([
      'token: requesting a new token',
      expect.stringMatching(/^CreateToken: HTTP 200 in \d+ ms \(attempt 1\)$/),
      expect.stringMatching(/^GetCustomerAccounts: HTTP 503 in \d+ ms \(attempt 1, request id req-503\)$/),
      'GetCustomerAccounts: retrying in 0 ms after HTTP 503 (retry 1 of 2)',
      expect.stringMatching(/^GetCustomerAccounts: connection failed in \d+ ms \(attempt 2\)$/),
      'GetCustomerAccounts: retrying in 0 ms after no answer (retry 2 of 2)',
      expect.stringMatching(/^GetCustomerAccounts: HTTP 200 in \d+ ms \(attempt 3\)$/),
    ]);
  });

  it.each([
    [10022, 'invalid'],
    [10023, 'expired'],
    ['10023', 'expired'],
  ])('renews the token after a 401 with code %j (%s), logging it, and counts the resend as attempt 2', async (code, trouble) => {
    server.on(TOKEN_PATH, issuer());
    server.on(ACCOUNTS, json(401, { code, message: 'expired' }), json(200, { accounts: [] }));
    const log: string[] = [];
    await expect(partner(log).getCustomerAccounts('1')).resolves.toEqual({ accounts: [] });
    expect(log).toEqual([
      'token: requesting a new token',
      expect.stringMatching(/^CreateToken: HTTP 200 in \d+ ms \(attempt 1\)$/),
      expect.stringMatching(/^GetCustomerAccounts: HTTP 401 in \d+ ms \(attempt 1\)$/),
      `GetCustomerAccounts: token ${trouble} (code ${Number(code)}), renewing it and sending the call once more`,
      'token: requesting a new token',
      expect.stringMatching(/^CreateToken: HTTP 200 in \d+ ms \(attempt 1\)$/),
      expect.stringMatching(/^GetCustomerAccounts: HTTP 200 in \d+ ms \(attempt 2\)$/),
    ]);
    expect(server.requests.filter((request) => ACCOUNTS.test(request.url)).map((request) => request.headers['finicity-app-token'])).toEqual(
      ['issued-token-1', 'issued-token-2'],
    );
  });

  it('counts every request sent in the final error: a renewal, its resend, then a 401 again', async () => {
    server.on(TOKEN_PATH, issuer());
    server.on(ACCOUNTS, json(401, { code: 10023, message: 'expired' }), json(401, { code: 10023, message: 'expired' }));
    const error = await partner([])
      .getCustomerAccounts('1')
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 401, attempts: 2 });
  });

  it.each([
    ['a 401 with another code', 401, { code: 10021, message: 'no' }],
    ['a 401 without a code', 401, { message: 'no' }],
    ['a 403 with an expiry code', 403, { code: 10022, message: 'no' }],
  ])('keeps the token after %s', async (_what, status, body) => {
    server.on(TOKEN_PATH, issuer());
    server.on(ACCOUNTS, json(status, body));
    await expect(partner([], { maxRetries: 0 }).getCustomerAccounts('1')).rejects.toMatchObject({ status });
    expect(tokenRequests()).toHaveLength(1);
  });

  it('calls that meet the same expired token share one renewal', async () => {
    server.on(TOKEN_PATH, issuer());
    let expired = false;
    server.on(ACCOUNTS, (request, response) =>
      expired && request.headers['finicity-app-token'] === 'issued-token-1'
        ? json(401, { code: 10022, message: 'expired' })(request, response)
        : json(200, { accounts: [] })(request, response),
    );
    const client = partner([]);
    await client.getCustomerAccounts('0');
    expired = true;
    await Promise.all(Array.from({ length: 5 }, (_, index) => client.getCustomerAccounts(String(index))));
    expect(tokenRequests()).toHaveLength(2);
    expect(server.requests.filter((request) => request.headers['finicity-app-token'] === 'issued-token-2')).toHaveLength(5);
  });

  it('retries a transient token failure after waiting, and logs the wait', async () => {
    server.on(TOKEN_PATH, json(503, {}), issuer());
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    const log: string[] = [];
    await partner(log, { retryBaseDelayMs: 40 }).getCustomerAccounts('1');
    expect(log.slice(0, 4)).toEqual([
      'token: requesting a new token',
      expect.stringMatching(/^CreateToken: HTTP 503 in \d+ ms \(attempt 1\)$/),
      expect.stringMatching(/^token: waiting \d+ ms after 1 failed request\(s\) before asking again$/),
      'token: requesting a new token',
    ]);
    expect(tokenRequests()).toHaveLength(2);
  });

  it('gives up on token failures after maxRetries, and does not retry one that is not transient', async () => {
    server.on(TOKEN_PATH, json(503, { code: 1, message: 'busy' }));
    const error = await partner([], { maxRetries: 1 })
      .getCustomerAccounts('1')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FinicityApiError);
    expect(error).not.toBeInstanceOf(FinicityAuthenticationError);
    expect(error).toMatchObject({ status: 503, operation: 'CreateToken' });
    expect(tokenRequests()).toHaveLength(2);
    server.reset();
    server.on(TOKEN_PATH, json(500, { code: 1, message: 'broken' }));
    await expect(partner([], { maxRetries: 3 }).getCustomerAccounts('1')).rejects.toMatchObject({ status: 500 });
    expect(tokenRequests()).toHaveLength(1);
  });

  it('a remembered refusal keeps the status, code, body and headers of the first', async () => {
    server.on(TOKEN_PATH, json(403, { code: 10001, message: 'Invalid credentials' }, { 'x-request-id': 'req-9' }));
    const client = partner([]);
    const first = (await client.getCustomerAccounts('1').catch((caught: unknown) => caught)) as FinicityAuthenticationError;
    const again = (await client.getCustomerAccounts('1').catch((caught: unknown) => caught)) as FinicityAuthenticationError;
    expect(first.message).toBe(
      'CreateToken failed with HTTP 403 Forbidden: Invalid credentials (code 10001). Token requests are accepted only from machines ' +
        'in the United States or Canada: a 403 most likely means this one calls from elsewhere (or through a proxy that does)',
    );
    expect(again).toBeInstanceOf(FinicityAuthenticationError);
    expect(again.message).toBe(
      'CreateToken failed with HTTP 403 Forbidden: Invalid credentials (code 10001). Token requests are accepted only from machines ' +
        'in the United States or Canada: a 403 most likely means this one calls from elsewhere (or through a proxy that does). ' +
        'Not trying again: five failed authentications lock the partner account; create a new client with corrected credentials',
    );
    expect(again).toMatchObject({
      status: 403,
      code: 10001,
      body: { code: 10001, message: 'Invalid credentials' },
      operation: 'CreateToken',
    });
    expect(again.requestId).toBe('req-9');
    expect(tokenRequests()).toHaveLength(1);
  });

  it('refuses a token answer that is not JSON, or whose token is not text', async () => {
    server.on(TOKEN_PATH, json(200, { token: 12345678 }), (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"token": "unterminated');
    });
    const client = partner([], { maxRetries: 0 });
    await expect(client.getCustomerAccounts('1')).rejects.toThrow('CreateToken answered HTTP 200 without a token');
    await expect(client.getCustomerAccounts('1')).rejects.toThrow('CreateToken answered HTTP 200 without a token');
    expect(server.requests.filter((request) => ACCOUNTS.test(request.url))).toHaveLength(0);
  });

  it('reuses a token within its lifetime, then asks for a new one, redacting the old one no more', async () => {
    server.on(TOKEN_PATH, issuer());
    server.on(ACCOUNTS, (request, response) =>
      json(500, { message: `echo ${String(request.headers['finicity-app-token'])}` })(request, response),
    );
    let now = 0;
    const client = partner([], { now: () => now, tokenLifetimeMs: 100, maxRetries: 0 });
    const messages: string[] = [];
    // Past the two hours a token is valid (not only its renew-after age), a call waits for a new one.
    const valid = 2 * 60 * 60_000;
    for (const at of [0, valid - 1, valid, 2 * valid + 1]) {
      now = at;
      messages.push(((await client.getCustomerAccounts('1').catch((caught: unknown) => caught)) as Error).message);
    }
    expect(tokenRequests()).toHaveLength(3);
    expect(messages.every((message) => message === 'GetCustomerAccounts failed with HTTP 500 Internal Server Error: echo [redacted]')).toBe(
      true,
    );
  });
});

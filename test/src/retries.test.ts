import { describe, expect, it } from 'vitest';
import { FinicityApiError, FinicityConnectionError } from '../../src/index.js';
import { clientKinds } from '../support/clients.js';
import { cutMidBody, json, text, useFaultServer } from '../support/fault-server.js';

const server = useFaultServer();

const ACCOUNTS = /\/aggregation\/v1\/customers\/[^/]+\/accounts$/;
const accounts = { accounts: [] };

describe.each(clientKinds)('retries through $name', ({ make }) => {
  const options = () => ({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url, retryBaseDelayMs: 5 });

  it('retries a GET after 503 and returns the later 200', async () => {
    server.on(ACCOUNTS, json(503, { code: 1, message: 'busy' }), json(200, accounts));
    await expect(make(options()).getCustomerAccounts('1')).resolves.toEqual(accounts);
    expect(server.requests).toHaveLength(2);
  });

  it('retries a GET whose connection drops mid-body', async () => {
    server.on(ACCOUNTS, cutMidBody, json(200, accounts));
    await expect(make(options()).getCustomerAccounts('1')).resolves.toEqual(accounts);
    expect(server.requests).toHaveLength(2);
  });

  it('retries a DELETE after 504', async () => {
    server.on(/accounts\/9$/, text(504, ''), (_request, response) => void response.writeHead(204).end());
    await make(options()).deleteCustomerAccount('1', '9');
    expect(server.requests.map((request) => request.method)).toEqual(['DELETE', 'DELETE']);
  });

  it('honours Retry-After in seconds on 429', async () => {
    server.on(ACCOUNTS, json(429, { code: 1, message: 'slow down' }, { 'retry-after': '1' }), json(200, accounts));
    const started = performance.now();
    await make(options()).getCustomerAccounts('1');
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(server.requests).toHaveLength(2);
  });

  it('gives up after maxRetries and reports the last answer, HTML from a proxy included', async () => {
    server.on(ACCOUNTS, text(502, '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>', 'text/html'));
    const error = await make(options())
      .getCustomerAccounts('1')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FinicityApiError);
    expect(error).toMatchObject({ status: 502, code: undefined, operation: 'GetCustomerAccounts' });
    expect((error as Error).message).toBe('GetCustomerAccounts failed with HTTP 502 Bad Gateway: HTML page "502 Bad Gateway"');
    expect(server.requests).toHaveLength(3);
  });

  it('gives up on a connection that keeps failing with a connection error', async () => {
    server.on(ACCOUNTS, cutMidBody);
    const error = await make({ ...options(), maxRetries: 1 })
      .getCustomerAccounts('1')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FinicityConnectionError);
    expect((error as Error).message).toMatch(/^GetCustomerAccounts: the connection failed before a complete response/);
    expect(server.requests).toHaveLength(2);
  });

  it('never retries a refresh (POST), whatever the status', async () => {
    server.on(ACCOUNTS, json(503, { code: 1, message: 'busy' }));
    await expect(make(options()).refreshCustomerAccounts('1')).rejects.toMatchObject({ status: 503, operation: 'RefreshCustomerAccounts' });
    expect(server.requests).toHaveLength(1);
  });

  it('falls back to backoff for a Retry-After that is neither delta-seconds nor an HTTP date', async () => {
    server.on(
      ACCOUNTS,
      json(503, { code: 1, message: 'busy' }, { 'retry-after': '-5' }),
      json(503, {}, { 'retry-after': 'soon 12' }),
      json(200, accounts),
    );
    const started = performance.now();
    await expect(make({ ...options(), retryBaseDelayMs: 100 }).getCustomerAccounts('1')).resolves.toEqual(accounts);
    // Backoff: at least 50 ms, then at least 100 ms (jitter halves at most); read as dates, both would be 0.
    expect(performance.now() - started).toBeGreaterThanOrEqual(150);
  });

  it('reports a DELETE answered 404 after an attempt whose answer was lost as possibly done earlier', async () => {
    server.on(/accounts\/9$/, cutMidBody, json(404, { code: 38003, message: 'Account not found' }));
    const error = (await make(options())
      .deleteCustomerAccount('1', '9')
      .catch((caught: unknown) => caught)) as FinicityApiError;
    expect(error).toBeInstanceOf(FinicityApiError);
    expect(error).toMatchObject({ status: 404, attempts: 2, earlierAttemptMayHaveSucceeded: true });
    expect(error.message).toContain('an earlier attempt got no usable answer and may have succeeded');
  });

  it('does not flag a plain 404 on the first attempt', async () => {
    server.on(/accounts\/9$/, json(404, { code: 38003, message: 'Account not found' }));
    await expect(make(options()).deleteCustomerAccount('1', '9')).rejects.toMatchObject({
      status: 404,
      attempts: 1,
      earlierAttemptMayHaveSucceeded: false,
    });
  });

  it('does not retry a client error such as 404', async () => {
    server.on(ACCOUNTS, json(404, { code: '14001', message: 'Customer not found.' }));
    await expect(make(options()).getCustomerAccounts('1')).rejects.toMatchObject({ status: 404, code: 14001 });
    expect(server.requests).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { FinicityTimeoutError } from '../../src/index.js';
import { clientKinds } from '../support/clients.js';
import { json, stall, useFaultServer } from '../support/fault-server.js';

const server = useFaultServer();

const ACCOUNTS = /\/aggregation\/v1\/customers\/[^/]+\/accounts$/;

describe.each(clientKinds)('timeouts through $name', ({ make }) => {
  const options = () => ({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url, timeoutMs: 100, maxRetries: 0 });

  it('abandons a stalled call and names the operation and the limit', async () => {
    server.on(ACCOUNTS, stall(2_000));
    const started = performance.now();
    const error = await make(options())
      .getCustomerAccounts('1')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FinicityTimeoutError);
    expect((error as Error).message).toBe('GetCustomerAccounts timed out after 100 ms');
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("gives a refresh the spec's own, longer timeout instead of the client's", async () => {
    server.on(ACCOUNTS, stall(250, json(200, { accounts: [] })));
    await expect(make(options()).refreshCustomerAccounts('1')).resolves.toEqual({ accounts: [] });
  });

  it("cancels at once when the caller's AbortSignal fires", async () => {
    server.on(ACCOUNTS, stall(5_000));
    const controller = new AbortController();
    const started = performance.now();
    setTimeout(() => controller.abort(), 30);
    const error = await make({ ...options(), timeoutMs: 10_000 })
      .getCustomerAccounts('1', controller.signal)
      .catch((caught: unknown) => caught);
    expect((error as Error).name).toBe('AbortError');
    expect(performance.now() - started).toBeLessThan(500);
  });
});

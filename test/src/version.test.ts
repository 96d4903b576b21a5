import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { createAccountsApi } from '../../src/index.js';
import { PACKAGE_VERSION } from '../../src/version.js';
import { json, useFaultServer } from '../support/fault-server.js';
import { repoRoot } from '../support/run-script.js';

const server = useFaultServer();

describe('identification', () => {
  it('the version constant follows package.json', () => {
    expect(PACKAGE_VERSION).toBe(JSON.parse(readFileSync(`${repoRoot}/package.json`, 'utf8')).version);
  });

  it('sends a User-Agent naming the package, its version and Node, and errors carry the request id', async () => {
    server.on(/accounts$/, json(404, { code: 38003, message: 'gone' }, { 'x-request-id': 'req-77' }));
    const error = await createAccountsApi({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url })
      .getCustomerAccounts({ customerId: '1' })
      .catch((caught: unknown) => caught);
    expect(server.requests[0]!.headers['user-agent']).toBe(`finicity-accounts/${PACKAGE_VERSION} node/${process.versions.node}`);
    expect(error).toMatchObject({ status: 404, requestId: 'req-77' });
  });

  it('names no runtime where there is no Node process, as in a browser', async () => {
    server.on(/accounts$/, json(200, { accounts: [] }));
    // The User-Agent is settled when the client is made; Node's process comes back at once.
    vi.stubGlobal('process', undefined);
    let api: ReturnType<typeof createAccountsApi>;
    try {
      api = createAccountsApi({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url });
    } finally {
      vi.unstubAllGlobals();
    }
    await api.getCustomerAccounts({ customerId: '1' });
    expect(server.requests[0]!.headers['user-agent']).toBe(`finicity-accounts/${PACKAGE_VERSION}`);
  });
});

/** Errors a user can branch on: a refused token is a FinicityAuthenticationError that says what to do; a token request that cannot connect names the call and the host. */
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { connectionAdvice, unauthorizedHint } from '../../src/errors.js';
import { createAccountsApi, FinicityApiError, FinicityAuthenticationError, FinicityConnectionError } from '../../src/index.js';
import { clientKinds } from '../support/clients.js';
import { json, useFaultServer } from '../support/fault-server.js';

const server = useFaultServer();
const TOKEN_PATH = /partners\/authentication$/;
const ACCOUNTS = /\/aggregation\/v1\/customers\/[^/]+\/accounts$/;
const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('expected a failure'),
    (caught: unknown) => caught as Error,
  );

describe('unauthorizedHint and connectionAdvice', () => {
  it('says that a fixed token is never renewed when it expired', () => {
    expect(unauthorizedHint(true, true)).toMatch(/a fixed appToken is never renewed: give a new one, or give partnerId and partnerSecret/);
    expect(unauthorizedHint(true, false)).toMatch(/^The appToken or the app key was refused/);
    expect(unauthorizedHint(false, true)).toMatch(/check that appKey belongs to the partner/);
    expect(unauthorizedHint(false, false)).toBe(unauthorizedHint(false, true));
  });

  it('advises by the network code, naming the host', () => {
    expect(connectionAdvice('api.example', 'ENOTFOUND')).toBe(
      'api.example does not resolve from this machine: check baseUrl and the DNS settings',
    );
    expect(connectionAdvice('api.example', 'EAI_AGAIN')).toBe(connectionAdvice('api.example', 'ENOTFOUND'));
    expect(connectionAdvice('api.example:8443', 'ECONNREFUSED')).toBe('nothing accepts connections at api.example:8443: check baseUrl');
    expect(connectionAdvice('api.example', 'ECONNRESET')).toMatch(
      /^check that this machine reaches api.example \(network, firewall, proxy/,
    );
    // Only the whole code counts.
    for (const code of ['XENOTFOUND', 'ENOTFOUNDX', 'EAI_AGAINX'])
      expect(connectionAdvice('api.example', code)).toMatch(/^check that this machine reaches/);
  });
});

describe.each(clientKinds)('a 401 on a call through $name', ({ make }) => {
  it('with an expired fixed appToken: a FinicityAuthenticationError saying a fixed token is never renewed', async () => {
    server.on(ACCOUNTS, json(401, { code: 10023, message: 'Expired token' }));
    const client = make({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url });
    const error = await failureOf(client.getCustomerAccounts('1'));
    expect(error).toBeInstanceOf(FinicityAuthenticationError);
    expect(error).toBeInstanceOf(FinicityApiError);
    expect(error).toMatchObject({ status: 401, code: 10023, operation: 'GetCustomerAccounts' });
    expect(error.message).toBe(
      'GetCustomerAccounts failed with HTTP 401 Unauthorized: Expired token (code 10023). ' +
        'The appToken has expired, and a fixed appToken is never renewed: give a new one, or give partnerId and ' +
        'partnerSecret instead so that the client requests and renews tokens itself',
    );
    expect(server.requests).toHaveLength(1);
  });

  it('with partner credentials, after the one renewal: a FinicityAuthenticationError naming the app key', async () => {
    server.on(TOKEN_PATH, json(200, { token: 'issued-token-123' }));
    server.on(ACCOUNTS, json(401, { code: 10023, message: 'Expired token' }));
    const client = make({ appKey: 'test-app-key', partnerId: 'p', partnerSecret: 'test-partner-secret', baseUrl: server.url });
    const error = await failureOf(client.getCustomerAccounts('1'));
    expect(error).toBeInstanceOf(FinicityAuthenticationError);
    expect(error.message).toMatch(/check that appKey belongs to the partner whose credentials are given$/);
    expect(server.requests.filter((request) => ACCOUNTS.test(request.url))).toHaveLength(2);
  });
});

describe('a token request that cannot connect', () => {
  it('names the call, the token operation, the host and what to do', async () => {
    // A port nothing listens on: taken, then closed.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as { port: number };
    await new Promise((resolve) => closed.close(resolve));
    const api = createAccountsApi({
      appKey: 'test-app-key',
      partnerId: 'p',
      partnerSecret: 'test-partner-secret',
      baseUrl: `http://127.0.0.1:${port}`,
      retryBaseDelayMs: 1,
    });
    const error = await failureOf(api.getCustomerAccounts({ customerId: '1' }));
    expect(error).toBeInstanceOf(FinicityConnectionError);
    expect(error).toMatchObject({ operation: 'GetCustomerAccounts' });
    expect(error.message).toBe(
      'GetCustomerAccounts could not get an access token: CreateToken: the connection failed before a complete response ' +
        `(ECONNREFUSED). nothing accepts connections at 127.0.0.1:${port}: check baseUrl`,
    );
    expect(error.cause).toBeInstanceOf(FinicityConnectionError);
  });
});

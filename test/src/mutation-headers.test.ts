/**
 * Caller headers that collide with the transport's, in every shape a caller can give
 * them (a plain object and an array through the class client, `Headers` through
 * openapi-fetch), whatever their case: the app key and token are always the client's
 * own, sent once; the caller's Accept and User-Agent replace the defaults; other headers
 * pass through.
 */
import { describe, expect, it } from 'vitest';
import { createAccountsApi, createAccountsClient } from '../../src/index.js';
import { PACKAGE_VERSION } from '../../src/version.js';
import { json, useFaultServer } from '../support/fault-server.js';

const server = useFaultServer();

const ACCOUNTS = /\/aggregation\/v1\/customers\/[^/]+\/accounts$/;
const APP_KEY = 'app-key-a1b2c3';
const TOKEN = 'fixed-token-d4e5f6';
const options = () => ({ appKey: APP_KEY, appToken: TOKEN, baseUrl: server.url, maxRetries: 0 });

const colliding = {
  'Finicity-App-Key': 'caller-key-zzz',
  'FINICITY-APP-TOKEN': 'caller-token-zzz',
  Accept: 'application/vnd.caller+json',
  'User-Agent': 'caller-agent/1.0',
  'X-Trace-Id': 'trace-42',
};

const sentHeaders = () => {
  expect(server.requests).toHaveLength(1);
  return server.requests[0]!.headers;
};

const expectTransportWins = () =>
  expect(sentHeaders()).toMatchObject({
    'finicity-app-key': APP_KEY,
    'finicity-app-token': TOKEN,
    accept: 'application/vnd.caller+json',
    'user-agent': 'caller-agent/1.0',
    'x-trace-id': 'trace-42',
  });

describe('caller headers that collide with the transport’s', () => {
  it('as a plain object (class client)', async () => {
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    await createAccountsApi(options()).getCustomerAccounts({ customerId: '1' }, { headers: colliding });
    expectTransportWins();
  });

  it('as an array of pairs (class client)', async () => {
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    await createAccountsApi(options()).getCustomerAccounts({ customerId: '1' }, { headers: Object.entries(colliding) });
    expectTransportWins();
  });

  it('as Headers (openapi-fetch)', async () => {
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    await createAccountsClient(options()).GET('/aggregation/v1/customers/{customerId}/accounts', {
      params: { path: { customerId: '1' } },
      headers: colliding,
    });
    expectTransportWins();
  });

  it('without caller headers: JSON and the package named, with the client’s key and token', async () => {
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    await createAccountsApi(options()).getCustomerAccounts({ customerId: '1' }, { headers: {} });
    const headers = sentHeaders();
    expect(headers).toMatchObject({ accept: 'application/json', 'finicity-app-key': APP_KEY, 'finicity-app-token': TOKEN });
    expect(headers['user-agent']).toBe(`finicity-accounts/${PACKAGE_VERSION} node/${process.versions.node}`);
  });
});

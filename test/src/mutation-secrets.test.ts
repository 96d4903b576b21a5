/**
 * Secrets where no attempt is running: a fixed token echoed by a user's middleware before
 * the transport runs, the credentials of a token request whose body is no JSON object,
 * and the shared store's key derivation failing with nobody waiting on it.
 */
import { describe, expect, it } from 'vitest';
import { createAccountsClient, createAuthenticationApi, FinicityApiError, FinicityUnexpectedError } from '../../src/index.js';
import { resolveOptions } from '../../src/options.js';
import { SharedCredentials } from '../../src/token/shared.js';
import { memoryCredentialStore } from '../../src/token/store.js';
import { createTransport } from '../../src/transport.js';
import { json, useFaultServer } from '../support/fault-server.js';

const server = useFaultServer();
const APP_KEY = 'app-key-5d1f0b';
const FIXED_TOKEN = 'fixed-token-a8e2c7';
const ACCOUNTS = /\/aggregation\/v1\/customers\/[^/]+\/accounts$/;
const TOKEN_PATH = /partners\/authentication$/;

describe('a fixed token', () => {
  it('is redacted from what a middleware throws before any request is sent', async () => {
    const client = createAccountsClient({ appKey: APP_KEY, appToken: FIXED_TOKEN, baseUrl: server.url });
    client.use({
      onRequest: () => {
        throw new Error(`configuration with ${FIXED_TOKEN} refused`);
      },
    });
    const error = await client
      .GET('/aggregation/v1/customers/{customerId}/accounts', { params: { path: { customerId: '1' } } })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FinicityUnexpectedError);
    expect((error as Error).message).toBe('the request failed unexpectedly: Error: configuration with [redacted] refused');
    expect(String((error as Error).cause)).not.toContain(FIXED_TOKEN);
    expect(server.requests).toHaveLength(0);
  });
});

describe('a token request sent with a body of the caller’s own', () => {
  it('that is no JSON object takes nothing from it to redact, and the answer is shown whole', async () => {
    server.on(TOKEN_PATH, json(401, { code: 10001, message: 'partner credentials look wrong to us' }));
    const client = createAccountsClient({ appKey: APP_KEY, appToken: FIXED_TOKEN, baseUrl: server.url });
    for (const body of ['partner credentials look wrong to us', '"partner credentials look wrong to us"']) {
      const { error, response } = await client.POST('/aggregation/v2/partners/authentication', {
        body: body as never,
        bodySerializer: (value: unknown) => String(value),
        headers: { 'content-type': 'application/json' },
      });
      expect(error).toEqual({ code: 10001, message: 'partner credentials look wrong to us' });
      expect(response.status).toBe(401);
    }
  });

  it('that is a JSON object has each long string value redacted from the answer', async () => {
    server.on(TOKEN_PATH, json(401, { code: 10001, message: 'secret abcd1234 refused for p-7' }));
    const authentication = createAuthenticationApi({ appKey: APP_KEY, baseUrl: server.url });
    const error = await authentication
      .createToken({ partnerCredentials: { partnerId: 'p-7', partnerSecret: 'abcd1234' } })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FinicityApiError);
    // A secret of the shortest plausible length goes; the partner id is shorter than any secret, so it stays.
    expect((error as Error).message).toContain('secret [redacted] refused for p-7');
  });
});

describe('the transport', () => {
  it('sends a GET when it is given no method, as fetch does', async () => {
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    const transport = createTransport(resolveOptions({ appKey: APP_KEY, appToken: FIXED_TOKEN, baseUrl: server.url }), 'test-agent');
    const response = await transport(`${server.url}/aggregation/v1/customers/1/accounts`, {});
    expect(response.status).toBe(200);
    expect(server.requests[0]!.method).toBe('GET');
  });
});

describe('the shared store’s key', () => {
  it('leaves no rejection unhandled when it cannot be derived and nobody asks for it', async () => {
    const unhandled: unknown[] = [];
    const note = (reason: unknown) => void unhandled.push(reason);
    process.on('unhandledRejection', note);
    try {
      const parts = {
        appKey: 42 as unknown as string,
        partnerId: 'p',
        partnerSecret: 'partner-secret-for-keys',
        baseUrl: 'https://x.test',
      };
      new SharedCredentials({ store: memoryCredentialStore(), budgetMs: 100, log: undefined, channel: undefined }, parts);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', note);
    }
  });
});

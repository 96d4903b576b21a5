import { describe, expect, it } from 'vitest';
import { FinicityAuthenticationError, FinicityResponseError } from '../../src/index.js';
import { clientKinds } from '../support/clients.js';
import { type Behaviour, json, stall, useFaultServer } from '../support/fault-server.js';

const server = useFaultServer();

const TOKEN_PATH = /\/aggregation\/v2\/partners\/authentication$/;
const ACCOUNTS = /\/aggregation\/v1\/customers\/[^/]+\/accounts$/;
const partner = { partnerId: '1234583871234', partnerSecret: 'partner-secret-value' };

/** Issues token-1, token-2, … and answers accounts calls only for the current token. */
function tokenIssuer(delayMs = 20) {
  let issued = 0;
  const issue: Behaviour = stall(delayMs, (_request, response) => {
    issued += 1;
    json(200, { token: `token-${issued}` })(_request, response);
  });
  return { issue, current: () => `token-${issued}` };
}

const tokenRequests = () => server.requests.filter((request) => TOKEN_PATH.test(request.url));
const accountRequests = () => server.requests.filter((request) => ACCOUNTS.test(request.url));

describe.each(clientKinds)('partner authentication through $name', ({ make }) => {
  const options = (extra = {}) => ({ appKey: 'app-key-value', ...partner, baseUrl: server.url, retryBaseDelayMs: 1, ...extra });

  it('sends CreateToken with the app key and credentials, then uses the token on every call', async () => {
    const issuer = tokenIssuer();
    server.on(TOKEN_PATH, issuer.issue);
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    const client = make(options());
    await client.getCustomerAccounts('1');
    await client.getCustomerAccounts('2');
    expect(tokenRequests()).toHaveLength(1);
    const [tokenRequest] = tokenRequests();
    expect(tokenRequest?.method).toBe('POST');
    expect(tokenRequest?.headers['finicity-app-key']).toBe('app-key-value');
    expect(tokenRequest?.headers['finicity-app-token']).toBeUndefined();
    expect(JSON.parse(tokenRequest?.body ?? '{}')).toEqual(partner);
    expect(accountRequests().map((request) => request.headers['finicity-app-token'])).toEqual(['token-1', 'token-1']);
  });

  it('refuses a CreateToken answer without a usable token, before sending it anywhere', async () => {
    server.on(TOKEN_PATH, json(200, { token: '' }), json(200, { token: 'line\nbreak-token' }));
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    const client = make(options());
    const missing = await client.getCustomerAccounts('1').catch((caught: unknown) => caught);
    expect(missing).toBeInstanceOf(FinicityResponseError);
    expect((missing as Error).message).toBe('CreateToken answered HTTP 200 without a token');
    const unusable = await client.getCustomerAccounts('1').catch((caught: unknown) => caught);
    expect((unusable as Error).message).toBe('CreateToken answered HTTP 200 with a token no HTTP header can carry');
    expect(JSON.stringify(unusable)).not.toContain('break-token');
    expect(accountRequests()).toHaveLength(0);
  });

  it('makes exactly one CreateToken for a burst of 50 concurrent calls', async () => {
    server.on(TOKEN_PATH, tokenIssuer(50).issue);
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    const client = make(options());
    await Promise.all(Array.from({ length: 50 }, (_, index) => client.getCustomerAccounts(String(index))));
    expect(tokenRequests()).toHaveLength(1);
    expect(accountRequests()).toHaveLength(50);
    expect(new Set(accountRequests().map((request) => request.headers['finicity-app-token']))).toEqual(new Set(['token-1']));
  });

  it('renews the token in the background once it is older than the configured lifetime, while calls keep it (injectable clock)', async () => {
    server.on(TOKEN_PATH, tokenIssuer(1).issue);
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    let now = 1_000_000;
    const client = make(options({ now: () => now }));
    await client.getCustomerAccounts('1');
    now += 89 * 60_000;
    await client.getCustomerAccounts('1');
    expect(tokenRequests()).toHaveLength(1);
    now += 2 * 60_000;
    // Past 90 minutes: this call still carries token-1 and starts one renewal nobody waits for.
    await client.getCustomerAccounts('1');
    await expect.poll(() => tokenRequests().length).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await client.getCustomerAccounts('1');
    expect(tokenRequests()).toHaveLength(2);
    expect(accountRequests().map((request) => request.headers['finicity-app-token'])).toEqual(['token-1', 'token-1', 'token-1', 'token-2']);
  });

  it('waits for a new token once the one it has is past the two hours a token is valid', async () => {
    server.on(TOKEN_PATH, tokenIssuer(1).issue);
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    let now = 1_000_000;
    const client = make(options({ now: () => now }));
    await client.getCustomerAccounts('1');
    now += 120 * 60_000;
    await client.getCustomerAccounts('1');
    expect(tokenRequests()).toHaveLength(2);
    expect(accountRequests().map((request) => request.headers['finicity-app-token'])).toEqual(['token-1', 'token-2']);
  });

  it('renews and replays once when a call meets an expired token mid-run', async () => {
    const issuer = tokenIssuer(1);
    server.on(TOKEN_PATH, issuer.issue);
    server.on(ACCOUNTS, (request, response) =>
      request.headers['finicity-app-token'] === 'token-1' && issuer.current() === 'token-1'
        ? json(401, { code: '10022', message: 'Invalid authorization credentials' })(request, response)
        : json(200, { accounts: [] })(request, response),
    );
    const client = make(options());
    await expect(client.getCustomerAccounts('1')).resolves.toEqual({ accounts: [] });
    expect(tokenRequests()).toHaveLength(2);
    expect(accountRequests().map((request) => request.headers['finicity-app-token'])).toEqual(['token-1', 'token-2']);
  });

  it('does not loop when the renewed token is refused too', async () => {
    server.on(TOKEN_PATH, tokenIssuer(1).issue);
    server.on(ACCOUNTS, json(401, { code: 10022, message: 'Invalid authorization credentials' }));
    await expect(make(options()).getCustomerAccounts('1')).rejects.toMatchObject({ status: 401, code: 10022 });
    expect(tokenRequests()).toHaveLength(2);
    expect(accountRequests()).toHaveLength(2);
  });

  it('makes one CreateToken attempt when it answers 401, however many calls wait, and remembers the refusal', async () => {
    server.on(TOKEN_PATH, stall(30, json(401, { code: 10001, message: 'Invalid credentials' })));
    const client = make(options());
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => client.getCustomerAccounts('1')));
    expect(results.every((result) => result.status === 'rejected' && result.reason instanceof FinicityAuthenticationError)).toBe(true);
    const later = await client.getCustomerAccounts('1').catch((caught: unknown) => caught);
    expect(later).toBeInstanceOf(FinicityAuthenticationError);
    expect((later as Error).message).toMatch(/Not trying again: five failed authentications lock the partner account/);
    expect(later).toMatchObject({ status: 401, code: 10001, operation: 'CreateToken' });
    expect(tokenRequests()).toHaveLength(1);
    expect(accountRequests()).toHaveLength(0);
  });

  it('treats a 400 from CreateToken as a refusal too', async () => {
    server.on(TOKEN_PATH, json(400, { code: '10010', message: '"partnerId" is required' }));
    const client = make(options());
    await expect(client.getCustomerAccounts('1')).rejects.toBeInstanceOf(FinicityAuthenticationError);
    await expect(client.getCustomerAccounts('1')).rejects.toBeInstanceOf(FinicityAuthenticationError);
    expect(tokenRequests()).toHaveLength(1);
  });
});

describe.each(clientKinds)('a fixed token through $name', ({ make }) => {
  it('is sent as given, with the app key, and never renewed', async () => {
    server.on(ACCOUNTS, json(401, { code: 10022, message: 'Invalid authorization credentials' }));
    const client = make({ appKey: 'app-key-value', appToken: 'fixed-token', baseUrl: server.url });
    await expect(client.getCustomerAccounts('1')).rejects.toMatchObject({ status: 401 });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.headers['finicity-app-key']).toBe('app-key-value');
    expect(server.requests[0]?.headers['finicity-app-token']).toBe('fixed-token');
  });
});

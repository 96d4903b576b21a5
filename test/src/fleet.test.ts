/**
 * Many processes, one partner account: 20 real Node processes share a real redis-server
 * through `redisCredentialStore`, against a server that counts token requests. The
 * lockout counts refused authentications per partner, across every process, so these
 * numbers are for the whole fleet.
 */
import { createClient } from 'redis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { STORE_RETRY_AFTER_MS } from '../../src/token/shared.js';
import { json, stall, useFaultServer } from '../support/fault-server.js';
import { type Fleet, startFleet } from '../support/fleet.js';
import { useRedisServer } from '../support/redis-server.js';

const server = useFaultServer();
const redis = useRedisServer();
const TOKEN_PATH = /\/aggregation\/v2\/partners\/authentication$/;
const ACCOUNTS = /\/aggregation\/v1\/customers\/[^/]+\/accounts$/;
const SIZE = 20;
const GOOD_SECRET = 'fleet-partner-secret-good';

const tokenRequests = () => server.requests.filter((request) => TOKEN_PATH.test(request.url));
/** Issues fleet-token-1, -2, …; accounts calls succeed for tokens not in `expired`. */
function finicity(options: { delayMs?: number } = {}) {
  let issued = 0;
  const expired = new Set<string>();
  server.on(
    TOKEN_PATH,
    stall(options.delayMs ?? 30, (request, response) => {
      issued += 1;
      json(200, { token: `fleet-token-${issued}` })(request, response);
    }),
  );
  server.on(ACCOUNTS, (request, response) => {
    const token = String(request.headers['finicity-app-token']);
    if (expired.has(token)) json(401, { code: 10023, message: 'Token has expired' })(request, response);
    else json(200, { accounts: [] })(request, response);
  });
  return {
    expireAll: () => {
      for (let token = 1; token <= issued; token++) expired.add(`fleet-token-${token}`);
    },
  };
}

let fleet: Fleet;
beforeAll(async () => {
  fleet = await startFleet({ size: SIZE, baseUrl: server.url, redisUrl: redis.url });
}, 120_000);
afterAll(() => fleet.close());
afterEach(async () => {
  const client = createClient({ url: redis.url });
  await client.connect();
  await client.flushAll();
  await client.close();
});

const everyCall = (results: string[][]) => results.flat();

describe(`a fleet of ${SIZE} processes on one Redis store`, { timeout: 120_000 }, () => {
  it('with a stale secret sends exactly one refused token request in all, and every call fails as a refusal', async () => {
    server.on(TOKEN_PATH, stall(50, json(401, { code: 10001, message: 'Invalid credentials' })));
    await fleet.client('fleet-partner-secret-stale');
    const results = everyCall([...(await fleet.calls(2)), ...(await fleet.calls(1))]);
    expect(tokenRequests()).toHaveLength(1);
    expect(results).toHaveLength(SIZE * 3);
    for (const result of results) expect(result).toMatch(/^FinicityAuthenticationError: /);
    // The processes that sent nothing say the refusal was recorded and shared.
    expect(results.filter((result) => /recorded in the shared credential store at .* and shared/.test(result)).length).toBeGreaterThan(0);
  });

  it('with a good secret sends exactly one token request, and every call is answered', async () => {
    finicity();
    await fleet.client(GOOD_SECRET);
    expect(everyCall(await fleet.calls(3))).toEqual(Array(SIZE * 3).fill('ok'));
    expect(tokenRequests()).toHaveLength(1);
  });

  it('retires an expired token for the whole fleet once: one renewal, whoever meets the expiry first', async () => {
    const api = finicity();
    await fleet.client(GOOD_SECRET);
    await fleet.calls(1);
    api.expireAll();
    // One process meets the expiry first and renews; then every other one meets it with its own copy.
    expect(everyCall(await fleet.calls(1, [0]))).toEqual(['ok']);
    expect(everyCall(await fleet.calls(2))).toEqual(Array(SIZE * 2).fill('ok'));
    expect(tokenRequests()).toHaveLength(2);
  });

  it('holds no secret in any Redis key or value, in any form the redaction list knows', async () => {
    finicity();
    await fleet.client(GOOD_SECRET);
    await fleet.calls(1);
    const client = createClient({ url: redis.url });
    await client.connect();
    const stored: string[] = [];
    for await (const keys of client.scanIterator()) {
      for (const key of keys) stored.push(key, String(await client.get(key)));
    }
    await client.close();
    expect(stored.some((entry) => entry.startsWith('finicity-accounts:token:'))).toBe(true);
    const secrets = ['fleet-app-key-0001', GOOD_SECRET, 'fleet-token-1'];
    const forms = secrets.flatMap((secret) => [
      secret,
      Buffer.from(secret).toString('base64').replace(/=+$/, ''),
      Buffer.from(secret).toString('base64url'),
      Buffer.from(secret).toString('hex'),
      encodeURIComponent(secret),
    ]);
    for (const entry of stored) for (const form of forms) expect(entry.toLowerCase()).not.toContain(form.toLowerCase());
  });

  it('goes on without Redis killed, paused or restarted empty: no call fails, one token request per process at most, sharing again after', async () => {
    const api = finicity();
    await fleet.client(GOOD_SECRET);
    await fleet.calls(1);
    const requestsPerProcess = () => fleet.logs().map((lines) => lines.filter((line) => line === 'token: requesting a new token').length);
    const outage = async (stop: () => Promise<void> | void) => {
      const before = requestsPerProcess();
      await stop();
      expect(everyCall(await fleet.calls(1))).toEqual(Array(SIZE).fill('ok'));
      // An expiry while the store is away: each process renews on its own, once.
      api.expireAll();
      expect(everyCall(await fleet.calls(2))).toEqual(Array(SIZE * 2).fill('ok'));
      const after = requestsPerProcess();
      for (const [index, count] of after.entries()) expect(count - before[index]!).toBeLessThanOrEqual(1);
    };
    const sharingAgain = async () => {
      await new Promise((resolve) => setTimeout(resolve, STORE_RETRY_AFTER_MS + 500));
      const before = tokenRequests().length;
      api.expireAll();
      expect(everyCall(await fleet.calls(2))).toEqual(Array(SIZE * 2).fill('ok'));
      expect(tokenRequests().length - before).toBe(1);
    };
    await outage(() => redis.kill());
    await redis.restart();
    await sharingAgain();
    await outage(() => redis.pause());
    redis.resume();
    await sharingAgain();
    expect(
      fleet
        .logs()
        .flat()
        .some((line) => line.startsWith('credential store: answering again')),
    ).toBe(true);
  });

  it('lets another process take over once a lease holder dies during its token request', async () => {
    let issued = 0;
    server.on(
      TOKEN_PATH,
      // The first request never gets an answer: its sender is killed while it waits.
      (_request, _response) => new Promise<void>(() => undefined),
      (request, response) => {
        issued += 1;
        json(200, { token: `fleet-token-after-${issued}` })(request, response);
      },
    );
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    await fleet.client(GOOD_SECRET, 2_000);
    const running = fleet.calls(1);
    const holder = await fleet.whenLogged(/token: requesting a new token/);
    fleet.kill(holder);
    // The others waited within their own 20 s; the lease (2 s request timeout + 1 s) lapsed and one of them asked.
    const results = await running;
    expect(results[holder]).toEqual(['exited']);
    expect(everyCall(results.filter((_, index) => index !== holder))).toEqual(Array(SIZE - 1).fill('ok'));
    expect(tokenRequests()).toHaveLength(2);
  });
});

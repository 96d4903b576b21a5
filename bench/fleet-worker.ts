/**
 * One process of the bench's fleet (bench/fleet.ts), bundled with the package's source:
 * a class client on the shared Redis credential store, driven over IPC.
 *   `{ advance: ms }` moves this process's token clock forward (answers `{ advanced: true }`);
 *   `{ run: ms, intervalMs }` calls for `ms`, one call at a time with a pause between,
 *   and answers `{ latencies, failures, storeUnavailable }` (how often the client found
 *   the store unavailable and went on with its own memory);
 *   `{ exit: true }` quits.
 * Environment: BASE_URL, REDIS_URL, STORE_TIMEOUT_MS (the client's credentialStoreTimeoutMs).
 */
import { subscribe } from 'node:diagnostics_channel';
import { createClient } from 'redis';
import { CHANNELS } from '../src/diagnostics.js';
import { createAccountsApi } from '../src/index.js';
import { redisCredentialStore } from '../src/redis/index.js';

type Command = { advance: number } | { run: number; intervalMs: number } | { exit: true };

const redis = createClient({ url: process.env.REDIS_URL });
redis.on('error', () => undefined);
await redis.connect();

/** How far this process's token clock is ahead of the real one: as if hours passed between windows. */
let clockOffsetMs = 0;
const api = createAccountsApi({
  appKey: 'bench-fleet-app-key',
  partnerId: '1234583871234',
  partnerSecret: 'bench-fleet-partner-secret',
  baseUrl: process.env.BASE_URL,
  credentialStore: redisCredentialStore(redis),
  ...(process.env.STORE_TIMEOUT_MS && { credentialStoreTimeoutMs: Number(process.env.STORE_TIMEOUT_MS) }),
  now: () => Date.now() + clockOffsetMs,
});

/** Each time the client found the store unavailable: then it asks for its own token, as it should, and the window shows one more. */
let storeUnavailable = 0;
subscribe(CHANNELS.credentialStore, (event) => {
  if ((event as { state?: string }).state === 'unavailable') storeUnavailable++;
});

async function run(ms: number, intervalMs: number) {
  const latencies: number[] = [];
  const failures: string[] = [];
  storeUnavailable = 0;
  const end = performance.now() + ms;
  while (performance.now() < end) {
    const begun = performance.now();
    await api.getCustomerAccounts({ customerId: '1005061234' }).catch((error: Error) => failures.push(`${error.name}: ${error.message}`));
    latencies.push(performance.now() - begun);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  return { latencies, failures, storeUnavailable };
}

process.on('message', async (command: Command) => {
  if ('advance' in command) {
    clockOffsetMs += command.advance;
    process.send!({ advanced: true });
  } else if ('run' in command) {
    process.send!(await run(command.run, command.intervalMs));
  } else {
    await redis.close();
    process.disconnect();
  }
});
process.send!({ ready: true });

/**
 * One process of a test fleet: a class client on a shared Redis credential store,
 * driven by lines on stdin and answering one JSON line each on stdout.
 *   `client SECRET TIMEOUT_MS` → `{"client":true}` (a new client with that partner secret and timeout)
 *   `calls N` → `{"results":["ok" | error class name, …]}` (N calls, one after another)
 *   `exit`    → quits
 * It prints `{"ready":true}` once connected, and `{"log":"…"}` for each line of the
 * client's log, so the parent can see which process sends a token request.
 * Environment: BASE_URL, REDIS_URL, CALL_TIMEOUT_MS, STORE_TIMEOUT_MS.
 */
import { createInterface } from 'node:readline';
import { createClient } from 'redis';
import { createAccountsApi } from '../../src/index.js';
import { redisCredentialStore } from '../../src/redis/index.js';

const say = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);
const env = (name: string) => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`fleet worker: ${name} is not set`);
  return value;
};

const redis = createClient({ url: env('REDIS_URL'), socket: { reconnectStrategy: () => 100, connectTimeout: 500 } });
// node-redis reports every lost connection as an error event; the store's failures show in the log lines instead.
redis.on('error', () => undefined);
await redis.connect();

/** A new client, as a process would make at start: its token and refusal memory start empty. */
function clientWith(partnerSecret: string, timeoutMs: number) {
  return createAccountsApi({
    appKey: 'fleet-app-key-0001',
    partnerId: '1234583871234',
    partnerSecret,
    baseUrl: env('BASE_URL'),
    timeoutMs,
    retryBaseDelayMs: 200,
    credentialStore: redisCredentialStore(redis),
    // Twenty processes share two cores here: a store operation can wait for a core longer than the 250 ms default.
    credentialStoreTimeoutMs: Number(env('STORE_TIMEOUT_MS')),
    log: (line) => say({ log: line }),
  });
}
let api: ReturnType<typeof clientWith> | undefined;
const callTimeoutMs = Number(env('CALL_TIMEOUT_MS'));

async function calls(count: number): Promise<string[]> {
  const results: string[] = [];
  for (let call = 0; call < count; call++) {
    results.push(
      await api!.getCustomerAccounts({ customerId: '1' }, { timeoutMs: callTimeoutMs }).then(
        () => 'ok',
        (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)),
      ),
    );
  }
  return results;
}

say({ ready: true });
for await (const line of createInterface({ input: process.stdin })) {
  const [command, argument, timeoutMs] = line.trim().split(' ');
  if (command === 'client') {
    api = clientWith(argument!, Number(timeoutMs));
    say({ client: true });
  } else if (command === 'calls') say({ results: await calls(Number(argument)) });
  else if (command === 'exit') break;
}
await redis.close().catch(() => undefined);
process.exit(0);

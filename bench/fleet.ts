/**
 * The fleet section of `npm run bench`: several processes sharing one partner account
 * through `redisCredentialStore` on a real redis-server, against a loopback Finicity
 * whose CreateToken answers after a delay.
 *
 * Windows of steady calls from every process alternate: the start (no token anywhere),
 * quiet windows (a valid token in hand) and renewal windows (every process's token clock
 * moved past the renew-after age first, as if 91 minutes had passed). Each window counts
 * the CreateTokens the server saw and the commands redis-server processed, and keeps
 * every call's latency, so the p99 across renewals compares with the p99 without one.
 *
 * Then, in fresh processes as the per-call section does, the CPU per call of a client on
 * `redisCredentialStore` against one on `memoryCredentialStore` (a valid token in hand).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from 'redis';
import { tokenRules } from '../generated/operations.js';
import { repoRoot } from '../scripts/lib/report.js';
import { startRedisServer } from '../test/support/redis-process.js';
import { accountsAnswerBody } from './accounts-answer.js';
import {
  acrossProcesses,
  benchConcurrency,
  type Contender,
  compileEntry,
  cpuRatioAcross,
  type LevelFigures,
  levelsInFreshProcesses,
  loadCompiled,
  median,
  percentile,
  type RoundSettings,
  round,
  startEchoServer,
} from './measure.js';
import type { FleetResults } from './report.js';

export interface FleetSettings extends RoundSettings {
  quick: boolean;
  processes: number;
  renewals: number;
  windowMs: number;
  storeProcesses: number;
}

/** How long the loopback CreateToken takes to answer, and the pause between one process's calls. */
const TOKEN_DELAY_MS = 200;
const CALL_INTERVAL_MS = 5;
/**
 * The fleet's store budget in a quick run, which `npm test` makes beside its other test
 * files on a busy machine: there a Redis answer can wait longer than the default 250 ms
 * for a core, and a process then rightly asks for a token of its own, which the windows
 * would count as a failure to share. Full runs, on a quiet machine, keep the default.
 */
const QUICK_STORE_TIMEOUT_MS = 2_000;
/** The store contenders, the first the baseline. */
export const MEMORY_STORE = 'memoryCredentialStore()';
const MEMORY_STORE_CONTROL = 'memoryCredentialStore() again (control)';
export const REDIS_STORE = 'redisCredentialStore()';

/** A loopback Finicity: CreateToken answers a new token after TOKEN_DELAY_MS, every other request the accounts example. */
async function startLoopbackFinicity() {
  const accounts = await accountsAnswerBody();
  const tokenRequests: number[] = [];
  const server = createServer((request, response) => {
    request.resume();
    if (request.method !== 'POST') {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': accounts.length });
      response.end(accounts);
      return;
    }
    tokenRequests.push(performance.now());
    setTimeout(() => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ token: `bench-fleet-token-${tokenRequests.length}` }));
    }, TOKEN_DELAY_MS);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, tokenRequests, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** One worker process and the way to ask it something: each message gets one answer. */
class FleetProcess {
  readonly #child: ChildProcess;
  constructor(file: string, env: NodeJS.ProcessEnv) {
    this.#child = spawn(process.execPath, [file], { cwd: repoRoot, env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  }
  next<T>(): Promise<T> {
    return new Promise((resolve, reject) => {
      const exited = (code: number | null) => reject(new Error(`bench: a fleet process exited with code ${code}`));
      this.#child.once('exit', exited);
      this.#child.once('message', (answer) => {
        this.#child.off('exit', exited);
        resolve(answer as T);
      });
    });
  }
  ask<T>(command: object): Promise<T> {
    const answer = this.next<T>();
    this.#child.send(command);
    return answer;
  }
  stop(): void {
    if (this.#child.connected) this.#child.send({ exit: true });
    setTimeout(() => this.#child.kill(), 2_000).unref();
  }
}

async function startFleet(size: number, compiledDir: string, env: NodeJS.ProcessEnv): Promise<FleetProcess[]> {
  const file = await compileEntry('bench/fleet-worker.ts', compiledDir);
  const fleet = Array.from({ length: size }, () => new FleetProcess(file, env));
  await Promise.all(fleet.map((worker) => worker.next()));
  return fleet;
}

type Window = FleetResults['windows'][number];

/** Runs the fleet through its windows: the start, then quiet and renewal windows in turn. */
async function runWindows(settings: FleetSettings, fleet: FleetProcess[], tokenRequests: number[], redisCommands: () => Promise<number>) {
  const windows: Array<Window & { latencies: number[] }> = [];
  const window = async (kind: Window['kind']) => {
    const [tokensBefore, commandsBefore] = [tokenRequests.length, await redisCommands()];
    const answers = await Promise.all(
      fleet.map((worker) =>
        worker.ask<{ latencies: number[]; failures: string[]; storeUnavailable: number }>({
          run: settings.windowMs,
          intervalMs: CALL_INTERVAL_MS,
        }),
      ),
    );
    const unavailable = answers.reduce((total, answer) => total + answer.storeUnavailable, 0);
    if (unavailable > 0) console.log(`bench: fleet: the store was unavailable ${unavailable} time(s) in a ${kind} window`);
    // The INFO that read `commandsBefore` counts itself.
    const commands = (await redisCommands()) - commandsBefore - 1;
    const latencies = answers.flatMap((answer) => answer.latencies).sort((a, b) => a - b);
    const failures = answers.flatMap((answer) => answer.failures);
    if (failures.length > 0) console.log(`bench: fleet: ${failures.length} failed call(s) in a ${kind} window, the first: ${failures[0]}`);
    windows.push({
      kind,
      createTokens: tokenRequests.length - tokensBefore,
      redisCommands: commands,
      calls: latencies.length,
      failures: failures.length,
      p99Ms: round(percentile(latencies, 0.99), 3),
      latencies,
    });
  };
  await window('start');
  for (let renewal = 0; renewal < settings.renewals; renewal++) {
    await window('quiet');
    await Promise.all(fleet.map((worker) => worker.ask({ advance: tokenRules.renewAfterMs + 60_000 })));
    await window('renewal');
  }
  return windows;
}

/** The fleet's windows, then the stores' CPU per call; a real redis-server throughout. */
export async function benchFleet(settings: FleetSettings, compiledDir: string): Promise<FleetResults> {
  const redisServer = await startRedisServer();
  const finicity = await startLoopbackFinicity();
  const redis = createClient({ url: redisServer.url });
  let fleet: FleetProcess[] = [];
  try {
    await redis.connect();
    const redisCommands = async () => Number(/total_commands_processed:(\d+)/.exec(await redis.info('stats'))?.[1]);
    console.log(`bench: fleet of ${settings.processes} processes, ${settings.renewals} renewal(s)…`);
    const storeTimeout = settings.quick ? { STORE_TIMEOUT_MS: String(QUICK_STORE_TIMEOUT_MS) } : {};
    fleet = await startFleet(settings.processes, compiledDir, {
      ...process.env,
      BASE_URL: finicity.url,
      REDIS_URL: redisServer.url,
      ...storeTimeout,
    });
    const windows = await runWindows(settings, fleet, finicity.tokenRequests, redisCommands);
    const p99Of = (kind: Window['kind']) =>
      percentile(
        windows
          .filter((window) => window.kind === kind)
          .flatMap((window) => window.latencies)
          .sort((a, b) => a - b),
        0.99,
      );
    const [quietMs, renewalMs] = [p99Of('quiet'), p99Of('renewal')];
    for (const worker of fleet) worker.stop();
    fleet = [];
    process.env.BENCH_REDIS_URL = redisServer.url;
    const stores = await benchStores(settings);
    return {
      processes: settings.processes,
      windowMs: settings.windowMs,
      callIntervalMs: CALL_INTERVAL_MS,
      tokenDelayMs: TOKEN_DELAY_MS,
      windows: windows.map(({ latencies: _, ...window }) => window),
      p99: { quietMs: round(quietMs, 3), renewalMs: round(renewalMs, 3), ratio: round(renewalMs / quietMs, 3) },
      stores,
    };
  } finally {
    for (const worker of fleet) worker.stop();
    await redis.close().catch(() => undefined);
    await finicity.close();
    await redisServer.stop();
  }
}

/** The stores' CPU per call in `settings.storeProcesses` fresh processes; each figure the median across them. */
async function benchStores(settings: FleetSettings): Promise<FleetResults['stores']> {
  const runs = await levelsInFreshProcesses('--stores-in-process', settings.storeProcesses, settings.quick, 'fleet: CPU per call by store');
  return acrossProcesses(runs, (each) => {
    const cpuRatioToMemoryStore = cpuRatioAcross(each.map((figures) => figures.cpuRatioToBareOpenapiFetch));
    return { cpuMicrosecondsPerCall: median(each.map((figures) => figures.cpuMicrosecondsPerCall)), cpuRatioToMemoryStore };
  });
}

/**
 * In this process: `createAccountsClient` on each store, with partner credentials and a
 * token in hand, against the echo server, at concurrency 1 and 32. Ratios are against
 * the memory store (the LevelFigures field keeps its name from the per-call section).
 */
export async function storesInThisProcess(compiledDir: string, rounds: RoundSettings): Promise<LevelFigures[]> {
  const { createAccountsClient, memoryCredentialStore } = await loadCompiled<typeof import('../src/index.js')>('src/index.ts', compiledDir);
  const { redisCredentialStore } = await loadCompiled<typeof import('../src/redis/index.js')>('src/redis/index.ts', compiledDir);
  const { url, child } = await startEchoServer();
  const redis = createClient({ url: process.env.BENCH_REDIS_URL });
  try {
    await redis.connect();
    const options = { appKey: 'bench-app-key', partnerId: '1234583871234', partnerSecret: 'bench-partner-secret', baseUrl: url };
    const path = '/aggregation/v1/customers/{customerId}/accounts' as const;
    const contender = (name: string, store: ReturnType<typeof memoryCredentialStore>): Contender => {
      const client = createAccountsClient({ ...options, credentialStore: store });
      return { name, call: () => client.GET(path, { params: { path: { customerId: '1005061234' } } }) };
    };
    const contenders = [
      contender(MEMORY_STORE, memoryCredentialStore()),
      contender(MEMORY_STORE_CONTROL, memoryCredentialStore()),
      contender(REDIS_STORE, redisCredentialStore(redis, { keyPrefix: `bench-${process.pid}:` })),
    ];
    const levels: LevelFigures[] = [];
    for (const concurrency of [1, 32]) levels.push(await benchConcurrency(contenders, concurrency, MEMORY_STORE, rounds));
    return levels;
  } finally {
    await redis.close().catch(() => undefined);
    child.kill();
  }
}

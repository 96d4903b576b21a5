/**
 * A fleet of real Node processes (test/support/fleet-worker.ts, bundled once with
 * esbuild so that twenty of them start in seconds), each a client on one shared Redis
 * store, driven together: `client(secret)` gives every process a new client, as a
 * deploy would, and `calls(n)` has every process make n calls at once.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import { repoRoot } from '../../scripts/lib/report.js';

export interface FleetOptions {
  size: number;
  baseUrl: string;
  redisUrl: string;
  callTimeoutMs?: number;
  storeTimeoutMs?: number;
}

interface Worker {
  process: ChildProcessWithoutNullStreams;
  /** Answers not yet taken, and who waits for the next one. */
  answers: unknown[];
  waiting: ((answer: unknown) => void) | undefined;
  logs: string[];
}

export interface Fleet {
  /** Every live process (or those in `which`) gets a new client with this secret and client timeout. */
  client(partnerSecret: string, timeoutMs?: number): Promise<void>;
  /** Every process makes `count` calls; each entry is `ok`, the error's `name: message`, or `exited` for a killed process. */
  calls(count: number, which?: number[]): Promise<string[][]>;
  /** The log lines of each process since its last new client. */
  logs(): string[][];
  /** SIGKILLs process `index` (it answers nothing more). */
  kill(index: number): void;
  /** Index of the first process whose log has a line matching `pattern`, once there is one. */
  whenLogged(pattern: RegExp): Promise<number>;
  close(): Promise<void>;
}

/** The worker as one JavaScript file: a process then starts without compiling TypeScript. */
async function bundledWorker(): Promise<string> {
  const folder = join(repoRoot, '.cache/test');
  await mkdir(folder, { recursive: true });
  const outfile = join(folder, 'fleet-worker.mjs');
  await build({
    entryPoints: [join(repoRoot, 'test/support/fleet-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error',
    // node-redis and its dependencies are CommonJS: give the bundle a require of its own.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  return outfile;
}

function nextAnswer(worker: Worker): Promise<unknown> {
  const ready = worker.answers.shift();
  if (ready !== undefined) return Promise.resolve(ready);
  return new Promise((resolve) => {
    // A process killed on purpose answers `exited` for each of its calls.
    const onExit = () => resolve({ results: ['exited'] });
    worker.process.once('exit', onExit);
    worker.waiting = (answer) => {
      worker.process.off('exit', onExit);
      resolve(answer);
    };
  });
}

function startWorker(file: string, options: FleetOptions): Worker {
  const child = spawn(process.execPath, [file], {
    env: {
      ...process.env,
      BASE_URL: options.baseUrl,
      REDIS_URL: options.redisUrl,
      CALL_TIMEOUT_MS: String(options.callTimeoutMs ?? 20_000),
      STORE_TIMEOUT_MS: String(options.storeTimeoutMs ?? 2_000),
    },
    stdio: 'pipe',
  });
  const worker: Worker = { process: child, answers: [], waiting: undefined, logs: [] };
  child.stderr.resume();
  createInterface({ input: child.stdout }).on('line', (line) => {
    const message = JSON.parse(line) as { log?: string };
    if (message.log !== undefined) {
      worker.logs.push(message.log);
      return;
    }
    const waiting = worker.waiting;
    worker.waiting = undefined;
    if (waiting) waiting(message);
    else worker.answers.push(message);
  });
  return worker;
}

export async function startFleet(options: FleetOptions): Promise<Fleet> {
  const file = await bundledWorker();
  const workers = Array.from({ length: options.size }, () => startWorker(file, options));
  await Promise.all(workers.map(nextAnswer));
  const alive = () =>
    workers
      .map((_, index) => index)
      .filter((index) => workers[index]!.process.exitCode === null && workers[index]!.process.signalCode === null);
  const command = async (line: string, which: number[]) => {
    for (const index of which) workers[index]!.process.stdin.write(`${line}\n`);
    return Promise.all(which.map((index) => nextAnswer(workers[index]!)));
  };
  return {
    async client(partnerSecret, timeoutMs = 5_000) {
      for (const worker of workers) worker.logs.length = 0;
      await command(`client ${partnerSecret} ${timeoutMs}`, alive());
    },
    async calls(count, which = alive()) {
      const answers = await command(`calls ${count}`, which);
      return answers.map((answer) => (answer as { results: string[] }).results);
    },
    logs: () => workers.map((worker) => [...worker.logs]),
    kill(index) {
      workers[index]!.process.kill('SIGKILL');
    },
    async whenLogged(pattern) {
      for (;;) {
        const index = workers.findIndex((worker) => worker.logs.some((line) => pattern.test(line)));
        if (index >= 0) return index;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async close() {
      await Promise.all(
        workers.map(
          (worker) =>
            new Promise<void>((resolve) => {
              if (worker.process.exitCode !== null || worker.process.signalCode !== null) return resolve();
              worker.process.once('exit', () => resolve());
              worker.process.stdin.write('exit\n');
              setTimeout(() => worker.process.kill('SIGKILL'), 5_000).unref();
            }),
        ),
      );
    },
  };
}

/**
 * What the per-call sections of the bench share: statistics, the package compiled as it
 * ships, the loopback echo server, and alternating batches of calls whose CPU time is
 * compared as a ratio to one baseline contender, within one process.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { repoRoot } from '../scripts/lib/report.js';
import type { CallFigures, CpuRatio, SameCodeRatio } from './report.js';

export const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)]!;
export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
export const round = (value: number, digits = 2) => Number(value.toFixed(digits));
const sum = (numbers: number[]) => numbers.reduce((total, value) => total + value, 0);

/**
 * One way of making the bench's call. `sameCodeAs` names the contender that runs the same
 * code bar one feature (channels, validation): its CPU is then also compared with that
 * one's batch for batch, in the same rounds, not only through bare openapi-fetch.
 */
export type Contender = { name: string; call: () => Promise<unknown>; sameCodeAs?: string };

/** How many alternating rounds a level runs, the first ones only to warm up. */
export interface RoundSettings {
  warmupRounds: number;
  callRounds: number;
  /** Calls per contender per round; by default 64, or 4 per concurrent caller when that is more. */
  callsPerBatch?: number;
}

/** One process's figures at one concurrency, each ratio against the level's baseline contender. */
export type LevelFigures = {
  concurrency: number;
  callsPerContenderPerRound: number;
  contenders: Record<
    string,
    Omit<CallFigures, 'cpuRatioToBareOpenapiFetch' | 'cpuRatioToSameCode'> & {
      cpuRatioToBareOpenapiFetch: CpuRatio;
      cpuRatioToSameCode?: SameCodeRatio;
    }
  >;
};

const diagnosticsModule = join(repoRoot, 'src/diagnostics.ts');
const withoutChannelsModule = join(repoRoot, 'bench/without-channels.ts');

/** Resolves src/'s imports of src/diagnostics.ts to bench/without-channels.ts (which itself imports the real one). */
const withoutChannels: Plugin = {
  name: 'without-channels',
  setup(build) {
    build.onResolve({ filter: /diagnostics\.js$/ }, ({ path, importer }) =>
      importer !== withoutChannelsModule && join(dirname(importer), path.replace(/\.js$/, '.ts')) === diagnosticsModule
        ? { path: withoutChannelsModule }
        : undefined,
    );
  },
};

/**
 * `entry` (a path from the repository root) bundled as plain ESM for Node, its packages
 * left to node_modules, into `folder` (inside the repository, so they resolve there);
 * `withoutChannels` compiles it with bench/without-channels.ts in place of the
 * diagnostics module. Returns the file written.
 */
export async function compileEntry(entry: string, folder: string, { withoutChannels: swap = false } = {}): Promise<string> {
  const outfile = join(folder, `${entry.replace(/[^\w]+/g, '-')}${swap ? '-without-channels' : ''}.mjs`);
  await build({
    entryPoints: [join(repoRoot, entry)],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'error',
    plugins: swap ? [withoutChannels] : [],
  });
  return outfile;
}

/** An entry point of the package compiled as it ships (no dev loader), so per-call figures are not inflated by tsx's helpers. */
export async function loadCompiled<T>(entry: string, folder: string, options: { withoutChannels?: boolean } = {}): Promise<T> {
  return (await import(pathToFileURL(await compileEntry(entry, folder, options)).href)) as T;
}

/** bench/echo-server.ts in its own process, so it does not share a core with the clients. */
export function startEchoServer(): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'bench/echo-server.ts')], {
      cwd: repoRoot,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    child.stdout!.once('data', (chunk: Buffer) => resolve({ url: `http://127.0.0.1:${chunk.toString().trim()}`, child }));
    child.once('error', reject);
  });
}

/** One contender's batch: `calls` calls, `concurrency` at a time; its wall time and the CPU time (user + system) of this process. */
async function runBatch(contender: Contender, concurrency: number, calls: number, latencies: number[]) {
  let remaining = calls;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (remaining-- > 0) {
        const begun = performance.now();
        await contender.call();
        latencies.push(performance.now() - begun);
      }
    }),
  );
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return { ms, cpuMicroseconds: cpu.user + cpu.system };
}

/**
 * The contenders in a random order. Why not a fixed or mirrored one: the young
 * generation is collected every few batches (about every third at concurrency 1), and
 * with the same order every round those collections fell on the same contenders round
 * after round, a bias of several hundredths that differed by process.
 */
function shuffled<T>(items: readonly T[]): T[] {
  const order = [...items];
  for (let index = order.length - 1; index > 0; index--) {
    const other = Math.floor(Math.random() * (index + 1));
    [order[index], order[other]] = [order[other]!, order[index]!];
  }
  return order;
}

/** `measured` over `reference`, batch by batch: the ratio of the totals, and the median of the rounds' ratios. */
function cpuRatio(measured: number[], reference: number[]): CpuRatio {
  return {
    ofTotals: round(sum(measured) / sum(reference), 3),
    medianOfRounds: round(median(measured.map((cpu, index) => cpu / reference[index]!)), 3),
  };
}

/**
 * All contenders at one concurrency, in small batches: each round runs one batch of
 * each, in an order drawn afresh, so drift on the machine and garbage left by the
 * previous batch fall on every contender alike. Ratios are against `baseline` (one of
 * the contenders' names), and against a contender's `sameCodeAs` when it has one.
 */
export async function benchConcurrency(
  contenders: Contender[],
  concurrency: number,
  baseline: string,
  { warmupRounds, callRounds, callsPerBatch }: RoundSettings,
): Promise<LevelFigures> {
  const callsPerContenderPerRound = callsPerBatch ?? Math.max(64, 4 * concurrency);
  const measured = new Map(contenders.map(({ name }) => [name, { latencies: [] as number[], ms: [] as number[], cpu: [] as number[] }]));
  for (let roundIndex = 0; roundIndex < warmupRounds + callRounds; roundIndex++) {
    for (const contender of shuffled(contenders)) {
      const figures = measured.get(contender.name)!;
      const latencies: number[] = [];
      const batch = await runBatch(contender, concurrency, callsPerContenderPerRound, latencies);
      if (roundIndex < warmupRounds) continue;
      figures.latencies.push(...latencies);
      figures.ms.push(batch.ms);
      figures.cpu.push(batch.cpuMicroseconds);
    }
  }
  const base = measured.get(baseline)!;
  const calls = callsPerContenderPerRound * callRounds;
  const figuresOf = (figures: typeof base, sameCodeAs: string | undefined) => {
    const sorted = figures.latencies.sort((a, b) => a - b);
    return {
      requestsPerSecond: round(calls / (sum(figures.ms) / 1000), 0),
      p50Ms: round(percentile(sorted, 0.5), 3),
      p99Ms: round(percentile(sorted, 0.99), 3),
      cpuMicrosecondsPerCall: round(sum(figures.cpu) / calls, 1),
      throughputRatioToBareOpenapiFetch: round(sum(base.ms) / sum(figures.ms), 3),
      cpuRatioToBareOpenapiFetch: cpuRatio(figures.cpu, base.cpu),
      ...(sameCodeAs === undefined ? {} : { cpuRatioToSameCode: { sameCodeAs, ...cpuRatio(figures.cpu, measured.get(sameCodeAs)!.cpu) } }),
    };
  };
  return {
    concurrency,
    callsPerContenderPerRound,
    contenders: Object.fromEntries(contenders.map(({ name, sameCodeAs }) => [name, figuresOf(measured.get(name)!, sameCodeAs)])),
  };
}

/** One contender's figures at one level, as one process measured them. */
export type ContenderFigures = LevelFigures['contenders'][string];

/**
 * `bench/run.ts --FLAG`'s levels from `count` fresh processes, one after another: a
 * process's readings drift together, so each figure is later taken across processes.
 */
export async function levelsInFreshProcesses(flag: string, count: number, quick: boolean, what: string): Promise<LevelFigures[][]> {
  const runs: LevelFigures[][] = [];
  for (let index = 0; index < count; index++) {
    console.log(`bench: ${what}, process ${index + 1} of ${count}…`);
    runs.push(await inFreshProcess<LevelFigures[]>(flag, quick));
  }
  return runs;
}

/** A CPU ratio from every process: each reading the median across them, and every process's. */
export function cpuRatioAcross(ratios: CpuRatio[]): CpuRatio & { byProcess: CpuRatio[] } {
  return {
    ofTotals: median(ratios.map((ratio) => ratio.ofTotals)),
    medianOfRounds: median(ratios.map((ratio) => ratio.medianOfRounds)),
    byProcess: ratios.map(({ ofTotals, medianOfRounds }) => ({ ofTotals, medianOfRounds })),
  };
}

/** Each level of the processes' `runs`, each contender's figures there put together by `across` (every process's, in order). */
export function acrossProcesses<T>(runs: LevelFigures[][], across: (each: ContenderFigures[]) => T) {
  return runs[0]!.map((level, levelIndex) => ({
    concurrency: level.concurrency,
    callsPerContenderPerRound: level.callsPerContenderPerRound,
    processes: runs.length,
    contenders: Object.fromEntries(
      Object.keys(level.contenders).map((name) => [name, across(runs.map((run) => run[levelIndex]!.contenders[name]!))]),
    ),
  }));
}

/** Runs `bench/run.ts` with `flag` in a fresh Node process and parses what it prints on stdout as JSON. */
function inFreshProcess<T>(flag: string, quick: boolean): Promise<T> {
  const args = ['--import', 'tsx', join(repoRoot, 'bench/run.ts'), flag, ...(quick ? ['--quick'] : [])];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('error', reject);
    child.once('close', (code) => {
      if (code === 0) resolve(JSON.parse(output) as T);
      else reject(new Error(`bench: the process run with ${flag} exited with code ${code}`));
    });
  });
}

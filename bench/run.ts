/**
 * npm run bench [-- --quick] [-- --out FILE] [-- --only regeneration|against-java|calls|bundles]
 * Measures, on this machine and in one run: regeneration time (full, no-op, and on
 * synthetic 10× and 50× specs, with peak memory), `npm run generate -- --force`
 * against a bare `java -jar` class-client generation, the cost per call of each client
 * against bare openapi-fetch on the same global fetch (throughput, latency and CPU time)
 * at concurrency 1 and 32, and consumer bundle sizes. Prints the figures as Markdown,
 * checks the targets (a miss is reported, not hidden) and writes them out: a full run
 * without --out writes bench/results.json and the block of CONTRIBUTING.md rendered from
 * it; --out FILE writes the JSON there only; a --quick run without --out writes nothing.
 * --only runs one section and prints its figures as JSON, writing nothing.
 * Comparisons are ratios within this run: absolute times drift.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import createClient from 'openapi-fetch';
import type { paths } from '../generated/openapi-typescript/accounts.js';
import { CLASS_CLIENT_GENERATOR } from '../scripts/lib/generate-clients.js';
import { generatorArguments, readGeneratorConfig } from '../scripts/lib/generator-jar.js';
import { repoRoot } from '../scripts/lib/report.js';
import { specFile } from '../scripts/lib/spec.js';
import { bundleSize, consumers, GZIP_GOAL_BYTES, gzipBudgets } from './bundles.js';
import {
  BARE,
  type BenchResults,
  type CallFigures,
  CONTROL,
  type CpuRatio,
  renderResults,
  type Target,
  withResultsBlock,
} from './report.js';
import { writeSyntheticSpec } from './synthetic-spec.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    out: { type: 'string' },
    only: { type: 'string' },
    // Internal: one process's per-call figures as JSON on stdout (see benchCalls).
    'calls-in-process': { type: 'boolean' },
  },
});
const quick = values.quick === true;
/** The sections --only can run, each timed alone while working on it. */
const SECTIONS: Record<string, () => Promise<unknown>> = {
  regeneration: benchRegeneration,
  'against-java': benchRegenerationAgainstJava,
  calls: benchCalls,
  bundles: benchBundles,
};
const ONLY_SECTIONS = Object.keys(SECTIONS);
if (values.only !== undefined && !ONLY_SECTIONS.includes(values.only)) {
  console.error(`bench: error: --only takes ${ONLY_SECTIONS.join(', ')}, not ${values.only}`);
  process.exit(1);
}
const settings = quick
  ? { regenerationRuns: 1, factors: [2], callRounds: 4, warmupRounds: 1, callProcesses: 1 }
  : { regenerationRuns: 5, factors: [10, 50], callRounds: 300, warmupRounds: 20, callProcesses: 3 };
/** Only a full run without --out publishes: bench/results.json and the figures in CONTRIBUTING.md, together. */
const publish = !quick && values.out === undefined && values.only === undefined;
const resultsFile = publish ? join(repoRoot, 'bench/results.json') : values.out;
const contributingFile = join(repoRoot, 'CONTRIBUTING.md');
const scratch = await mkdtemp(join(tmpdir(), 'finicity-bench-'));
const compiledDir = join(repoRoot, '.cache', `bench-${process.pid}`);

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)]!;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** Resident memory of a process and all its descendants, from /proc (Linux). */
function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  let rss = 0;
  const status = new Map<number, string>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const text = readFileSync(`/proc/${entry}/status`, 'utf8');
      status.set(Number(entry), text);
      const parent = Number(/PPid:\s+(\d+)/.exec(text)?.[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const pending = [rootPid];
  while (pending.length) {
    const pid = pending.pop()!;
    rss += Number(/VmRSS:\s+(\d+) kB/.exec(status.get(pid) ?? '')?.[1] ?? 0) * 1024;
    pending.push(...(children.get(pid) ?? []));
  }
  return rss;
}

/** The command behind `npm run generate`, read from package.json so the bench times exactly that (minus npm's own start-up). */
const generateCommand = (
  JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: { generate: string } }
).scripts.generate.split(' ');

/** Runs `file args`; wall time and, when sampled (reading /proc every 20 ms), peak memory of its process tree. */
function timeCommand(file: string, args: string[], sampleMemory = true): Promise<{ ms: number; peakBytes: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, args, { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
    let peakBytes = 0;
    let stderr = '';
    const sampler = sampleMemory ? setInterval(() => (peakBytes = Math.max(peakBytes, treeRss(child.pid!))), 20) : undefined;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('close', (code) => {
      clearInterval(sampler);
      if (code === 0) resolve({ ms: performance.now() - started, peakBytes });
      else reject(new Error(`${file} ${args.join(' ')} failed: ${stderr.trim()}`));
    });
  });
}

/** Runs the generate command with these arguments. */
const timeGenerate = (args: string[]) => timeCommand(process.execPath, [...generateCommand.slice(1), ...args]);

/** Least-squares line through the points, and its worst distance from one, relative to that point. */
function linearFit(points: Array<[number, number]>) {
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / points.length;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / points.length;
  const slope = points.reduce((sum, [x, y]) => sum + (x - meanX) * (y - meanY), 0) / points.reduce((sum, [x]) => sum + (x - meanX) ** 2, 0);
  const intercept = meanY - slope * meanX;
  const worstDeviation = Math.max(...points.map(([x, y]) => Math.abs(intercept + slope * x - y) / y));
  return { slope, intercept, worstDeviation };
}

async function benchRegeneration() {
  const out = ['--out', join(scratch, 'generated'), '--docs', join(scratch, 'docs')];
  const full: number[] = [];
  const noop: number[] = [];
  let fullPeak = 0;
  for (let run = 0; run < settings.regenerationRuns; run++) {
    const timed = await timeGenerate([...out, '--force']);
    full.push(timed.ms);
    fullPeak = Math.max(fullPeak, timed.peakBytes);
    noop.push((await timeGenerate(out)).ms);
  }
  const operationsInSpec = await writeSyntheticSpec(1, join(scratch, 'spec-1x.yaml'));
  const growth = [{ factor: 1, operations: operationsInSpec, ms: median(full), peakBytes: fullPeak }];
  for (const factor of settings.factors) {
    const spec = join(scratch, `spec-${factor}x.yaml`);
    const operations = await writeSyntheticSpec(factor, spec);
    const timed = await timeGenerate([
      '--spec',
      spec,
      '--out',
      join(scratch, `gen-${factor}`),
      '--docs',
      join(scratch, `docs-${factor}`),
      '--force',
    ]);
    growth.push({ factor, operations, ms: timed.ms, peakBytes: timed.peakBytes });
  }
  const time = linearFit(growth.map((entry) => [entry.operations, entry.ms]));
  return {
    fullMedianMs: round(median(full)),
    noopMedianMs: round(median(noop)),
    runs: settings.regenerationRuns,
    growth: growth.map((entry) => ({
      ...entry,
      ms: round(entry.ms),
      msPerOperation: round(entry.ms / entry.operations),
      peakMiB: round(entry.peakBytes / 2 ** 20, 1),
    })),
    // Growth is linear when time = fixed cost + cost per operation × operations fits every point.
    linearFit: {
      fixedMs: round(time.intercept),
      msPerAddedOperation: round(time.slope, 3),
      worstDeviationPercent: round(time.worstDeviation * 100, 1),
    },
  };
}

/** The regeneration target: the whole regeneration costs at most this much the bare class-client generation. */
const REGENERATION_RATIO_TARGET = 1.25;

/**
 * The whole regeneration against the class-client generation alone, alternating round
 * by round (each round swaps which goes first): `npm run generate -- --force` as a
 * user types it (npm included), against a bare `java -jar` of the pinned jar
 * generating typescript-fetch from spec/ with openapitools.json's settings and Java's
 * default flags. Both write into fresh scratch folders; memory is not sampled, so the
 * bench's own /proc reads do not compete with either.
 */
async function benchRegenerationAgainstJava() {
  const { jarPath, generators } = await readGeneratorConfig();
  const classClient = generators[CLASS_CLIENT_GENERATOR]!;
  const contenders = [
    {
      name: 'bare java -jar typescript-fetch',
      run: (output: string) =>
        timeCommand('java', ['-jar', jarPath, 'generate', ...generatorArguments({ ...classClient, inputSpec: specFile, output })], false),
    },
    {
      name: 'npm run generate -- --force',
      run: (output: string) => timeCommand('npm', ['run', 'generate', '--', '--force', '--out', output, '--docs', `${output}-docs`], false),
    },
  ];
  const times = new Map<string, number[]>(contenders.map(({ name }) => [name, []]));
  // Full runs warm the page cache (jar, class-data archive, node_modules) before timing.
  const rounds = quick ? 1 : settings.regenerationRuns + 1;
  for (let roundIndex = 0; roundIndex < rounds; roundIndex++) {
    const order = roundIndex % 2 === 0 ? contenders : [...contenders].reverse();
    for (const [index, contender] of order.entries()) {
      const output = join(scratch, `against-java-${roundIndex}-${index}`);
      const { ms } = await contender.run(output);
      if (quick || roundIndex > 0) times.get(contender.name)!.push(ms);
      await rm(output, { recursive: true, force: true });
      await rm(`${output}-docs`, { recursive: true, force: true });
    }
  }
  const [java, generate] = contenders.map(({ name }) => median(times.get(name)!));
  return {
    bareJavaMedianMs: round(java!),
    npmRunGenerateMedianMs: round(generate!),
    ratio: round(generate! / java!, 3),
    rounds: times.get(contenders[0]!.name)!.length,
  };
}

function startEchoServer(): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'bench/echo-server.ts')], {
      cwd: repoRoot,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    child.stdout!.once('data', (chunk: Buffer) => resolve({ url: `http://127.0.0.1:${chunk.toString().trim()}`, child }));
    child.once('error', reject);
  });
}

type Contender = { name: string; call: () => Promise<unknown> };

/**
 * The package compiled as it ships (plain ESM, no dev loader), so the per-call
 * figures are not inflated by tsx's helpers. Written inside the repository so it
 * resolves openapi-fetch from node_modules.
 */
async function loadCompiledPackage(): Promise<typeof import('../src/index.js')> {
  const outfile = join(compiledDir, 'index.mjs');
  await build({
    entryPoints: [join(repoRoot, 'src/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  return (await import(pathToFileURL(outfile).href)) as typeof import('../src/index.js');
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
 * All contenders at one concurrency, in small batches that alternate: each round runs one
 * batch of each, in the reverse order of the round before, so drift on the machine and
 * garbage left by the previous batch fall on every contender alike.
 */
async function benchConcurrency(contenders: Contender[], concurrency: number): Promise<ProcessCalls[number]> {
  const callsPerContenderPerRound = Math.max(64, 4 * concurrency);
  const measured = new Map(contenders.map(({ name }) => [name, { latencies: [] as number[], ms: [] as number[], cpu: [] as number[] }]));
  for (let roundIndex = 0; roundIndex < settings.warmupRounds + settings.callRounds; roundIndex++) {
    const order = roundIndex % 2 === 0 ? contenders : [...contenders].reverse();
    for (const contender of order) {
      const figures = measured.get(contender.name)!;
      const latencies: number[] = [];
      const batch = await runBatch(contender, concurrency, callsPerContenderPerRound, latencies);
      if (roundIndex < settings.warmupRounds) continue;
      figures.latencies.push(...latencies);
      figures.ms.push(batch.ms);
      figures.cpu.push(batch.cpuMicroseconds);
    }
  }
  const sum = (numbers: number[]) => numbers.reduce((total, value) => total + value, 0);
  const bare = measured.get(BARE)!;
  const calls = callsPerContenderPerRound * settings.callRounds;
  return {
    concurrency,
    callsPerContenderPerRound,
    contenders: Object.fromEntries(
      [...measured].map(([name, figures]) => {
        const sorted = figures.latencies.sort((a, b) => a - b);
        return [
          name,
          {
            requestsPerSecond: round(calls / (sum(figures.ms) / 1000), 0),
            p50Ms: round(percentile(sorted, 0.5), 3),
            p99Ms: round(percentile(sorted, 0.99), 3),
            cpuMicrosecondsPerCall: round(sum(figures.cpu) / calls, 1),
            throughputRatioToBareOpenapiFetch: round(sum(bare.ms) / sum(figures.ms), 3),
            cpuRatioToBareOpenapiFetch: {
              ofTotals: round(sum(figures.cpu) / sum(bare.cpu), 3),
              medianOfRounds: round(median(figures.cpu.map((cpu, index) => cpu / bare.cpu[index]!)), 3),
            },
          },
        ];
      }),
    ),
  };
}

/** One process's per-call figures: each level as the report has it, without the spread across processes. */
type ProcessCalls = Array<{
  concurrency: number;
  callsPerContenderPerRound: number;
  contenders: Record<string, Omit<CallFigures, 'cpuRatioToBareOpenapiFetch'> & { cpuRatioToBareOpenapiFetch: CpuRatio }>;
}>;

/**
 * `getCustomerAccounts` against the echo server, through raw fetch, bare openapi-fetch
 * (twice, the second as the control) and both clients, all sending with the global
 * `fetch`, at concurrency 1 and 32, in this process.
 */
async function callsInThisProcess(): Promise<ProcessCalls> {
  const { createAccountsApi, createAccountsClient } = await loadCompiledPackage();
  const { url, child } = await startEchoServer();
  const path = '/aggregation/v1/customers/{customerId}/accounts' as const;
  const headers = { 'Finicity-App-Key': 'bench-key', 'Finicity-App-Token': 'bench-token', Accept: 'application/json' };
  const options = { appKey: 'bench-app-key', appToken: 'bench-token', baseUrl: url };
  const bare = createClient<paths>({ baseUrl: url, headers });
  const bareAgain = createClient<paths>({ baseUrl: url, headers });
  const client = createAccountsClient(options);
  const api = createAccountsApi(options);
  const contenders: Contender[] = [
    {
      name: 'raw fetch + JSON.parse',
      call: async () => JSON.parse(await (await fetch(`${url}/aggregation/v1/customers/1005061234/accounts`, { headers })).text()),
    },
    { name: BARE, call: () => bare.GET(path, { params: { path: { customerId: '1005061234' } } }) },
    { name: CONTROL, call: () => bareAgain.GET(path, { params: { path: { customerId: '1005061234' } } }) },
    { name: 'createAccountsClient', call: () => client.GET(path, { params: { path: { customerId: '1005061234' } } }) },
    { name: 'createAccountsApi', call: () => api.getCustomerAccounts({ customerId: '1005061234' }) },
  ];
  try {
    const levels: ProcessCalls = [];
    for (const concurrency of [1, 32]) levels.push(await benchConcurrency(contenders, concurrency));
    return levels;
  } finally {
    child.kill();
  }
}

/** `callsInThisProcess` in a fresh Node process (this script with --calls-in-process). */
function callsInChildProcess(): Promise<ProcessCalls> {
  const args = ['--import', 'tsx', join(repoRoot, 'bench/run.ts'), '--calls-in-process', ...(quick ? ['--quick'] : [])];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('error', reject);
    child.once('close', (code) => {
      if (code === 0) resolve(JSON.parse(output) as ProcessCalls);
      else reject(new Error(`bench: the per-call process exited with code ${code}`));
    });
  });
}

/**
 * The per-call figures of `settings.callProcesses` fresh processes, run one after
 * another; each figure is the median across them. Why more than one: a process's
 * readings drift together, and the control (the same code measured twice) has read from
 * 0.87× to 1.09× in single processes, a spread wider than the 1.05× target.
 */
async function benchCalls(): Promise<BenchResults['calls']> {
  const runs: ProcessCalls[] = [];
  for (let index = 0; index < settings.callProcesses; index++) {
    console.log(`bench: per call, process ${index + 1} of ${settings.callProcesses}…`);
    runs.push(await callsInChildProcess());
  }
  return runs[0]!.map((level, levelIndex) => ({
    concurrency: level.concurrency,
    callsPerContenderPerRound: level.callsPerContenderPerRound,
    processes: runs.length,
    contenders: Object.fromEntries(
      Object.keys(level.contenders).map((name) => {
        const each = runs.map((run) => run[levelIndex]!.contenders[name]!);
        const across = (pick: (figures: (typeof each)[number]) => number) => median(each.map(pick));
        const figures: CallFigures = {
          requestsPerSecond: across((figures) => figures.requestsPerSecond),
          p50Ms: across((figures) => figures.p50Ms),
          p99Ms: across((figures) => figures.p99Ms),
          cpuMicrosecondsPerCall: across((figures) => figures.cpuMicrosecondsPerCall),
          throughputRatioToBareOpenapiFetch: across((figures) => figures.throughputRatioToBareOpenapiFetch),
          cpuRatioToBareOpenapiFetch: {
            ofTotals: across((figures) => figures.cpuRatioToBareOpenapiFetch.ofTotals),
            medianOfRounds: across((figures) => figures.cpuRatioToBareOpenapiFetch.medianOfRounds),
            byProcess: each.map((figures) => figures.cpuRatioToBareOpenapiFetch),
          },
        };
        return [name, figures];
      }),
    ),
  }));
}

/** Every consumer's bundle, with its budget where it has one. */
async function benchBundles(): Promise<BenchResults['bundles']> {
  const sizes: BenchResults['bundles'] = {};
  for (const [name, source] of Object.entries(consumers)) {
    const budgetBytes = gzipBudgets[name as keyof typeof consumers];
    sizes[name] = { ...(await bundleSize(source)), ...(budgetBytes === undefined ? {} : { budgetBytes }) };
  }
  return sizes;
}

/** The consumer the size goal is about: openapi-fetch with the transport. */
const GOAL_CONSUMER = 'createAccountsClient';

/** The per-call targets: CPU per call at most this much bare openapi-fetch's, at every concurrency. */
const CPU_RATIO_TARGETS: Record<string, number> = { createAccountsClient: 1.05, createAccountsApi: 1.1 };

function checkTargets(results: Omit<BenchResults, 'targets'>): Target[] {
  const { regeneration, regenerationAgainstJava: againstJava, calls, bundles } = results;
  const largest = regeneration.growth.at(-1)!;
  const goal = bundles[GOAL_CONSUMER]!.gzipBytes;
  return [
    {
      target: `npm run generate -- --force ≤ ${REGENERATION_RATIO_TARGET}× bare java -jar typescript-fetch (medians)`,
      measured: `${againstJava.ratio}× (${againstJava.npmRunGenerateMedianMs} ms / ${againstJava.bareJavaMedianMs} ms)`,
      met: againstJava.ratio <= REGENERATION_RATIO_TARGET,
    },
    { target: 'no-op regeneration < 0.5 s', measured: `${regeneration.noopMedianMs} ms`, met: regeneration.noopMedianMs < 500 },
    { target: 'full regeneration of spec/ < 3 s', measured: `${regeneration.fullMedianMs} ms`, met: regeneration.fullMedianMs < 3000 },
    {
      target: `${largest.factor}× spec < 15 s and < 512 MiB peak`,
      measured: `${largest.ms} ms, ${largest.peakMiB} MiB`,
      met: largest.ms < 15_000 && largest.peakMiB < 512,
    },
    // Met only when both readings of the ratio are within the target.
    ...calls.flatMap(({ concurrency, contenders }) =>
      Object.entries(CPU_RATIO_TARGETS).map(([name, limit]) => {
        const { ofTotals, medianOfRounds } = contenders[name]!.cpuRatioToBareOpenapiFetch;
        return {
          target: `${name} CPU per call ≤ ${limit}× bare openapi-fetch (concurrency ${concurrency})`,
          measured: `${ofTotals}× (totals), ${medianOfRounds}× (median of rounds); medians across processes`,
          met: ofTotals <= limit && medianOfRounds <= limit,
        };
      }),
    ),
    ...Object.entries(bundles).flatMap(([name, { gzipBytes, budgetBytes }]) =>
      budgetBytes === undefined
        ? []
        : [{ target: `${name} consumer ≤ ${budgetBytes} B gzipped (budget)`, measured: `${gzipBytes} B`, met: gzipBytes <= budgetBytes }],
    ),
    {
      target: `${GOAL_CONSUMER} consumer ≤ ${GZIP_GOAL_BYTES / 1024} KB gzipped (goal)`,
      measured: `${goal} B (${goal > GZIP_GOAL_BYTES ? `${goal - GZIP_GOAL_BYTES} B over` : `${GZIP_GOAL_BYTES - goal} B under`})`,
      met: goal <= GZIP_GOAL_BYTES,
    },
  ];
}

try {
  if (values['calls-in-process']) {
    // Its stdout is the figures alone, for the parent to parse.
    process.stdout.write(JSON.stringify(await callsInThisProcess()));
  } else {
    console.log(`bench: ${quick ? 'quick' : 'full'} run on ${availableParallelism()} cores, Node ${process.version}`);
    if (values.only !== undefined) {
      // One section, timed alone while working on it; its figures are never published.
      const figures = await SECTIONS[values.only]!();
      console.log(JSON.stringify(figures, null, 2));
    } else {
      await benchAll();
    }
  }
} finally {
  await rm(scratch, { recursive: true, force: true });
  await rm(compiledDir, { recursive: true, force: true });
}

async function benchAll() {
  console.log('bench: regeneration…');
  const regeneration = await benchRegeneration();
  console.log('bench: regeneration against a bare java -jar…');
  const regenerationAgainstJava = await benchRegenerationAgainstJava();
  console.log('bench: per call…');
  const calls = await benchCalls();
  console.log('bench: bundles…');
  const bundles = await benchBundles();
  const measured = {
    machine: { cores: availableParallelism(), node: process.version, platform: `${process.platform}-${process.arch}` },
    workload: {
      quick,
      regenerationRuns: settings.regenerationRuns,
      factors: settings.factors,
      callRounds: settings.callRounds,
      warmupRounds: settings.warmupRounds,
      callProcesses: settings.callProcesses,
    },
    regeneration,
    regenerationAgainstJava,
    calls,
    bundles,
    bundleGoal: { consumer: GOAL_CONSUMER, goalBytes: GZIP_GOAL_BYTES },
  };
  const results: BenchResults = { ...measured, targets: checkTargets(measured) };
  const rendered = renderResults(results);
  console.log(`\n${rendered}`);
  if (resultsFile !== undefined) {
    await writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`bench: wrote ${resultsFile}`);
  }
  if (publish) {
    await writeFile(contributingFile, withResultsBlock(await readFile(contributingFile, 'utf8'), rendered));
    console.log(`bench: wrote the figures into ${contributingFile}`);
  }
}

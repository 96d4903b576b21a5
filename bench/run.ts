/**
 * npm run bench [-- --quick] [-- --out FILE] [-- --only regeneration|against-java|calls|memory-calls|fleet|bundles|startup]
 * Measures, on this machine and in one run: regeneration time (full, no-op, and on
 * synthetic 10× and 50× specs, with peak memory), `npm run generate -- --force`
 * against a bare `java -jar` class-client generation, the cost per call of each client
 * against bare openapi-fetch on the same global fetch (throughput, latency and CPU time)
 * at concurrency 1 and 32, the same with a fetch answering from memory, a fleet of processes on one Redis credential store
 * (bench/fleet.ts), consumer bundle sizes, and start-up in fresh processes (import alone, and
 * import plus a first call; bench/startup.ts). Prints the figures as Markdown,
 * checks the targets (a miss is reported, not hidden) and writes them out: a full run
 * without --out writes bench/results.json and the block of CONTRIBUTING.md rendered from
 * it; --out FILE writes the JSON there only; a --quick run without --out writes nothing.
 * --only runs one section and prints its figures as JSON, writing nothing.
 * Comparisons are ratios within this run: absolute times drift.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import createClient from 'openapi-fetch';
import type { paths } from '../generated/openapi-typescript/accounts.js';
import { CLASS_CLIENT_GENERATOR } from '../scripts/lib/generate-clients.js';
import { generatorArguments, readGeneratorConfig } from '../scripts/lib/generator-jar.js';
import { repoRoot } from '../scripts/lib/report.js';
import { specFile } from '../scripts/lib/spec.js';
import { accountsAnswerBody, memoryFetch } from './accounts-answer.js';
import { bundleSize, consumers, gzipBudgets } from './bundles.js';
import { benchFleet, MEMORY_STORE, REDIS_STORE, storesInThisProcess } from './fleet.js';
import {
  acrossProcesses,
  benchConcurrency,
  type Contender,
  type ContenderFigures,
  cpuRatioAcross,
  type LevelFigures,
  levelsInFreshProcesses,
  loadCompiled,
  median,
  round,
  startEchoServer,
} from './measure.js';
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
import { benchStartup, STARTUP_GROUPS } from './startup.js';
import { writeSyntheticSpec } from './synthetic-spec.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    out: { type: 'string' },
    only: { type: 'string' },
    // Internal: one process's per-call figures as JSON on stdout (see benchCalls, benchCallsFromMemory, and benchStores in fleet.ts).
    'calls-in-process': { type: 'boolean' },
    'memory-calls-in-process': { type: 'boolean' },
    'stores-in-process': { type: 'boolean' },
  },
});
const quick = values.quick === true;
/** The sections --only can run, each timed alone while working on it. */
const SECTIONS: Record<string, () => Promise<unknown>> = {
  regeneration: benchRegeneration,
  'against-java': benchRegenerationAgainstJava,
  calls: benchCalls,
  'memory-calls': benchCallsFromMemory,
  fleet: () => benchFleet(fleetSettings, compiledDir),
  bundles: benchBundles,
  startup: () => benchStartup(settings.startupRuns, compiledDir),
};
const ONLY_SECTIONS = Object.keys(SECTIONS);
if (values.only !== undefined && !ONLY_SECTIONS.includes(values.only)) {
  console.error(`bench: error: --only takes ${ONLY_SECTIONS.join(', ')}, not ${values.only}`);
  process.exit(1);
}
const settings = quick
  ? { quick, regenerationRuns: 1, factors: [2], callRounds: 4, warmupRounds: 1, callProcesses: 1, memoryProcesses: 1, startupRuns: 2 }
  : {
      quick,
      regenerationRuns: 5,
      factors: [10, 50],
      callRounds: 300,
      warmupRounds: 20,
      callProcesses: 5,
      memoryProcesses: 3,
      startupRuns: 21,
    };
/**
 * Calls per batch from memory: a call there takes tens of microseconds, not hundreds, so
 * a batch of 64 would be shorter than the pauses (a young collection) it should average over.
 */
const MEMORY_CALLS_PER_BATCH = 256;
/**
 * The fleet section's workload (bench/fleet.ts): a deployment's worth of processes, and
 * renewals enough to see each. The stores run the same code with a token in hand, so their
 * CPU ratio is noise around 1: five fresh processes (as per call uses) steady its median.
 */
const fleetSettings = quick
  ? { ...settings, processes: 3, renewals: 1, windowMs: 1_500, storeProcesses: 1 }
  : { ...settings, processes: 8, renewals: 5, windowMs: 3_000, storeProcesses: 5 };
/** Only a full run without --out publishes: bench/results.json and the figures in CONTRIBUTING.md, together. */
const publish = !quick && values.out === undefined && values.only === undefined;
const resultsFile = publish ? join(repoRoot, 'bench/results.json') : values.out;
const contributingFile = join(repoRoot, 'CONTRIBUTING.md');
const scratch = await mkdtemp(join(tmpdir(), 'finicity-bench-'));
const compiledDir = join(repoRoot, '.cache', `bench-${process.pid}`);

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

/**
 * `getCustomerAccounts` from `url` through raw fetch, bare openapi-fetch (twice, the
 * second as the control) and both clients, all sending with the global `fetch` (so the
 * package is loaded here, after the caller has put the fetch it measures in place).
 */
async function callContenders(url: string): Promise<Contender[]> {
  const { createAccountsApi, createAccountsClient } = await loadCompiled<typeof import('../src/index.js')>('src/index.ts', compiledDir);
  const { responseValidation } = await loadCompiled<typeof import('../src/validation/index.js')>('src/validation/index.ts', compiledDir);
  const withoutChannels = await loadCompiled<typeof import('../src/index.js')>('src/index.ts', compiledDir, { withoutChannels: true });
  const path = '/aggregation/v1/customers/{customerId}/accounts' as const;
  const headers = { 'Finicity-App-Key': 'bench-key', 'Finicity-App-Token': 'bench-token', Accept: 'application/json' };
  const options = { appKey: 'bench-app-key', appToken: 'bench-token', baseUrl: url };
  const bare = createClient<paths>({ baseUrl: url, headers });
  const bareAgain = createClient<paths>({ baseUrl: url, headers });
  const client = createAccountsClient(options);
  const api = createAccountsApi(options);
  const validated = createAccountsApi({ ...options, validation: responseValidation({ mode: 'warn', onDrift: () => undefined }) });
  const clientWithoutChannels = withoutChannels.createAccountsClient(options);
  const apiWithoutChannels = withoutChannels.createAccountsApi(options);
  return [
    {
      name: 'raw fetch + JSON.parse',
      call: async () => JSON.parse(await (await fetch(`${url}/aggregation/v1/customers/1005061234/accounts`, { headers })).text()),
    },
    { name: BARE, call: () => bare.GET(path, { params: { path: { customerId: '1005061234' } } }) },
    { name: CONTROL, call: () => bareAgain.GET(path, { params: { path: { customerId: '1005061234' } } }) },
    {
      name: 'createAccountsClient',
      call: () => client.GET(path, { params: { path: { customerId: '1005061234' } } }),
      sameCodeAs: withoutChannelsName('createAccountsClient'),
    },
    {
      name: 'createAccountsApi',
      call: () => api.getCustomerAccounts({ customerId: '1005061234' }),
      sameCodeAs: withoutChannelsName('createAccountsApi'),
    },
    { name: VALIDATED, call: () => validated.getCustomerAccounts({ customerId: '1005061234' }), sameCodeAs: 'createAccountsApi' },
    {
      name: withoutChannelsName('createAccountsClient'),
      call: () => clientWithoutChannels.GET(path, { params: { path: { customerId: '1005061234' } } }),
    },
    { name: withoutChannelsName('createAccountsApi'), call: () => apiWithoutChannels.getCustomerAccounts({ customerId: '1005061234' }) },
  ];
}

/** The contenders against the echo server, at concurrency 1 and 32, in this process. */
async function callsInThisProcess(): Promise<LevelFigures[]> {
  const { url, child } = await startEchoServer();
  try {
    const contenders = await callContenders(url);
    const levels: LevelFigures[] = [];
    for (const concurrency of [1, 32]) levels.push(await benchConcurrency(contenders, concurrency, BARE, settings));
    return levels;
  } finally {
    child.kill();
  }
}

/**
 * The contenders with a global fetch that answers from memory, put in place before the
 * package loads (as the runtime's own fetch would be), at concurrency 1, in this process:
 * what each costs on its own, without the socket and the kernel, whose share of a call
 * varies by several hundredths from one process to the next on a shared machine.
 */
async function memoryCallsInThisProcess(): Promise<LevelFigures[]> {
  globalThis.fetch = memoryFetch(await accountsAnswerBody());
  const contenders = await callContenders('http://127.0.0.1:9');
  return [await benchConcurrency(contenders, 1, BARE, { ...settings, callsPerBatch: MEMORY_CALLS_PER_BATCH })];
}

/**
 * The per-call figures of `settings.callProcesses` fresh processes, run one after
 * another; each figure is the median across them. Why more than one: a process's
 * readings drift together, and the control (the same code measured twice) has read from
 * 0.87× to 1.09× in single processes, a spread wider than the 1.05× target. Five, not
 * three: the same-code comparisons (channels, validation) are held to 1.02× and 1.03×,
 * and three processes spread about ±3% for them.
 */
async function benchCalls(): Promise<BenchResults['calls']> {
  const runs = await levelsInFreshProcesses('--calls-in-process', settings.callProcesses, quick, 'per call');
  return acrossProcesses(runs, callFiguresAcross);
}

/** The in-memory per-call figures of `settings.memoryProcesses` fresh processes, each the median across them. */
async function benchCallsFromMemory(): Promise<BenchResults['calls']> {
  const runs = await levelsInFreshProcesses('--memory-calls-in-process', settings.memoryProcesses, quick, 'per call from memory');
  return acrossProcesses(runs, callFiguresAcross);
}

/** One contender's figures from every process, each the median across them. */
function callFiguresAcross(each: ContenderFigures[]): CallFigures {
  const across = (pick: (figures: ContenderFigures) => number) => median(each.map(pick));
  const sameCode = each.map((figures) => figures.cpuRatioToSameCode);
  return {
    requestsPerSecond: across((figures) => figures.requestsPerSecond),
    p50Ms: across((figures) => figures.p50Ms),
    p99Ms: across((figures) => figures.p99Ms),
    cpuMicrosecondsPerCall: across((figures) => figures.cpuMicrosecondsPerCall),
    throughputRatioToBareOpenapiFetch: across((figures) => figures.throughputRatioToBareOpenapiFetch),
    cpuRatioToBareOpenapiFetch: cpuRatioAcross(each.map((figures) => figures.cpuRatioToBareOpenapiFetch)),
    ...(sameCode[0] && {
      cpuRatioToSameCode: { sameCodeAs: sameCode[0].sameCodeAs, ...cpuRatioAcross(sameCode.map((ratio) => ratio!)) },
    }),
  };
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

/** The per-call targets: CPU per call at most this much bare openapi-fetch's, at every concurrency. */
const CPU_RATIO_TARGETS: Record<string, number> = { createAccountsClient: 1.05, createAccountsApi: 1.1 };
/** The class client checking every answer (validation in warn mode), against itself without: the cost of drift reports. */
const VALIDATED = 'createAccountsApi, validation warn';
const VALIDATION_CPU_RATIO_TARGET = 1.03;

/**
 * Each client as it ships, nobody subscribed to its channels, against the same client
 * compiled without them (bench/without-channels.ts): what tracing costs when unused.
 * The same code bar a few flag reads, so its CPU ratio is noise around 1, as the stores' is.
 */
const withoutChannelsName = (client: string) => `${client}, no diagnostics_channel`;
const UNSUBSCRIBED_CPU_RATIO_TARGET = 1.02;

/** Redis store against memory store, CPU per call, at every concurrency (a valid token in hand: no shared state is read). */
const STORE_CPU_RATIO_TARGET = 1.02;
/** p99 across a renewal against p99 without one: background renewal keeps calls from waiting. */
const RENEWAL_P99_RATIO_TARGET = 1.1;

/** A CPU ratio's target: met only when both readings are within `limit`; `how` says how the readings were taken. */
function cpuRatioTarget(target: string, { ofTotals, medianOfRounds }: CpuRatio, limit: number, how: string): Target {
  return {
    target,
    measured: `${ofTotals}× (totals), ${medianOfRounds}× (median of rounds); ${how}`,
    met: ofTotals <= limit && medianOfRounds <= limit,
  };
}

/** A contender's CPU per call against the same code bar one feature (its `sameCodeAs`), at one concurrency. */
function sameCodeTarget({ concurrency, contenders }: BenchResults['calls'][number], name: string, limit: number): Target {
  const ratio = contenders[name]!.cpuRatioToSameCode!;
  return cpuRatioTarget(
    `${name} CPU per call ≤ ${limit}× ${ratio.sameCodeAs} (concurrency ${concurrency})`,
    ratio,
    limit,
    'batch against batch, medians across processes',
  );
}

/** The fleet's targets: one CreateToken per renewal for the whole fleet, none and no Redis command otherwise, no failed call. */
function fleetTargets(fleet: BenchResults['fleet']): Target[] {
  const of = (kind: string) => fleet.windows.filter((window) => window.kind === kind);
  const counts = (windows: BenchResults['fleet']['windows'], pick: (window: (typeof windows)[number]) => number) =>
    windows.map(pick).join(', ');
  const failures = fleet.windows.reduce((total, window) => total + window.failures, 0);
  return [
    {
      target: `fleet of ${fleet.processes}: 1 CreateToken at the start and in each renewal window, 0 in each quiet window`,
      measured: `start ${counts(of('start'), (w) => w.createTokens)}; renewals ${counts(of('renewal'), (w) => w.createTokens)}; quiet ${counts(of('quiet'), (w) => w.createTokens)}`,
      met: [...of('start'), ...of('renewal')].every((w) => w.createTokens === 1) && of('quiet').every((w) => w.createTokens === 0),
    },
    {
      target: 'fleet: no Redis command in a quiet window (a token in hand reads no shared state)',
      measured: counts(of('quiet'), (w) => w.redisCommands),
      met: of('quiet').every((w) => w.redisCommands === 0),
    },
    { target: 'fleet: no call fails', measured: `${failures} failed`, met: failures === 0 },
    {
      target: `fleet: p99 across renewals ≤ ${RENEWAL_P99_RATIO_TARGET}× p99 without one`,
      measured: `${fleet.p99.ratio}× (${fleet.p99.renewalMs} ms / ${fleet.p99.quietMs} ms)`,
      met: fleet.p99.ratio <= RENEWAL_P99_RATIO_TARGET,
    },
    ...fleet.stores.map(({ concurrency, contenders }) =>
      cpuRatioTarget(
        `redisCredentialStore CPU per call ≤ ${STORE_CPU_RATIO_TARGET}× ${MEMORY_STORE} (concurrency ${concurrency})`,
        contenders[REDIS_STORE]!.cpuRatioToMemoryStore,
        STORE_CPU_RATIO_TARGET,
        'medians across processes',
      ),
    ),
  ];
}

/**
 * Start-up targets (issue 23): importing the package costs at most 1.5× importing bare
 * openapi-fetch, and import plus a first call at most 1.2× bare openapi-fetch's, so that
 * the cost is not merely moved into the first call. Minimums of fresh processes.
 */
const STARTUP_RATIO_TARGETS = {
  import: { "import('finicity-accounts')": 1.5 },
  firstCall: { 'createAccountsClient: import, token, one GET': 1.2, 'createAccountsApi: import, token, one GET': 1.2 },
} satisfies { [G in keyof typeof STARTUP_GROUPS]: Partial<Record<keyof (typeof STARTUP_GROUPS)[G], number>> };

function startupTargets(startup: BenchResults['startup']): Target[] {
  return (Object.keys(STARTUP_RATIO_TARGETS) as Array<keyof typeof STARTUP_RATIO_TARGETS>).flatMap((group) => {
    const [baseline] = Object.keys(STARTUP_GROUPS[group]);
    return Object.entries(STARTUP_RATIO_TARGETS[group]).map(([name, limit]) => {
      const figures = startup[group][name]!;
      return {
        target: `start-up, ${name} ≤ ${limit}× ${baseline} (minimums of ${startup.runs} fresh processes)`,
        measured: `${figures.ratioOfMinimums}× (${figures.minMs} ms / ${startup[group][baseline!]!.minMs} ms)`,
        met: figures.ratioOfMinimums <= limit,
      };
    });
  });
}

function checkTargets(results: Omit<BenchResults, 'targets'>): Target[] {
  const { regeneration, regenerationAgainstJava: againstJava, calls, fleet, bundles, startup } = results;
  const largest = regeneration.growth.at(-1)!;
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
    ...calls.flatMap(({ concurrency, contenders }) =>
      Object.entries(CPU_RATIO_TARGETS).map(([name, limit]) =>
        cpuRatioTarget(
          `${name} CPU per call ≤ ${limit}× bare openapi-fetch (concurrency ${concurrency})`,
          contenders[name]!.cpuRatioToBareOpenapiFetch,
          limit,
          'medians across processes',
        ),
      ),
    ),
    ...calls.map((level) => sameCodeTarget(level, VALIDATED, VALIDATION_CPU_RATIO_TARGET)),
    ...calls.flatMap((level) =>
      ['createAccountsClient', 'createAccountsApi'].map((client) => sameCodeTarget(level, client, UNSUBSCRIBED_CPU_RATIO_TARGET)),
    ),
    ...Object.entries(bundles).flatMap(([name, { gzipBytes, budgetBytes }]) =>
      budgetBytes === undefined
        ? []
        : [{ target: `${name} consumer ≤ ${budgetBytes} B gzipped (budget)`, measured: `${gzipBytes} B`, met: gzipBytes <= budgetBytes }],
    ),
    ...fleetTargets(fleet),
    ...startupTargets(startup),
  ];
}

try {
  if (values['calls-in-process']) {
    // Its stdout is the figures alone, for the parent to parse.
    process.stdout.write(JSON.stringify(await callsInThisProcess()));
  } else if (values['memory-calls-in-process']) {
    process.stdout.write(JSON.stringify(await memoryCallsInThisProcess()));
  } else if (values['stores-in-process']) {
    process.stdout.write(JSON.stringify(await storesInThisProcess(compiledDir, settings)));
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
  console.log('bench: per call from memory…');
  const callsFromMemory = await benchCallsFromMemory();
  console.log('bench: fleet…');
  const fleet = await benchFleet(fleetSettings, compiledDir);
  console.log('bench: bundles…');
  const bundles = await benchBundles();
  console.log('bench: start-up…');
  const startup = await benchStartup(settings.startupRuns, compiledDir);
  const measured = {
    machine: { cores: availableParallelism(), node: process.version, platform: `${process.platform}-${process.arch}` },
    workload: {
      quick,
      regenerationRuns: settings.regenerationRuns,
      factors: settings.factors,
      callRounds: settings.callRounds,
      warmupRounds: settings.warmupRounds,
      callProcesses: settings.callProcesses,
      memoryProcesses: settings.memoryProcesses,
      memoryCallsPerBatch: MEMORY_CALLS_PER_BATCH,
      startupRuns: settings.startupRuns,
    },
    regeneration,
    regenerationAgainstJava,
    calls,
    callsFromMemory,
    fleet,
    bundles,
    startup,
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

/**
 * The shape of bench/results.json, and its rendering as the Markdown block that
 * CONTRIBUTING.md carries between two marker comments. `npm run bench` (a full run that
 * writes bench/results.json) rewrites the block; test/bench/report.test.ts checks that
 * the block equals `renderResults` of the committed results, so the figures in the guide
 * are never edited by hand and never drift from the measurements.
 */

import { markedBlock, withMarkedBlock } from '../scripts/lib/marked-block.js';

export type Target = { target: string; measured: string; met: boolean };

/** CPU per call against bare openapi-fetch: the ratio of the totals over all rounds, and the median of the per-round ratios. */
export type CpuRatio = { ofTotals: number; medianOfRounds: number };

export type CallFigures = {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  cpuMicrosecondsPerCall: number;
  /** Throughput against bare openapi-fetch: its total time over this contender's, for the same number of calls. */
  throughputRatioToBareOpenapiFetch: number;
  /** Each reading the median across processes; `byProcess` has every process's. */
  cpuRatioToBareOpenapiFetch: CpuRatio & { byProcess: CpuRatio[] };
};

/** The fleet section: a fleet's windows on a shared Redis store, and the stores' CPU per call (bench/fleet.ts). */
export type FleetResults = {
  processes: number;
  windowMs: number;
  callIntervalMs: number;
  tokenDelayMs: number;
  windows: Array<{
    kind: 'start' | 'quiet' | 'renewal';
    createTokens: number;
    redisCommands: number;
    calls: number;
    failures: number;
    p99Ms: number;
  }>;
  /** p99 latency over every renewal window against that over every quiet window. */
  p99: { quietMs: number; renewalMs: number; ratio: number };
  /** Each figure the median across `processes` fresh processes. */
  stores: Array<{
    concurrency: number;
    callsPerContenderPerRound: number;
    processes: number;
    contenders: Record<string, { cpuMicrosecondsPerCall: number; cpuRatioToMemoryStore: CpuRatio & { byProcess: CpuRatio[] } }>;
  }>;
};

export type BenchResults = {
  machine: { cores: number; node: string; platform: string };
  workload: {
    quick: boolean;
    regenerationRuns: number;
    factors: number[];
    callRounds: number;
    warmupRounds: number;
    callProcesses: number;
  };
  regeneration: {
    fullMedianMs: number;
    noopMedianMs: number;
    runs: number;
    growth: Array<{ factor: number; operations: number; ms: number; peakBytes: number; msPerOperation: number; peakMiB: number }>;
    linearFit: { fixedMs: number; msPerAddedOperation: number; worstDeviationPercent: number };
  };
  regenerationAgainstJava: { bareJavaMedianMs: number; npmRunGenerateMedianMs: number; ratio: number; rounds: number };
  /** Every figure is the median across `processes` fresh processes. */
  calls: Array<{ concurrency: number; callsPerContenderPerRound: number; processes: number; contenders: Record<string, CallFigures> }>;
  fleet: FleetResults;
  bundles: Record<string, { rawBytes: number; gzipBytes: number; budgetBytes?: number }>;
  targets: Target[];
};

export const BEGIN_MARKER = '<!-- bench:begin (written by `npm run bench` from bench/results.json: do not edit by hand) -->';
export const END_MARKER = '<!-- bench:end -->';

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const bytes = (count: number) => `${String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} B`;
const times = (ratio: number) => `${ratio.toFixed(2)}×`;
const row = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
const table = (header: string[], rows: Array<Array<string | number>>) =>
  [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n');

function renderRegeneration({ regeneration, regenerationAgainstJava: java }: BenchResults): string[] {
  const [own, ...synthetic] = regeneration.growth;
  const fit = regeneration.linearFit;
  const peaks = regeneration.growth.map((entry) => entry.peakMiB);
  return [
    '**Regeneration** (the `generate` command of `package.json`, wall time; peak RSS of its whole process tree: Node and the generator’s JVM)',
    '',
    table(
      ['spec', 'operations', 'time', 'per operation', 'peak memory'],
      [
        [
          `\`spec/\` (median of ${regeneration.runs} full runs)`,
          own!.operations,
          seconds(own!.ms),
          `${own!.msPerOperation} ms`,
          `${own!.peakMiB} MiB`,
        ],
        [`\`spec/\`, nothing changed (no-op, median of ${regeneration.runs})`, own!.operations, seconds(regeneration.noopMedianMs), '', ''],
        ...synthetic.map((entry) => [
          `${entry.factor}× synthetic`,
          entry.operations,
          seconds(entry.ms),
          `${entry.msPerOperation} ms`,
          `${entry.peakMiB} MiB`,
        ]),
      ],
    ),
    '',
    `A least-squares line through the ${regeneration.growth.length} points, time ≈ ${seconds(fit.fixedMs)} + ${fit.msPerAddedOperation} ms × operations, ` +
      `passes within ${fit.worstDeviationPercent}% of every measurement. Peak memory: ${Math.min(...peaks)}–${Math.max(...peaks)} MiB.`,
    '',
    `**Regeneration against the class-client generation alone** (medians of ${java.rounds} alternating rounds)`,
    '',
    table(
      ['command', 'median time'],
      [
        ['bare `java -jar` of the pinned jar, typescript-fetch from `spec/`', seconds(java.bareJavaMedianMs)],
        ['`npm run generate -- --force` (both clients, docs, operations table, manifest)', seconds(java.npmRunGenerateMedianMs)],
        ['ratio', times(java.ratio)],
      ],
    ),
  ];
}

/**
 * A second bare openapi-fetch client, measured like the others: the same code against
 * itself, so its ratio to the first is how far a run's readings stray by chance.
 */
export const CONTROL = 'bare openapi-fetch again (control)';
/** What every CPU ratio is measured against. */
export const BARE = 'bare openapi-fetch';

function renderCalls({ calls, workload }: BenchResults): string[] {
  return calls.flatMap((level) => [
    '',
    `**Per call, concurrency ${level.concurrency}** (${workload.callRounds} rounds of ${level.callsPerContenderPerRound} calls per contender, after ${workload.warmupRounds} warm-up rounds, ` +
      `in each of ${level.processes} fresh ${level.processes === 1 ? 'process' : 'processes'}; every figure is the median across them)`,
    '',
    table(
      [
        'client',
        'req/s',
        'vs bare openapi-fetch',
        'p50 / p99 ms',
        'CPU µs per call',
        'CPU vs bare: ratio of totals',
        'CPU vs bare: median of rounds',
      ],
      Object.entries(level.contenders).map(([name, figures]) => [
        name,
        figures.requestsPerSecond,
        times(figures.throughputRatioToBareOpenapiFetch),
        `${figures.p50Ms} / ${figures.p99Ms}`,
        figures.cpuMicrosecondsPerCall,
        times(figures.cpuRatioToBareOpenapiFetch.ofTotals),
        times(figures.cpuRatioToBareOpenapiFetch.medianOfRounds),
      ]),
    ),
    '',
    `CPU vs bare in each process (ratio of totals / median of rounds): ${Object.entries(level.contenders)
      .filter(([name]) => name !== BARE)
      .map(([name, { cpuRatioToBareOpenapiFetch }]) => `${name} ${cpuRatioToBareOpenapiFetch.byProcess.map(byProcess).join(', ')}`)
      .join('; ')}. The ${CONTROL} is the same code as ${BARE}, measured again: its distance from 1.00× is the noise.`,
  ]);
}

const byProcess = ({ ofTotals, medianOfRounds }: CpuRatio) => `${ofTotals}× / ${medianOfRounds}×`;

function renderFleet({ fleet }: BenchResults): string[] {
  const windowSeconds = (fleet.windowMs / 1000).toFixed(1);
  return [
    '',
    `**Fleet on one Redis store** (${fleet.processes} processes on a real redis-server, each calling once every ${fleet.callIntervalMs} ms for ${windowSeconds} s a window; ` +
      `CreateToken answers after ${fleet.tokenDelayMs} ms; a renewal window starts with every process's token clock moved past the renew-after age)`,
    '',
    table(
      ['window', 'kind', 'CreateTokens', 'Redis commands', 'calls', 'failed', 'p99 ms'],
      fleet.windows.map((window, index) => [
        index + 1,
        window.kind,
        window.createTokens,
        window.redisCommands,
        window.calls,
        window.failures,
        window.p99Ms,
      ]),
    ),
    '',
    `p99 over the renewal windows: ${fleet.p99.renewalMs} ms, against ${fleet.p99.quietMs} ms over the quiet ones (${times(fleet.p99.ratio)}).`,
    '',
    table(
      ['concurrency', 'client on', 'CPU µs per call', 'CPU vs memory store: ratio of totals', 'median of rounds', 'each process'],
      fleet.stores.flatMap((level) =>
        Object.entries(level.contenders).map(([name, figures]) => [
          level.concurrency,
          name,
          figures.cpuMicrosecondsPerCall,
          times(figures.cpuRatioToMemoryStore.ofTotals),
          times(figures.cpuRatioToMemoryStore.medianOfRounds),
          figures.cpuRatioToMemoryStore.byProcess.map(byProcess).join(', '),
        ]),
      ),
    ),
  ];
}

function renderBundles({ bundles }: BenchResults): string[] {
  return [
    '',
    '**Bundle** (a consumer calling one operation, transport included; esbuild `--minify`, ESM, platform browser, then gzip -9)',
    '',
    table(
      ['consumer', 'raw', 'gzipped', 'budget (gzipped)'],
      Object.entries(bundles).map(([name, size]) => [
        name,
        bytes(size.rawBytes),
        bytes(size.gzipBytes),
        size.budgetBytes === undefined ? '' : `${bytes(size.budgetBytes)}: ${size.gzipBytes <= size.budgetBytes ? 'within' : '**over**'}`,
      ]),
    ),
  ];
}

/** The Markdown block for CONTRIBUTING.md: every section of the results, then the targets with met or missed. */
export function renderResults(results: BenchResults): string {
  const { machine } = results;
  return [
    `Last ${results.workload.quick ? 'quick' : 'full'} run: ${machine.cores} cores, Node ${machine.node}, ${machine.platform}.`,
    '',
    ...renderRegeneration(results),
    ...renderCalls(results),
    ...renderFleet(results),
    ...renderBundles(results),
    '',
    '**Targets**',
    '',
    table(
      ['target', 'measured', 'result'],
      results.targets.map(({ target, measured, met }) => [target, measured, met ? 'met' : '**missed**']),
    ),
    '',
  ].join('\n');
}

/** The text between the markers. */
export const resultsBlock = (markdown: string) => markedBlock(markdown, BEGIN_MARKER, END_MARKER);

/** `markdown` with the text between the markers replaced by `block`. */
export const withResultsBlock = (markdown: string, block: string) => withMarkedBlock(markdown, BEGIN_MARKER, END_MARKER, block);

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
/** CPU per call against the contender running the same code bar one feature, batch by batch in the same rounds. */
export type SameCodeRatio = CpuRatio & { sameCodeAs: string };

export type CallFigures = {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  cpuMicrosecondsPerCall: number;
  /** Throughput against bare openapi-fetch: its total time over this contender's, for the same number of calls. */
  throughputRatioToBareOpenapiFetch: number;
  /** Each reading the median across processes; `byProcess` has every process's. */
  cpuRatioToBareOpenapiFetch: CpuRatio & { byProcess: CpuRatio[] };
  /** For a contender that is another bar one feature; each reading the median across processes. */
  cpuRatioToSameCode?: SameCodeRatio & { byProcess: CpuRatio[] };
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

/**
 * One start-up contender over fresh processes: wall time (minimum, median) and CPU time
 * (minimum), each minimum also against its group's bare openapi-fetch.
 */
export type StartupFigures = { minMs: number; medianMs: number; ratioOfMinimums: number; minCpuMs: number; cpuRatioOfMinimums: number };

/** The start-up section (bench/startup.ts): import alone, and import plus a first call, by contender. */
export type StartupResults = {
  runs: number;
  import: Record<string, StartupFigures>;
  firstCall: Record<string, StartupFigures>;
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
    memoryProcesses: number;
    memoryCallsPerBatch: number;
    startupRuns: number;
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
  /** The same contenders with a fetch answering from memory (concurrency 1): each one's own work, without the socket. */
  callsFromMemory: BenchResults['calls'];
  fleet: FleetResults;
  bundles: Record<string, { rawBytes: number; gzipBytes: number; budgetBytes?: number }>;
  startup: StartupResults;
  targets: Target[];
};

export const BEGIN_MARKER = '<!-- bench:begin (written by `npm run bench` from bench/results.json: do not edit by hand) -->';
export const END_MARKER = '<!-- bench:end -->';

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const bytes = (count: number) => `${String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} B`;
const times = (ratio: number) => `${ratio.toFixed(2)}×`;
/** Both readings of a CPU ratio: of the totals / median of the rounds. */
const bothReadings = ({ ofTotals, medianOfRounds }: CpuRatio) => `${times(ofTotals)} / ${times(medianOfRounds)}`;
const row = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
const table = (header: string[], rows: Array<Array<string | number>>) =>
  [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n');

function renderRegeneration({ regeneration, regenerationAgainstJava: java }: BenchResults): string[] {
  const [own, ...synthetic] = regeneration.growth;
  const fit = regeneration.linearFit;
  const memory = (entry: { peakMiB: number }) => `${entry.peakMiB} MiB`;
  return [
    table(
      ['regeneration (wall time; peak RSS of Node and the JVM)', 'operations', 'time', 'peak memory'],
      [
        [`\`npm run generate\`, \`spec/\` (median of ${regeneration.runs})`, own!.operations, seconds(own!.ms), memory(own!)],
        ['the same, nothing changed (no-op)', own!.operations, seconds(regeneration.noopMedianMs), ''],
        ...synthetic.map((entry) => [`${entry.factor}× synthetic spec`, entry.operations, seconds(entry.ms), memory(entry)]),
        [
          `fitted line: ${seconds(fit.fixedMs)} + ${fit.msPerAddedOperation} ms × operations (within ${fit.worstDeviationPercent}%)`,
          '',
          '',
          '',
        ],
        [
          `bare \`java -jar\`, typescript-fetch only (median of ${java.rounds} alternating rounds)`,
          own!.operations,
          seconds(java.bareJavaMedianMs),
          '',
        ],
        [
          `\`npm run generate -- --force\` in the same rounds (${times(java.ratio)})`,
          own!.operations,
          seconds(java.npmRunGenerateMedianMs),
          '',
        ],
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

/** One row per client, two columns per concurrency: throughput, and CPU per call against bare openapi-fetch. */
function renderCalls({ calls, workload }: BenchResults): string[] {
  const names = Object.keys(calls[0]?.contenders ?? {});
  const processes = calls[0]?.processes ?? 1;
  return [
    '',
    table(
      [
        `per call (medians of ${processes} processes × ${workload.callRounds} rounds)`,
        ...calls.flatMap((level) => [`c=${level.concurrency} req/s`, `c=${level.concurrency} CPU vs bare`]),
      ],
      names.map((name) => [
        name,
        ...calls.flatMap((level) => {
          const figures = level.contenders[name]!;
          return [figures.requestsPerSecond, bothReadings(figures.cpuRatioToBareOpenapiFetch)];
        }),
      ]),
    ),
    ...renderSameCode(calls),
  ];
}

/**
 * The contenders with a fetch answering from memory: CPU per call in microseconds, against
 * bare openapi-fetch, and against the same code bar one feature where there is one.
 */
function renderCallsFromMemory({ callsFromMemory, workload }: BenchResults): string[] {
  const [level] = callsFromMemory;
  if (!level) return [];
  return [
    '',
    table(
      [
        `per call from memory, c=1 (medians of ${level.processes} processes × ${workload.callRounds} rounds of ${level.callsPerContenderPerRound} calls)`,
        'CPU per call',
        'CPU vs bare',
        'CPU vs same code bar one feature',
      ],
      Object.entries(level.contenders).map(([name, figures]) => {
        const sameCode = figures.cpuRatioToSameCode;
        return [
          name,
          `${figures.cpuMicrosecondsPerCall} µs`,
          bothReadings(figures.cpuRatioToBareOpenapiFetch),
          sameCode ? bothReadings(sameCode) : '',
        ];
      }),
    ),
  ];
}

/** The contenders that run another's code bar one feature, each against that one, batch by batch. */
function renderSameCode(calls: BenchResults['calls']): string[] {
  const names = Object.keys(calls[0]?.contenders ?? {}).filter((name) => calls[0]!.contenders[name]!.cpuRatioToSameCode);
  if (names.length === 0) return [];
  return [
    '',
    table(
      ['same code bar one feature: CPU per call against it, batch by batch', ...calls.map((level) => `c=${level.concurrency}`)],
      names.map((name) => [
        `${name} against ${calls[0]!.contenders[name]!.cpuRatioToSameCode!.sameCodeAs}`,
        ...calls.map((level) => bothReadings(level.contenders[name]!.cpuRatioToSameCode!)),
      ]),
    ),
  ];
}

/** The fleet's windows (what the server and redis-server saw), then CPU per call by store. */
function renderFleet({ fleet }: BenchResults): string[] {
  const stores = fleet.stores;
  const names = Object.keys(stores[0]?.contenders ?? {});
  const p99 = { start: fleet.windows[0]?.p99Ms ?? 0, quiet: fleet.p99.quietMs, renewal: fleet.p99.renewalMs };
  // One row per kind of window: a count the same in every window of a kind reads "each".
  const perWindow = (numbers: number[]) =>
    numbers.every((n) => n === numbers[0]) && numbers.length > 1 ? `${numbers[0]} each` : numbers.join(', ');
  const rows = (['start', 'quiet', 'renewal'] as const).map((kind) => {
    const windows = fleet.windows.filter((window) => window.kind === kind);
    const sum = (pick: (window: (typeof windows)[number]) => number) => windows.reduce((total, window) => total + pick(window), 0);
    return [
      `${kind} (${windows.length})`,
      perWindow(windows.map((window) => window.createTokens)),
      perWindow(windows.map((window) => window.redisCommands)),
      sum((window) => window.calls),
      sum((window) => window.failures),
      `${p99[kind]} ms`,
    ];
  });
  return [
    '',
    table(
      [
        `fleet: ${fleet.processes} processes, one redis-server, a call every ${fleet.callIntervalMs} ms each; windows of ${seconds(fleet.windowMs)}`,
        'CreateTokens',
        'Redis commands',
        'calls',
        'failed',
        'p99',
      ],
      rows,
    ),
    '',
    table(
      [
        `CPU per call against the memory store (medians of ${stores[0]?.processes ?? 1} processes)`,
        ...stores.map((level) => `c=${level.concurrency}`),
      ],
      names.map((name) => [name, ...stores.map((level) => bothReadings(level.contenders[name]!.cpuRatioToMemoryStore))]),
    ),
  ];
}

function renderBundles({ bundles }: BenchResults): string[] {
  return [
    '',
    table(
      ['bundle of a one-call consumer (esbuild --minify, gzip -9)', 'raw', 'gzipped', 'budget (gzipped)'],
      Object.entries(bundles).map(([name, size]) => [
        name,
        bytes(size.rawBytes),
        bytes(size.gzipBytes),
        size.budgetBytes === undefined ? '' : `${bytes(size.budgetBytes)}: ${size.gzipBytes <= size.budgetBytes ? 'within' : '**over**'}`,
      ]),
    ),
  ];
}

/** Both start-up groups in one table: each contender's wall and CPU time, and both minimums against bare openapi-fetch's. */
function renderStartup({ startup }: BenchResults): string[] {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const rows = [startup.import, startup.firstCall].flatMap((group) =>
    Object.entries(group).map(([name, figures]) => [
      name,
      `${ms(figures.minMs)} / ${ms(figures.medianMs)}`,
      times(figures.ratioOfMinimums),
      ms(figures.minCpuMs),
      times(figures.cpuRatioOfMinimums),
    ]),
  );
  return [
    '',
    table([`start-up (${startup.runs} fresh processes each)`, 'wall: minimum / median', 'vs bare', 'CPU: minimum', 'vs bare'], rows),
  ];
}

/** The Markdown block for CONTRIBUTING.md: tables of every section, then the targets with met or missed. */
export function renderResults(results: BenchResults): string {
  const { machine } = results;
  return [
    `Last ${results.workload.quick ? 'quick' : 'full'} run: ${machine.cores} cores, Node ${machine.node}, ${machine.platform}.`,
    '',
    ...renderRegeneration(results),
    ...renderCalls(results),
    ...renderCallsFromMemory(results),
    ...renderFleet(results),
    ...renderBundles(results),
    ...renderStartup(results),
    '',
    // What each target measured is in the tables above and in bench/results.json.
    table(
      ['target', 'result'],
      results.targets.map(({ target, met }) => [target, met ? 'met' : '**missed**']),
    ),
    '',
  ].join('\n');
}

/** The text between the markers. */
export const resultsBlock = (markdown: string) => markedBlock(markdown, BEGIN_MARKER, END_MARKER);

/** `markdown` with the text between the markers replaced by `block`. */
export const withResultsBlock = (markdown: string, block: string) => withMarkedBlock(markdown, BEGIN_MARKER, END_MARKER, block);

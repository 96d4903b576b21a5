/**
 * npm run bench [-- --quick] [-- --out FILE]
 * Measures, on this machine and in one run: regeneration time (full, no-op, and on
 * synthetic 10× and 50× specs, with peak memory), `npm run generate -- --force`
 * against a bare `java -jar` class-client generation, per-call overhead of each client
 * against raw fetch at concurrency 1 and 32, and consumer bundle sizes. Prints a
 * table, checks the targets (a miss is reported, not hidden) and writes the figures
 * to bench/results.json. Comparisons are ratios within this run: absolute times drift.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import createClient from 'openapi-fetch';
import type { paths } from '../generated/openapi-typescript/accounts.js';
import { CLASS_CLIENT_GENERATOR } from '../scripts/lib/generate-clients.js';
import { generatorArguments, readGeneratorConfig } from '../scripts/lib/generator-jar.js';
import { repoRoot } from '../scripts/lib/report.js';
import { specFile } from '../scripts/lib/spec.js';
import { writeSyntheticSpec } from './synthetic-spec.js';

const { values } = parseArgs({ options: { quick: { type: 'boolean' }, out: { type: 'string' } } });
const quick = values.quick === true;
const settings = quick
  ? { regenerationRuns: 1, factors: [2], requests: 64, rounds: 2 }
  : { regenerationRuns: 5, factors: [10, 50], requests: 6000, rounds: 12 };
const resultsFile = values.out ?? join(repoRoot, 'bench/results.json');
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

async function benchCalls() {
  const { createAccountsApi, createAccountsClient } = await loadCompiledPackage();
  const { url, child } = await startEchoServer();
  const path = '/aggregation/v1/customers/{customerId}/accounts' as const;
  const headers = { 'Finicity-App-Key': 'bench-key', 'Finicity-App-Token': 'bench-token', Accept: 'application/json' };
  const options = { appKey: 'bench-app-key', appToken: 'bench-token', baseUrl: url };
  const bare = createClient<paths>({ baseUrl: url, headers });
  const client = createAccountsClient(options);
  // The same client with a fetch given: the transport's own cost over fetch.
  const clientOverFetch = createAccountsClient({ ...options, fetch: globalThis.fetch });
  const api = createAccountsApi(options);
  const contenders: Contender[] = [
    {
      name: 'raw fetch + JSON.parse',
      call: async () => JSON.parse(await (await fetch(`${url}/aggregation/v1/customers/1005061234/accounts`, { headers })).text()),
    },
    { name: 'bare openapi-fetch', call: () => bare.GET(path, { params: { path: { customerId: '1005061234' } } }) },
    { name: 'createAccountsClient', call: () => client.GET(path, { params: { path: { customerId: '1005061234' } } }) },
    { name: 'createAccountsClient over fetch', call: () => clientOverFetch.GET(path, { params: { path: { customerId: '1005061234' } } }) },
    { name: 'createAccountsApi', call: () => api.getCustomerAccounts({ customerId: '1005061234' }) },
  ];
  const results: Record<
    string,
    Record<string, { requestsPerSecond: number; p50Ms: number; p99Ms: number; ratioToRawFetch: number; ratioToBareOpenapiFetch: number }>
  > = {};
  try {
    for (const concurrency of [1, 32]) {
      const latencies = new Map<string, number[]>(contenders.map((contender) => [contender.name, []]));
      /** Requests per second of each contender, one entry per round. */
      const rates = new Map<string, number[]>(contenders.map((contender) => [contender.name, []]));
      const perRound = Math.max(concurrency, Math.floor(settings.requests / settings.rounds));
      for (const contender of contenders) await Promise.all(Array.from({ length: concurrency }, () => contender.call()));
      for (let roundIndex = 0; roundIndex < settings.rounds; roundIndex++) {
        // Alternate the order each round, so no contender always runs on a warmer machine.
        const order = roundIndex % 2 === 0 ? contenders : [...contenders].reverse();
        for (const contender of order) {
          let remaining = perRound;
          const started = performance.now();
          await Promise.all(
            Array.from({ length: concurrency }, async () => {
              while (remaining-- > 0) {
                const begun = performance.now();
                await contender.call();
                latencies.get(contender.name)!.push(performance.now() - begun);
              }
            }),
          );
          rates.get(contender.name)!.push(perRound / ((performance.now() - started) / 1000));
        }
      }
      // Each round compares contenders that ran seconds apart; the median of those
      // per-round ratios resists the machine's drift better than totals do.
      const rawRates = rates.get(contenders[0]!.name)!;
      const ratioTo = (name: string, baseline: number[]) => median(rates.get(name)!.map((rate, index) => rate / baseline[index]!));
      results[`concurrency ${concurrency}`] = Object.fromEntries(
        contenders.map(({ name }) => {
          const sorted = [...latencies.get(name)!].sort((a, b) => a - b);
          return [
            name,
            {
              requestsPerSecond: round(median(rates.get(name)!), 0),
              p50Ms: round(percentile(sorted, 0.5), 3),
              p99Ms: round(percentile(sorted, 0.99), 3),
              ratioToRawFetch: round(ratioTo(name, rawRates), 3),
              ratioToBareOpenapiFetch: round(ratioTo(name, rates.get('bare openapi-fetch')!), 3),
            },
          ];
        }),
      );
    }
  } finally {
    child.kill();
  }
  return results;
}

async function bundleSize(source: string) {
  const result = await build({
    stdin: { contents: source, resolveDir: repoRoot, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
  });
  const bytes = result.outputFiles[0]!.contents;
  return { rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

async function benchBundles() {
  const options = "{ appKey: 'test-app-key', partnerId: 'id', partnerSecret: 'test-partner-secret' }";
  return {
    createAccountsClient: await bundleSize(
      `import { createAccountsClient } from './src/index.ts';\nconst client = createAccountsClient(${options});\nexport const result = client.GET('/aggregation/v1/customers/{customerId}/accounts', { params: { path: { customerId: '1' } } });`,
    ),
    createAccountsApi: await bundleSize(
      `import { createAccountsApi } from './src/index.ts';\nconst api = createAccountsApi(${options});\nexport const result = api.getCustomerAccounts({ customerId: '1' });`,
    ),
    // For reference: the floor any openapi-fetch client starts from.
    'bare openapi-fetch': await bundleSize(
      `import createClient from 'openapi-fetch';\nconst client = createClient({ baseUrl: 'https://api.finicity.com' });\nexport const result = client.GET('/aggregation/v1/customers/{customerId}/accounts', { params: { path: { customerId: '1' } } });`,
    ),
  };
}

function checkTargets(
  regeneration: Awaited<ReturnType<typeof benchRegeneration>>,
  againstJava: Awaited<ReturnType<typeof benchRegenerationAgainstJava>>,
  calls: Awaited<ReturnType<typeof benchCalls>>,
  bundles: Awaited<ReturnType<typeof benchBundles>>,
) {
  const largest = regeneration.growth.at(-1)!;
  const targets = [
    ...Object.entries(calls).map(([level, byName]) => ({
      target: `createAccountsClient ≥ 0.95× raw fetch throughput (${level})`,
      measured: `${byName.createAccountsClient!.ratioToRawFetch}×`,
      met: byName.createAccountsClient!.ratioToRawFetch >= 0.95,
    })),
    ...Object.entries(calls).map(([level, byName]) => {
      const cost = 1 - byName.createAccountsClient!.ratioToBareOpenapiFetch;
      return {
        target: `transport costs ≤ 3% against bare openapi-fetch (${level})`,
        measured: `${round(cost * 100, 1)}%`,
        met: cost <= 0.03,
      };
    }),
    {
      target: 'createAccountsClient consumer bundle ≤ 5 KB gzipped',
      measured: `${bundles.createAccountsClient.gzipBytes} B`,
      met: bundles.createAccountsClient.gzipBytes <= 5 * 1024,
    },
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
  ];
  return targets;
}

try {
  console.log(`bench: ${quick ? 'quick' : 'full'} run on ${availableParallelism()} cores, Node ${process.version}`);
  const regeneration = await benchRegeneration();
  console.log('\nRegeneration (wall time of npm run generate, peak RSS of its process tree)');
  console.log(`  full: median ${regeneration.fullMedianMs} ms of ${regeneration.runs}; no-op: median ${regeneration.noopMedianMs} ms`);
  console.table(
    regeneration.growth.map(({ factor, operations, ms, msPerOperation, peakMiB }) => ({
      spec: `${factor}×`,
      operations,
      ms,
      'ms/operation': msPerOperation,
      'peak MiB': peakMiB,
    })),
  );
  const fit = regeneration.linearFit;
  const peaks = regeneration.growth.map((entry) => entry.peakMiB);
  console.log(
    `  linear fit: time ≈ ${fit.fixedMs} ms + ${fit.msPerAddedOperation} ms × operations (worst point ${fit.worstDeviationPercent}% off the line); peak memory between ${Math.min(...peaks)} and ${Math.max(...peaks)} MiB`,
  );

  const againstJava = await benchRegenerationAgainstJava();
  console.log(`\nRegeneration against the class-client generation alone (${againstJava.rounds} alternating rounds, medians)`);
  console.log(`  bare java -jar typescript-fetch of spec/: ${againstJava.bareJavaMedianMs} ms`);
  console.log(`  npm run generate -- --force (both clients, docs, operations table, manifest): ${againstJava.npmRunGenerateMedianMs} ms`);
  console.log(`  ratio: ${againstJava.ratio}× (target ≤ ${REGENERATION_RATIO_TARGET}×)`);

  const calls = await benchCalls();
  for (const [level, byName] of Object.entries(calls)) {
    console.log(`\nPer-call overhead, getCustomerAccounts, ${level}`);
    console.table(
      Object.entries(byName).map(([name, figures]) => ({
        client: name,
        'req/s (median round)': figures.requestsPerSecond,
        'p50 ms': figures.p50Ms,
        'p99 ms': figures.p99Ms,
        'vs raw fetch': `${figures.ratioToRawFetch}×`,
        'vs bare openapi-fetch': `${figures.ratioToBareOpenapiFetch}×`,
      })),
    );
    const overFetch = byName['createAccountsClient over fetch']!;
    console.log(
      `  createAccountsClient over a given fetch: its transport costs ${round((1 - overFetch.ratioToBareOpenapiFetch) * 100, 1)}% against bare openapi-fetch`,
    );
  }

  const bundles = await benchBundles();
  console.log('\nConsumer bundle (esbuild --minify, ESM, then gzip -9)');
  console.table(
    Object.entries(bundles).map(([name, size]) => ({ consumer: name, 'raw bytes': size.rawBytes, 'gzip bytes': size.gzipBytes })),
  );

  const targets = checkTargets(regeneration, againstJava, calls, bundles);
  console.log('\nTargets');
  console.table(targets.map(({ target, measured, met }) => ({ target, measured, result: met ? 'met' : 'MISSED' })));

  const results = {
    machine: { cores: availableParallelism(), node: process.version, platform: `${process.platform}-${process.arch}` },
    workload: { quick, ...settings },
    regeneration,
    regenerationAgainstJava: againstJava,
    calls,
    bundles,
    targets,
  };
  await writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nbench: wrote ${resultsFile}`);
} finally {
  await rm(scratch, { recursive: true, force: true });
  await rm(compiledDir, { recursive: true, force: true });
}

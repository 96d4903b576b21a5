/**
 * The start-up section of the bench: what a cold start pays for the package. The package
 * is built as it ships (scripts/lib/bundle.ts) and installed in a scratch folder inside the
 * repository (so openapi-fetch resolves from node_modules as it does for users); each
 * measurement is a fresh `node` process running bench/startup-probe.mjs, contenders
 * alternating round by round. Import alone, and import plus a first call against the
 * loopback echo server: the same two exchanges for every contender, a token request and a
 * GET with that token (our clients make them themselves; bare openapi-fetch's are written
 * out as its users write them). Ratios are of the minimums, each against the group's bare
 * openapi-fetch; the targets read wall time, and CPU time shows the work apart from waiting
 * (on a busy machine, wall time is mostly waiting for a core).
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { bundleEntryPoints } from '../scripts/lib/bundle.js';
import { repoRoot } from '../scripts/lib/report.js';
import { median, round, startEchoServer } from './measure.js';
import type { StartupFigures, StartupResults } from './report.js';

const run = promisify(execFile);

/** Each group's contenders, by the name the tables show → the probe's contender; the first is the group's baseline. */
export const STARTUP_GROUPS = {
  import: {
    "import('openapi-fetch')": 'import openapi-fetch',
    "import('openapi-fetch') again (control)": 'import openapi-fetch',
    "import('finicity-accounts')": 'import finicity-accounts',
  },
  firstCall: {
    'bare openapi-fetch: import, token, one GET': 'first call, bare openapi-fetch',
    'createAccountsClient: import, token, one GET': 'first call, createAccountsClient',
    'createAccountsApi: import, token, one GET': 'first call, createAccountsApi',
  },
} as const;

/** The package as it ships, installed as `finicity-accounts` in `folder`'s node_modules, with the probe beside it. */
async function installPackage(folder: string): Promise<string> {
  const packageDir = join(folder, 'node_modules/finicity-accounts');
  await mkdir(packageDir, { recursive: true });
  await bundleEntryPoints(repoRoot, packageDir);
  await copyFile(join(repoRoot, 'package.json'), join(packageDir, 'package.json'));
  // A package.json of its own: inside the repository's scope, `finicity-accounts` would resolve to the repository itself.
  await writeFile(join(folder, 'package.json'), '{ "private": true }\n');
  const probe = join(folder, 'startup-probe.mjs');
  await copyFile(join(repoRoot, 'bench/startup-probe.mjs'), probe);
  return probe;
}

type Reading = { wallMs: number; cpuMs: number };

/** One probe run in a fresh process: its wall and CPU milliseconds. */
async function probeOnce(probe: string, contender: string, url: string): Promise<Reading> {
  const { stdout } = await run(process.execPath, [probe, contender, url], { cwd: join(probe, '..') });
  return JSON.parse(stdout) as Reading;
}

/** `runs` rounds of every contender of every group, each round in the reverse order of the one before. */
export async function benchStartup(runs: number, folder: string): Promise<StartupResults> {
  const probe = await installPackage(join(folder, 'startup'));
  const { url, child } = await startEchoServer();
  const names = Object.values(STARTUP_GROUPS).flatMap((group) => Object.entries(group));
  const readings = new Map<string, Reading[]>(names.map(([name]) => [name, []]));
  try {
    for (let round = 0; round < runs; round++) {
      for (const [name, contender] of round % 2 === 0 ? names : [...names].reverse()) {
        readings.get(name)!.push(await probeOnce(probe, contender, url));
      }
    }
  } finally {
    child.kill();
  }
  const minimum = (name: string, pick: (reading: Reading) => number) => Math.min(...readings.get(name)!.map(pick));
  const group = (contenders: Record<string, string>): Record<string, StartupFigures> => {
    const [baseline] = Object.keys(contenders);
    return Object.fromEntries(
      Object.keys(contenders).map((name) => {
        const [wall, cpu] = [minimum(name, (reading) => reading.wallMs), minimum(name, (reading) => reading.cpuMs)];
        const figures: StartupFigures = {
          minMs: round(wall),
          medianMs: round(median(readings.get(name)!.map((reading) => reading.wallMs))),
          ratioOfMinimums: round(wall / minimum(baseline!, (reading) => reading.wallMs), 3),
          minCpuMs: round(cpu),
          cpuRatioOfMinimums: round(cpu / minimum(baseline!, (reading) => reading.cpuMs), 3),
        };
        return [name, figures];
      }),
    );
  };
  return { runs, import: group(STARTUP_GROUPS.import), firstCall: group(STARTUP_GROUPS.firstCall) };
}

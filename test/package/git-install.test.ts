/**
 * `npm install git+…` of the repository gives a working package: npm clones it, installs
 * its dev dependencies, runs `prepare` (the build, from the committed generated/ files,
 * without Java) and installs the result. The repository is the working tree as it is now,
 * committed into a scratch git repository, so uncommitted changes are tested too.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/run-script.js';

const run = promisify(execFile);
let scratch: string;
let consumer: string;

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Tracked and new files of the working tree (not ignored ones, not deleted ones), committed into `repo`. */
async function snapshotWorkingTree(repo: string): Promise<void> {
  const { stdout } = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repoRoot, maxBuffer: 8 * 1024 * 1024 });
  const files = stdout.split('\0').filter(Boolean);
  for (const file of files) {
    if (await exists(join(repoRoot, file))) await cp(join(repoRoot, file), join(repo, file));
  }
  const git = (...args: string[]) => run('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: repo });
  await git('init', '--quiet');
  await git('add', '--all');
  await git('commit', '--quiet', '--message', 'snapshot');
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'finicity-git-install-'));
  const repo = join(scratch, 'repo');
  consumer = join(scratch, 'consumer');
  await mkdir(repo);
  await mkdir(consumer);
  await snapshotWorkingTree(repo);
  await writeFile(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  await run('npm', ['install', `git+file://${repo}`, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: consumer });
}, 240_000);

afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('installing from git', () => {
  it('gives a package with both builds in dist/', async () => {
    expect((await readdir(join(consumer, 'node_modules/finicity-accounts/dist'))).sort()).toEqual(['cjs', 'esm']);
  });

  it('can be required and imported', async () => {
    const names = 'typeof createAccountsClient + " " + typeof createAccountsApi + " " + typeof FinicityError';
    const required = await run(process.execPath, ['-p', `const { createAccountsClient, createAccountsApi, FinicityError } = require('finicity-accounts'); ${names}`], {
      cwd: consumer,
    });
    const imported = await run(
      process.execPath,
      ['--input-type=module', '-e', `import { createAccountsClient, createAccountsApi, FinicityError } from 'finicity-accounts'; console.log(${names});`],
      { cwd: consumer },
    );
    expect([required.stdout.trim(), imported.stdout.trim()]).toEqual(['function function function', 'function function function']);
  });
});

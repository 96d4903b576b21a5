/**
 * A throw-away copy of this working tree (tracked and untracked files, uncommitted
 * changes included) committed into its own git repository, with node_modules and the
 * verified generator jar linked rather than copied. Scripts run in it as a maintainer
 * runs them in a fresh clone; `remove()` deletes it.
 */
import { execFile, spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot, type ScriptResult } from './run-script.js';

const run = promisify(execFile);

export interface RepositoryCopy {
  root: string;
  /** Runs a command in the copy, with an environment free of this test run's vitest and npm variables. */
  exec(command: string, args: string[]): Promise<ScriptResult>;
  /** Commits everything as the copy's new HEAD. */
  commit(message: string): Promise<void>;
  remove(): Promise<void>;
}

function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (/^(VITEST|npm_|INIT_CWD$|NODE_ENV$|TEST$)/.test(name)) delete env[name];
  return env;
}

function exec(cwd: string, command: string, args: string[]): Promise<ScriptResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: cleanEnv() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export async function copyRepository(): Promise<RepositoryCopy> {
  const root = await mkdtemp(join(tmpdir(), 'finicity-copy-'));
  const git = (...args: string[]) => run('git', args, { cwd: root });
  const { stdout } = await run('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 });
  for (const file of stdout.split('\0').filter(Boolean)) {
    await mkdir(dirname(join(root, file)), { recursive: true });
    await cp(join(repoRoot, file), join(root, file), { force: true, errorOnExist: false }).catch((error: { code?: string }) => {
      // A file deleted in the working tree but still tracked is simply absent from the copy.
      if (error.code !== 'ENOENT') throw error;
    });
  }
  await symlink(join(repoRoot, 'node_modules'), join(root, 'node_modules'));
  await mkdir(join(repoRoot, '.cache/openapi-generator'), { recursive: true });
  await mkdir(join(root, '.cache'));
  await symlink(join(repoRoot, '.cache/openapi-generator'), join(root, '.cache/openapi-generator'));
  const commit = async (message: string) => {
    await git('add', '-A');
    await git('-c', 'user.name=test', '-c', 'user.email=test@invalid', 'commit', '-q', '--no-gpg-sign', '-m', message);
  };
  await git('init', '-q', '-b', 'main');
  await commit('copy');
  return { root, exec: (command, args) => exec(root, command, args), commit, remove: () => rm(root, { recursive: true, force: true }) };
}

/**
 * The older spec that `npm run diff` and `npm run release` compare with: a file, a git
 * revision (`HEAD~2`, a tag), or by default the last release tag (`v*`), else HEAD.
 */
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { readTextFile, repoRoot, ScriptError, shortPath } from './report.js';
import { specFile } from './spec.js';

const run = promisify(execFile);

/** Runs git in the repository and returns its output. */
export async function git(...args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** The newest release tag reachable from HEAD (`v1.2.3`), or undefined when there is none. */
export async function lastReleaseTag(): Promise<string | undefined> {
  return git('describe', '--tags', '--abbrev=0', '--match', 'v[0-9]*').then(
    (tag) => tag.trim() || undefined,
    () => undefined,
  );
}

export interface Baseline {
  /** What was compared with, for the report: `spec/accounts.yaml at v0.2.0`, `old.yaml`. */
  label: string;
  text: string;
}

/** The spec as committed at a revision. */
export async function specAt(revision: string): Promise<Baseline> {
  const path = relative(repoRoot, specFile);
  try {
    return { label: `${path} at ${revision}`, text: await git('show', `${revision}:${path}`) };
  } catch {
    throw new ScriptError(path, `has no committed version at ${revision} to compare with`);
  }
}

const isRevision = (name: string) =>
  git('rev-parse', '--verify', '--quiet', `${name}^{commit}`).then(
    () => true,
    () => false,
  );

/** `given` read as a file when one exists at that path, else as a git revision; by default the last release tag, else HEAD. */
export async function loadBaseline(given: string | undefined): Promise<Baseline> {
  if (given === undefined) {
    const tag = await lastReleaseTag();
    return specAt(tag ?? 'HEAD');
  }
  const file = resolve(process.env.INIT_CWD ?? process.cwd(), given);
  const found = await stat(file).catch(() => undefined);
  if (found?.isFile()) return { label: shortPath(file), text: await readTextFile(file) };
  if (!found && (await isRevision(given))) return specAt(given);
  const problem = found ? 'is a folder, not a spec file' : 'is neither a file nor a git revision (a tag, a commit, HEAD~2)';
  throw new ScriptError(found ? shortPath(file) : given, problem);
}

/**
 * Step-by-step console reporting shared by every script: each step prints its
 * name and how long it took, and any failure ends the script with one line that
 * names the file and the problem.
 */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

/** A failure that names the file it concerns; scripts print it as one line. */
export class ScriptError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'ScriptError';
  }
}

/** Faults found in a file, one line each (`spec/accounts.yaml:12:7: problem [rule]`), printed as they are. */
export class FaultList extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
    this.name = 'FaultList';
  }
}

/** A command called the wrong way: printed as one `usage: …` line. */
export class UsageError extends Error {
  constructor(readonly usage: string) {
    super(`usage: ${usage}`);
    this.name = 'UsageError';
  }
}

const unreadableReasons: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'no such file (a part of its path is not a folder)',
  ELOOP: 'too many symbolic links',
};

/** A file's text; a file that cannot be read fails in one line saying why. */
export async function readTextFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new ScriptError(shortPath(file), `cannot be read: ${unreadableReasons[code] ?? (code || (error as Error).message)}`);
  }
}

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

/** A path relative to the repository, for messages that do not leak machine paths. */
export function shortPath(path: string): string {
  const rel = relative(repoRoot, path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}

let quiet = false;
/** Tests and benchmarks call the scripts' functions without the console noise. */
export function setQuiet(value: boolean): void {
  quiet = value;
}

export function say(line: string): void {
  if (!quiet) console.log(line);
}

/** Runs one named step, printing its duration in milliseconds when it ends. */
export async function step<T>(name: string, work: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  const result = await work();
  say(`  ✓ ${name} (${Math.round(performance.now() - started)} ms)`);
  return result;
}

/** Entry point wrapper: one line on failure, exit code 1. */
export async function runScript(name: string, main: () => Promise<void>): Promise<void> {
  const started = performance.now();
  try {
    await main();
    say(`${name}: done in ${Math.round(performance.now() - started)} ms`);
  } catch (error) {
    const line =
      error instanceof UsageError
        ? error.message
        : error instanceof ScriptError
          ? `${name}: error: ${error.file}: ${error.problem}`
          : `${name}: error: ${error instanceof Error ? error.message : String(error)}`;
    if (error instanceof FaultList) for (const fault of error.lines) console.error(fault);
    else console.error(line.split('\n')[0]);
    process.exitCode = 1;
  }
}

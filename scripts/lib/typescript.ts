/** Runs the project's own TypeScript compiler on a tsconfig, failing with the first error. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot, ScriptError, shortPath } from './report.js';

const run = promisify(execFile);

export const tscPath = join(repoRoot, 'node_modules/typescript/bin/tsc');

export async function runTsc(project: string, extraArgs: string[] = []): Promise<void> {
  try {
    await run(process.execPath, [tscPath, '-p', project, ...extraArgs], { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const output = String((error as { stdout?: string }).stdout ?? '').trim();
    if (output) console.error(output);
    const first = output.split('\n')[0] ?? '';
    const location = /^([^(]+)\(\d+,\d+\)/.exec(first)?.[1] ?? shortPath(project);
    throw new ScriptError(location, `does not type-check: ${first || (error as Error).message}`);
  }
}

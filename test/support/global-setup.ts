/**
 * One Prism for the whole run: its start-up cost is paid once, and it stops even when
 * tests fail. The run gets a temporary folder of its own (TMPDIR), and fails at the end
 * if any test left something in it.
 */
import { mkdtempSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startPrism } from './prism.js';

declare module 'vitest' {
  export interface ProvidedContext {
    prismUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runTemp = mkdtempSync(join(tmpdir(), 'finicity-test-run-'));
  // Test files run in workers started after this, which inherit it; os.tmpdir() reads it.
  process.env.TMPDIR = runTemp;
  const prism = await startPrism();
  project.provide('prismUrl', prism.url);
  return async () => {
    await prism.stop();
    // tsx keeps its compile cache (tsx-UID) in the temporary folder for every `--import tsx` process.
    const left = (await readdir(runTemp)).filter((name) => !name.startsWith('tsx-'));
    await rm(runTemp, { recursive: true, force: true, maxRetries: 5 });
    if (left.length > 0) {
      // Vitest reports an error thrown here but still exits 0, so the exit code is set too.
      process.exitCode = 1;
      throw new Error(`tests left ${left.length} item(s) in the temporary folder: ${left.sort().join(', ')}`);
    }
  };
}

/** Importing the package costs no more than it must: it does not make Node load its fetch implementation. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { repoRoot } from '../support/run-script.js';

const run = promisify(execFile);

it('does not read the global Response at import (on Node that loads fetch: 20-30 ms of every cold start)', async () => {
  const script = `
    let touched = false;
    const original = Object.getOwnPropertyDescriptor(globalThis, 'Response');
    Object.defineProperty(globalThis, 'Response', {
      configurable: true,
      get() { touched = true; return original.get ? original.get.call(globalThis) : original.value; },
    });
    await import(${JSON.stringify(join(repoRoot, 'src/index.ts'))});
    console.log(JSON.stringify({ touched }));`;
  const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repoRoot });
  expect(JSON.parse(stdout)).toEqual({ touched: false });
});

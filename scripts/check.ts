/**
 * npm run check
 * Fails when generated/ is not exactly what the spec produces (naming the stale
 * files), then type-checks the whole project in strict mode.
 */
import { join } from 'node:path';
import { assertGeneratedCurrent } from './lib/check.js';
import { repoRoot, runScript, step } from './lib/report.js';
import { assertSpecValid } from './lib/spec.js';
import { runTsc } from './lib/typescript.js';

await runScript('check', async () => {
  await step('validate spec/accounts.yaml (redocly.yaml rules and runtime rules)', () => assertSpecValid());
  await assertGeneratedCurrent();
  await step('type-check the project (tsc --noEmit, strict)', () => runTsc(join(repoRoot, 'tsconfig.json'), ['--noEmit']));
});

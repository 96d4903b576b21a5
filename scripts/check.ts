/**
 * npm run check
 * Fails when generated/ is not exactly what the spec produces (naming the stale
 * files), then type-checks the whole project in strict mode.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateInto, generationFingerprint } from './lib/generate-clients.js';
import { ScriptError, repoRoot, runScript, step } from './lib/report.js';
import { assertSpecValid } from './lib/spec.js';
import { compareTrees, listFiles, type TreeDifference } from './lib/tree.js';
import { runTsc } from './lib/typescript.js';
import { docsDir, generatedDir } from './generate.js';

/** Every file that differs, named with its folder: `generated/operations.ts changed`, … */
function describeDrift(folder: string, difference: TreeDifference): string[] {
  return [
    ...difference.changed.map((path) => `${folder}${path} changed`),
    ...difference.missing.map((path) => `${folder}${path} missing`),
    ...difference.extra.map((path) => `${folder}${path} not produced by the spec`),
  ];
}

await runScript('check', async () => {
  await step('validate spec/accounts.yaml (redocly.yaml rules)', () => assertSpecValid());
  const scratch = await mkdtemp(join(tmpdir(), 'finicity-check-'));
  try {
    const [fresh, freshDocs] = [join(scratch, 'generated'), join(scratch, 'docs')];
    await generateInto(fresh, freshDocs, await generationFingerprint());
    const stale = await step('compare with generated/ and docs/', async () => [
      ...describeDrift('generated/', compareTrees(await listFiles(fresh), await listFiles(generatedDir))),
      ...describeDrift('docs/', compareTrees(await listFiles(freshDocs), await listFiles(docsDir))),
    ]);
    if (stale.length > 0) throw new ScriptError('generated/, docs/', `stale: ${stale.join('; ')}; run npm run generate`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  await step('type-check the project (tsc --noEmit, strict)', () => runTsc(join(repoRoot, 'tsconfig.json'), ['--noEmit']));
});

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
import { compareTrees, isSameTree, listFiles, type TreeDifference } from './lib/tree.js';
import { runTsc } from './lib/typescript.js';
import { docsDir, generatedDir } from './generate.js';

function describeDrift(difference: TreeDifference): string {
  const parts = [
    difference.changed.length ? `changed ${difference.changed.join(', ')}` : '',
    difference.missing.length ? `missing ${difference.missing.join(', ')}` : '',
    difference.extra.length ? `not produced by the spec ${difference.extra.join(', ')}` : '',
  ].filter(Boolean);
  return `is stale (${parts.join('; ')}); run npm run generate`;
}

await runScript('check', async () => {
  await step('validate spec/accounts.yaml (redocly.yaml rules)', () => assertSpecValid());
  const scratch = await mkdtemp(join(tmpdir(), 'finicity-check-'));
  try {
    const [fresh, freshDocs] = [join(scratch, 'generated'), join(scratch, 'docs')];
    await generateInto(fresh, freshDocs, await generationFingerprint());
    await step('compare with generated/ and docs/', async () => {
      for (const [expected, actual, label] of [
        [fresh, generatedDir, 'generated/'],
        [freshDocs, docsDir, 'docs/'],
      ] as const) {
        const difference = compareTrees(await listFiles(expected), await listFiles(actual));
        if (!isSameTree(difference)) throw new ScriptError(label, describeDrift(difference));
      }
    });
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  await step('type-check the project (tsc --noEmit, strict)', () => runTsc(join(repoRoot, 'tsconfig.json'), ['--noEmit']));
});

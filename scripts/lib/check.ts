/**
 * The drift check behind `npm run check`: regenerates into a temporary folder and
 * names every file of generated/ or docs/ that differs from what the spec produces.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { handWrittenDocs } from './api-docs.js';
import { docsDir, generatedDir } from './generate.js';
import { generateInto, generationFingerprint } from './generate-clients.js';
import { ScriptError, step } from './report.js';
import { compareTrees, listFiles, type TreeDifference } from './tree.js';

/** Every file that differs, named with its folder: `generated/operations.ts changed`, … */
function describeDrift(folder: string, difference: TreeDifference): string[] {
  return [
    ...difference.changed.map((path) => `${folder}${path} changed`),
    ...difference.missing.map((path) => `${folder}${path} missing`),
    ...difference.extra.map((path) => `${folder}${path} not produced by the spec`),
  ];
}

/** Throws one line naming every stale, missing or extra file. */
export async function assertGeneratedCurrent(): Promise<void> {
  const scratch = await mkdtemp(join(tmpdir(), 'finicity-check-'));
  try {
    const [fresh, freshDocs] = [join(scratch, 'generated'), join(scratch, 'docs')];
    await generateInto(fresh, freshDocs, await generationFingerprint());
    const stale = await step('compare with generated/ and docs/', async () => [
      ...describeDrift('generated/', compareTrees(await listFiles(fresh), await listFiles(generatedDir))),
      ...describeDrift('docs/', compareTrees(await listFiles(freshDocs), await listFiles(docsDir, handWrittenDocs))),
    ]);
    if (stale.length > 0) throw new ScriptError('generated/, docs/', `stale: ${stale.join('; ')}; run npm run generate`);
  } finally {
    await rm(scratch, { recursive: true, force: true, maxRetries: 5 });
  }
}

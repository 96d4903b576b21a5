/**
 * npm run generate [-- --force] [-- --spec FILE --out DIR]
 * Validates the spec, then regenerates both typed clients into generated/ (or DIR).
 * Skips the work when the output already matches the current inputs.
 */
import { rm } from 'node:fs/promises';
import { dirname, basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateInto, generationFingerprint, isUpToDate } from './lib/generate-clients.js';
import { repoRoot, runScript, say, shortPath, step } from './lib/report.js';
import { assertSpecValid, specFile } from './lib/spec.js';
import { swapInto } from './lib/tree.js';

export const generatedDir = join(repoRoot, 'generated');

export interface GenerateOptions {
  force?: boolean;
  spec?: string;
  outDir?: string;
}

export async function generate(options: GenerateOptions = {}): Promise<'generated' | 'up to date'> {
  const spec = options.spec ?? specFile;
  const outDir = options.outDir ?? generatedDir;
  const fingerprint = await step(`fingerprint ${shortPath(spec)}, openapitools.json and generator versions`, () =>
    generationFingerprint(spec),
  );
  if (!options.force && (await isUpToDate(outDir, fingerprint))) {
    say(`  = ${shortPath(outDir)}/ already matches these inputs (--force regenerates anyway)`);
    return 'up to date';
  }
  await step(`validate ${shortPath(spec)} (redocly.yaml rules)`, () => assertSpecValid(spec));
  // Staged beside the output folder so the final rename stays on one file system.
  const staged = join(dirname(outDir), `.${basename(outDir)}-staging-${process.pid}`);
  try {
    await generateInto(staged, fingerprint, spec);
    await step(`swap the new tree into ${shortPath(outDir)}/`, () => swapInto(staged, outDir));
  } finally {
    await rm(staged, { recursive: true, force: true });
  }
  return 'generated';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runScript('generate', async () => {
    const { values } = parseArgs({
      options: { force: { type: 'boolean' }, spec: { type: 'string' }, out: { type: 'string' } },
    });
    await generate({
      force: values.force,
      spec: values.spec === undefined ? undefined : resolve(process.env.INIT_CWD ?? process.cwd(), values.spec),
      outDir: values.out === undefined ? undefined : resolve(process.env.INIT_CWD ?? process.cwd(), values.out),
    });
  });
}

/**
 * npm run generate [-- --force] [-- --spec FILE --out DIR --docs DIR]
 * Validates the spec, then regenerates both typed clients into generated/ and the
 * API reference into docs/. Skips the work when both already match the inputs.
 */
import { rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateInto, generationFingerprint, isUpToDate, prepareGenerator } from './lib/generate-clients.js';
import { repoRoot, runScript, say, shortPath, step } from './lib/report.js';
import { assertSpecValid, specFile } from './lib/spec.js';
import { swapInto } from './lib/tree.js';

export const generatedDir = join(repoRoot, 'generated');
export const docsDir = join(repoRoot, 'docs');

export interface GenerateOptions {
  force?: boolean;
  spec?: string;
  outDir?: string;
  docsDir?: string;
}

/** A staging folder beside `target`, so the final rename stays on one file system. */
const stagingFor = (target: string) => join(dirname(target), `.${basename(target)}-staging-${process.pid}`);

export async function generate(options: GenerateOptions = {}): Promise<'generated' | 'up to date'> {
  const spec = options.spec ?? specFile;
  const outDir = options.outDir ?? generatedDir;
  const docs = options.docsDir ?? (options.outDir ? join(outDir, '..', `${basename(outDir)}-docs`) : docsDir);
  const fingerprint = await step(`fingerprint ${shortPath(spec)}, openapitools.json and generator versions`, () =>
    generationFingerprint(spec),
  );
  if (!options.force && (await isUpToDate(outDir, docs, fingerprint))) {
    say(`  = ${shortPath(outDir)}/ and ${shortPath(docs)}/ already match these inputs (--force regenerates anyway)`);
    return 'up to date';
  }
  const [stagedOut, stagedDocs] = [stagingFor(outDir), stagingFor(docs)];
  try {
    // Before anything else competes for this thread, so the generator's JVM starts early.
    const generator = await prepareGenerator(spec);
    // Validation runs beside generation, into staging only: nothing reaches the
    // output folders unless both succeed.
    const validating = step(`validate ${shortPath(spec)} (redocly.yaml rules)`, () => assertSpecValid(spec));
    const [validation, generation] = await Promise.allSettled([
      validating,
      generateInto(stagedOut, stagedDocs, fingerprint, spec, validating, generator),
    ]);
    // An invalid spec is the clearer report, so it wins over a generator failure.
    if (validation.status === 'rejected') throw validation.reason;
    if (generation.status === 'rejected') throw generation.reason;
    await step(`swap the new trees into ${shortPath(outDir)}/ and ${shortPath(docs)}/`, async () => {
      await swapInto(stagedOut, outDir);
      await swapInto(stagedDocs, docs);
    });
  } finally {
    await rm(stagedOut, { recursive: true, force: true });
    await rm(stagedDocs, { recursive: true, force: true });
  }
  return 'generated';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runScript('generate', async () => {
    const { values } = parseArgs({
      options: { force: { type: 'boolean' }, spec: { type: 'string' }, out: { type: 'string' }, docs: { type: 'string' } },
    });
    const fromCaller = (path: string | undefined) => (path === undefined ? undefined : resolve(process.env.INIT_CWD ?? process.cwd(), path));
    await generate({ force: values.force, spec: fromCaller(values.spec), outDir: fromCaller(values.out), docsDir: fromCaller(values.docs) });
  });
}

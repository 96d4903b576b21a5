/**
 * Regeneration of generated/ and docs/ from the spec: skipped when both already match
 * the inputs; otherwise both trees are made in staging folders while the spec is
 * validated, and the staging folders replace the old trees only when the spec is
 * valid and every step succeeded. No staging folder outlives a failure.
 */
import { existsSync } from 'node:fs';
import { copyFile, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { handWrittenDocs } from './api-docs.js';
import { generateInto, generationFingerprint, isUpToDate, prepareGenerator } from './generate-clients.js';
import { repoRoot, say, shortPath, step } from './report.js';
import { assertSpecValid, specFile } from './spec.js';
import { swapInto } from './tree.js';

export const generatedDir = join(repoRoot, 'generated');
export const docsDir = join(repoRoot, 'docs');

export interface GenerateOptions {
  force?: boolean;
  spec?: string;
  outDir?: string;
  docsDir?: string;
}

/** A staging folder beside `target`, so the final rename stays on one file system. */
export const stagingFor = (target: string) => join(dirname(target), `.${basename(target)}-staging-${process.pid}`);

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
  const validate = () => step(`validate ${shortPath(spec)} (redocly.yaml rules and runtime rules)`, () => assertSpecValid(spec));
  // An invalid spec is reported as such even when the generator cannot start.
  const generator = await prepareGenerator(spec).catch(async (error: unknown) => {
    await validate();
    throw error;
  });
  // The generator's JVM starts before validation, but writes only into the staging
  // folder; an invalid spec stops it, reports its lint findings, and leaves no staging
  // folder and no change behind.
  const [stagedOut, stagedDocs] = [stagingFor(outDir), stagingFor(docs)];
  try {
    await generateInto(stagedOut, stagedDocs, fingerprint, spec, validate, generator);
    // The swap replaces docs/ whole: the pages written by hand go into the new tree first.
    for (const page of handWrittenDocs.filter((name) => existsSync(join(docs, name))))
      await copyFile(join(docs, page), join(stagedDocs, page));
    await step(`swap the new trees into ${shortPath(outDir)}/ and ${shortPath(docs)}/`, async () => {
      await swapInto(stagedOut, outDir);
      await swapInto(stagedDocs, docs);
    });
  } finally {
    // generateInto returns only once every step has ended; retries cover a slow file system.
    await rm(stagedOut, { recursive: true, force: true, maxRetries: 5 });
    await rm(stagedDocs, { recursive: true, force: true, maxRetries: 5 });
  }
  return 'generated';
}

/**
 * npm run build
 * Emits dist/ (ESM and .d.ts) from src/ and generated/ with the strict compiler settings.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot, runScript, step } from './lib/report.js';
import { runTsc } from './lib/typescript.js';

await runScript('build', async () => {
  await step('remove dist/', () => rm(join(repoRoot, 'dist'), { recursive: true, force: true }));
  await step('compile src/ and generated/ to dist/ (tsc -p tsconfig.build.json)', () =>
    runTsc(join(repoRoot, 'tsconfig.build.json')),
  );
});

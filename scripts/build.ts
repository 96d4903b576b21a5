/**
 * npm run build
 * Emits dist/: dist/esm/ holds one bundle per entry point of package.json's `exports`
 * (scripts/lib/bundle.ts; split where an entry imports code at its first use) and the declarations of src/ and generated/; dist/cjs/ holds
 * both compiled by tsc, file by file. tsc uses the strict compiler settings (and so
 * type-checks), and `import` and `require` consumers each get code and types of their own
 * module format.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundleEntryPoints } from './lib/bundle.js';
import { repoRoot, runScript, step } from './lib/report.js';
import { runTsc } from './lib/typescript.js';

const project = join(repoRoot, 'tsconfig.build.json');
const cjsDir = join(repoRoot, 'dist/cjs');

await runScript('build', async () => {
  await step('remove dist/', () => rm(join(repoRoot, 'dist'), { recursive: true, force: true }));
  // The three jobs are independent: running them together saves seconds on every `npm ci`.
  await Promise.all([
    step('bundle each entry point of exports into dist/esm/ (esbuild)', () => bundleEntryPoints()),
    step('declarations of src/ and generated/ in dist/esm/ (tsc -p tsconfig.build.json --emitDeclarationOnly)', () =>
      runTsc(project, ['--emitDeclarationOnly']),
    ),
    step('compile src/ and generated/ to dist/cjs/ (same, with --module commonjs)', () =>
      runTsc(project, ['--module', 'commonjs', '--moduleResolution', 'node10', '--outDir', cjsDir]),
    ),
  ]);
  // The package is "type": "module"; this marks dist/cjs/*.js and *.d.ts as CommonJS for Node and TypeScript.
  await step('mark dist/cjs/ as CommonJS (dist/cjs/package.json)', () =>
    writeFile(join(cjsDir, 'package.json'), `${JSON.stringify({ type: 'commonjs' })}\n`),
  );
});

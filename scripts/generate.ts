/**
 * npm run generate [-- --force] [-- --spec FILE --out DIR --docs DIR]
 * Validates the spec, then regenerates both typed clients into generated/ and the
 * API reference into docs/. Skips the work when both already match the inputs.
 *
 * package.json starts it compiled (scripts/launch.mjs) and with `node --no-opt`: a run
 * is too short for V8's optimizing compiler to pay off, and its background compiles
 * took CPU from the generator's JVM. Measured on 2 cores: Node's CPU time per run fell
 * from about 2.5 s to 1.8 s, on the 50× benchmark spec too.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generate } from './lib/generate.js';
import { runScript } from './lib/report.js';

await runScript('generate', async () => {
  const { values } = parseArgs({
    options: { force: { type: 'boolean' }, spec: { type: 'string' }, out: { type: 'string' }, docs: { type: 'string' } },
  });
  const fromCaller = (path: string | undefined) => (path === undefined ? undefined : resolve(process.env.INIT_CWD ?? process.cwd(), path));
  await generate({ force: values.force, spec: fromCaller(values.spec), outDir: fromCaller(values.out), docsDir: fromCaller(values.docs) });
});

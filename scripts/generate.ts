/**
 * npm run generate [-- --force] [-- --spec FILE --out DIR --docs DIR]
 * Validates the spec, then regenerates both typed clients into generated/ and the
 * API reference into docs/. Skips the work when both already match the inputs.
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

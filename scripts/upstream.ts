/**
 * npm run upstream -- FILE
 * Compares a published Mastercard document (openbanking-us.yaml, any release) with
 * spec/accounts.yaml: the operations our spec has and every schema they reach. Prints
 * each structural difference that spec/deviations.yaml does not document, and exits 1
 * when there is one.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ScriptError, runScript, say, shortPath, step } from './lib/report.js';
import { loadSpecDocument, parseSpecText, specFile } from './lib/spec.js';
import { compareWithUpstream, documentedBy, formatDifference, readDeviations } from './lib/upstream.js';

await runScript('upstream', async () => {
  const given = process.argv[2];
  if (!given) throw new ScriptError('upstream', 'usage: npm run upstream -- FILE (a published openbanking-us.yaml)');
  const file = resolve(process.env.INIT_CWD ?? process.cwd(), given);
  const upstream = await step(`read ${shortPath(file)}`, async () => {
    const text = await readFile(file, 'utf8').catch(() => {
      throw new ScriptError(shortPath(file), 'cannot be read');
    });
    return parseSpecText(shortPath(file), text);
  });
  const [ours, deviations] = await step(`read ${shortPath(specFile)} and spec/deviations.yaml`, () =>
    Promise.all([loadSpecDocument(), readDeviations()]),
  );
  const differences = await step('compare the operations of our spec and the schemas they reach', () => compareWithUpstream(upstream, ours));
  const undocumented = differences.filter((difference) => !documentedBy(difference, deviations));
  const version = (document: Record<string, unknown>) => (document.info as { version?: string } | undefined)?.version ?? '?';
  say(`  upstream ${version(upstream)}, ours ${version(ours)}: ${differences.length - undocumented.length} difference(s) documented in spec/deviations.yaml`);
  for (const difference of undocumented) say(formatDifference(difference));
  if (undocumented.length > 0) {
    throw new ScriptError(shortPath(file), `${undocumented.length} structural difference(s) from our spec that no deviation documents, listed above`);
  }
});

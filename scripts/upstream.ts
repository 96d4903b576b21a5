/**
 * npm run upstream -- FILE [--write]
 * Compares a published Mastercard document (openbanking-us.yaml, any release) with
 * spec/accounts.yaml: the operations our spec has and every schema they reach. Prints
 * each structural difference that spec/deviations.yaml does not document, and exits 1
 * when there is one. --write applies them to the spec instead, keeping its own words;
 * new elements come without descriptions, so lint fails until they are written.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readTextFile, runScript, ScriptError, say, shortPath, step, UsageError } from './lib/report.js';
import { loadSpecDocument, parseSpecText, specFile } from './lib/spec.js';
import { compareWithUpstream, documentedBy, formatDifference, readDeviations } from './lib/upstream.js';
import { SpecWriter } from './lib/upstream-write.js';

await runScript('upstream', async () => {
  const { values, positionals } = parseArgs({ options: { write: { type: 'boolean' } }, allowPositionals: true });
  const given = positionals[0];
  if (!given)
    throw new UsageError('npm run upstream -- FILE [--write]   (FILE: a downloaded openbanking-us.yaml; CONTRIBUTING.md says where)');
  const file = resolve(process.env.INIT_CWD ?? process.cwd(), given);
  const upstream = await step(`read ${shortPath(file)}`, async () => parseSpecText(shortPath(file), await readTextFile(file)));
  const [ours, deviations] = await step(`read ${shortPath(specFile)} and spec/deviations.yaml`, () =>
    Promise.all([loadSpecDocument(), readDeviations()]),
  );
  const differences = await step('compare the operations of our spec and the schemas they reach', () =>
    compareWithUpstream(upstream, ours),
  );
  const undocumented = differences.filter((difference) => !documentedBy(difference, deviations));
  const version = (document: Record<string, unknown>) => (document.info as { version?: string } | undefined)?.version ?? '?';
  say(
    `  upstream ${version(upstream)}, ours ${version(ours)}: ${differences.length - undocumented.length} difference(s) documented in spec/deviations.yaml`,
  );
  if (values.write && undocumented.length > 0) {
    const writer = await SpecWriter.open(upstream, ours);
    const left = undocumented.filter((difference) => !writer.applyAndRefresh(difference));
    await step(`write ${undocumented.length - left.length} change(s) into ${shortPath(specFile)}`, () => writer.save());
    say('  new elements have no description yet: npm run lint lists them');
    for (const difference of left) say(formatDifference(difference));
    if (left.length > 0) throw new ScriptError(shortPath(file), `${left.length} difference(s) need a person (listed above)`);
    return;
  }
  for (const difference of undocumented) say(formatDifference(difference));
  if (undocumented.length > 0) {
    throw new ScriptError(
      shortPath(file),
      `${undocumented.length} structural difference(s) from our spec that no deviation documents, listed above`,
    );
  }
});

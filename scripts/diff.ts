/**
 * npm run diff [-- OLD_SPEC] [--allow-breaking]
 * Compares spec/accounts.yaml with an older version (a file, or by default the spec
 * at the latest git tag, else at HEAD) and prints each client-visible change per
 * operation, marked breaking or not, with a suggested semver bump. Exits 1 when
 * something is breaking, unless --allow-breaking.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { runScript, ScriptError, say, shortPath, step } from './lib/report.js';
import { parseSpecText, specFile } from './lib/spec.js';
import { diffSpecs, formatReport, loadBaseline, suggestBump } from './lib/spec-diff.js';

await runScript('diff', async () => {
  const { values, positionals } = parseArgs({ options: { 'allow-breaking': { type: 'boolean' } }, allowPositionals: true });
  const baseline = await step('load the older spec', () => loadBaseline(positionals[0]));
  const currentText = await readFile(specFile, 'utf8');
  const changes = await step(`compare ${baseline.label} with ${shortPath(specFile)}`, async () =>
    diffSpecs(parseSpecText(baseline.label, baseline.text), parseSpecText(shortPath(specFile), currentText)),
  );
  for (const line of formatReport(changes)) say(line);
  const breaking = changes.filter((change) => change.breaking).length;
  const bump = suggestBump(changes, baseline.text !== currentText);
  say(`  ${breaking} breaking, ${changes.length - breaking} non-breaking change(s); suggested version bump: ${bump}`);
  if (breaking > 0 && !values['allow-breaking']) {
    throw new ScriptError(shortPath(specFile), `${breaking} breaking change(s) for client users (pass --allow-breaking to accept them)`);
  }
});

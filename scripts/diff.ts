/**
 * npm run diff [-- OLD] [--allow-breaking]
 * Compares spec/accounts.yaml with an older version (OLD: a spec file or a git revision
 * such as HEAD~2 or a tag; by default the last release tag, else HEAD) and prints each
 * client-visible change per operation, marked breaking or not, then the version rule
 * and the next version. Exits 1 when something is breaking, unless --allow-breaking.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { lastReleaseTag, loadBaseline } from './lib/baseline.js';
import { runScript, ScriptError, say, shortPath, step } from './lib/report.js';
import { assertSpecValid, parseSpecText, specFile } from './lib/spec.js';
import { diffSpecs, formatReport } from './lib/spec-diff.js';
import { nextVersion, packageVersion } from './lib/versions.js';

await runScript('diff', async () => {
  const { values, positionals } = parseArgs({ options: { 'allow-breaking': { type: 'boolean' } }, allowPositionals: true });
  const given = positionals[0];
  await step(`validate ${shortPath(specFile)} (redocly.yaml rules and runtime rules)`, () => assertSpecValid());
  const baseline = await step('load the older spec', () => loadBaseline(given));
  if (given === undefined && !(await lastReleaseTag())) say('  no release tag (v*) yet: comparing with HEAD');
  const currentText = await readFile(specFile, 'utf8');
  const changes = await step(`compare ${baseline.label} with ${shortPath(specFile)}`, async () =>
    diffSpecs(parseSpecText(baseline.label, baseline.text), parseSpecText(shortPath(specFile), currentText)),
  );
  for (const line of formatReport(changes)) say(line);
  const breaking = changes.filter((change) => change.breaking).length;
  const version = await packageVersion();
  const next = nextVersion(version, changes);
  say(`  ${breaking} breaking, ${changes.length - breaking} non-breaking change(s) since ${baseline.label}`);
  say(`  version rule: ${next.rule}; bump: ${next.bump}; next version: ${version} → ${next.version}`);
  if (breaking > 0 && !values['allow-breaking']) {
    throw new ScriptError(shortPath(specFile), `${breaking} breaking change(s) for client users (pass --allow-breaking to accept them)`);
  }
});

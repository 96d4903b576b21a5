/**
 * npm run release [-- --skip-tests]
 * Makes a release on the current branch: refuses when the tree is dirty, generated/ or
 * docs/ are stale, or `npm test` fails; computes the next version from the spec diff
 * since the last release tag, writes its CHANGELOG.md entry, sets the version in
 * package.json and package-lock.json, commits, and makes the annotated tag vX.Y.Z.
 * With no tag yet, it tags the version package.json has (the first release).
 * Publishing is a separate step (CONTRIBUTING.md, "Releasing").
 *
 * --skip-tests exists for the release script's own test, which cannot run the whole
 * suite inside the suite; a real release runs them.
 */
import { parseArgs } from 'node:util';
import { assertGeneratedCurrent } from './lib/check.js';
import { assertTestsPass, assertTreeClean, planRelease, recordRelease } from './lib/release.js';
import { runScript, say, step } from './lib/report.js';

await runScript('release', async () => {
  const { values } = parseArgs({ options: { 'skip-tests': { type: 'boolean' } } });
  await step('check that the working tree is clean', () => assertTreeClean());
  await assertGeneratedCurrent();
  if (values['skip-tests']) say("  tests skipped (--skip-tests): only the release script's own test does this");
  else await step('npm test', () => assertTestsPass());
  const plan = await step('compare the spec with the last release', () => planRelease(new Date().toISOString().slice(0, 10)));
  say(`  ${plan.summary}`);
  say(`  next version: ${plan.version}`);
  const tag = await step(plan.entry ? 'write CHANGELOG.md, package.json and package-lock.json, commit, tag' : 'tag', () =>
    recordRelease(plan),
  );
  say(`  made ${tag}; to publish, follow CONTRIBUTING.md, "Releasing"`);
});

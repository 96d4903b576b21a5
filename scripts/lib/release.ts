/**
 * The steps of `npm run release`: the refusals (a dirty tree, a stale generated/,
 * failing tests), the version the spec diff calls for, and what a release writes (a
 * CHANGELOG.md entry, the version in package.json and package-lock.json, a commit and
 * an annotated tag).
 */
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { git, lastReleaseTag, specAt } from './baseline.js';
import { addChangelogEntry, changelogEntry, hasChangelogEntry } from './changelog.js';
import { repoRoot, ScriptError, shortPath } from './report.js';
import { parseSpecText, specFile } from './spec.js';
import { diffSpecs } from './spec-diff.js';
import { nextVersion, packageVersion } from './versions.js';

const packageFiles = ['package.json', 'package-lock.json'];

export async function assertTreeClean(): Promise<void> {
  // Each line is `XY PATH`: two status letters (a space when unchanged) and a space.
  const status = (await git('status', '--porcelain')).split('\n').filter(Boolean);
  if (status.length > 0) {
    const files = status.map((line) => line.slice(3));
    throw new ScriptError(
      files[0]!,
      `the working tree is not clean (${status.length} uncommitted file(s): git status lists them); commit or stash first`,
    );
  }
}

/** Runs `npm test`, its output (stderr too) on stdout so the refusal stays the one line on stderr. */
export function assertTestsPass(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['test'], { cwd: repoRoot, stdio: ['ignore', 1, 1] });
    child.once('error', reject);
    child.once('close', (code) => {
      if (code === 0) resolve();
      else reject(new ScriptError('npm test', `failed (exit code ${code}): a release needs every test to pass`));
    });
  });
}

export interface ReleasePlan {
  /** The last release tag, or undefined for the first release. */
  since: string | undefined;
  version: string;
  /** The CHANGELOG.md entry to write; undefined when it exists already (the first release). */
  entry: string | undefined;
  summary: string;
}

/** What to release: the next version and its CHANGELOG entry, from the spec diff since the last tag. */
export async function planRelease(today: string): Promise<ReleasePlan> {
  const since = await lastReleaseTag();
  const current = await packageVersion();
  if (!since) {
    // The first release tags the version package.json has; its entry is written by hand.
    if (!(await hasChangelogEntry(current))) throw new ScriptError('CHANGELOG.md', `has no entry for ${current}, the first release`);
    return { since, version: current, entry: undefined, summary: `first release: ${current}, as in package.json` };
  }
  if ((await git('rev-list', '--count', `${since}..HEAD`)).trim() === '0') {
    throw new ScriptError(since, 'nothing to release: HEAD is the last release');
  }
  const baseline = await specAt(since);
  const changes = diffSpecs(
    parseSpecText(baseline.label, baseline.text),
    parseSpecText(shortPath(specFile), await readFile(specFile, 'utf8')),
  );
  const next = nextVersion(current, changes);
  const breaking = changes.filter((change) => change.breaking).length;
  return {
    since,
    version: next.version,
    entry: changelogEntry(next.version, today, since, changes),
    summary: `${breaking} breaking, ${changes.length - breaking} other change(s) since ${since}; ${next.rule}: ${next.bump}, ${current} → ${next.version}`,
  };
}

/** Sets `version` at the top of a package file and, in the lock file, for the root package. */
async function setVersion(name: string, version: string): Promise<void> {
  const file = join(repoRoot, name);
  const data = JSON.parse(await readFile(file, 'utf8')) as { version: string; packages?: Record<string, { version?: string }> };
  data.version = version;
  const root = data.packages?.[''];
  if (root) root.version = version;
  await writeFile(file, `${JSON.stringify(data, null, 2)}\n`);
}

/** Writes the entry and the version, commits them, and makes the annotated tag. */
export async function recordRelease(plan: ReleasePlan): Promise<string> {
  const tag = `v${plan.version}`;
  if (plan.entry) {
    await addChangelogEntry(plan.entry);
    for (const name of packageFiles) await setVersion(name, plan.version);
    await git('add', 'CHANGELOG.md', ...packageFiles);
    await git('commit', '-q', '-m', `Release ${plan.version}`, '-m', plan.summary);
  }
  await git('tag', '-a', tag, '-m', `${plan.version}: ${plan.summary}`);
  return tag;
}

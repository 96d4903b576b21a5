/**
 * The package's version rule, shared by `npm run diff` (which prints it) and
 * `npm run release` (which applies it). Below 1.0.0 the minor plays the major's part,
 * as semver allows: a breaking change bumps the minor, anything else the patch. From
 * 1.0.0 on: breaking → major, anything added → minor, anything else → patch.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from './report.js';
import type { SpecChange } from './spec-diff.js';

/** The version package.json gives the package now. */
export async function packageVersion(): Promise<string> {
  return (JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

export type VersionBump = 'major' | 'minor' | 'patch';

export interface NextVersion {
  bump: VersionBump;
  version: string;
  /** The rule that chose the bump, in words, for the report. */
  rule: string;
}

const RULE_BELOW_1 = 'below 1.0.0 a breaking change bumps the minor, anything else the patch';
const RULE_FROM_1 = 'a breaking change bumps the major, an addition the minor, anything else the patch';

function parse(version: string): [number, number, number] {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!match) throw new Error(`version "${version}" is not MAJOR.MINOR.PATCH`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** The version that follows `current` for these spec changes (a release with no spec change is a patch). */
export function nextVersion(current: string, changes: SpecChange[]): NextVersion {
  const [major, minor, patch] = parse(current);
  const breaking = changes.some((change) => change.breaking);
  if (major === 0) {
    return breaking
      ? { bump: 'minor', version: `0.${minor + 1}.0`, rule: RULE_BELOW_1 }
      : { bump: 'patch', version: `0.${minor}.${patch + 1}`, rule: RULE_BELOW_1 };
  }
  if (breaking) return { bump: 'major', version: `${major + 1}.0.0`, rule: RULE_FROM_1 };
  if (changes.length > 0) return { bump: 'minor', version: `${major}.${minor + 1}.0`, rule: RULE_FROM_1 };
  return { bump: 'patch', version: `${major}.${minor}.${patch + 1}`, rule: RULE_FROM_1 };
}

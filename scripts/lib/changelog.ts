/**
 * CHANGELOG.md entries written from the structural diff: breaking changes first, each
 * change said once in a user's words, with every operation it reaches.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot, ScriptError } from './report.js';
import type { SpecChange } from './spec-diff.js';

export const changelogFile = join(repoRoot, 'CHANGELOG.md');

/** `response 200 application/json accounts[].id` → "`accounts[].id` in the 200 response", and so on. */
function subject(change: SpecChange): string {
  const { where } = change;
  let match = /^parameter (\S+) (.+)$/.exec(where);
  if (match) return `the ${match[1]} parameter \`${match[2]}\``;
  match = /^response (\S+) (\S+) (.+)$/.exec(where);
  if (match) return `\`${match[3]}\` in the ${match[1]} response`;
  match = /^response (\S+)(?: (\S+))?$/.exec(where);
  if (match) return match[2] ? `the ${match[1]} response as ${match[2]}` : `the ${match[1]} response`;
  match = /^request(?: body)? (\S+) (.+)$/.exec(where);
  if (match) return `\`${match[2]}\` in the request body`;
  match = /^request(?: body)?(?: (\S+))?$/.exec(where);
  if (match) return match[1] ? `the request body as ${match[1]}` : 'the request body';
  return `\`${where}\``;
}

/** What happened to the subject, as the end of a sentence. */
function outcome(description: string): string {
  const rules: Array<[RegExp, (match: RegExpExecArray) => string]> = [
    [/^type changed from (.+) to (.+)$/, (m) => `is now of type ${m[2]} (was ${m[1]})`],
    [/^(required|optional) (property|parameter|request body) added$/, (m) => `is new (${m[1]})`],
    [/^enum value "(.*)" added$/, (m) => `may now be "${m[1]}"`],
    [/^enum value "(.*)" removed$/, (m) => `can no longer be "${m[1]}"`],
    [/^(property|parameter|request body|media type) removed$/, () => 'is gone'],
    [/^media type added$/, () => 'is new'],
    [/^status code added$/, () => 'is new'],
    [/^status code removed$/, () => 'is no longer documented'],
  ];
  for (const [pattern, words] of rules) {
    const match = pattern.exec(description);
    if (match) return words(match);
  }
  return description;
}

const aboutTheOperation = (change: SpecChange) => /^operation (added|removed)$|^operationId renamed/.test(change.description);

/** One sentence for a change; operations added, removed or renamed are about the operation itself. */
export function describeChange(change: SpecChange): string {
  const renamed = /^operationId renamed to (.+)$/.exec(change.description);
  if (renamed) return `\`${change.operation}\` is renamed \`${renamed[1]}\`: its client methods change name with it`;
  if (change.description === 'operation added') return `New operation \`${change.operation}\` (\`${change.where}\`)`;
  if (change.description === 'operation removed') return `Operation \`${change.operation}\` (\`${change.where}\`) is removed`;
  const sentence = `${subject(change)} ${outcome(change.description)}`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** The same sentence for several operations (a shared schema) becomes one line naming them all. */
function lines(changes: SpecChange[]): string[] {
  const byText = new Map<string, Set<string>>();
  for (const change of changes) {
    const text = describeChange(change);
    const operations = byText.get(text) ?? new Set<string>();
    if (!aboutTheOperation(change)) operations.add(change.operation);
    byText.set(text, operations);
  }
  return [...byText].map(([text, operations]) =>
    operations.size === 0 ? `- ${text}.` : `- ${text}: ${[...operations].sort().join(', ')}.`,
  );
}

/** A CHANGELOG.md entry for `version`; `since` names the release it is compared with. */
export function changelogEntry(version: string, date: string, since: string, changes: SpecChange[]): string {
  const breaking = changes.filter((change) => change.breaking);
  const other = changes.filter((change) => !change.breaking);
  const parts = [`## ${version} (${date})`, ''];
  if (breaking.length > 0) parts.push('### Breaking changes', '', ...lines(breaking), '');
  if (other.length > 0) parts.push(breaking.length > 0 ? '### Other changes' : '### Changes', '', ...lines(other), '');
  if (changes.length === 0) {
    parts.push(`No change to the operations, their parameters or their types since ${since}: see the commits for what changed.`, '');
  }
  return parts.join('\n');
}

/** Puts the entry above the newest one, below the file's heading and introduction. */
export async function addChangelogEntry(entry: string, file = changelogFile): Promise<void> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new ScriptError('CHANGELOG.md', 'no such file: the release history starts with the first entry, written by hand');
  });
  const first = text.search(/^## /m);
  const at = first < 0 ? text.length : first;
  await writeFile(file, `${text.slice(0, at)}${entry}\n${text.slice(at)}`);
}

/** Whether CHANGELOG.md has an entry for `version`. */
export async function hasChangelogEntry(version: string, file = changelogFile): Promise<boolean> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return new RegExp(`^## ${version.replace(/\./g, '\\.')}\\b`, 'm').test(text);
}

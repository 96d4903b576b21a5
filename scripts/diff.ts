/**
 * npm run diff [-- OLD_SPEC] [--allow-breaking]
 * Compares spec/accounts.yaml with an older version (a file, or by default the spec
 * at the latest git tag, else at HEAD) and prints each client-visible change per
 * operation, marked breaking or not, with a suggested semver bump. Exits 1 when
 * something is breaking, unless --allow-breaking.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { parse } from 'yaml';
import { ScriptError, repoRoot, runScript, say, shortPath, step } from './lib/report.js';
import { diffSpecs, suggestBump, type SpecChange } from './lib/spec-diff.js';
import { specFile } from './lib/spec.js';

const run = promisify(execFile);

/** The old spec's text and a label: a given file, or the spec at the latest tag (else HEAD). */
async function loadBaseline(given: string | undefined): Promise<{ label: string; text: string }> {
  if (given) {
    const file = resolve(process.env.INIT_CWD ?? process.cwd(), given);
    try {
      return { label: shortPath(file), text: await readFile(file, 'utf8') };
    } catch {
      throw new ScriptError(shortPath(file), 'cannot be read');
    }
  }
  const git = (...args: string[]) => run('git', args, { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 }).then(({ stdout }) => stdout);
  const revision = await git('describe', '--tags', '--abbrev=0').then((tag) => tag.trim(), () => 'HEAD');
  const path = relative(repoRoot, specFile);
  try {
    return { label: `${path} at ${revision}`, text: await git('show', `${revision}:${path}`) };
  } catch {
    throw new ScriptError(path, `has no committed version at ${revision} to compare with`);
  }
}

function parseSpec(label: string, text: string): Record<string, unknown> {
  try {
    return parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new ScriptError(label, `is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}

export function formatReport(changes: SpecChange[]): string[] {
  const byOperation = new Map<string, SpecChange[]>();
  for (const change of changes) byOperation.set(change.operation, [...(byOperation.get(change.operation) ?? []), change]);
  const lines: string[] = [];
  for (const [operation, list] of [...byOperation].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(operation);
    for (const change of list) lines.push(`  ${change.breaking ? 'BREAKING' : 'ok      '}  ${change.where}: ${change.description}`);
  }
  return lines;
}

await runScript('diff', async () => {
  const { values, positionals } = parseArgs({ options: { 'allow-breaking': { type: 'boolean' } }, allowPositionals: true });
  const baseline = await step('load the older spec', () => loadBaseline(positionals[0]));
  const currentText = await readFile(specFile, 'utf8');
  const changes = await step(`compare ${baseline.label} with ${shortPath(specFile)}`, async () =>
    diffSpecs(parseSpec(baseline.label, baseline.text), parseSpec(shortPath(specFile), currentText)),
  );
  for (const line of formatReport(changes)) say(line);
  const breaking = changes.filter((change) => change.breaking).length;
  const bump = suggestBump(changes, baseline.text !== currentText);
  say(`  ${breaking} breaking, ${changes.length - breaking} non-breaking change(s); suggested version bump: ${bump}`);
  if (breaking > 0 && !values['allow-breaking']) {
    throw new ScriptError(shortPath(specFile), `${breaking} breaking change(s) for client users (pass --allow-breaking to accept them)`);
  }
});

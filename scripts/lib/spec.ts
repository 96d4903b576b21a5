/**
 * The spec and everything derived from it before any generator runs: where it is,
 * whether it is valid (Redocly's linter, configured by redocly.yaml), and a
 * fingerprint of every input that shapes the generated code.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { NormalizedProblem } from '@redocly/openapi-core';
import type { Document, LineCounter } from 'yaml';
import { readTextFile, repoRoot, ScriptError, shortPath } from './report.js';
import { inspectRuntimeRules } from './runtime-rules.js';

export const specFile = join(repoRoot, 'spec', 'accounts.yaml');
export const lintConfigFile = join(repoRoot, 'redocly.yaml');

export interface LintFinding {
  file: string;
  line: number;
  column: number;
  rule: string;
  severity: 'error' | 'warn';
  message: string;
}

type Redocly = typeof import('@redocly/openapi-core');

function toFinding(problem: NormalizedProblem, getLineColLocation: Redocly['getLineColLocation']): LintFinding {
  const location = problem.location[0];
  const position = location ? getLineColLocation(location).start : { line: 1, col: 1 };
  return {
    file: shortPath(location?.source.absoluteRef ?? specFile),
    line: position.line,
    column: position.col,
    rule: problem.ruleId,
    severity: problem.severity === 'error' ? 'error' : 'warn',
    message: problem.message,
  };
}

export function formatFinding(finding: LintFinding): string {
  return `${finding.file}:${finding.line}:${finding.column} ${finding.severity} ${finding.rule}: ${finding.message}`;
}

interface ParsedYaml {
  text: string;
  document: Document;
  lineCounter: LineCounter;
}

let lastParsed: ParsedYaml | undefined;

/**
 * YAML text parsed, with line positions. Parsing the spec costs about 0.1 s of CPU and
 * one regeneration reads it in four places (validity, runtime rules, the steps that
 * render it, the manifest), so the last text's parse is kept and reused while the text
 * is the same. Callers take plain data from it with `toJS()`, a fresh copy each time.
 */
function parseYaml(text: string): ParsedYaml {
  if (lastParsed?.text !== text) {
    // Loaded on first use: a no-op `npm run generate` never parses the spec, and loading
    // the parser is about a fifth of its run.
    const { LineCounter, parseDocument } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
    const lineCounter = new LineCounter();
    lastParsed = { text, document: parseDocument(text, { lineCounter }), lineCounter };
  }
  return lastParsed;
}

/** Plain data from YAML text; throws its first syntax error, as `yaml`'s `parse` does. */
function yamlData(text: string): Record<string, unknown> {
  const { document } = parseYaml(text);
  const [error] = document.errors;
  if (error) throw error;
  return document.toJS() as Record<string, unknown>;
}

/** The runtime-rule checks of runtime-rules.ts as findings, each at the line it concerns. */
async function runtimeRuleFindings(file: string): Promise<LintFinding[]> {
  const { document: parsed, lineCounter } = parseYaml(await readFile(file, 'utf8'));
  const { problems } = inspectRuntimeRules(parsed.toJS() as Record<string, unknown>);
  return problems.map(({ at, message }) => {
    // The closest node that exists: a missing key is reported where it belongs.
    let node: unknown;
    for (let depth = at.length; depth >= 0 && !node; depth--) node = depth === 0 ? parsed.contents : parsed.getIn(at.slice(0, depth), true);
    const offset = (node as { range?: [number, number] } | undefined)?.range?.[0] ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    return { file: shortPath(file), line, column: col, rule: 'finicity-runtime-rules', severity: 'error', message };
  });
}

/** Lints a spec with the project's rules (recommended set, redocly.yaml's, and the runtime rules). */
export async function lintSpec(file = specFile): Promise<LintFinding[]> {
  // Loaded on demand: a no-op `npm run generate` never needs the linter.
  const { getLineColLocation, lint, loadConfig } = await import('@redocly/openapi-core');
  const config = await loadConfig({ configPath: lintConfigFile });
  const problems = await lint({ ref: file, config });
  return [
    ...problems.filter((problem) => !problem.ignored).map((problem) => toFinding(problem, getLineColLocation)),
    ...(await runtimeRuleFindings(file)),
  ];
}

/** Throws one line naming the first error when the spec cannot be used. */
export async function assertSpecValid(file = specFile): Promise<void> {
  const source = await readTextFile(file);
  parseSpecText(shortPath(file), source);
  const errors = (await lintSpec(file)).filter((finding) => finding.severity === 'error');
  const first = errors[0];
  if (first) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more: npm run lint lists them)` : '';
    throw new ScriptError(`${first.file}:${first.line}:${first.column}`, `${first.message} [${first.rule}]${more}`);
  }
}

/** A spec's text parsed as plain data; YAML that does not parse fails in one line naming `label`. */
export function parseSpecText(label: string, text: string): Record<string, unknown> {
  try {
    return yamlData(text);
  } catch (error) {
    throw new ScriptError(label, `is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** The spec parsed as plain data. */
export async function loadSpecDocument(file = specFile): Promise<Record<string, unknown>> {
  return yamlData(await readFile(file, 'utf8'));
}

export { resolveRef } from './spec-model.js';

export interface SpecIdentity {
  title: string;
  version: string;
  sha256: string;
}

export async function readSpecIdentity(file = specFile): Promise<SpecIdentity> {
  const source = await readFile(file);
  const document = yamlData(source.toString('utf8')) as { info?: { title?: string; version?: string } };
  return {
    title: document.info?.title ?? '',
    version: document.info?.version ?? '',
    sha256: createHash('sha256').update(source).digest('hex'),
  };
}

/**
 * One hash over every input of generation: the spec, the given files (the generator
 * pin and the scripts that shape the output) and the given versions. Any change to
 * one of them means the generated code must be made again.
 */
export async function inputsFingerprint(spec: string, files: string[], versions: Record<string, string>): Promise<string> {
  const hash = createHash('sha256');
  hash.update(await readFile(spec)).update('\0');
  for (const file of files) {
    hash
      .update(`${relative(repoRoot, file)}\0`)
      .update(await readFile(file))
      .update('\0');
  }
  for (const [key, value] of Object.entries(versions).sort()) hash.update(`${key}=${value}\0`);
  return hash.digest('hex');
}

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
import { FaultList, readTextFile, repoRoot, ScriptError, shortPath } from './report.js';
import { inspectRuntimeRules } from './runtime-rules.js';
import { elementAt, yamlFaults } from './spec-faults.js';

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

/** A Redocly problem at its line, prefixed with the element it concerns (the `$ref` target, the parameter, …). */
function toFinding(
  problem: NormalizedProblem,
  getLineColLocation: Redocly['getLineColLocation'],
  data: Record<string, unknown>,
): LintFinding {
  const location = problem.location[0];
  const position = location ? getLineColLocation(location).start : { line: 1, col: 1 };
  const element = elementAt(data, location?.pointer);
  const message =
    problem.ruleId === 'no-unresolved-refs' && element
      ? `${element} points nowhere in the document`
      : element
        ? `${element}: ${problem.message}`
        : problem.message;
  return {
    file: shortPath(location?.source.absoluteRef ?? specFile),
    line: position.line,
    column: position.col,
    rule: problem.ruleId,
    severity: problem.severity === 'error' ? 'error' : 'warn',
    message,
  };
}

/** One line per finding, the same in every script: `spec/accounts.yaml:LINE:COL: problem [rule]`. */
export function formatFinding(finding: LintFinding): string {
  const warning = finding.severity === 'warn' ? 'warning: ' : '';
  return `${finding.file}:${finding.line}:${finding.column}: ${warning}${finding.message} [${finding.rule}]`;
}

const byPosition = (a: LintFinding, b: LintFinding) => a.line - b.line || a.column - b.column || a.message.localeCompare(b.message);

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
function runtimeRuleFindings(file: string, { document: parsed, lineCounter }: ParsedYaml): LintFinding[] {
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

/**
 * Lints a spec with the project's rules (recommended set, redocly.yaml's, and the runtime
 * rules), sorted by line. YAML that does not parse gives its own faults and nothing else.
 */
export async function lintSpec(file = specFile): Promise<LintFinding[]> {
  const parsed = parseYaml(await readTextFile(file));
  const label = shortPath(file);
  if (parsed.document.errors.length > 0) {
    const faults = yamlFaults(parsed.text, parsed.document, parsed.lineCounter);
    return faults.map((fault) => ({ file: label, severity: 'error' as const, ...fault })).sort(byPosition);
  }
  // Loaded on demand: a no-op `npm run generate` never needs the linter.
  const { getLineColLocation, lint, loadConfig } = await import('@redocly/openapi-core');
  const config = await loadConfig({ configPath: lintConfigFile });
  const data = parsed.document.toJS() as Record<string, unknown>;
  const problems = await lint({ ref: file, config });
  const kept = problems.filter((problem) => !problem.ignored);
  // What a `$ref` that points nowhere would have supplied, Redocly cannot see: other findings
  // of the element holding it (a path parameter "not defined") are its consequences.
  const brokenRefs = kept.filter((problem) => problem.ruleId === 'no-unresolved-refs').map((problem) => problem.location[0]?.pointer ?? '');
  const consequence = (problem: NormalizedProblem) =>
    problem.ruleId !== 'no-unresolved-refs' && brokenRefs.some((ref) => ref.startsWith(`${problem.location[0]?.pointer ?? '#'}/`));
  const findings = kept.filter((problem) => !consequence(problem)).map((problem) => toFinding(problem, getLineColLocation, data));
  // The runtime rules follow `$ref`s too, so they wait until every one resolves.
  return [...findings, ...(brokenRefs.length === 0 ? runtimeRuleFindings(file, parsed) : [])].sort(byPosition);
}

/** Throws every error of the spec, one line each, when it cannot be used. */
export async function assertSpecValid(file = specFile): Promise<void> {
  const errors = (await lintSpec(file)).filter((finding) => finding.severity === 'error');
  if (errors.length > 0) throw new FaultList(errors.map(formatFinding));
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

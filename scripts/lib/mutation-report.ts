/**
 * Reading Stryker's JSON report (mutation-testing-report-schema) into the figures
 * `npm run mutation` prints, and the block of CONTRIBUTING.md it rewrites after a run
 * over the whole of src/, between two marker comments, as the bench does for its own.
 */
import { withMarkedBlock } from './marked-block.js';

export interface MutantResult {
  mutatorName: string;
  replacement?: string;
  status: 'Killed' | 'Survived' | 'NoCoverage' | 'Timeout' | 'CompileError' | 'RuntimeError' | 'Ignored' | 'Pending';
  location: { start: { line: number; column: number } };
}
export interface MutationReport {
  files: Record<string, { mutants: MutantResult[] }>;
}

const COUNTED = {
  Killed: 'killed',
  Timeout: 'timeout',
  Survived: 'survived',
  NoCoverage: 'noCoverage',
  CompileError: 'compileErrors',
  RuntimeError: 'runtimeErrors',
  Ignored: 'ignored',
} as const;
type Counts = Record<(typeof COUNTED)[keyof typeof COUNTED], number>;

export interface MutationSummary extends Counts {
  score: number;
  mutants: number;
  valid: number;
}

const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/**
 * The incremental report without the mutants no test caught, so that the next run tries
 * them again with today's tests. Stryker itself reuses such a result when no test's
 * coverage of the mutant changed, and a mutant of a top-level constant is covered by no
 * test in particular: a test added since to catch it would go unseen.
 */
export function withoutUndetected<Report extends MutationReport>(report: Report): Report {
  const files = Object.fromEntries(
    Object.entries(report.files).map(([file, result]) => [
      file,
      { ...result, mutants: result.mutants.filter((mutant) => !UNDETECTED.has(mutant.status)) },
    ]),
  );
  return { ...report, files };
}

/** Counts as Stryker counts them: the score is detected (killed or timed out) over valid (detected or not) mutants. */
function scoreOf(counts: Counts, mutants: number): MutationSummary {
  const detected = counts.killed + counts.timeout;
  const valid = detected + counts.survived + counts.noCoverage;
  const score = valid === 0 ? 100 : Math.round((detected / valid) * 10_000) / 100;
  return { score, mutants, valid, ...counts };
}

const noCounts = (): Counts => ({ killed: 0, timeout: 0, survived: 0, noCoverage: 0, compileErrors: 0, runtimeErrors: 0, ignored: 0 });

/** The whole run's figures, each file's, and one line per mutant no test caught (`file:line:column status mutator: replacement`). */
export function summarize(report: MutationReport): {
  summary: MutationSummary;
  byFile: Record<string, MutationSummary>;
  undetected: string[];
} {
  const total = noCounts();
  const byFile: Record<string, MutationSummary> = {};
  const undetected: string[] = [];
  let mutants = 0;
  for (const [file, { mutants: results }] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
    const counts = noCounts();
    const sorted = [...results].sort(
      (a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column,
    );
    for (const mutant of sorted) {
      if (mutant.status === 'Pending') throw new Error(`${file}: mutant at line ${mutant.location.start.line} was never run`);
      counts[COUNTED[mutant.status]] += 1;
      total[COUNTED[mutant.status]] += 1;
      if (UNDETECTED.has(mutant.status)) {
        const replacement = (mutant.replacement ?? '').replace(/\s+/g, ' ').trim();
        const shown = replacement.length > 70 ? `${replacement.slice(0, 70)}…` : replacement;
        undetected.push(
          `${file}:${mutant.location.start.line}:${mutant.location.start.column} ${mutant.status} ${mutant.mutatorName}: ${shown}`,
        );
      }
    }
    mutants += results.length;
    byFile[file] = scoreOf(counts, results.length);
  }
  return { summary: scoreOf(total, mutants), byFile, undetected };
}

export const MUTATION_BEGIN = '<!-- mutation:begin (written by `npm run mutation` after a run over all of src/: do not edit by hand) -->';
export const MUTATION_END = '<!-- mutation:end -->';

/** The CONTRIBUTING.md block: the score of the run, then each file's. */
export function renderScore(
  { summary, byFile }: { summary: MutationSummary; byFile: Record<string, MutationSummary> },
  run: { date: string; stryker: string; node: string },
): string {
  const rows = Object.entries(byFile).map(
    ([file, figures]) => `| \`${file}\` | ${figures.score}% | ${figures.valid} | ${figures.survived} | ${figures.noCoverage} |`,
  );
  return [
    `Last run over all of \`src/\`: ${run.date}, Stryker ${run.stryker} on Node ${run.node}, mutants type-checked first. ` +
      `**Score ${summary.score}%** of ${summary.valid} valid mutants (${summary.mutants} made): ${summary.killed} killed, ` +
      `${summary.timeout} timed out, ${summary.survived} survived, ${summary.noCoverage} without coverage, ` +
      `${summary.compileErrors} refused by the type checker.`,
    '',
    '| file | score | valid mutants | survived | no coverage |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

/** `markdown` with the text between the mutation markers replaced by `block`. */
export const withScoreBlock = (markdown: string, block: string) => withMarkedBlock(markdown, MUTATION_BEGIN, MUTATION_END, block);

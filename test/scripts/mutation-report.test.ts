/** `npm run mutation`'s reading of Stryker's report: the score as Stryker counts it, the mutants no test caught, the CONTRIBUTING block. */
import { describe, expect, it } from 'vitest';
import {
  MUTATION_BEGIN,
  MUTATION_END,
  type MutantResult,
  renderScore,
  summarize,
  withoutUndetected,
  withScoreBlock,
} from '../../scripts/lib/mutation-report.js';

const mutant = (status: MutantResult['status'], line: number, replacement = 'true'): MutantResult => ({
  mutatorName: 'ConditionalExpression',
  replacement,
  status,
  location: { start: { line, column: 3 } },
});

describe('summarize', () => {
  it('scores detected over valid mutants, per file and in all, and lists the undetected in line order', () => {
    const { summary, byFile, undetected } = summarize({
      files: {
        'src/b.ts': { mutants: [mutant('Killed', 1), mutant('CompileError', 2), mutant('Ignored', 3)] },
        'src/a.ts': {
          mutants: [
            mutant('NoCoverage', 9),
            mutant('Survived', 4, 'x\n   ||   y'),
            mutant('Timeout', 5),
            mutant('Killed', 6),
            mutant('RuntimeError', 7),
          ],
        },
      },
    });
    expect(summary).toEqual({
      score: 60,
      mutants: 8,
      valid: 5,
      killed: 2,
      timeout: 1,
      survived: 1,
      noCoverage: 1,
      compileErrors: 1,
      runtimeErrors: 1,
      ignored: 1,
    });
    expect(byFile['src/a.ts']).toMatchObject({ score: 50, valid: 4 });
    expect(byFile['src/b.ts']).toMatchObject({ score: 100, valid: 1, mutants: 3 });
    expect(undetected).toEqual([
      'src/a.ts:4:3 Survived ConditionalExpression: x || y',
      'src/a.ts:9:3 NoCoverage ConditionalExpression: true',
    ]);
    expect(Object.keys(byFile)).toEqual(['src/a.ts', 'src/b.ts']);
  });

  it('rounds the score to two decimals, shortens long replacements, and refuses a mutant never run', () => {
    const { summary, undetected } = summarize({
      files: { 'src/c.ts': { mutants: [mutant('Killed', 1), mutant('Killed', 2), mutant('Survived', 3, 'y'.repeat(90))] } },
    });
    expect(summary.score).toBe(66.67);
    expect(undetected[0]).toBe(`src/c.ts:3:3 Survived ConditionalExpression: ${'y'.repeat(70)}…`);
    expect(() => summarize({ files: { 'src/d.ts': { mutants: [mutant('Pending', 12)] } } })).toThrow(
      'src/d.ts: mutant at line 12 was never run',
    );
  });
});

describe('the score block', () => {
  it('says the run and every file, and replaces only the text between the markers', () => {
    const figures = summarize({ files: { 'src/a.ts': { mutants: [mutant('Killed', 1), mutant('Survived', 2)] } } });
    const block = renderScore(figures, { date: '2026-12-06', stryker: '10.1.1', node: '22.23.3' });
    expect(block).toContain('Last run over all of `src/`: 2026-12-06, Stryker 10.1.1 on Node 22.23.3');
    expect(block).toContain('**Score 50%** of 2 valid mutants (2 made): 1 killed, 0 timed out, 1 survived');
    expect(block).toContain('| `src/a.ts` | 50% | 2 | 1 | 0 |');
    const markdown = `before\n${MUTATION_BEGIN}\nold\n${MUTATION_END}\nafter\n`;
    expect(withScoreBlock(markdown, block)).toBe(`before\n${MUTATION_BEGIN}\n${block}${MUTATION_END}\nafter\n`);
    expect(() => withScoreBlock('no markers', block)).toThrow(/markers/);
  });
});

describe('withoutUndetected', () => {
  it('drops the survivors and the uncovered from an incremental report, and keeps the rest as it was', () => {
    const report = {
      schemaVersion: '2',
      files: {
        'src/a.ts': { source: 'x', mutants: [mutant('Killed', 1), mutant('Survived', 2), mutant('NoCoverage', 3), mutant('Timeout', 4)] },
      },
    };
    expect(withoutUndetected(report)).toEqual({
      schemaVersion: '2',
      files: { 'src/a.ts': { source: 'x', mutants: [mutant('Killed', 1), mutant('Timeout', 4)] } },
    });
    expect(report.files['src/a.ts'].mutants).toHaveLength(4);
  });
});

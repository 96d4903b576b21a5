/**
 * One line per spec fault, the same in every script: a fault seeded into a copy of the
 * repository's spec gives lint, generate, check and diff the same single line on stderr,
 * `spec/accounts.yaml:LINE:COL: problem [rule]`, at the element at fault and naming it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFinding, lintSpec } from '../../scripts/lib/spec.js';
import { misindentedLine } from '../../scripts/lib/spec-faults.js';
import { copyRepository, type RepositoryCopy } from '../support/repo-copy.js';
import { scratchFolder } from '../support/scratch.js';

const scratch = await scratchFolder('spec-faults');

let copy: RepositoryCopy;
let original: string;
beforeAll(async () => {
  copy = await copyRepository();
  original = await readFile(join(copy.root, 'spec/accounts.yaml'), 'utf8');
});
afterAll(() => copy?.remove());

/** The 1-based number of the first line that reads `content` (indentation aside), after the first that reads `after`. */
function lineOf(text: string, content: string, after?: string): number {
  const lines = text.split('\n').map((line) => line.trim());
  const from = after === undefined ? 0 : lines.indexOf(after);
  const index = lines.indexOf(content, from);
  expect(index, content).toBeGreaterThanOrEqual(0);
  return index + 1;
}

interface SeededFault {
  name: string;
  seed(text: string): string;
  /** The one line every script must print, given the seeded text. */
  expected(text: string): string;
}

const oneAccount = '      summary: Get one account\n';
const faults: SeededFault[] = [
  {
    name: 'a duplicate key, reported at the added key',
    seed: (text) => text.replace(oneAccount, `${oneAccount}      operationId: GetOneAccount\n`),
    expected: (text) =>
      `spec/accounts.yaml:${lineOf(text, 'operationId: GetOneAccount')}:7: duplicate key "operationId" (the first is at line ${lineOf(text, 'operationId: GetCustomerAccount')}) [yaml]`,
  },
  {
    name: 'a key indented too far, reported at its own line',
    seed: (text) => text.replace(oneAccount, ` ${oneAccount}`),
    expected: (text) =>
      `spec/accounts.yaml:${lineOf(text, 'summary: Get one account')}:8: bad indentation: "summary: Get one account" does not line up with the keys around it [yaml]`,
  },
  {
    name: 'a $ref that points nowhere, naming its target',
    seed: (text) =>
      text.replace(
        `${oneAccount}      description: Returns a single account of the customer, looked up by its ID.\n      parameters:\n        - $ref: '#/components/parameters/CustomerId'\n        - $ref: '#/components/parameters/AccountId'\n`,
        `${oneAccount}      description: Returns a single account of the customer, looked up by its ID.\n      parameters:\n        - $ref: '#/components/parameters/CustomerId'\n        - $ref: '#/components/parameters/AccountIdentifier'\n`,
      ),
    expected: (text) =>
      `spec/accounts.yaml:${lineOf(text, "- $ref: '#/components/parameters/AccountIdentifier'")}:11: $ref "#/components/parameters/AccountIdentifier" points nowhere in the document [no-unresolved-refs]`,
  },
  {
    name: 'a parameter without a description, naming the parameter',
    seed: (text) => text.replace(/^ {6}description: Return only accounts with this status.*\n/m, ''),
    expected: (text) =>
      `spec/accounts.yaml:${lineOf(text, 'name: status', 'AccountStatus:')}:7: parameter "status" (query): Every parameter needs a description, written in the project's own words. [rule/parameter-described]`,
  },
];

describe('a spec fault is one line, the same in lint, generate, check and diff', { timeout: 120_000 }, () => {
  for (const fault of faults) {
    it(fault.name, async () => {
      const seeded = fault.seed(original);
      expect(seeded).not.toBe(original);
      await writeFile(join(copy.root, 'spec/accounts.yaml'), seeded);
      const expected = fault.expected(seeded);
      for (const script of ['lint', 'generate', 'check', 'diff']) {
        const result = await copy.exec('npm', ['run', '--silent', script]);
        expect(result.code, `${script}: ${result.stdout}`).toBe(1);
        expect(result.stderr, script).toBe(`${expected}\n`);
      }
    });
  }

  it('several faults come out in line order, one line each', async () => {
    const seeded = faults[3]!.seed(faults[2]!.seed(original));
    await writeFile(join(copy.root, 'spec/accounts.yaml'), seeded);
    const result = await copy.exec('npm', ['run', '--silent', 'lint']);
    expect(result.stderr.trim().split('\n')).toEqual([faults[2]!.expected(seeded), faults[3]!.expected(seeded)]);
  });
});

describe('bad indentation is reported at the line that has it', () => {
  it('a key indented less than its siblings, whatever the parser noticed later', async () => {
    for (const indent of [3, 5]) {
      const seeded = original.replace(oneAccount, `${' '.repeat(indent)}${oneAccount.trimStart()}`);
      const file = join(scratch, `indent-${indent}.yaml`);
      await writeFile(file, seeded);
      expect((await lintSpec(file)).map(formatFinding)).toEqual([
        `${file}:${lineOf(seeded, 'summary: Get one account')}:${indent + 1}: bad indentation: "summary: Get one account" does not line up with the keys around it [yaml]`,
      ]);
    }
  });
  it('finds no such line in the spec as it is', () => {
    expect(misindentedLine(original, Number.POSITIVE_INFINITY)).toBeUndefined();
  });
});

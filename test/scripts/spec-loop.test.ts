/**
 * The maintainer's loop on a copy of the repository: a spec edit (an operation added
 * with a new schema, an operation renamed), then lint, diff, generate, a strict type-check
 * of the whole project and the suites that follow the spec, with nothing else edited. The added schema must reach
 * users as a type exported by name.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRepository, type RepositoryCopy } from '../support/repo-copy.js';

/** What a maintainer would write into spec/accounts.yaml for a new operation (a test fixture, not a real one). */
const newPath = `  /aggregation/v1/customers/{customerId}/accounts/{accountId}/labels:
    get:
      tags: [Accounts]
      operationId: GetCustomerAccountLabels
      x-finicity-retryable: true
      summary: Get an account's labels
      description: Returns the labels the customer gave one account.
      parameters:
        - $ref: '#/components/parameters/CustomerId'
        - $ref: '#/components/parameters/AccountId'
      responses:
        '200':
          description: The account's labels.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/AccountLabels'
              examples:
                TwoLabelsExample:
                  summary: Two labels
                  value:
                    accountId: '5011648377'
                    labels: [travel, savings]
        '401':
          $ref: '#/components/responses/Unauthorized'
        '404':
          $ref: '#/components/responses/NotFound'
`;
const newSchema = `    AccountLabels:
      type: object
      description: The labels of one account.
      required: [accountId, labels]
      properties:
        accountId:
          type: string
          description: The account the labels belong to.
        labels:
          type: array
          description: Every label, in the order the customer added them.
          items:
            type: string
`;
const consumer = `import type { AccountLabels } from '../src/index.js';\nexport const labels: AccountLabels = { accountId: '1', labels: ['a'] };\n`;

/** The suites whose cases come from the spec; the type-check covers every other file. */
const specSuites = [
  'test/contract',
  'test/scripts/api-docs.test.ts',
  'test/scripts/runtime-rules.test.ts',
  'test/package/bundle-size.test.ts',
  'test/src/input.test.ts',
];

async function editSpec(copy: RepositoryCopy, change: (text: string) => string): Promise<void> {
  const file = join(copy.root, 'spec/accounts.yaml');
  const before = await readFile(file, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  await writeFile(file, after);
}

/** Runs one step and expects it to succeed, showing its output when it does not. */
async function step(copy: RepositoryCopy, command: string, args: string[]): Promise<string> {
  const result = await copy.exec(command, args);
  expect(result.code, `${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`).toBe(0);
  return result.stdout + result.stderr;
}

async function loop(copy: RepositoryCopy): Promise<string> {
  await step(copy, 'npm', ['run', 'lint']);
  const diff = await step(copy, 'npm', ['run', 'diff', '--', '--allow-breaking']);
  await step(copy, 'npm', ['run', 'generate']);
  // What `npm run check` adds after a generation: the strict type-check of every file, hand-written tests included.
  await step(copy, process.execPath, [
    join(copy.root, 'node_modules/typescript/bin/tsc'),
    '-p',
    join(copy.root, 'tsconfig.json'),
    '--noEmit',
  ]);
  await step(copy, process.execPath, [join(copy.root, 'node_modules/vitest/vitest.mjs'), 'run', '--root', copy.root, ...specSuites]);
  return diff;
}

describe('a spec edit is all a change of operations takes', () => {
  let added: RepositoryCopy;
  let renamed: RepositoryCopy;
  beforeAll(async () => {
    [added, renamed] = await Promise.all([copyRepository(), copyRepository()]);
  });
  afterAll(async () => {
    await Promise.all([added?.remove(), renamed?.remove()]);
  });

  it('an operation added with a new schema passes the whole loop and its model is exported by name', { timeout: 600_000 }, async () => {
    await editSpec(added, (text) =>
      text.replace(/^paths:\n/m, `paths:\n${newPath}`).replace(/^ {2}schemas:\n/m, `  schemas:\n${newSchema}`),
    );
    await writeFile(join(added.root, 'test/new-model.ts'), consumer);
    const diff = await loop(added);
    expect(diff).toContain('GetCustomerAccountLabels');
    const docs = await readFile(join(added.root, 'docs/Accounts.md'), 'utf8');
    expect(docs).toContain('## GetCustomerAccountLabels');
  });

  it('an operation renamed passes the whole loop', { timeout: 600_000 }, async () => {
    await editSpec(renamed, (text) =>
      text.replace('operationId: DeleteCustomerAccountsByInstitutionLogin', 'operationId: RemoveInstitutionLoginAccounts'),
    );
    const diff = await loop(renamed);
    expect(diff).toMatch(/BREAKING/);
    const generated = await readFile(join(renamed.root, 'generated/openapi-generator/apis/AccountsApi.ts'), 'utf8');
    expect(generated).toContain('removeInstitutionLoginAccountsRaw');
    expect(generated).not.toContain('deleteCustomerAccountsByInstitutionLogin');
  });
});

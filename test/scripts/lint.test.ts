/** The project's own lint rules, each caught on a spec variant built from spec/accounts.yaml. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { lintSpec, loadSpecDocument } from '../../scripts/lib/spec.js';
import { runScript } from '../support/run-script.js';
import { scratchFolder } from '../support/scratch.js';

type Spec = Record<string, any>;
const original = (await loadSpecDocument()) as Spec;
const scratch = await scratchFolder('lint');

async function rulesBrokenBy(name: string, change: (spec: Spec) => void): Promise<string[]> {
  const spec = structuredClone(original);
  change(spec);
  const file = join(scratch, `${name}.yaml`);
  await writeFile(file, stringify(spec, { aliasDuplicateObjects: false }));
  return (await lintSpec(file)).filter((finding) => finding.severity === 'error').map((finding) => finding.rule);
}

const getAccount = (spec: Spec) => spec.paths['/aggregation/v2/customers/{customerId}/accounts/{accountId}'].get;

describe('lint rules', () => {
  it('the spec itself is clean', async () => {
    expect(await lintSpec()).toEqual([]);
  });
  it('an operation without operationId', async () => {
    expect(await rulesBrokenBy('no-id', (spec) => delete getAccount(spec).operationId)).toContain('operation-operationId');
  });
  it('an operation without summary', async () => {
    expect(await rulesBrokenBy('no-summary', (spec) => delete getAccount(spec).summary)).toContain('operation-summary');
  });
  it('an operation without tag', async () => {
    expect(await rulesBrokenBy('no-tag', (spec) => delete getAccount(spec).tags)).toContain('rule/operation-has-one-tag');
  });
  it('a response body without named examples', async () => {
    expect(
      await rulesBrokenBy('no-examples', (spec) => delete getAccount(spec).responses['200'].content['application/json'].examples),
    ).toContain('rule/response-has-named-examples');
  });
  it('a type: object without properties', async () => {
    expect(
      await rulesBrokenBy('bare-object', (spec) => (spec.components.schemas.ErrorMessage.properties.extra = { type: 'object' })),
    ).toContain('rule/object-schema-has-properties');
  });
  it('a path id without description', async () => {
    expect(await rulesBrokenBy('undescribed-id', (spec) => delete spec.components.parameters.AccountId.description)).toContain(
      'rule/path-parameter-described',
    );
  });
  it('a property without description', async () => {
    expect(
      await rulesBrokenBy('undescribed-property', (spec) => delete spec.components.schemas.CustomerAccount.properties.name.description),
    ).toContain('rule/property-described');
  });
  it('a query parameter without description', async () => {
    expect(await rulesBrokenBy('undescribed-query', (spec) => delete spec.components.parameters.AccountStatus.description)).toContain(
      'rule/parameter-described',
    );
  });
  it('a date format', async () => {
    expect(
      await rulesBrokenBy(
        'date',
        (spec) => (spec.components.schemas.CustomerAccount.properties.createdDate = { type: 'string', format: 'date' }),
      ),
    ).toContain('rule/no-date-formats');
  });
  it('npm run lint prints each error as file:line:column: problem [rule] on stderr, and fails', async () => {
    const spec = structuredClone(original);
    delete getAccount(spec).summary;
    const file = join(scratch, 'cli.yaml');
    await writeFile(file, stringify(spec, { aliasDuplicateObjects: false }));
    const result = await runScript('lint.ts', [file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^${file}:\\d+:\\d+: operation "GetCustomerAccount": .* \\[operation-summary\\]\n$`));
  });
});

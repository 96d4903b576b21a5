/** The breaking-change report on pairs of specs built from spec/accounts.yaml. */
import { describe, expect, it } from 'vitest';
import { loadSpecDocument } from '../../scripts/lib/spec.js';
import { diffSpecs } from '../../scripts/lib/spec-diff.js';
import { nextVersion } from '../../scripts/lib/versions.js';
import { runScript } from '../support/run-script.js';
import { scratchFolder } from '../support/scratch.js';

const scratch = await scratchFolder('diff');

type Spec = Record<string, any>;
const original = (await loadSpecDocument()) as Spec;
const variant = (change: (spec: Spec) => void): Spec => {
  const copy = structuredClone(original);
  change(copy);
  return copy;
};
const accounts = (spec: Spec) => spec.paths['/aggregation/v1/customers/{customerId}/accounts'];

describe('spec diff', () => {
  it('finds nothing between a spec and itself', () => {
    expect(diffSpecs(original, structuredClone(original))).toEqual([]);
    expect(nextVersion('0.2.0', [])).toMatchObject({ bump: 'patch', version: '0.2.1' });
  });

  it('an added optional query parameter is not breaking (a patch below 1.0.0, a minor from 1.0.0)', () => {
    const changes = diffSpecs(
      original,
      variant((spec) => accounts(spec).get.parameters.push({ name: 'limit', in: 'query', required: false, schema: { type: 'integer' } })),
    );
    expect(changes).toEqual([
      { operation: 'GetCustomerAccounts', where: 'parameter query limit', description: 'optional parameter added', breaking: false },
    ]);
    expect(nextVersion('0.2.0', changes)).toMatchObject({ bump: 'patch', version: '0.2.1' });
    expect(nextVersion('1.4.2', changes)).toMatchObject({ bump: 'minor', version: '1.5.0' });
  });

  it('an added required parameter is breaking', () => {
    const changes = diffSpecs(
      original,
      variant((spec) => accounts(spec).get.parameters.push({ name: 'region', in: 'query', required: true, schema: { type: 'string' } })),
    );
    expect(changes).toMatchObject([{ description: 'required parameter added', breaking: true }]);
  });

  it('an added optional response field is not breaking, and is reported for every operation returning it', () => {
    const changes = diffSpecs(
      original,
      variant((spec) => {
        spec.components.schemas.CustomerAccount.properties.nickname2 = { type: 'string', nullable: true };
      }),
    );
    expect(changes.length).toBeGreaterThan(1);
    expect(changes.every((change) => !change.breaking && change.description === 'optional property added')).toBe(true);
    expect(changes.map((change) => change.where)).toContain('response 200 application/json accounts[].nickname2');
    expect(nextVersion('0.2.0', changes).bump).toBe('patch');
  });

  it('a removed operation is breaking (a minor below 1.0.0, a major from 1.0.0)', () => {
    const changes = diffSpecs(
      original,
      variant((spec) => delete accounts(spec).post),
    );
    expect(changes).toEqual([
      {
        operation: 'RefreshCustomerAccounts',
        where: 'POST /aggregation/v1/customers/{customerId}/accounts',
        description: 'operation removed',
        breaking: true,
      },
    ]);
    expect(nextVersion('0.2.3', changes)).toMatchObject({ bump: 'minor', version: '0.3.0' });
    expect(nextVersion('1.4.2', changes)).toMatchObject({ bump: 'major', version: '2.0.0' });
  });

  it('a changed type is breaking', () => {
    const changes = diffSpecs(
      original,
      variant((spec) => {
        spec.components.schemas.CustomerAccount.properties.balance.type = 'string';
      }),
    );
    expect(changes.length).toBeGreaterThan(0);
    expect(changes[0]).toMatchObject({ description: 'type changed from number to string', breaking: true });
  });

  it('a removed response field and a removed status code are breaking; a new enum value in a response is too', () => {
    const changes = diffSpecs(
      original,
      variant((spec) => {
        delete spec.components.schemas.CustomerAccount.properties.currency;
        spec.components.schemas.CustomerAccount.required = spec.components.schemas.CustomerAccount.required.filter(
          (name: string) => name !== 'currency',
        );
        delete accounts(spec).get.responses['404'];
      }),
    );
    expect(changes.filter((change) => change.breaking).map((change) => change.description)).toEqual(
      expect.arrayContaining(['property removed', 'status code removed']),
    );
  });

  it('the command exits 1 on a breaking change and 0 with --allow-breaking', async () => {
    const { mkdir, writeFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { stringify } = await import('yaml');
    const dir = join(scratch, 'files');
    await mkdir(dir);
    // The "old" spec had an operation that the current one lacks: removing it broke clients.
    const old = variant((spec) => {
      spec.paths['/aggregation/v9/extra'] = { get: { operationId: 'GetExtra', responses: { '200': { description: 'ok' } } } };
    });
    await writeFile(join(dir, 'old.yaml'), stringify(old));
    const refused = await runScript('diff.ts', [join(dir, 'old.yaml')]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('BREAKING  GET /aggregation/v9/extra: operation removed');
    expect(refused.stdout).toContain(
      'version rule: below 1.0.0 a breaking change bumps the minor, anything else the patch; bump: minor; next version: 0.2.0 → 0.3.0',
    );
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    const allowed = await runScript('diff.ts', [join(dir, 'old.yaml'), '--allow-breaking']);
    expect(allowed.code).toBe(0);
  });
});

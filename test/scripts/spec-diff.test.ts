/** The breaking-change report on pairs of specs built from spec/accounts.yaml. */
import { describe, expect, it } from 'vitest';
import { loadSpecDocument } from '../../scripts/lib/spec.js';
import { diffSpecs, suggestBump } from '../../scripts/lib/spec-diff.js';
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
    expect(suggestBump([], false)).toBe('none');
  });

  it('an added optional query parameter is not breaking (minor)', () => {
    const changes = diffSpecs(
      original,
      variant((spec) => accounts(spec).get.parameters.push({ name: 'limit', in: 'query', required: false, schema: { type: 'integer' } })),
    );
    expect(changes).toEqual([
      { operation: 'GetCustomerAccounts', where: 'parameter query limit', description: 'optional parameter added', breaking: false },
    ]);
    expect(suggestBump(changes, true)).toBe('minor');
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
    expect(suggestBump(changes, true)).toBe('minor');
  });

  it('a removed operation is breaking (major)', () => {
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
    expect(suggestBump(changes, true)).toBe('major');
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
    expect(refused.stdout).toContain('suggested version bump: major');
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    const allowed = await runScript('diff.ts', [join(dir, 'old.yaml'), '--allow-breaking']);
    expect(allowed.code).toBe(0);
  });
});

describe('npm run diff with no argument', () => {
  it('compares with the spec at the latest tag, else at HEAD', async () => {
    const { execFile, spawn } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const { readFile, symlink, writeFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const run = promisify(execFile);
    const { repoRoot: repo } = await import('../support/run-script.js');
    // A throwaway clone, so tags and edits never touch the working tree.
    const clone = join(scratch, 'clone');
    await run('git', ['clone', '-q', repo, clone]);
    await symlink(join(repo, 'node_modules'), join(clone, 'node_modules'));
    const git = (...args: string[]) => run('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: clone });
    const diff = () =>
      new Promise<{ code: number | null; stdout: string }>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', join(clone, 'scripts/diff.ts')], { cwd: clone });
        let stdout = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.once('close', (code) => resolve({ code, stdout }));
      });
    const specPath = join(clone, 'spec/accounts.yaml');
    const clean = await diff();
    expect(clean.stdout).toContain('spec/accounts.yaml at HEAD');
    expect(clean.stdout).toContain('0 breaking, 0 non-breaking change(s); suggested version bump: none');

    await git('tag', 'v1.0.0');
    const text = await readFile(specPath, 'utf8');
    await writeFile(specPath, text.replace(/^ {2}version: .*$/m, '  version: 1.16.3'));
    await git('commit', '-qam', 'change the spec after the tag');
    const changed = await diff();
    expect(changed.stdout).toContain('spec/accounts.yaml at v1.0.0');
    expect(changed.stdout).toContain('0 breaking, 0 non-breaking change(s); suggested version bump: patch');
    expect(changed.code).toBe(0);
  }, 30_000);
});

/**
 * The runtime rules the spec carries (x-finicity-…): read into the operations table
 * exactly as written, tied to the spec's structure rather than to operation names, and
 * each broken rule reported by lint at its line and refused by generation in one line.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { operations, tokenRules } from '../../generated/operations.js';
import { readOperations } from '../../scripts/lib/operations-table.js';
import { lintSpec, loadSpecDocument, specFile } from '../../scripts/lib/spec.js';
import { scratchFolder } from '../support/scratch.js';

type Spec = Record<string, any>;
const original = (await loadSpecDocument()) as Spec;
const scratch = await scratchFolder('rules');

async function writeVariant(name: string, change: (spec: Spec) => void): Promise<string> {
  const spec = structuredClone(original);
  change(spec);
  const file = join(scratch, `${name}.yaml`);
  await writeFile(file, stringify(spec, { aliasDuplicateObjects: false }));
  return file;
}

const v1Refresh = (spec: Spec) => spec.paths['/aggregation/v1/customers/{customerId}/accounts'].post;
const getAccount = (spec: Spec) => spec.paths['/aggregation/v2/customers/{customerId}/accounts/{accountId}'].get;
const createToken = (spec: Spec) => spec.paths['/aggregation/v2/partners/authentication'].post;
const byId = (id: string) => operations.find((operation) => operation.operationId === id)!;

describe('the generated table', () => {
  it('carries the token rules of the spec', () => {
    expect(tokenRules).toEqual({
      expiredTokenCodes: [10022, 10023],
      invalidTokenCodes: [10022],
      refusedCredentialStatuses: [400, 401, 403, 404],
      renewAfterMs: 90 * 60_000,
      validForMs: 120 * 60_000,
    });
  });

  it('gives the V1 refreshes 180 s, the V2 refreshes 120 s, and every other operation the client default', () => {
    // Keyed by method and path, so adding or renaming an operation keeps this true.
    const refreshes: Record<string, number> = {
      'POST /aggregation/v1/customers/{customerId}/accounts': 180_000,
      'POST /aggregation/v1/customers/{customerId}/institutionLogins/{institutionLoginId}/accounts': 180_000,
      'POST /aggregation/v2/customers/{customerId}/institutionLogins/{institutionLoginId}/accounts': 120_000,
      'POST /aggregation/v2/customers/{customerId}/accounts': 120_000,
    };
    const timeouts = Object.fromEntries(operations.map((operation) => [`${operation.method} ${operation.path}`, operation.timeoutMs]));
    expect(Object.keys(timeouts)).toEqual(expect.arrayContaining(Object.keys(refreshes)));
    for (const [key, timeoutMs] of Object.entries(timeouts)) expect(timeoutMs, key).toBe(refreshes[key]);
  });

  it('retries GET and DELETE only, and never a POST', () => {
    for (const operation of operations) expect(operation.retryable, operation.operationId).toBe(operation.method !== 'POST');
  });

  it('needs a token everywhere except CreateToken, which alone issues tokens', () => {
    expect(operations.filter((operation) => !operation.requiresToken).map((operation) => operation.operationId)).toEqual(['CreateToken']);
    expect(operations.filter((operation) => operation.issuesToken).map((operation) => operation.operationId)).toEqual(['CreateToken']);
  });

  it('lists the date range of the institution-login refresh as integer query parameters', () => {
    expect(byId('RefreshCustomerAccountsByInstitutionLogin').parameters.filter((parameter) => parameter.in === 'query')).toEqual([
      { name: 'toDate', in: 'query', required: false, type: 'integer' },
      { name: 'fromDate', in: 'query', required: false, type: 'integer' },
    ]);
  });

  it('is what the spec gives now (generated/ is not stale)', async () => {
    const table = await readOperations(specFile);
    expect(table.tokenRules).toEqual(tokenRules);
    expect(table.operations).toEqual(operations);
  });
});

describe('rules follow the spec, not names', () => {
  it('renaming operations keeps their timeout and authentication', async () => {
    const file = await writeVariant('renamed', (spec) => {
      v1Refresh(spec).operationId = 'SomethingElse';
      createToken(spec).operationId = 'GetAToken';
    });
    const { operations: renamed } = await readOperations(file);
    expect(renamed.find((operation) => operation.operationId === 'SomethingElse')).toMatchObject({ timeoutMs: 180_000, retryable: false });
    expect(renamed.find((operation) => operation.operationId === 'GetAToken')).toMatchObject({ requiresToken: false, issuesToken: true });
  });

  it('a new operation is a spec edit only, with path-level parameters merged', async () => {
    const file = await writeVariant('added', (spec) => {
      spec.paths['/aggregation/v1/customers/{customerId}/extra'] = {
        parameters: [{ $ref: '#/components/parameters/CustomerId' }, { name: 'limit', in: 'query', schema: { type: 'string' } }],
        get: {
          ...structuredClone(getAccount(spec)),
          operationId: 'GetExtra',
          parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer' } }],
          'x-finicity-timeout-ms': 5000,
        },
      };
    });
    const extra = (await readOperations(file)).operations.find((operation) => operation.operationId === 'GetExtra');
    expect(extra).toEqual({
      operationId: 'GetExtra',
      method: 'GET',
      path: '/aggregation/v1/customers/{customerId}/extra',
      parameters: [
        { name: 'customerId', in: 'path', required: true, type: 'string' },
        { name: 'limit', in: 'query', required: false, type: 'integer' },
      ],
      timeoutMs: 5000,
      retryable: true,
      requiresToken: true,
      issuesToken: false,
    });
  });
});

describe('broken rules', () => {
  const cases: Array<[string, (spec: Spec) => void, RegExp]> = [
    [
      'an operation without x-finicity-retryable',
      (spec) => delete getAccount(spec)['x-finicity-retryable'],
      /GetCustomerAccount must declare x-finicity-retryable/,
    ],
    ['a timeout of zero', (spec) => (v1Refresh(spec)['x-finicity-timeout-ms'] = 0), /x-finicity-timeout-ms must be a positive integer/],
    [
      'a timeout in words',
      (spec) => (v1Refresh(spec)['x-finicity-timeout-ms'] = '3 minutes'),
      /x-finicity-timeout-ms must be a positive integer/,
    ],
    [
      'a fractional timeout',
      (spec) => (v1Refresh(spec)['x-finicity-timeout-ms'] = 1.5),
      /x-finicity-timeout-ms must be a positive integer/,
    ],
    [
      'two operations issuing tokens',
      (spec) => (getAccount(spec)['x-finicity-issues-token'] = true),
      /exactly one operation must declare x-finicity-issues-token: true; found 2/,
    ],
    [
      'no operation issuing tokens',
      (spec) => {
        delete createToken(spec)['x-finicity-issues-token'];
        delete createToken(spec)['x-finicity-refused-credential-statuses'];
      },
      /exactly one operation must declare x-finicity-issues-token: true; found 0/,
    ],
    [
      'refused statuses on an operation that issues no token',
      (spec) => (getAccount(spec)['x-finicity-refused-credential-statuses'] = [401]),
      /GetCustomerAccount: x-finicity-refused-credential-statuses belongs to the operation with x-finicity-issues-token/,
    ],
    [
      'refused statuses that are not 4xx',
      (spec) => (createToken(spec)['x-finicity-refused-credential-statuses'] = [500]),
      /must be a non-empty list of 4xx statuses/,
    ],
    [
      'a token issuer that needs a token',
      (spec) => delete createToken(spec).security,
      /issues tokens, so its security must not need the token scheme/,
    ],
    [
      'no expired-token codes',
      (spec) => delete spec.components.securitySchemes.FinicityAppToken['x-finicity-expired-token-codes'],
      /exactly one security scheme must declare x-finicity-expired-token-codes/,
    ],
    [
      'an invalid-token code that renews nothing',
      (spec) => (spec.components.securitySchemes.FinicityAppToken['x-finicity-invalid-token-codes'] = [10024]),
      /x-finicity-invalid-token-codes must list codes of x-finicity-expired-token-codes/,
    ],
    [
      'invalid-token codes that are no list',
      (spec) => (spec.components.securitySchemes.FinicityAppToken['x-finicity-invalid-token-codes'] = 10022),
      /x-finicity-invalid-token-codes must list codes of x-finicity-expired-token-codes/,
    ],
    [
      'a renewal age in words',
      (spec) => (spec.components.securitySchemes.FinicityAppToken['x-finicity-token-renew-after-seconds'] = 'soon'),
      /x-finicity-token-renew-after-seconds must be a positive integer/,
    ],
  ];

  it.each(cases)('%s: lint reports it at its line, and the table refuses it in one line', async (name, change, message) => {
    const file = await writeVariant(name.replace(/\W+/g, '-'), change);
    const findings = (await lintSpec(file)).filter((finding) => finding.rule === 'finicity-runtime-rules');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(message);
    expect(findings[0]!.line).toBeGreaterThan(1);
    const problem = await readOperations(file).then(
      () => undefined,
      (error: Error) => error.message,
    );
    expect(problem).toMatch(message);
    expect(problem?.split('\n')).toHaveLength(1);
  });

  it('a finding points at the line of the value', async () => {
    const file = await writeVariant('bad-timeout-line', (spec) => (v1Refresh(spec)['x-finicity-timeout-ms'] = -1));
    const [finding] = (await lintSpec(file)).filter((entry) => entry.rule === 'finicity-runtime-rules');
    const line = (await readFile(file, 'utf8')).split('\n')[finding!.line - 1];
    expect(line).toMatch(/^\s*x-finicity-timeout-ms: -1$/);
    expect(parse(await readFile(file, 'utf8'))).toBeTruthy();
  });
});

/**
 * npm run upstream: the upstream documents are built here from spec/ (the known
 * defects put back, helper schemas turned into $refs, unrelated operations added,
 * fields added and removed), so the project holds no upstream text.
 */
import { execFile } from 'node:child_process';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { lintSpec, loadSpecDocument, specFile } from '../../scripts/lib/spec.js';
import { HTTP_METHODS, specOperations } from '../../scripts/lib/spec-model.js';
import { compareWithUpstream, documentedBy, readDeviations, type UpstreamDifference } from '../../scripts/lib/upstream.js';
import { SpecWriter } from '../../scripts/lib/upstream-write.js';
import { repoRoot, runScript } from '../support/run-script.js';
import { scratchFolder } from '../support/scratch.js';

type Spec = Record<string, any>;
const ours = (await loadSpecDocument()) as Spec;
const deviations = await readDeviations();
const scratch = await scratchFolder('upstream');

/** Our spec as upstream publishes it: its defects back, its helper schemas as $refs, and 150 operations we do not have. */
function publishedUpstream(): Spec {
  const upstream = structuredClone(ours);
  const schemas = upstream.components.schemas;
  const strip = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    delete (node as Spec).nullable;
    for (const value of Object.values(node)) strip(value);
  };
  strip(schemas);
  schemas.ErrorMessage.properties.code = { type: 'object', description: 'An error code' };
  delete schemas.ErrorCode;
  schemas.CustomerAccount.required.push('accountNickname');
  delete schemas.CustomerAccount.properties.accountNickname;
  schemas.CustomerAccountPosition.properties.optionExpireDate.format = 'date';
  schemas.ErrorWrapper = {
    type: 'object',
    required: ['Errors'],
    properties: { Errors: { type: 'object', properties: { Error: { type: 'string' } } } },
  };
  const createToken = upstream.paths['/aggregation/v2/partners/authentication'].post;
  createToken.responses['404'].content['application/json'].schema = { $ref: '#/components/schemas/ErrorWrapper' };
  const authenticationFailed = structuredClone(upstream.components.responses.AuthenticationFailed);
  delete authenticationFailed.content['text/plain'];
  createToken.responses['401'] = authenticationFailed;
  // A one-line helper schema, as upstream writes dates.
  schemas.CustomerAccountCreatedDate = { type: 'integer', format: 'int64', description: 'When the account record was created' };
  schemas.CustomerAccount.properties.createdDate = { $ref: '#/components/schemas/CustomerAccountCreatedDate' };
  for (let index = 0; index < 150; index++) {
    upstream.paths[`/unrelated/v1/things/${index}`] = {
      parameters: [{ name: 'thingId', in: 'path', required: true, schema: { type: 'string' } }],
      get: {
        operationId: `GetThing${index}`,
        responses: {
          '200': { description: 'A thing', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
        },
      },
    };
  }
  schemas.Thing = { type: 'object', properties: { id: { type: 'string' } } };
  return upstream;
}

const undocumented = (upstream: Spec): UpstreamDifference[] =>
  compareWithUpstream(upstream, ours).filter((difference) => !documentedBy(difference, deviations));

describe('compareWithUpstream', () => {
  it('finds only documented deviations in a published document with the known defects and 150 other operations', () => {
    const upstream = publishedUpstream();
    const all = compareWithUpstream(upstream, ours);
    expect(undocumented(upstream)).toEqual([]);
    // Each defect is found, and each is covered by its own deviation.
    const covering = new Set(all.map((difference) => documentedBy(difference, deviations)?.id));
    expect([...covering].sort()).toEqual([
      'account-nickname',
      'error-code',
      'nullable',
      'option-expire-date',
      'partner-not-found-body',
      'plain-text-401',
    ]);
  });

  it('reports a field upstream added', () => {
    const upstream = publishedUpstream();
    upstream.components.schemas.CustomerAccount.properties.consentId = { type: 'string' };
    expect(undocumented(upstream)).toEqual([
      { subject: 'schema CustomerAccount', path: 'properties.consentId', upstream: 'defined', ours: 'absent' },
    ]);
  });

  it('reports a field upstream removed, and a type upstream changed', () => {
    const upstream = publishedUpstream();
    delete upstream.components.schemas.CustomerAccountDetail.properties.loanTypeDesc;
    upstream.components.schemas.CustomerAccountDetail.properties.autoPayEnrolled = { type: 'boolean' };
    expect(undocumented(upstream)).toEqual([
      { subject: 'schema CustomerAccountDetail', path: 'properties.autoPayEnrolled.type', upstream: 'boolean', ours: 'string' },
      { subject: 'schema CustomerAccountDetail', path: 'properties.loanTypeDesc', upstream: 'absent', ours: 'defined' },
    ]);
  });

  it('reports parameters, statuses, media types, required lists, enums and security', () => {
    const upstream = publishedUpstream();
    const refresh = upstream.paths['/aggregation/v1/customers/{customerId}/institutionLogins/{institutionLoginId}/accounts'].post;
    refresh.parameters = refresh.parameters.filter((parameter: Spec) => !parameter.$ref?.endsWith('RefreshFromDate'));
    refresh.responses['409'] = { description: 'Conflict' };
    refresh.security = [{ FinicityAppKey: [] }];
    upstream.components.responses.AccountList.content['application/xml'] = { schema: { type: 'string' } };
    upstream.components.schemas.AccessToken.required = [];
    upstream.components.schemas.CustomerAccount.properties.status.enum = ['active', 'pending'];
    const found = undocumented(upstream).map(({ subject, path }) => `${subject} ${path}`);
    expect(found).toContain('RefreshCustomerAccountsByInstitutionLogin parameters.query.fromDate');
    expect(found).toContain('RefreshCustomerAccountsByInstitutionLogin responses.409');
    expect(found).toContain('RefreshCustomerAccountsByInstitutionLogin security');
    expect(found).toContain('GetCustomerAccounts responses.200.content.application/xml');
    expect(found).toContain('schema AccessToken required.token');
    expect(found).toContain('schema CustomerAccount properties.status.enum');
  });

  it('reports our operations that upstream lacks', () => {
    const upstream = publishedUpstream();
    delete upstream.paths['/aggregation/v2/customers/{customerId}/accounts'];
    expect(undocumented(upstream)).toEqual([
      { subject: 'RefreshCustomerAccountsV2', path: '', upstream: 'absent', ours: 'POST /aggregation/v2/customers/{customerId}/accounts' },
    ]);
  });

  it('a deviation covers only what it names: a nullable field upstream made required is still reported', () => {
    const upstream = publishedUpstream();
    upstream.components.schemas.CustomerAccount.required.push('balance');
    expect(undocumented(upstream)).toEqual([{ subject: 'schema CustomerAccount', path: 'required.balance', upstream: true, ours: false }]);
  });
});

describe('npm run upstream', () => {
  async function runOn(name: string, document: Spec) {
    const file = join(scratch, `${name}.yaml`);
    await writeFile(file, stringify(document, { aliasDuplicateObjects: false }));
    return runScript('upstream.ts', [file]);
  }

  it('exits 0 when only documented deviations differ', async () => {
    const result = await runOn('clean', publishedUpstream());
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\d+ difference\(s\) documented in spec\/deviations\.yaml/);
  });

  it('exits 1 listing each difference with subject, path, upstream value and ours', async () => {
    const upstream = publishedUpstream();
    upstream.components.schemas.CustomerAccountDetail.properties.firstMortgage = { type: 'boolean' };
    const result = await runOn('changed', upstream);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('  schema CustomerAccountDetail properties.firstMortgage.type: upstream "boolean", ours "string"');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/upstream: error: .*changed\.yaml: 1 structural difference/);
  });

  it('fails in one line saying why a file cannot be read, or that it is not YAML', async () => {
    const missing = await runScript('upstream.ts', [join(scratch, 'nope.yaml')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe(`upstream: error: ${join(scratch, 'nope.yaml')}: cannot be read: no such file`);
    const folder = await runScript('upstream.ts', [scratch]);
    expect(folder.stderr.trim()).toBe(`upstream: error: ${scratch}: cannot be read: is a folder, not a file`);
    const file = join(scratch, 'broken.yaml');
    await writeFile(file, 'openapi: 3.0.3\ninfo: [unclosed\n');
    const broken = await runScript('upstream.ts', [file]);
    expect(broken.code).toBe(1);
    expect(broken.stderr.trim().split('\n')).toHaveLength(1);
    expect(broken.stderr).toMatch(/is not valid YAML/);
  });
});

describe('npm run upstream without a file', () => {
  it('prints one usage line', async () => {
    const result = await runScript('upstream.ts');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'usage: npm run upstream -- FILE [--write]   (FILE: a downloaded openbanking-us.yaml; CONTRIBUTING.md says where)\n',
    );
  });
});

describe('the deviation list', () => {
  /** The `- ` items of a markdown list that follows `heading`, whitespace collapsed. */
  function listAfter(text: string, heading: string): string[] {
    const start = text.indexOf(heading);
    expect(start, heading).toBeGreaterThanOrEqual(0);
    const items: string[] = [];
    for (const line of text
      .slice(start + heading.length)
      .split('\n')
      .slice(1)) {
      if (/^\s*- /.test(line)) items.push(line.replace(/^\s*- /, ''));
      else if (/^\s{2,}\S/.test(line) && items.length > 0) items[items.length - 1] += ` ${line.trim()}`;
      else if (items.length > 0 && line.trim() === '') break;
      else if (items.length > 0) break;
    }
    return items.map((item) => item.replace(/\s+/g, ' ').trim());
  }

  it('in the spec is the one in spec/deviations.yaml, and CONTRIBUTING.md names each, in order', async () => {
    const summaries = deviations.map((deviation) => deviation.summary);
    const description = (ours.info as { description: string }).description;
    expect(listAfter(description, '## Deviations from the upstream')).toEqual(summaries);
    const contributing = await readFile(join(repoRoot, 'CONTRIBUTING.md'), 'utf8');
    // The guide gives each deviation in a line, led by its id; the reasons stay in spec/deviations.yaml.
    const named = listAfter(contributing, '### Deviations from upstream').map((item) => /^`([^`]+)`: /.exec(item)?.[1]);
    expect(named).toEqual(deviations.map((deviation) => deviation.id));
  });

  it('names only subjects the spec has', () => {
    const operationIds = new Set(specOperations(ours).map((entry) => entry.name));
    const schemas = new Set(Object.keys(ours.components.schemas).map((name) => `schema ${name}`));
    for (const rule of deviations.flatMap((deviation) => deviation.match)) {
      if (rule.subject !== '*') expect(operationIds.has(rule.subject) || schemas.has(rule.subject), rule.subject).toBe(true);
    }
  });
});

describe('the spec walker', () => {
  it('merges path-level parameters (the operation wins) and sees every HTTP method', () => {
    const document = {
      paths: {
        '/things/{id}': {
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'page', in: 'query', schema: { type: 'string' } },
          ],
          ...Object.fromEntries(
            HTTP_METHODS.map((method) => [
              method,
              { operationId: `${method}Thing`, parameters: [{ name: 'page', in: 'query', schema: { type: 'integer' } }] },
            ]),
          ),
        },
      },
    };
    const operations = specOperations(document);
    expect(operations.map((entry) => entry.method)).toEqual(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
    for (const entry of operations) {
      expect(entry.parameters.map((parameter) => `${parameter.in} ${parameter.name} ${parameter.schema?.type}`)).toEqual([
        'path id string',
        'query page integer',
      ]);
    }
  });
});

describe('--write', () => {
  it('applies upstream changes, keeps our words, and leaves new elements undescribed for lint', async () => {
    const upstream = publishedUpstream();
    const schemas = upstream.components.schemas;
    schemas.CustomerAccount.properties.consentId = { type: 'string', description: 'upstream words', example: 'c-1' };
    schemas.CustomerAccount.required.push('consentId');
    delete schemas.CustomerAccountDetail.properties.loanTypeDesc;
    schemas.CustomerAccountDetail.properties.autoPayEnrolled = { type: 'boolean' };
    const refresh = upstream.paths['/aggregation/v1/customers/{customerId}/institutionLogins/{institutionLoginId}/accounts'].post;
    refresh.parameters = refresh.parameters.filter((parameter: Spec) => !parameter.$ref?.endsWith('RefreshFromDate'));
    refresh.parameters.push({ name: 'limit', in: 'query', schema: { type: 'integer', format: 'int32' }, description: 'upstream words' });

    const file = join(scratch, 'written.yaml');
    await copyFile(specFile, file);
    const writer = await SpecWriter.open(upstream, ours, file);
    const differences = undocumented(upstream);
    expect(differences.length).toBeGreaterThanOrEqual(5);
    expect(differences.filter((difference) => !writer.applyAndRefresh(difference))).toEqual([]);
    await writer.save();

    const written = (await loadSpecDocument(file)) as Spec;
    expect(compareWithUpstream(upstream, written).filter((difference) => !documentedBy(difference, deviations))).toEqual([]);
    const account = written.components.schemas.CustomerAccount;
    expect(account.properties.consentId).toEqual({ type: 'string', example: 'c-1' });
    expect(account.required).toContain('consentId');
    expect(written.components.schemas.CustomerAccountDetail.properties.autoPayEnrolled.description).toBe(
      ours.components.schemas.CustomerAccountDetail.properties.autoPayEnrolled.description,
    );
    const text = await readFile(file, 'utf8');
    expect(text).toContain('# Upstream gives no timeout for the V2 refreshes.');
    // Lint also flags what a person must now fix: examples without the new required field, and so on.
    const rules = (await lintSpec(file)).filter((finding) => finding.severity === 'error').map((finding) => finding.rule);
    expect(rules).toContain('rule/parameter-described');
    expect(rules).toContain('rule/property-described');
  });

  it('changes only the lines of the elements it adds: flow lists, folded descriptions and quoting stay as they were', async () => {
    const upstream = publishedUpstream();
    upstream.components.schemas.CustomerAccountDetail.properties.paperlessStatements = { type: 'boolean', description: 'upstream words' };
    const refresh = upstream.paths['/aggregation/v1/customers/{customerId}/institutionLogins/{institutionLoginId}/accounts'].post;
    refresh.parameters.push({ name: 'limit', in: 'query', schema: { type: 'integer', format: 'int32' } });

    const file = join(scratch, 'two-added.yaml');
    await copyFile(specFile, file);
    const writer = await SpecWriter.open(upstream, ours, file);
    const differences = undocumented(upstream);
    expect(differences.map((difference) => difference.path)).toEqual(['properties.paperlessStatements', 'parameters.query.limit']);
    expect(differences.filter((difference) => !writer.applyAndRefresh(difference))).toEqual([]);
    await writer.save();

    // git's own diff of the two files, as a reviewer sees it: only added lines, those of the two elements.
    const diff = await promisify(execFile)('git', ['diff', '--no-index', '--unified=0', specFile, file]).then(
      () => '',
      (error: { stdout: string }) => error.stdout,
    );
    const changed = diff.split('\n').filter((line) => /^[-+](?![-+]{2} )/.test(line));
    expect(changed).toEqual([
      '+        - name: limit',
      '+          in: query',
      '+          schema:',
      '+            type: integer',
      '+            format: int32',
      '+        paperlessStatements:',
      '+          type: boolean',
    ]);
  });
});

/**
 * The known generator traps, checked in the committed output rather than assumed
 * away: each client must type every field as the API really sends it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as ClassModels from '../../generated/openapi-generator/models/index.js';
import type { components } from '../../generated/openapi-typescript/accounts.js';
import { listFiles } from '../../scripts/lib/tree.js';
import { repoRoot } from '../support/run-script.js';

type Schemas = components['schemas'];
const read = (path: string) => readFile(join(repoRoot, 'generated', path), 'utf8');

describe('generator traps', () => {
  it('ErrorMessage.code is a number or a string in both clients (typescript-fetch broke oneOf number|string)', async () => {
    expectTypeOf<Schemas['ErrorMessage']['code']>().toEqualTypeOf<number | string>();
    expectTypeOf<ClassModels.ErrorMessage['code']>().toEqualTypeOf<number | string>();
    const models = await read('openapi-generator/models/index.ts');
    expect(models).not.toMatch(/numberFromJSONTyped|FromJSON/);
  });

  it('no field becomes a Date (typescript-fetch shifted format: date into local time)', async () => {
    expectTypeOf<ClassModels.CustomerAccount['createdDate']>().toEqualTypeOf<number>();
    expectTypeOf<NonNullable<ClassModels.CustomerAccountPosition['optionExpireDate']>>().toEqualTypeOf<string>();
    const models = await read('openapi-generator/models/index.ts');
    expect(models).not.toMatch(/[:{|]\s*Date\b|new Date\(/);
  });

  it('nullable fields keep null in their types (typescript-fetch mapped null to undefined)', () => {
    expectTypeOf<ClassModels.CustomerAccount['balance']>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf<Schemas['CustomerAccount']['balance']>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf<ClassModels.CustomerAccount['id']>().toEqualTypeOf<string>();
  });

  it('every model has the same fields, each of one type and optionality, in both clients', () => {
    // openapi-typescript made a property with a `default` required (authorizationExpires); the API leaves it out.
    expectTypeOf<Schemas['CustomerAccount']['authorizationExpires']>().toEqualTypeOf<boolean | null | undefined>();
    expectTypeOf<Schemas['AccessToken']>().toEqualTypeOf<ClassModels.AccessToken>();
    expectTypeOf<Schemas['CustomerAccount']>().toEqualTypeOf<ClassModels.CustomerAccount>();
    expectTypeOf<Schemas['CustomerAccountDetail']>().toEqualTypeOf<ClassModels.CustomerAccountDetail>();
    expectTypeOf<Schemas['CustomerAccountPosition']>().toEqualTypeOf<ClassModels.CustomerAccountPosition>();
    expectTypeOf<Schemas['CustomerAccounts']>().toEqualTypeOf<ClassModels.CustomerAccounts>();
    expectTypeOf<Schemas['ErrorCode']>().toEqualTypeOf<ClassModels.ErrorCode>();
    expectTypeOf<Schemas['ErrorMessage']>().toEqualTypeOf<ClassModels.ErrorMessage>();
    expectTypeOf<Schemas['NumericId']>().toEqualTypeOf<ClassModels.NumericId>();
    expectTypeOf<Schemas['PartnerCredentials']>().toEqualTypeOf<ClassModels.PartnerCredentials>();
  });

  it('the type test above names every model of the class client', async () => {
    const models = await read('openapi-generator/models/index.ts');
    const names = [...models.matchAll(/^export (?:interface|type) (\w+)/gm)].map((match) => match[1]);
    expect(names).toEqual([
      'AccessToken',
      'CustomerAccount',
      'CustomerAccountDetail',
      'CustomerAccountPosition',
      'CustomerAccounts',
      'ErrorCode',
      'ErrorMessage',
      'NumericId',
      'PartnerCredentials',
    ]);
  });

  it("no schema became Record<string, never> (openapi-typescript's bare type: object)", async () => {
    const types = await read('openapi-typescript/accounts.ts');
    // Only the document's empty sections (webhooks, $defs) may be empty records.
    const emptyRecords = types.split('\n').filter((line) => line.includes('Record<string, never>'));
    expect(emptyRecords).toEqual(['export type webhooks = Record<string, never>;', 'export type $defs = Record<string, never>;']);
    expectTypeOf<Schemas['CustomerAccountDetail']>().not.toEqualTypeOf<Record<string, never>>();
  });

  it('relative imports carry .js, so the ESM output runs in Node and resolves under node16', async () => {
    const files = Object.keys(await listFiles(join(repoRoot, 'generated'))).filter((file) => file.endsWith('.ts'));
    for (const file of files) {
      const text = await read(file);
      for (const [, specifier] of text.matchAll(/from '(\.[^']*)'/g)) expect(specifier, file).toMatch(/\.js$/);
    }
  });
});

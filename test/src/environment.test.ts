/** Options left out are read from FINICITY_* variables; options given always win; what is missing fails at creation. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAccountsApi, createAccountsClient, createAuthenticationApi, dataOrThrow, FinicityInputError } from '../../src/index.js';
import { ENVIRONMENT_VARIABLES, resolveOptions, withEnvironment } from '../../src/options.js';
import { json, useFaultServer } from '../support/fault-server.js';

const server = useFaultServer();
const TOKEN_PATH = /partners\/authentication$/;
const ACCOUNTS = /\/aggregation\/v1\/customers\/[^/]+\/accounts$/;

const environment = {
  FINICITY_APP_KEY: 'env-app-key-123',
  FINICITY_PARTNER_ID: 'env-partner',
  FINICITY_PARTNER_SECRET: 'env-partner-secret',
  FINICITY_BASE_URL: 'http://localhost:9',
};

const refusal = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(FinicityInputError);
    return (error as Error).message;
  }
  throw new Error('expected a FinicityInputError');
};

describe('withEnvironment', () => {
  it('fills what the options leave out, and names the variable each value came from', () => {
    const options: Record<string, unknown> = { partnerId: 'given-partner' };
    expect(withEnvironment(options, environment)).toEqual({
      appKey: 'FINICITY_APP_KEY',
      partnerId: 'partnerId',
      partnerSecret: 'FINICITY_PARTNER_SECRET',
      baseUrl: 'FINICITY_BASE_URL',
    });
    expect(options).toEqual({
      appKey: 'env-app-key-123',
      partnerId: 'given-partner',
      partnerSecret: 'env-partner-secret',
      baseUrl: 'http://localhost:9',
    });
  });

  it('reads no partner variable when a fixed appToken is given, and treats an empty variable as unset', () => {
    const options: Record<string, unknown> = { appToken: 'given-token-123' };
    const names = withEnvironment(options, { ...environment, FINICITY_APP_KEY: '' });
    expect(options).toStrictEqual({ appToken: 'given-token-123', baseUrl: 'http://localhost:9' });
    expect(names.appKey).toBe('appKey');
  });

  it('names the four variables the README documents', () => {
    expect(Object.values(ENVIRONMENT_VARIABLES)).toEqual([
      'FINICITY_APP_KEY',
      'FINICITY_PARTNER_ID',
      'FINICITY_PARTNER_SECRET',
      'FINICITY_BASE_URL',
    ]);
  });
});

describe('resolveOptions with an environment', () => {
  it('takes every credential and the base URL from the environment', () => {
    const resolved = resolveOptions({}, environment);
    expect(resolved).toMatchObject({ appKey: 'env-app-key-123', baseUrl: 'http://localhost:9' });
    expect(resolved.credentials).toEqual({ kind: 'partner', partnerId: 'env-partner', partnerSecret: 'env-partner-secret' });
    // Secrets from the environment are redacted like secrets from the options.
    expect(resolved.redactor.text('env-app-key-123 env-partner-secret')).toBe('[redacted] [redacted]');
  });

  it('lets options win, field by field', () => {
    const resolved = resolveOptions({ appKey: 'given-app-key', baseUrl: 'https://proxy.example' }, environment);
    expect(resolved).toMatchObject({ appKey: 'given-app-key', baseUrl: 'https://proxy.example' });
    expect(resolveOptions({ appToken: 'given-token-123' }, environment).credentials).toEqual({
      kind: 'token',
      appToken: 'given-token-123',
    });
  });

  it('names the option and the variable of what is missing', () => {
    expect(refusal(() => resolveOptions({}, {}))).toBe('appKey is missing: give the appKey option or set FINICITY_APP_KEY');
    expect(refusal(() => resolveOptions({ partnerId: 'p' }, { FINICITY_APP_KEY: 'env-app-key-123' }))).toBe(
      'partnerSecret is missing: give the partnerSecret option or set FINICITY_PARTNER_SECRET',
    );
    expect(refusal(() => resolveOptions({}, { FINICITY_APP_KEY: 'env-app-key-123', FINICITY_PARTNER_SECRET: 'env-partner-secret' }))).toBe(
      'partnerId is missing: give the partnerId option or set FINICITY_PARTNER_ID',
    );
  });

  it('names the variable a bad value came from, never the value', () => {
    expect(refusal(() => resolveOptions({}, { ...environment, FINICITY_APP_KEY: 'short' }))).toBe(
      'FINICITY_APP_KEY is implausibly short (8 characters at least): check that the whole value was given',
    );
    expect(refusal(() => resolveOptions({}, { ...environment, FINICITY_BASE_URL: 'http://api.example' }))).toBe(
      'FINICITY_BASE_URL must use https (plain http is allowed for localhost only): http://api.example',
    );
  });
});

describe('clients configured by the environment', () => {
  afterEach(() => vi.unstubAllEnvs());

  const stubEnvironment = (values: Record<string, string>) => {
    for (const [name, value] of Object.entries(values)) vi.stubEnv(name, value);
  };

  it('call the API with no options at all', async () => {
    stubEnvironment({ ...environment, FINICITY_BASE_URL: server.url });
    server.on(TOKEN_PATH, json(200, { token: 'issued-token-123' }));
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    await expect(createAccountsApi().getCustomerAccounts({ customerId: '1' })).resolves.toEqual({ accounts: [] });
    const client = createAccountsClient();
    expect(
      dataOrThrow(await client.GET('/aggregation/v1/customers/{customerId}/accounts', { params: { path: { customerId: '1' } } })),
    ).toEqual({ accounts: [] });
    const tokenRequest = server.requests.find((request) => TOKEN_PATH.test(request.url));
    expect(tokenRequest!.headers['finicity-app-key']).toBe('env-app-key-123');
    expect(JSON.parse(tokenRequest!.body)).toEqual({ partnerId: 'env-partner', partnerSecret: 'env-partner-secret' });
  });

  it('fail when created, before any request, when a partner variable is unset', () => {
    stubEnvironment({ FINICITY_APP_KEY: 'env-app-key-123', FINICITY_BASE_URL: server.url });
    expect(() => createAccountsApi()).toThrow(
      'createAccountsApi needs credentials: give appToken, or partnerId and partnerSecret, in the options, ' +
        'or set FINICITY_PARTNER_ID and FINICITY_PARTNER_SECRET',
    );
    // The token operation needs the app key only.
    expect(() => createAuthenticationApi()).not.toThrow();
    expect(server.requests).toHaveLength(0);
  });
});

import { describe, expect, it } from 'vitest';
import { AccountsApi, AuthenticationApi } from '../../generated/openapi-generator/index.js';
import { operations } from '../../generated/operations.js';
import { type AccountsClientOptions, createAccountsApi, createAccountsClient, FinicityInputError } from '../../src/index.js';
import { classClientArgumentName, classClientMethodName, templatePattern } from '../../src/operations.js';
import { clientKinds } from '../support/clients.js';
import { json, useFaultServer } from '../support/fault-server.js';

const server = useFaultServer();

describe.each(clientKinds)('bad arguments through $name fail before any request', ({ make }) => {
  const client = () => make({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url });
  const expectRejected = async (call: Promise<unknown>, message: RegExp) => {
    server.on(/./, json(200, { accounts: [] }));
    await expect(call).rejects.toSatisfy((error) => error instanceof FinicityInputError && message.test((error as Error).message));
    expect(server.requests).toHaveLength(0);
  };

  it('an empty id', () =>
    expectRejected(client().getCustomerAccount('', '2'), /^GetCustomerAccount: path parameter customerId must not be empty$/));
  it('a blank id', () => expectRejected(client().getCustomerAccount('1', '  '), /accountId must not be empty/));
  it('a number where the id is a string', () =>
    expectRejected(client().getCustomerAccount(12 as unknown as string, '2'), /customerId must be a string, got number 12/));
  it('an object where the id is a string', () =>
    expectRejected(client().getCustomerAccounts({} as unknown as string), /customerId must be a string, got an object/));
  it('a missing id', () =>
    expectRejected(client().getCustomerAccounts(undefined as unknown as string), /(customerId is required|customerId)/));
  it('a non-integer institutionId', () =>
    expectRejected(
      client().getCustomerAccountsByInstitution('1', 4222.5),
      /institutionId must be an integer or a string of digits, got number 4222.5/,
    ));
  it.each(['', '42a', '.', ' 42'])('a string of other than digits as institutionId: %j', (value) =>
    expectRejected(client().getCustomerAccountsByInstitution('1', value), /institutionId must be an integer or a string of digits, got "/),
  );
});

describe.each([
  ['createAccountsClient', createAccountsClient],
  ['createAccountsApi', createAccountsApi],
] as const)('bad options for %s fail at creation', (_name, create) => {
  const attempt = (options: unknown) => () => create(options as AccountsClientOptions);
  it('a missing appKey', () =>
    expect(attempt({ appToken: 'test-app-token' })).toThrow(
      new FinicityInputError('appKey is missing: give the appKey option or set FINICITY_APP_KEY'),
    ));
  it('an empty appKey', () => expect(attempt({ appKey: '', appToken: 'test-app-token' })).toThrow(/appKey must be a non-empty string/));
  it('an app key or token that cannot go in a header', () => {
    expect(attempt({ appKey: 'test-app-key\r\nX-Injected: 1', appToken: 'test-app-token' })).toThrow(
      new FinicityInputError(
        'appKey contains a character an HTTP header cannot carry (a line break, another control character, or one beyond Latin-1)',
      ),
    );
    expect(attempt({ appKey: 'test-app-key', appToken: 'token✓' })).toThrow(/^appToken contains a character an HTTP header cannot carry/);
  });
  it('no token credentials (the app key alone serves only createAuthenticationApi)', () =>
    expect(attempt({ appKey: 'test-app-key' })).toThrow(/needs credentials: give appToken, or partnerId and partnerSecret/));
  it('both kinds of credentials', () =>
    expect(attempt({ appKey: 'test-app-key', appToken: 'test-app-token', partnerId: 'p', partnerSecret: 'test-partner-secret' })).toThrow(
      /not both/,
    ));
  it('a partnerId without its secret', () =>
    expect(attempt({ appKey: 'test-app-key', partnerId: 'p' })).toThrow(
      /partnerSecret is missing: give the partnerSecret option or set FINICITY_PARTNER_SECRET/,
    ));
  it('a plain-http baseUrl that is not localhost', () =>
    expect(attempt({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: 'http://api.finicity.com' })).toThrow(
      /baseUrl must use https/,
    ));
  it('a baseUrl that is not a URL', () =>
    expect(attempt({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: 'api' })).toThrow(/baseUrl is not a valid URL/));
  it('a negative timeout', () =>
    expect(attempt({ appKey: 'test-app-key', appToken: 'test-app-token', timeoutMs: -1 })).toThrow(
      /timeoutMs must be a number of at least 1/,
    ));
  it.each(['timeoutMs', 'retryBaseDelayMs', 'retryMaxDelayMs'])('a %s longer than a timer can wait (it would fire at once)', (name) =>
    expect(attempt({ appKey: 'test-app-key', appToken: 'test-app-token', [name]: 2 ** 31 })).toThrow(
      new RegExp(`${name} must be at most 2147483647 ms`),
    ),
  );
  it('accepts https and loopback http', () => {
    expect(attempt({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: 'https://api.example.test/' })).not.toThrow();
    expect(attempt({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: 'http://localhost:4010' })).not.toThrow();
    expect(attempt({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: 'http://[::1]:4010' })).not.toThrow();
  });
});

describe('the class client’s names, as the runtime derives them, are the generator’s', () => {
  // The argument checks find each operation by method name and each argument by field
  // name; a generator that named them otherwise would leave calls unchecked.
  const classes = [AccountsApi.prototype, AuthenticationApi.prototype];
  it.each(operations.map((operation) => [operation.operationId, operation] as const))('%s', (_id, operation) => {
    const method = classClientMethodName(operation);
    const owner = classes.find((prototype) => typeof (prototype as unknown as Record<string, unknown>)[method] === 'function');
    expect(owner, `${method} on a generated class`).toBeDefined();
    const source = String((owner as unknown as Record<string, unknown>)[`${method}Raw`]);
    for (const parameter of operation.parameters) {
      expect(source).toMatch(new RegExp(`requestParameters\\.${classClientArgumentName(parameter)}\\b`));
    }
  });
});

describe('matching a path to its template', () => {
  it('takes each {name} as one non-empty segment and every other character as itself', () => {
    const pattern = templatePattern('/v1.0/files+(x)/{id}/[a]$');
    expect(pattern.test('/v1.0/files+(x)/42/[a]$')).toBe(true);
    for (const other of [
      '/v1x0/files+(x)/42/[a]$',
      '/v1.0/filesss(x)/42/[a]$',
      '/v1.0/files+(x)//[a]$',
      '/v1.0/files+(x)/4/2/[a]$',
      '/v1.0/files+(x)/42/a',
    ]) {
      expect(pattern.test(other), other).toBe(false);
    }
  });
});

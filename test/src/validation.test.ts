/**
 * Drift reports (finicity-accounts/validation): the rules that turn the generated
 * validators' findings into a report, then real drift replayed through both clients on
 * a loopback server: a 1.16.2-style boolean `autoPayEnrolled`, a `null` required field,
 * an extra field (not drift), in `warn` and in `strict`.
 */
import { describe, expect, it } from 'vitest';
import { type ResponseValidator, responseValidators } from '../../generated/response-validators.js';
import {
  createAccountsApi,
  createAccountsClient,
  createFinicityClients,
  type DriftReport,
  FinicityApiError,
  FinicityInputError,
  FinicityResponseDriftError,
  FinicityResponseError,
} from '../../src/index.js';
import { BufferedResponse } from '../../src/response.js';
import { differencesOf, driftOf, expectation, isJsonType, jsonType, valueAt } from '../../src/validation/drift.js';
import { type CheckedAnswer, type ResponseCheck, responseValidation } from '../../src/validation/index.js';
import { clientKinds } from '../support/clients.js';
import { json, useFaultServer } from '../support/fault-server.js';

const server = useFaultServer();
const ACCOUNTS = /\/aggregation\/v1\/customers\/[^/]+\/accounts$/;
const TOKEN_PATH = /partners\/authentication$/;

/** An account as today's spec describes it; the account number is a value no report may show. */
const ACCOUNT_NUMBER = '98765432109';
function account(detail: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  return {
    id: '5011648377',
    number: ACCOUNT_NUMBER,
    accountNumberDisplay: '2109',
    name: 'Super Checking',
    type: 'loan',
    status: 'active',
    customerId: '1005061234',
    institutionId: '4222',
    createdDate: 1607450357,
    currency: 'USD',
    institutionLoginId: 1007302745,
    balance: null,
    detail: { interestRate: null, ...detail },
    ...extra,
  };
}

function answer(operation: string, status: number, body: unknown, contentType = 'application/json'): CheckedAnswer {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return {
    operation,
    status,
    headers: new Headers({ 'content-type': contentType }),
    bytes: new TextEncoder().encode(text),
    json: () => JSON.parse(text),
  };
}

describe('the rules of a drift report', () => {
  it('names JSON types, whole numbers as integer, never a value', () => {
    expect([null, [], {}, 'x', true, 3, 3.5].map(jsonType)).toEqual(['null', 'array', 'object', 'string', 'boolean', 'integer', 'number']);
  });

  it('reads a JSON pointer, escapes included, and finds nothing past a leaf', () => {
    const body = { 'a/b': { '~c': [10, 20] } };
    expect(valueAt(body, '/a~1b/~0c/1')).toBe(20);
    expect(valueAt(body, '')).toBe(body);
    expect(valueAt(body, '/a~1b/~0c/1/x')).toBeUndefined();
    expect(valueAt(null, '/x')).toBeUndefined();
    // Past a string or a null there is nothing, not even a string's own length.
    expect(valueAt({ a: 'text', b: null }, '/a/length')).toBeUndefined();
    expect(valueAt({ a: 'text', b: null }, '/b/x')).toBeUndefined();
  });

  it('says what the schema expects from the schema side only', () => {
    expect(expectation({ keyword: 'type', params: { type: 'string' } })).toBe('string');
    expect(expectation({ keyword: 'type', params: { type: ['string', 'null'] } })).toBe('string or null');
    expect(expectation({ keyword: 'required', params: { missingProperty: 'id' } })).toBe('present');
    expect(expectation({ keyword: 'pattern', params: { pattern: '^[0-9]+$' } })).toBe('string matching ^[0-9]+$');
    expect(expectation({ keyword: 'maxLength', params: { limit: 100 } })).toBe('at most 100 characters');
    expect(expectation({ keyword: 'minLength', params: { limit: 1 } })).toBe('at least 1 characters');
    expect(expectation({ keyword: 'enum', params: { allowedValues: ['Y'] } })).toBe('enum');
  });

  it('sums up a failed oneOf as one difference listing its branches, and a missing property at its own path', () => {
    const findings = [
      { instancePath: '/code', schemaPath: '#/oneOf/0/type', keyword: 'type', params: { type: 'integer' } },
      { instancePath: '/code', schemaPath: '#/oneOf/1/type', keyword: 'type', params: { type: 'string' } },
      { instancePath: '/code', schemaPath: '#/oneOf', keyword: 'oneOf', params: { passingSchemas: null } },
      { instancePath: '/a~1b', schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'x/y~' } },
      { instancePath: '/level', schemaPath: '#/properties/level/type', keyword: 'type', params: { type: 'string' } },
    ];
    expect(differencesOf(findings, { code: true, level: 3.5 })).toEqual([
      { path: '/code', expected: 'integer or string', received: 'boolean' },
      { path: '/a~1b/x~1y~0', expected: 'present', received: 'absent' },
      { path: '/level', expected: 'string', received: 'number' },
    ]);
  });

  it('keeps apart findings of another place that merely share a schema path', () => {
    const findings = [
      { instancePath: '/a', schemaPath: '#/anyOf', keyword: 'anyOf', params: {} },
      { instancePath: '/a', schemaPath: '#/anyOf/0/type', keyword: 'type', params: { type: 'integer' } },
      { instancePath: '/ab', schemaPath: '#/anyOf/0/type', keyword: 'type', params: { type: 'integer' } },
    ];
    expect(differencesOf(findings, { a: 'x', ab: 'y' })).toEqual([
      { path: '/a', expected: 'integer', received: 'string' },
      { path: '/ab', expected: 'integer', received: 'string' },
    ]);
  });

  it('takes only a oneOf or anyOf for the parent of other findings, and only findings below its schema path and place', () => {
    const findings = [
      { instancePath: '/a', schemaPath: '#/properties/a/type', keyword: 'type', params: { type: 'object' } },
      { instancePath: '/a', schemaPath: '#/properties/a/type/deeper', keyword: 'type', params: { type: 'string' } },
      { instancePath: '/b', schemaPath: '#/properties/b/oneOf', keyword: 'oneOf', params: {} },
      { instancePath: '/b', schemaPath: '#/properties/b/oneOf/0/type', keyword: 'type', params: { type: 'integer' } },
      { instancePath: '/b/inner', schemaPath: '#/properties/b/oneOf/1/properties/inner/type', keyword: 'type', params: { type: 'string' } },
      { instancePath: '/b', schemaPath: '#/properties/c/type', keyword: 'type', params: { type: 'boolean' } },
      { instancePath: '/x/b', schemaPath: '#/properties/b/oneOf/1/type', keyword: 'type', params: { type: 'null' } },
    ];
    expect(differencesOf(findings, { a: 1, b: 'x', x: { b: 2 } })).toEqual([
      { path: '/a', expected: 'object', received: 'integer' },
      { path: '/a', expected: 'string', received: 'integer' },
      { path: '/b', expected: 'integer or string', received: 'string' },
      { path: '/b', expected: 'boolean', received: 'string' },
      { path: '/x/b', expected: 'null', received: 'integer' },
    ]);
  });

  it.each([
    ['application/json', true],
    ['application/json; charset=utf-8', true],
    ['Application/JSON', true],
    ['application/problem+json', true],
    ['application/jsonp', false],
    ['text/plain', false],
    ['text/json', false],
    ['text/plain; profile=application/json', false],
    [null, false],
  ])('takes %j as JSON: %j', (contentType, expected) => {
    expect(isJsonType(contentType)).toBe(expected);
  });
});

describe('the generated validators against today’s spec', () => {
  it('reports a 1.16.2-style boolean autoPayEnrolled where the spec now says Y/N strings', () => {
    const report = driftOf(answer('GetCustomerAccounts', 200, { accounts: [account({ autoPayEnrolled: true })] }));
    expect(report).toEqual({
      operation: 'GetCustomerAccounts',
      status: 200,
      differences: [{ path: '/accounts/0/detail/autoPayEnrolled', expected: 'string', received: 'boolean' }],
    });
  });

  it('reports a null institutionLoginId (required) and a missing id, and accepts the nulls the spec allows', () => {
    const body = { accounts: [account(), account({}, { institutionLoginId: null, id: undefined })] };
    expect(driftOf(answer('GetCustomerAccounts', 200, body))?.differences).toEqual([
      { path: '/accounts/1/id', expected: 'present', received: 'absent' },
      { path: '/accounts/1/institutionLoginId', expected: 'integer', received: 'null' },
    ]);
  });

  it('takes fields the spec does not list as no drift', () => {
    expect(driftOf(answer('GetCustomerAccount', 200, account({ brandNewFigure: 1 }, { brandNewField: { nested: true } })))).toBeUndefined();
  });

  it('reports an error body whose code is neither form the spec allows, once for its oneOf', () => {
    expect(driftOf(answer('GetCustomerAccount', 404, { code: true, message: 'gone' }))?.differences).toEqual([
      { path: '/code', expected: 'integer or string', received: 'boolean' },
    ]);
    expect(driftOf(answer('GetCustomerAccount', 404, { code: 'E1' }))?.differences).toEqual([
      { path: '/code', expected: 'integer or string matching ^[0-9]+$', received: 'string' },
    ]);
  });

  it('asks Ajv only when the quick check says no, and lets Ajv have the last word', () => {
    const check = responseValidators.GetCustomerAccount!['200']! as { fits: (body: unknown) => boolean; validate: ResponseValidator };
    const { fits, validate } = check;
    const asked: unknown[] = [];
    const counted = Object.assign(
      (body: unknown) => {
        asked.push(body);
        return validate(body);
      },
      { errors: null },
    );
    try {
      check.validate = counted;
      expect(driftOf(answer('GetCustomerAccount', 200, account()))).toBeUndefined();
      expect(asked).toHaveLength(0);
      // A quick check that is unsure: Ajv finds nothing, so nothing is reported.
      check.fits = () => false;
      expect(driftOf(answer('GetCustomerAccount', 200, account()))).toBeUndefined();
      expect(asked).toHaveLength(1);
    } finally {
      Object.assign(check, { fits, validate });
    }
  });

  it('checks nothing without a schema, for another media type, or for a body that is no JSON', () => {
    expect(driftOf(answer('DeleteCustomerAccount', 204, { anything: true }))).toBeUndefined();
    expect(driftOf(answer('GET /not/in/spec', 200, { anything: true }))).toBeUndefined();
    expect(driftOf(answer('GetCustomerAccount', 401, 'Unauthorized', 'text/plain'))).toBeUndefined();
    expect(driftOf(answer('GetCustomerAccount', 200, account({ autoPayEnrolled: false }), 'text/plain'))).toBeUndefined();
    expect(driftOf(answer('GetCustomerAccount', 200, account({ autoPayEnrolled: false }), 'application/json'))).toBeDefined();
    expect(driftOf(answer('GetCustomerAccount', 200, '{"broken'))).toBeUndefined();
  });
});

describe('responseValidation()', () => {
  it('refuses a mode it does not know and an onDrift that is not a function', () => {
    expect(() => responseValidation({ mode: 'loud' as 'warn' })).toThrow(FinicityInputError);
    expect(() => responseValidation(undefined as never)).toThrow("responseValidation's mode must be 'off', 'warn' or 'strict'");
    expect(() => responseValidation({ mode: 'warn', onDrift: 'log' as never })).toThrow("responseValidation's onDrift must be a function");
  });

  it('off checks nothing; warn reports and lets the answer through; strict fails success answers only', () => {
    const drifted = answer('GetCustomerAccount', 200, account({ autoPayEnrolled: false }));
    const reports: DriftReport[] = [];
    expect(responseValidation({ mode: 'off', onDrift: (report) => reports.push(report) })(drifted)).toBeUndefined();
    expect(reports).toEqual([]);
    expect(responseValidation({ mode: 'warn', onDrift: (report) => reports.push(report) })(drifted)).toBeUndefined();
    expect(reports).toHaveLength(1);
    const strict = responseValidation({ mode: 'strict', onDrift: (report) => reports.push(report) });
    expect(strict(drifted)).toBeInstanceOf(FinicityResponseDriftError);
    expect(strict(answer('GetCustomerAccount', 404, { code: false }))).toBeUndefined();
    expect(strict(answer('GetCustomerAccount', 200, account()))).toBeUndefined();
    expect(reports.map((report) => report.status)).toEqual([200, 200, 404]);
  });

  it('ignores an onDrift that throws', () => {
    const check = responseValidation({
      mode: 'strict',
      onDrift: () => {
        throw new Error('sink full');
      },
    });
    expect(check(answer('GetCustomerAccount', 200, account({ autoPayEnrolled: 1 })))).toBeInstanceOf(FinicityResponseDriftError);
  });

  it('is refused by the clients when it is not a function', () => {
    expect(() => createAccountsApi({ appKey: 'app-key-0a1b2c', appToken: 'fixed-token-1', validation: {} as ResponseCheck })).toThrow(
      'validation must be a function',
    );
  });
});

describe('the drift error', () => {
  it('is a FinicityResponseError that lists five differences and counts the rest, never a value', () => {
    const differences = Array.from({ length: 7 }, (_, index) => ({
      path: `/accounts/${index}/name`,
      expected: 'string',
      received: 'null',
    }));
    const error = new FinicityResponseDriftError({ operation: 'GetCustomerAccounts', status: 200, differences });
    expect(error).toBeInstanceOf(FinicityResponseError);
    expect(error).toMatchObject({ name: 'FinicityResponseDriftError', operation: 'GetCustomerAccounts', status: 200 });
    expect(error.message).toBe(
      'GetCustomerAccounts answered HTTP 200 with a body that differs from the spec at /accounts/0/name (expected string, received null), ' +
        '/accounts/1/name (expected string, received null), /accounts/2/name (expected string, received null), ' +
        '/accounts/3/name (expected string, received null), /accounts/4/name (expected string, received null) and 2 more ' +
        '(response validation is strict)',
    );
    expect(error.report.differences).toHaveLength(7);
    const root = new FinicityResponseDriftError({
      operation: 'X',
      status: 200,
      differences: [{ path: '', expected: 'object', received: 'array' }],
    });
    expect(root.message).toContain('at (body) (expected object, received array) (response');
  });
});

describe.each(clientKinds)('drift replayed through $name', ({ make }) => {
  const client = (validation: ResponseCheck) =>
    make({ appKey: 'app-key-0a1b2c', appToken: 'fixed-token-7c1d', baseUrl: server.url, validation, maxRetries: 0 });

  it('warn: the answer comes as it came, and onDrift gets one report for it', async () => {
    const body = { accounts: [account({ autoPayEnrolled: true }, { futureField: 'x' }), account({}, { institutionLoginId: null })] };
    server.on(ACCOUNTS, json(200, body));
    const reports: DriftReport[] = [];
    await expect(
      client(responseValidation({ mode: 'warn', onDrift: (report) => reports.push(report) })).getCustomerAccounts('1'),
    ).resolves.toEqual(body);
    expect(reports).toEqual([
      {
        operation: 'GetCustomerAccounts',
        status: 200,
        differences: [
          { path: '/accounts/0/detail/autoPayEnrolled', expected: 'string', received: 'boolean' },
          { path: '/accounts/1/institutionLoginId', expected: 'integer', received: 'null' },
        ],
      },
    ]);
    expect(JSON.stringify(reports)).not.toContain(ACCOUNT_NUMBER);
  });

  it('strict: the call fails with the report', async () => {
    server.on(ACCOUNTS, json(200, { accounts: [account({ autoPayEnrolled: true })] }));
    const error = await client(responseValidation({ mode: 'strict' }))
      .getCustomerAccounts('1')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FinicityResponseDriftError);
    expect((error as FinicityResponseDriftError).report.differences).toEqual([
      { path: '/accounts/0/detail/autoPayEnrolled', expected: 'string', received: 'boolean' },
    ]);
  });

  it('strict: an answer that fits, extra fields and allowed nulls included, passes; an error answer keeps its FinicityApiError', async () => {
    const fits = { accounts: [account({ somethingNew: 1 }, { marketSegment: null, brandNew: [] })] };
    server.on(ACCOUNTS, json(200, fits), json(404, { code: true, message: 'drifted and missing' }));
    const strict = client(responseValidation({ mode: 'strict' }));
    await expect(strict.getCustomerAccounts('1')).resolves.toEqual(fits);
    const error = await strict.getCustomerAccounts('1').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FinicityApiError);
    expect(error).toMatchObject({ status: 404 });
  });
});

describe('the body a check parsed', () => {
  it.each(clientKinds)('is what $name hands back, parsed once, and a broken body still fails as before', async ({ make }) => {
    const body = { accounts: [account()] };
    server.on(ACCOUNTS, json(200, body), (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"accounts": [');
    });
    const seen: unknown[] = [];
    const check: ResponseCheck = (answer) => {
      const parsed = answer.json();
      expect(answer.json()).toBe(parsed);
      seen.push(parsed);
      return undefined;
    };
    const client = make({ appKey: 'app-key-0a1b2c', appToken: 'fixed-token-7c1d', baseUrl: server.url, validation: check });
    const data = await client.getCustomerAccounts('1');
    expect(data).toEqual(body);
    expect(data).toBe(seen[0]);
    const broken: ResponseCheck = (answer) => {
      expect(() => answer.json()).toThrow(SyntaxError);
      return undefined;
    };
    const strictClient = make({ appKey: 'app-key-0a1b2c', appToken: 'fixed-token-7c1d', baseUrl: server.url, validation: broken });
    await expect(strictClient.getCustomerAccounts('1')).rejects.toMatchObject({ name: 'FinicityResponseError' });
  });
});

describe('a BufferedResponse over a parsed body', () => {
  it('serves the parsed value once, and a clone parses its own copy', async () => {
    const value = { accounts: [] };
    const init = { status: 200, statusText: 'OK', headers: new Headers({ 'content-type': 'application/json' }) };
    const response = new BufferedResponse(new TextEncoder().encode('{"accounts":[]}'), init, 'http://127.0.0.1/x', 'X', { value });
    const copy = response.clone();
    await expect(response.json()).resolves.toBe(value);
    await expect(response.json()).rejects.toThrow('Body is unusable');
    const copied = await copy.json();
    expect(copied).toEqual(value);
    expect(copied).not.toBe(value);
  });
});

describe('validation on clients that share a transport', () => {
  it('checks the openapi-fetch and the class client of createFinicityClients alike', async () => {
    server.on(TOKEN_PATH, json(200, { token: 'issued-token-4d2e' }));
    server.on(ACCOUNTS, json(200, { accounts: [account({ autoPayEnrolled: true })] }));
    const reports: DriftReport[] = [];
    const { client, api } = createFinicityClients({
      appKey: 'app-key-0a1b2c',
      partnerId: 'p',
      partnerSecret: 'partner-secret-9f8e',
      baseUrl: server.url,
      validation: responseValidation({ mode: 'warn', onDrift: (report) => reports.push(report) }),
    });
    await client.GET('/aggregation/v1/customers/{customerId}/accounts', { params: { path: { customerId: '1' } } });
    await api.getCustomerAccounts({ customerId: '1' });
    expect(reports.map((report) => report.differences[0]?.path)).toEqual([
      '/accounts/0/detail/autoPayEnrolled',
      '/accounts/0/detail/autoPayEnrolled',
    ]);
    // A token answer is checked too: it fits.
    expect(reports.every((report) => report.operation === 'GetCustomerAccounts')).toBe(true);
  });

  it('createAccountsClient in strict mode rejects rather than returning { error }', async () => {
    server.on(ACCOUNTS, json(200, { accounts: 'none' }));
    const client = createAccountsClient({
      appKey: 'app-key-0a1b2c',
      appToken: 'fixed-token-7c1d',
      baseUrl: server.url,
      validation: responseValidation({ mode: 'strict' }),
    });
    await expect(
      client.GET('/aggregation/v1/customers/{customerId}/accounts', { params: { path: { customerId: '1' } } }),
    ).rejects.toMatchObject({
      name: 'FinicityResponseDriftError',
      report: { differences: [{ path: '/accounts', expected: 'array', received: 'string' }] },
    });
  });
});

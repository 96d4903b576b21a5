/**
 * Argument checks at their edges, through both clients: path parameters that URL
 * parsers would resolve as folders (`.`, `..`), query parameters (checked like path
 * parameters, except that `.`, `..` and blank text are fine in a query), and the exact
 * words of each refusal. Nothing is sent when a check fails.
 */
import { describe, expect, it } from 'vitest';
import type { OperationDescription, OperationParameter } from '../../generated/operations.js';
import { createAccountsApi, createAccountsClient, FinicityInputError } from '../../src/index.js';
import { checkArguments } from '../../src/operations.js';
import { clientKinds } from '../support/clients.js';
import { json, useFaultServer } from '../support/fault-server.js';

const server = useFaultServer();

const options = () => ({ appKey: 'app-key-9f8e7d', appToken: 'fixed-token-6c5b4a', baseUrl: server.url, maxRetries: 0 });

const refusal = async (call: Promise<unknown>) => {
  const error = await call.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(FinicityInputError);
  expect(server.requests).toHaveLength(0);
  return (error as Error).message;
};

describe.each(clientKinds)('path parameters through $name', ({ make }) => {
  it.each(['.', '..'])('refuses %j as an id', async (id) => {
    expect(await refusal(make(options()).getCustomerAccount('1', id))).toBe(
      `GetCustomerAccount: path parameter accountId must not be "${id}"`,
    );
    expect(await refusal(make(options()).getCustomerAccounts(id))).toBe(
      `GetCustomerAccounts: path parameter customerId must not be "${id}"`,
    );
  });

  it.each(['...', '.x', 'a.b', '%2e'])('sends %j, which is no dot segment', async (id) => {
    server.on(/./, json(200, { accounts: [] }));
    await expect(make(options()).getCustomerAccounts(id)).resolves.toEqual({ accounts: [] });
    expect(server.requests).toHaveLength(1);
  });

  it('sends an id with a surrogate pair, and refuses a lone surrogate of either half', async () => {
    server.on(/./, json(200, { accounts: [] }));
    await expect(make(options()).getCustomerAccounts('emoji-\uD83D\uDE00')).resolves.toEqual({ accounts: [] });
    server.reset();
    const lone = 'GetCustomerAccounts: path parameter customerId contains a lone UTF-16 surrogate, which no URL can carry';
    expect(await refusal(make(options()).getCustomerAccounts('high-\uD83D'))).toBe(lone);
    expect(await refusal(make(options()).getCustomerAccounts('\uDE00-low'))).toBe(lone);
    expect(await refusal(make(options()).getCustomerAccounts('\uDE00\uD83D'))).toBe(lone);
  });

  it.each([
    [null, 'null'],
    [true, 'boolean true'],
    [['1'], 'an array'],
    [4222.5, 'number 4222.5'],
  ])('names what it got instead of an integer or a string of digits: %j', async (value, described) => {
    expect(await refusal(make(options()).getCustomerAccountsByInstitution('1', value as unknown as number))).toBe(
      `GetCustomerAccountsByInstitution: path parameter institutionId must be an integer or a string of digits, got ${described}`,
    );
  });

  it('tells what to pass for a numeric id, and only for a whole number', async () => {
    expect(await refusal(make(options()).getCustomerAccounts(42 as unknown as string))).toBe(
      'GetCustomerAccounts: path parameter customerId must be a string, got number 42; pass String(42), that is "42"',
    );
    expect(await refusal(make(options()).getCustomerAccounts(4.5 as unknown as string))).toBe(
      'GetCustomerAccounts: path parameter customerId must be a string, got number 4.5',
    );
  });

  it('refuses a missing required id in words', async () => {
    expect(await refusal(make(options()).getCustomerAccount('1', undefined as unknown as string))).toBe(
      'GetCustomerAccount: path parameter accountId is required',
    );
  });
});

describe('query parameters', () => {
  const path = '/aggregation/v1/customers/{customerId}/accounts' as const;
  const query = (value: unknown) => ({ params: { path: { customerId: '1' }, query: { status: value as string } } });

  it.each(['.', '..', ' ', ''])('sends %j as a query value (openapi-fetch)', async (value) => {
    server.on(/./, json(200, { accounts: [] }));
    await expect(createAccountsClient(options()).GET(path, query(value))).resolves.toMatchObject({ data: { accounts: [] } });
    expect(server.requests).toHaveLength(1);
  });

  it.each(['.', '..', ' '])('sends %j as a query value (class client)', async (value) => {
    server.on(/./, json(200, { accounts: [] }));
    await expect(createAccountsApi(options()).getCustomerAccounts({ customerId: '1', status: value })).resolves.toEqual({ accounts: [] });
    expect(server.requests).toHaveLength(1);
  });

  it('refuses a query value that is not a string, through both clients', async () => {
    const message = 'GetCustomerAccounts: query parameter status must be a string, got number 5; pass String(5), that is "5"';
    expect(await refusal(createAccountsClient(options()).GET(path, query(5)))).toBe(message);
    expect(await refusal(createAccountsApi(options()).getCustomerAccounts({ customerId: '1', status: 5 as unknown as string }))).toBe(
      message,
    );
  });

  it('refuses a query value with a lone surrogate, and a named query parameter by its spec name', async () => {
    expect(await refusal(createAccountsClient(options()).GET(path, query('a\uD800')))).toBe(
      'GetCustomerAccounts: query parameter status contains a lone UTF-16 surrogate, which no URL can carry',
    );
    expect(
      await refusal(createAccountsApi(options()).getCustomerAccounts({ customerId: '1', accountType: { kind: 'x' } as unknown as string })),
    ).toBe('GetCustomerAccounts: query parameter account_type must be a string, got an object');
  });

  it('refuses an integer query parameter that is not one, and leaves an absent optional one alone', async () => {
    const refresh = '/aggregation/v1/customers/{customerId}/institutionLogins/{institutionLoginId}/accounts' as const;
    const params = (toDate: unknown) => ({
      params: { path: { customerId: '1', institutionLoginId: '2' }, query: { toDate: toDate as number } },
    });
    expect(await refusal(createAccountsClient(options()).POST(refresh, params(1.5)))).toBe(
      'RefreshCustomerAccountsByInstitutionLogin: query parameter toDate must be an integer, got number 1.5',
    );
    expect(await refusal(createAccountsClient(options()).POST(refresh, params(2 ** 53)))).toBe(
      `RefreshCustomerAccountsByInstitutionLogin: query parameter toDate must be an integer, got number ${2 ** 53}`,
    );
    server.on(/./, json(200, { accounts: [] }));
    await expect(createAccountsClient(options()).POST(refresh, params(undefined))).resolves.toMatchObject({ data: { accounts: [] } });
    await expect(createAccountsClient(options()).POST(refresh, params(1_700_000_000))).resolves.toMatchObject({ data: { accounts: [] } });
    expect(server.requests.map((request) => request.url)).toEqual([
      '/aggregation/v1/customers/1/institutionLogins/2/accounts',
      '/aggregation/v1/customers/1/institutionLogins/2/accounts?toDate=1700000000',
    ]);
  });
});

describe('checkArguments on parameters today’s spec does not have', () => {
  const operation = (parameters: OperationParameter[]): OperationDescription => ({
    operationId: 'Synthetic',
    method: 'GET',
    path: '/synthetic',
    parameters,
    timeoutMs: undefined,
    retryable: true,
    requiresToken: true,
    issuesToken: false,
  });
  const problem = (parameter: OperationParameter, value: unknown) => {
    try {
      checkArguments(operation([parameter]), () => value);
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('leaves header and cookie parameters and the other types to the server', () => {
    for (const where of ['header', 'cookie'] as const) {
      expect(problem({ name: 'h', in: where, required: true, type: 'string' }, 42)).toBeUndefined();
      expect(problem({ name: 'h', in: where, required: true, type: 'string' }, undefined)).toBeUndefined();
    }
    for (const type of ['number', 'boolean', 'array', 'object'] as const) {
      expect(problem({ name: 'q', in: 'query', required: false, type }, { not: 'of that type' })).toBeUndefined();
    }
  });

  it('names the operation on the error', () => {
    const error = (() => {
      try {
        checkArguments(operation([{ name: 'p', in: 'path', required: true, type: 'string' }]), () => undefined);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(FinicityInputError);
    expect((error as FinicityInputError).operation).toBe('Synthetic');
  });

  it('hints at String() only for a whole number given for a string', () => {
    const parameter: OperationParameter = { name: 'p', in: 'path', required: true, type: 'string' };
    expect(problem(parameter, 7)).toBe('Synthetic: path parameter p must be a string, got number 7; pass String(7), that is "7"');
    expect(problem(parameter, 1.5)).toBe('Synthetic: path parameter p must be a string, got number 1.5');
    expect(problem(parameter, true)).toBe('Synthetic: path parameter p must be a string, got boolean true');
  });
});

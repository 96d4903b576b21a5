/**
 * Both clients against Prism's mock of spec/accounts.yaml: every operation, status
 * and named example, with Prism validating each request and response.
 */
import createClient from 'openapi-fetch';
import { describe, expect, inject, it } from 'vitest';
import { AccountsApi, Configuration, ResponseError } from '../../generated/openapi-generator/index.js';
import type { paths } from '../../generated/openapi-typescript/accounts.js';
import { normalizeErrorCode } from '../../src/errors.js';
import {
  type AccountsClientOptions,
  apiErrorOf,
  createAccountsApi,
  createAccountsClient,
  dataOrThrow,
  FinicityApiError,
  FinicityInputError,
} from '../../src/index.js';
import { classApiFor, type Outcome, throughClass, throughClient } from './operations.js';
import { type ContractCase, contractCases, parameterExamples, specOperations } from './spec-cases.js';

const prismUrl = inject('prismUrl');
const options: AccountsClientOptions = { appKey: 'contract-app-key', appToken: 'contract-token', baseUrl: prismUrl, maxRetries: 0 };
const examples = parameterExamples();
const args = { customerId: String(examples.customerId) };

const client = createAccountsClient(options);
const accountsApi = createAccountsApi(options);
const byName = new Map(specOperations.map((operation) => [operation.operationId, operation]));

const callers = {
  createAccountsClient: (operationId: string, headers: Record<string, string>) => throughClient(client, byName.get(operationId)!, headers),
  createAccountsApi: (operationId: string, headers: Record<string, string>) => {
    const operation = byName.get(operationId)!;
    return throughClass(classApiFor(operation, options), operation, headers);
  },
};

function preferHeaders(contract: ContractCase): Record<string, string> {
  const prefer = [`code=${contract.status}`, ...(contract.exampleName ? [`example=${contract.exampleName}`] : [])].join(', ');
  return { Prefer: prefer, ...(contract.mediaType && contract.mediaType !== 'application/json' ? { Accept: contract.mediaType } : {}) };
}

const cases = contractCases();

describe('the contract covers the spec', () => {
  it('has a case for every documented status of every operation', () => {
    for (const { operationId, responses } of specOperations) {
      const statuses = new Set(cases.filter((entry) => entry.operationId === operationId).map((entry) => String(entry.status)));
      expect([...statuses].sort()).toEqual(Object.keys(responses).sort());
    }
  });
});

describe.each(Object.entries(callers))('every operation × status × example through %s', (_name, call) => {
  it.each(
    cases.map(
      (entry) => [`${entry.operationId} ${entry.status} ${entry.mediaType ?? ''} ${entry.exampleName ?? '(no body)'}`, entry] as const,
    ),
  )('%s', async (_label, contract) => {
    let outcome: Outcome | undefined;
    let failure: unknown;
    try {
      outcome = await call(contract.operationId, preferHeaders(contract));
    } catch (error) {
      failure = error;
    }
    if (contract.status < 300) {
      expect(failure).toBeUndefined();
      // Prism reports any request or response that breaks the spec in this header.
      expect(outcome!.headers.get('sl-violations')).toBeNull();
      expect(outcome!.data).toEqual(contract.example);
      return;
    }
    expect(failure).toBeInstanceOf(FinicityApiError);
    const error = failure as FinicityApiError;
    expect(error.headers.get('sl-violations')).toBeNull();
    expect(error.status).toBe(contract.status);
    expect(error.operation).toBe(contract.operationId);
    if (typeof contract.example === 'object' && contract.example !== null) {
      const example = contract.example as { code?: unknown; message?: string };
      expect(error.body).toEqual(example);
      expect(error.code).toBe(normalizeErrorCode(example.code));
      if (example.message) expect(error.message).toContain(example.message);
    } else {
      expect(error.body).toBe(contract.example);
      expect(error.message).toContain(String(contract.example));
    }
  });
});

describe('requests Prism must reject', () => {
  /** A fetch that loses the token on the way, as a misconfigured proxy would. */
  const withoutToken: typeof fetch = (input, init) => {
    const headers = new Headers(init?.headers);
    headers.delete('Finicity-App-Token');
    return fetch(input, { ...init, headers });
  };

  it('a call without Finicity-App-Token is a 401 answer in createAccountsClient, typed by the spec', async () => {
    const tokenless = createAccountsClient({ ...options, fetch: withoutToken });
    const { data, error, response } = await tokenless.GET('/aggregation/v1/customers/{customerId}/accounts', {
      params: { path: { customerId: args.customerId } },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(401);
    expect(error).toBeDefined();
    expect(apiErrorOf(response)).toMatchObject({ status: 401, operation: 'GetCustomerAccounts' });
    expect(() => dataOrThrow({ data, error, response })).toThrow(FinicityApiError);
  });

  it('a call without Finicity-App-Token is a 401 error in createAccountsApi', async () => {
    const tokenless = createAccountsApi({ ...options, fetch: withoutToken });
    const error = await tokenless.getCustomerAccounts({ customerId: args.customerId }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FinicityApiError);
    expect(error).toMatchObject({ status: 401, operation: 'GetCustomerAccounts' });
  });

  it('an institutionId of other than digits is refused by the clients before sending', async () => {
    const viaClient = client.GET('/aggregation/v1/customers/{customerId}/institutions/{institutionId}/accounts', {
      params: { path: { customerId: args.customerId, institutionId: 'abc' } },
    });
    const viaClass = accountsApi.getCustomerAccountsByInstitution({ customerId: args.customerId, institutionId: 'abc' });
    await expect(viaClient).rejects.toBeInstanceOf(FinicityInputError);
    await expect(viaClass).rejects.toBeInstanceOf(FinicityInputError);
  });

  it('an institutionId of other than digits forced past the client checks is rejected by the server with 4xx', async () => {
    const headers = { 'Finicity-App-Key': 'k', 'Finicity-App-Token': 't' };
    const bare = createClient<paths>({ baseUrl: prismUrl, headers });
    const { response } = await bare.GET('/aggregation/v1/customers/{customerId}/institutions/{institutionId}/accounts', {
      params: { path: { customerId: args.customerId, institutionId: 'abc' as unknown as number } },
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);

    const bareClass = new AccountsApi(new Configuration({ basePath: prismUrl, headers }));
    const error = await bareClass
      .getCustomerAccountsByInstitution({ customerId: args.customerId, institutionId: 'abc' as unknown as number })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseError);
    expect((error as ResponseError).response.status).toBe(response.status);
  });
});

/**
 * Every answer of the fake fits the spec: each operation of the generated table, in each
 * state the fake can be in (seeded, after deletes, after a refresh and time passing,
 * empty, tokens expired or never issued, a locked partner), through both clients, each
 * answer validated against the operation's documented responses. The cases are built
 * from the operations table, so a new operation of the spec is called here too, and
 * fails until the fake answers it as the spec says.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { operations, tokenRules } from '../../generated/operations.js';
import { handlersWithoutOperation, operationsWithoutHandler } from '../../src/testing/handlers.js';
import { type FinicityFake, type FinicityFakeOptions, failuresBeforeLock, startFinicityFake } from '../../src/testing/index.js';
import { answerProblems, type SpecAnswer } from '../support/spec-schemas.js';
import { authorizedHeaders, type CallSpec, callers, type Operation, operationNamed, rawCall, tokenFrom } from './callers.js';

const seededLogin = '1007302745';
const seededInstitution = 4222;
const seededAccount = '5011648378';

/** The seeded customer's ids, by path parameter name. An operation with a parameter missing here fails, naming it. */
function seededIds(fake: FinicityFake, operation: Operation): Record<string, string | number> {
  const known: Record<string, string | number> = {
    customerId: fake.customerId,
    accountId: seededAccount,
    institutionLoginId: seededLogin,
    institutionId: seededInstitution,
  };
  const path = operation.parameters.filter((parameter) => parameter.in === 'path');
  const unknown = path.filter((parameter) => !(parameter.name in known));
  if (unknown.length > 0)
    throw new Error(
      `${operation.operationId}: the fake's tests know no value for ${unknown.map((p) => p.name).join(', ')}; teach seededIds`,
    );
  return Object.fromEntries(path.map((parameter) => [parameter.name, known[parameter.name]!]));
}

/** The ids other than the customer's, when the operation names any. */
const namesMoreThanCustomer = (operation: Operation) => operation.parameters.some((p) => p.in === 'path' && p.name !== 'customerId');

/** With every id that is not the customer's replaced by one the customer does not have; else an unknown customer. */
function unknownIds(ids: Record<string, string | number>, operation: Operation): Record<string, string | number> {
  if (!namesMoreThanCustomer(operation)) return { ...ids, customerId: '999000111' };
  return Object.fromEntries(
    Object.entries(ids).map(([name, value]) => [name, name === 'customerId' ? value : typeof value === 'number' ? 999 : '999']),
  );
}

const asPartner = (fake: FinicityFake) => ({ partnerId: fake.credentials.partnerId, partnerSecret: fake.credentials.partnerSecret });

/** Deletes what the operation's ids name (or every account of the customer), through the fake's own API. */
async function deleteWhatItNames(fake: FinicityFake, operation: Operation): Promise<void> {
  const headers = await authorizedHeaders(fake);
  const logins = operation.parameters.some((p) => p.name === 'accountId') ? [] : [seededLogin, '1007302746'];
  if (operation.parameters.some((p) => p.name === 'accountId')) {
    await rawCall(fake, operationNamed('DeleteCustomerAccount'), { customerId: fake.customerId, accountId: seededAccount }, { headers });
  }
  for (const institutionLoginId of logins) {
    await rawCall(
      fake,
      operationNamed('DeleteCustomerAccountsByInstitutionLogin'),
      { customerId: fake.customerId, institutionLoginId },
      { headers },
    );
  }
}

interface Case {
  state: string;
  fakeOptions?: FinicityFakeOptions;
  prepare(fake: FinicityFake, operation: Operation): Promise<CallSpec>;
  /** The status expected, or `success` for any 2xx the spec documents. */
  status(operation: Operation): number | 'success';
  /** The Finicity code expected, when one is. */
  code?: number;
}

/** How each state is reached, and what every operation answers in it. CreateToken has its own cases below. */
const states: Case[] = [
  {
    state: 'seeded',
    prepare: async (fake, operation) => ({ options: asPartner(fake), path: seededIds(fake, operation) }),
    status: () => 'success',
  },
  {
    state: 'ids the customer does not have',
    prepare: async (fake, operation) => ({ options: asPartner(fake), path: unknownIds(seededIds(fake, operation), operation) }),
    status: () => 404,
  },
  {
    state: 'after deleting what the call names (or every account)',
    prepare: async (fake, operation) => {
      await deleteWhatItNames(fake, operation);
      return { options: asPartner(fake), path: seededIds(fake, operation) };
    },
    status: (operation) => (namesMoreThanCustomer(operation) ? 404 : 'success'),
  },
  {
    state: 'after a refresh and an hour',
    prepare: async (fake, operation) => {
      await rawCall(
        fake,
        operationNamed('RefreshCustomerAccountsV2'),
        { customerId: fake.customerId },
        { headers: await authorizedHeaders(fake) },
      );
      fake.advance(3_600_000);
      return { options: asPartner(fake), path: seededIds(fake, operation) };
    },
    status: () => 'success',
  },
  {
    state: 'empty (no seed, a customer without accounts)',
    fakeOptions: { seed: false },
    prepare: async (fake, operation) => {
      fake.addCustomer(fake.customerId);
      return { options: asPartner(fake), path: seededIds(fake, operation) };
    },
    status: (operation) => (namesMoreThanCustomer(operation) ? 404 : 'success'),
  },
  {
    state: 'a token two hours old',
    prepare: async (fake, operation) => {
      const appToken = await tokenFrom(fake);
      fake.advance(tokenRules.validForMs);
      return { options: { appToken }, path: seededIds(fake, operation) };
    },
    status: () => 401,
    code: 10023,
  },
  {
    state: 'a token the fake never issued',
    prepare: async (fake, operation) => ({ options: { appToken: 'never-issued-by-the-fake' }, path: seededIds(fake, operation) }),
    status: () => 401,
    code: 10022,
  },
];

const tokenCases: Case[] = [
  { state: 'the right credentials', prepare: async (fake) => ({ options: {}, path: {}, body: asPartner(fake) }), status: () => 200 },
  {
    state: 'a wrong secret',
    prepare: async (fake) => ({ options: {}, path: {}, body: { ...asPartner(fake), partnerSecret: 'not-the-secret' } }),
    status: () => 401,
    code: 10001,
  },
  {
    state: 'an unknown partner',
    prepare: async (fake) => ({ options: {}, path: {}, body: { ...asPartner(fake), partnerId: '999999' } }),
    status: () => 404,
    code: 12401,
  },
  {
    state: 'a locked partner, with the right secret',
    prepare: async (fake) => {
      const wrong = { ...asPartner(fake), partnerSecret: 'not-the-secret' };
      const headers = { 'finicity-app-key': fake.credentials.appKey };
      for (let failure = 0; failure < failuresBeforeLock; failure += 1)
        await rawCall(fake, operationNamed('CreateToken'), {}, { headers, body: wrong });
      return { options: {}, path: {}, body: asPartner(fake) };
    },
    status: () => 401,
    code: 10001,
  },
];

/** The seeded ids with a query the clients send as given; `code` is the Finicity code expected, if any. */
function queryCase(query: Record<string, string | number>, status: number, code?: number): Case {
  const state = Object.entries(query)
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  const prepare = async (fake: FinicityFake, op: Operation) => ({ options: asPartner(fake), path: seededIds(fake, op), query });
  return { state, prepare, status: () => status, ...(code === undefined ? {} : { code }) };
}

/** Cases of one operation's own rules: filters and windows. */
const ownCases: Record<string, Case[]> = {
  GetCustomerAccounts: [
    queryCase({ status: 'pending' }, 200),
    queryCase({ status: 'closed' }, 400, 18017),
    queryCase({ account_type: 'ava' }, 200),
    queryCase({ account_type: 'checking' }, 400, 14020),
  ],
  RefreshCustomerAccountsByInstitutionLogin: [
    queryCase({ fromDate: 1607450357, toDate: 1670504017 }, 200),
    // toDate before fromDate
    queryCase({ fromDate: 1670504017, toDate: 1607450357 }, 400, 14020),
  ],
};

function casesOf(operation: Operation): Case[] {
  return [...(operation.issuesToken ? tokenCases : states), ...(ownCases[operation.operationId] ?? [])];
}

let running: FinicityFake | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

function expectFits(operation: Operation, expected: Case, answer: SpecAnswer): void {
  expect(answerProblems(operation.operationId, answer)).toEqual([]);
  const wanted = expected.status(operation);
  if (wanted === 'success') expect(answer.status).toBeGreaterThanOrEqual(200);
  if (wanted === 'success') expect(answer.status).toBeLessThan(300);
  else expect(answer.status).toBe(wanted);
  if (expected.code !== undefined) expect(Number((answer.body as { code: unknown }).code)).toBe(expected.code);
}

describe.each(callers)('through %s', (_client, call) => {
  const matrix = operations.flatMap((operation) =>
    casesOf(operation).map((entry) => [operation.operationId, entry.state, operation, entry] as const),
  );
  it.each(matrix)('%s, %s: the answer fits the spec', async (_id, _state, operation, entry) => {
    running = await startFinicityFake(entry.fakeOptions);
    const spec = await entry.prepare(running, operation);
    expectFits(operation, entry, await call(running, operation, spec));
  });
});

describe('what the clients refuse to send, sent with a bare fetch', () => {
  const accountsOperations = operations.filter((operation) => operation.requiresToken);
  it.each(accountsOperations.map((operation) => [operation.operationId, operation] as const))(
    '%s: no app key, no token, then a malformed id',
    async (_id, operation) => {
      running = await startFinicityFake();
      const path = seededIds(running, operation);
      const noAppKey = await rawCall(running, operation, path);
      expectFits(
        operation,
        { state: 'no app key', prepare: async () => ({ options: {}, path }), status: () => 401, code: 10026 },
        noAppKey,
      );
      const noToken = await rawCall(running, operation, path, { headers: { 'finicity-app-key': running.credentials.appKey } });
      expectFits(operation, { state: 'no token', prepare: async () => ({ options: {}, path }), status: () => 401, code: 10024 }, noToken);
      const integers = operation.parameters.filter((parameter) => parameter.in === 'path' && parameter.type === 'integer');
      for (const parameter of integers) {
        const malformed = await rawCall(
          running,
          operation,
          { ...path, [parameter.name]: '12a' },
          { headers: await authorizedHeaders(running) },
        );
        expectFits(
          operation,
          { state: 'malformed', prepare: async () => ({ options: {}, path }), status: () => 400, code: 14020 },
          malformed,
        );
      }
    },
  );

  it('CreateToken without a partner secret: 400, code 10005, naming the field', async () => {
    running = await startFinicityFake();
    const answer = await rawCall(
      running,
      operationNamed('CreateToken'),
      {},
      {
        headers: { 'finicity-app-key': running.credentials.appKey },
        body: { partnerId: running.credentials.partnerId },
      },
    );
    expect(answerProblems('CreateToken', answer)).toEqual([]);
    expect(answer).toMatchObject({ status: 400, body: { code: '10005', message: 'Missing parameter (partnerSecret)' } });
  });
});

describe('the fake follows the spec', () => {
  it('has a handler for every operation of generated/operations.ts (a new operation in the spec must be taught to src/testing/handlers.ts)', () => {
    expect(operationsWithoutHandler(operations)).toEqual([]);
    expect(handlersWithoutOperation(operations)).toEqual([]);
  });

  it('names a new operation of the spec that it cannot answer yet, and a handler whose operation is gone', () => {
    const added = { ...operations[0]!, operationId: 'GetCustomerAccountOwner' };
    expect(operationsWithoutHandler([...operations, added])).toEqual(['GetCustomerAccountOwner']);
    expect(handlersWithoutOperation(operations.filter((operation) => operation.operationId !== 'CreateToken'))).toEqual(['CreateToken']);
  });
});

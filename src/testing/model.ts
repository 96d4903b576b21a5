/**
 * The fake Finicity without a server: state, clock, partner, faults and the record of
 * requests, answering one request at a time. The node:http server (server.ts) and the
 * fetch handler for MSW (fetch-handler.ts) both send their requests here.
 */
import type { CustomerAccount } from '../../generated/openapi-generator/models/index.js';
import { operations } from '../../generated/operations.js';
import { type Answer, finicityErrors, jsonAnswer } from './answers.js';
import { Authentication } from './authentication.js';
import { type FaultAnswer, FaultQueue, faultProblem, faultyAnswer } from './faults.js';
import { fakeRequestOf, responseOf } from './fetch-handler.js';
import { handlers } from './handlers.js';
import { matchRoute, parameterProblem, type RouteMatch, routeOf } from './routes.js';
import type { FakeCredentials } from './rules.js';
import { seededAccounts, seededCustomerId } from './seed.js';
import { AccountState } from './state.js';

export type { FakeCredentials } from './rules.js';

export interface FinicityModelOptions {
  /** Replace any of the credentials the fake accepts (each 8 characters or more, as the clients require). */
  credentials?: Partial<FakeCredentials>;
  /** Where the fake's clock starts, in epoch milliseconds (default: now). Only `advance` moves it. */
  startTime?: number;
  /** Start with the seeded customer (default true); `false` starts with no customer at all. */
  seed?: boolean;
}

/** A request as the fake reads it. Header names in lower case. */
export interface FakeRequest {
  readonly method: string;
  /** The path and query, such as `/aggregation/v1/customers/1/accounts?status=active`. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: string;
}

/** One request the fake received. Never its headers or body, where the secrets travel. */
export interface ReceivedRequest {
  /** The operationId; null for a method and path the spec does not have. */
  readonly operation: string | null;
  readonly method: string;
  /** The path, without the query. */
  readonly path: string;
  /** The status answered; null when the connection was dropped instead. */
  readonly status: number | null;
}

const defaultCredentials: FakeCredentials = {
  appKey: 'fake-app-key-0001',
  partnerId: '1234583871234',
  partnerSecret: 'fake-partner-secret',
};
const optionNames = new Set(['credentials', 'startTime', 'seed']);
const routes = operations.map(routeOf);

/** The credentials with the caller's replacements, checked; an error names the field, never the value. */
function credentialsFrom(given: Partial<FakeCredentials> | undefined): FakeCredentials {
  const credentials = { ...defaultCredentials, ...given };
  for (const name of Object.keys(defaultCredentials) as Array<keyof FakeCredentials>) {
    const value: unknown = credentials[name];
    if (typeof value !== 'string' || value.length < 8 || value.trim() !== value) {
      throw new TypeError(
        `finicity-accounts/testing: credentials.${name} must be a string of 8 characters or more, without surrounding white space`,
      );
    }
  }
  return credentials;
}

function checkOptions(options: FinicityModelOptions): void {
  const unknown = Object.keys(options).filter((name) => !optionNames.has(name));
  if (unknown.length > 0) throw new TypeError(`finicity-accounts/testing: unknown option ${unknown.join(', ')}`);
  if (options.startTime !== undefined && !Number.isFinite(options.startTime))
    throw new TypeError('finicity-accounts/testing: startTime must be epoch milliseconds');
}

/**
 * The request body as an object to read fields from: a JSON object as sent; no body, text
 * that is not JSON, and JSON `null` as an empty object (a JSON number or string has no fields either).
 */
function bodyObject(text: string): object {
  try {
    return Object(JSON.parse(text));
  } catch {
    return {};
  }
}

export class FinicityModel {
  /** What a client's options need to be accepted: `{ appKey, partnerId, partnerSecret }`. */
  readonly credentials: FakeCredentials;
  /** The seeded customer (present unless `seed: false`). */
  readonly customerId = seededCustomerId;
  #clockMs: number;
  readonly #state = new AccountState();
  readonly #authentication: Authentication;
  readonly #faults = new FaultQueue();
  readonly #requests: ReceivedRequest[] = [];

  constructor(options: FinicityModelOptions = {}) {
    checkOptions(options);
    this.credentials = credentialsFrom(options.credentials);
    this.#clockMs = options.startTime ?? Date.now();
    this.#authentication = new Authentication(this.credentials, () => this.#clockMs);
    if (options.seed !== false) for (const account of seededAccounts()) this.#state.putAccount(account);
  }

  /** The fake's clock, in epoch milliseconds. */
  get now(): number {
    return this.#clockMs;
  }

  /** Moves the fake's clock forward: tokens age, refreshes are dated later. */
  advance(ms: number): void {
    if (!(Number.isFinite(ms) && ms >= 0)) throw new TypeError('advance: ms must be a number of milliseconds, 0 or more');
    this.#clockMs += ms;
  }

  /** True after five failed authentications in a row, until `unlock()`. */
  get locked(): boolean {
    return this.#authentication.lock.locked;
  }

  /** Failed authentications in a row since the last success or unlock. */
  get failedAuthentications(): number {
    return this.#authentication.lock.failures;
  }

  /** What support does for a locked partner: the count starts again and the right secret works. */
  unlock(): void {
    this.#authentication.unlock();
  }

  /** The next `times` calls of the operation get `answer` (see FaultAnswer). */
  failNext(operationId: string, answer: FaultAnswer, times = 1): void {
    if (!operations.some((operation) => operation.operationId === operationId)) {
      throw new TypeError(
        `failNext: no operation ${operationId} in the spec (known: ${operations.map((operation) => operation.operationId).join(', ')})`,
      );
    }
    const problem = faultProblem(answer, times);
    if (problem) throw new TypeError(`failNext(${operationId}): ${problem}`);
    this.#faults.add(operationId, answer, times);
  }

  /** Every request received, in order. */
  get requests(): readonly ReceivedRequest[] {
    return [...this.#requests];
  }

  /** A customer with no accounts (yet). */
  addCustomer(customerId: string): void {
    this.#state.addCustomer(customerId);
  }

  /** Adds accounts, or replaces those with the same customer and id; a new `customerId` makes a new customer. Served as given. */
  putAccounts(...accounts: CustomerAccount[]): void {
    for (const account of accounts) this.#state.putAccount(account);
  }

  /** Copies of a customer's accounts as they are now; undefined for an unknown customer. */
  accounts(customerId: string): CustomerAccount[] | undefined {
    return this.#state.accounts(customerId);
  }

  account(customerId: string, accountId: string): CustomerAccount | undefined {
    return this.#state.account(customerId, accountId);
  }

  /** The answer to one request, recorded in `requests`. */
  answer(request: FakeRequest): Answer {
    // Prefixed rather than resolved against a base: `//x` is a path here, not a host.
    const url = new URL(`http://fake.invalid${request.url.startsWith('/') ? '' : '/'}${request.url}`);
    const match = matchRoute(routes, request.method, url.pathname);
    const fault = match && this.#faults.take(match.operation.operationId);
    const real = () => (match ? this.#realAnswer(match, url.searchParams, request) : finicityErrors.resourceNotFound());
    const answer = fault ? faultyAnswer(fault, real) : real();
    const status = answer.dropConnection ? null : answer.status;
    this.#requests.push({
      operation: match?.operation.operationId ?? null,
      method: request.method.toUpperCase(),
      path: url.pathname,
      status,
    });
    return answer;
  }

  /** The answer to a fetch `Request`, as a `Response`, for MSW handlers: a dropped connection is `Response.error()`, which MSW turns into a network error. */
  async handle(request: Request): Promise<Response> {
    return responseOf(this.answer(await fakeRequestOf(request)));
  }

  /** A `fetch` served by the fake, for a client's `fetch` option: a dropped connection rejects, as fetch does. */
  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const response = await this.handle(new Request(input, init));
    if (response.type === 'error') throw new TypeError('fetch failed', { cause: new Error('the fake dropped the connection') });
    return response;
  };

  /** Credentials first, then the parameters' form, then the operation itself (docs/Testing.md: the order is the fake's choice). */
  #realAnswer({ operation, pathParams }: RouteMatch, query: URLSearchParams, request: FakeRequest): Answer {
    const refused =
      this.#authentication.refuseAppKey(request.headers['finicity-app-key']) ??
      (operation.requiresToken ? this.#authentication.refuseToken(request.headers['finicity-app-token']) : undefined);
    if (refused) return refused;
    const problem = parameterProblem(operation, pathParams, query);
    if (problem) return problem.missing ? finicityErrors.missingParameter(problem.name) : finicityErrors.badRequest();
    const handler = handlers[operation.operationId];
    // Stryker disable next-line ConditionalExpression,ObjectLiteral,StringLiteral: unreachable while every operation has a handler, as spec-answers.test.ts requires
    if (!handler) return jsonAnswer(501, { code: 501, message: `The fake does not know ${operation.operationId} yet` });
    return handler({
      state: this.#state,
      authentication: this.#authentication,
      path: pathParams,
      query,
      body: bodyObject(request.body),
      nowSeconds: Math.floor(this.#clockMs / 1000),
    });
  }
}

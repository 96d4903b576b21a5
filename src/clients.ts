/**
 * The two ways to call the API, both built on the same options and transport:
 * - `createAccountsClient`: openapi-fetch typed by the openapi-typescript `paths`;
 * - `createAccountsApi`: the openapi-generator typescript-fetch `AccountsApi` class.
 */
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import {
  AccountsApi,
  AuthenticationApi,
  Configuration,
  type Middleware as ClassClientMiddleware,
} from '../generated/openapi-generator/index.js';
import type { paths } from '../generated/openapi-typescript/accounts.js';
import { operations } from '../generated/operations.js';
import {
  checkArguments,
  classClientArgumentName,
  classClientMethodName,
  findOperationByTemplate,
  type OperationDescription,
} from './operations.js';
import { resolveOptions, type AccountsClientOptions } from './options.js';
import { createTransport } from './transport.js';

export type AccountsClient = Client<paths>;

/** Checks openapi-fetch's `params` against the spec before the request leaves. */
const checkClientArguments: Middleware = {
  onRequest({ request, schemaPath, params }) {
    const operation = findOperationByTemplate(request.method, schemaPath);
    if (operation) {
      checkArguments(operation, (parameter) => (params[parameter.in as 'path' | 'query'] ?? {})[parameter.name]);
    }
    return undefined;
  },
};

export function createAccountsClient(options: AccountsClientOptions): AccountsClient {
  const resolved = resolveOptions(options);
  const client = createClient<paths>({ baseUrl: resolved.baseUrl, fetch: createTransport(resolved) });
  client.use(checkClientArguments);
  return client;
}

/** The generated runtime wraps a rejected fetch in its own FetchError; keep ours instead. */
const keepTransportErrors: ClassClientMiddleware = {
  async onError({ error }) {
    throw error;
  },
};

/**
 * The class clients' method names (and their `…Raw` twins) to the operations they
 * call. Built on first use, so bundles with only `createAccountsClient` drop it.
 */
let operationsByMethodName: Map<string, OperationDescription> | undefined;
function operationForMethod(name: string): OperationDescription | undefined {
  operationsByMethodName ??= new Map(
    operations.flatMap((operation) => [
      [classClientMethodName(operation), operation],
      [`${classClientMethodName(operation)}Raw`, operation],
    ]),
  );
  return operationsByMethodName.get(name);
}

/** Wraps each operation method so its arguments are checked before anything is sent. */
function withArgumentChecks<Api extends object>(api: Api): Api {
  return new Proxy(api, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      const operation = typeof property === 'string' ? operationForMethod(property) : undefined;
      if (!operation || typeof value !== 'function') return value;
      // Async, so a bad argument rejects like every other failure of these methods.
      return async (requestParameters: unknown, ...rest: unknown[]) => {
        const given = (typeof requestParameters === 'object' && requestParameters !== null ? requestParameters : {}) as Record<string, unknown>;
        checkArguments(operation, (parameter) => given[classClientArgumentName(parameter)]);
        return (value as (...args: unknown[]) => unknown).call(target, requestParameters, ...rest);
      };
    },
  });
}

function classClientConfiguration(options: AccountsClientOptions): Configuration {
  const resolved = resolveOptions(options);
  return new Configuration({
    basePath: resolved.baseUrl,
    fetchApi: createTransport(resolved),
    middleware: [keepTransportErrors],
  });
}

/** The generated `AccountsApi` class, sending through the shared transport. */
export function createAccountsApi(options: AccountsClientOptions): AccountsApi {
  return withArgumentChecks(new AccountsApi(classClientConfiguration(options)));
}

/**
 * The generated `AuthenticationApi` (CreateToken). Rarely needed: with `partnerId`
 * and `partnerSecret`, both clients obtain and renew tokens themselves.
 */
export function createAuthenticationApi(options: AccountsClientOptions): AuthenticationApi {
  return withArgumentChecks(new AuthenticationApi(classClientConfiguration(options)));
}

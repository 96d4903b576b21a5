/**
 * The two ways to call the API, both built on the same options and transport, each
 * with its own ecosystem's habits:
 * - `createAccountsClient`: openapi-fetch typed by the openapi-typescript `paths`. HTTP
 *   errors come back as `{ error, response }`; failures without an answer throw.
 * - `createAccountsApi`: the openapi-generator typescript-fetch `AccountsApi` class,
 *   whose methods throw `FinicityApiError` for HTTP errors.
 *
 * Per call, each takes `signal`, `timeoutMs` and `maxRetries` (openapi-fetch's request
 * options; the class methods' second argument). Anything that would change where or
 * how a request leaves (`baseUrl`, `fetch`, `redirect`, …) is refused, and so is any
 * option neither client knows.
 */
import type { Client, FetchResponse, MaybeOptionalInit, Middleware } from 'openapi-fetch';
import {
  AccountsApi,
  AuthenticationApi,
  type Middleware as ClassClientMiddleware,
  Configuration,
  type InitOverrideFunction,
} from '../generated/openapi-generator/index.js';
import type { paths } from '../generated/openapi-typescript/accounts.js';
import { operations } from '../generated/operations.js';
import { apiErrorOf } from './attached-errors.js';
import { type ErrorBodyStandIn, errorBodyStandIn, FinicityInputError, toFinicityError } from './errors.js';
import { transportAtFirstCall } from './first-use.js';
import {
  checkArguments,
  classClientArgumentName,
  classClientMethodName,
  findOperationByTemplate,
  type OperationDescription,
} from './operations.js';
import { type AccountsClientOptions, checkCallOptions, type ResolvedOptions, requireTokenCredentials, resolveOptions } from './options.js';
import type { Redactor } from './redaction.js';
import type { CallOptions, Transport } from './transport.js';
import { UnsentRequest } from './unsent-request.js';

type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
type PathsWith<Method extends HttpMethod> = {
  [Path in keyof paths]: paths[Path] extends { [K in Method]: unknown } ? Path : never;
}[keyof paths];
/** The keys of T a caller must give (an empty object lacks them). */
type RequiredKeys<T> = { [K in keyof T]-?: Record<never, never> extends Pick<T, K> ? never : K }[keyof T];

/**
 * What a call may add to openapi-fetch's options: this package's `timeoutMs`,
 * `maxRetries` and `signal`. `baseUrl` and `fetch` would send the request elsewhere
 * or around the transport, so they are refused (at run time too).
 */
type CallInit = CallOptions & { signal?: AbortSignal; baseUrl?: never; fetch?: never };
/** The keys a call may give: openapi-fetch's that leave the destination alone, and this package's. */
type CallKey = (typeof OPENAPI_FETCH_OPTIONS_LIST)[number] | 'signal' | 'timeoutMs' | 'maxRetries';
/** Any other key (a typo such as `timeout`) is `never`, so it fails to compile as it fails at run time. */
type OnlyCallKeys<Init> = { [Key in Exclude<keyof Init, CallKey>]: never };
type CallParameters<Init> =
  RequiredKeys<Init> extends never ? [(Init & CallInit & OnlyCallKeys<Init>)?] : [Init & CallInit & OnlyCallKeys<Init>];

/** Values that can read as false: openapi-fetch's `error` is never one of them here (see `errorBodyStandIn`). */
type Primitive = string | number | bigint | boolean | symbol | null | undefined;
/** The spec's error bodies that are objects, plus the stand-in served for any that is not (a `text/plain` 401). */
type TruthyError<Body> = Exclude<Body, Primitive> | ([Extract<Body, Primitive>] extends [never] ? never : ErrorBodyStandIn);
/** openapi-fetch's result with `error` always an object, so `if (error)` narrows `data`. */
type AccountsResult<Result> = Result extends { data?: never; error: infer Body; response: Response }
  ? { data?: never; error: TruthyError<Body>; response: Response }
  : Result;

type AccountsMethod<Method extends HttpMethod> = <Path extends PathsWith<Method>, Init extends MaybeOptionalInit<paths[Path], Method>>(
  url: Path,
  ...init: CallParameters<Init>
) => Promise<AccountsResult<FetchResponse<Extract<paths[Path][Method], Record<string | number, unknown>>, Init, `${string}/${string}`>>>;

/** openapi-fetch's client for the spec's paths, with this package's per-call options typed. */
export type AccountsClient = Omit<Client<paths>, 'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH' | 'TRACE'> & {
  GET: AccountsMethod<'get'>;
  PUT: AccountsMethod<'put'>;
  POST: AccountsMethod<'post'>;
  DELETE: AccountsMethod<'delete'>;
  OPTIONS: AccountsMethod<'options'>;
  HEAD: AccountsMethod<'head'>;
  PATCH: AccountsMethod<'patch'>;
  TRACE: AccountsMethod<'trace'>;
};

/**
 * Every failure a client reports is a FinicityError, except the caller's own abort,
 * which rejects with the signal's reason as `fetch` does.
 */
function asFinicityError(error: unknown, signal: AbortSignal | null | undefined, redactor: Redactor): unknown {
  if (signal?.aborted && error === signal.reason) return error;
  return toFinicityError(error, redactor);
}

/**
 * The own keys of `given` and then `fixed`, on an object without a prototype: what
 * openapi-fetch or the generated runtime reads from it, they read from these keys only,
 * never from a polluted `Object.prototype`.
 */
function ownOnly(given: object | undefined, fixed: Record<string, unknown>): Record<string, unknown> {
  return Object.assign(Object.create(null) as Record<string, unknown>, given, fixed);
}

/** openapi-fetch's request options that leave the destination and the sending alone. */
const OPENAPI_FETCH_OPTIONS_LIST = [
  'params',
  'body',
  'headers',
  'parseAs',
  'querySerializer',
  'bodySerializer',
  'pathSerializer',
  'middleware',
] as const;
const OPENAPI_FETCH_OPTIONS = new Set<string>(OPENAPI_FETCH_OPTIONS_LIST);
const HTTP_METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

/** Everything a client needs, made once per options: several clients can share it (one token, one transport). */
interface Shared {
  resolved: ResolvedOptions;
  transport: Transport;
}

/** `client`: the factory's name, when its client calls operations that need a token (so credentials are required now). */
function share(options: AccountsClientOptions | undefined, client?: string): Shared {
  const resolved = resolveOptions(options);
  if (client) requireTokenCredentials(resolved, client);
  return { resolved, transport: transportAtFirstCall(resolved) };
}

/**
 * openapi-fetch typed by the spec's paths; HTTP errors come back as `{ error, response }`.
 * Options left out are read from the environment (`FINICITY_APP_KEY`, …).
 */
export function createAccountsClient(options?: AccountsClientOptions): AccountsClient {
  return openapiFetchClient(share(options, 'createAccountsClient'));
}

/**
 * openapi-fetch's `Request` for calls no middleware sees: an `UnsentRequest` wherever a
 * `Request` would take the same parts unchanged (no body, or a text body with its type),
 * a real `Request` otherwise, so that its defaults still apply (a text type for a string
 * body sent without one; other bodies). Only the spec's operations come here, and a
 * GET or HEAD with a body was refused before (see `request`).
 */
function requestWithoutMiddleware(url: string, init: RequestInit & { method: string; headers: Headers }): Request | UnsentRequest {
  const { method, body, headers } = init;
  if (body === undefined || (typeof body === 'string' && headers.has('content-type'))) return new UnsentRequest(url, method, headers, body);
  return new Request(url, init);
}

/**
 * openapi-fetch itself, imported when an openapi-fetch client first sends rather than with
 * the package: resolving and loading a second package cost about as much as the rest of
 * importing this one (issue 23, start-up). The class clients never load it.
 */
let openapiFetch: Promise<typeof import('openapi-fetch')> | undefined;

/** The check openapi-fetch's `use` makes, made here when `use` comes before openapi-fetch is loaded, so it still throws at once. */
function checkMiddleware(middleware: Middleware | undefined | null): void {
  if (
    middleware &&
    (typeof middleware !== 'object' || !('onRequest' in middleware || 'onResponse' in middleware || 'onError' in middleware))
  ) {
    throw new Error('Middleware must be an object with one of `onRequest()`, `onResponse() or `onError()`');
  }
}

/** The two openapi-fetch clients a client sends through (see `openapiFetchClient`). */
interface OpenapiFetchClients {
  withRequests: Client<paths>;
  withoutRequests: Client<paths>;
}

/**
 * Two openapi-fetch clients (each call passes the transport as its fetch): middleware is handed real Requests, so calls
 * with middleware go through `withRequests`; the spec's operations without any go through
 * `withoutRequests`, which leaves building the Request to fetch. Made on the first call;
 * `use` and `eject` before then are replayed on `withRequests`, in order.
 */
function lazyOpenapiFetchClients() {
  let made: OpenapiFetchClients | undefined;
  let making: Promise<OpenapiFetchClients> | undefined;
  const early: Array<(client: Client<paths>) => void> = [];
  async function make(): Promise<OpenapiFetchClients> {
    openapiFetch ??= import('openapi-fetch');
    const { default: createClient } = await openapiFetch;
    // No base URL or fetch here: every call passes its own (see `request`).
    const withRequests = createClient<paths>();
    for (const replay of early.splice(0)) replay(withRequests);
    const withoutRequests = createClient<paths>({ Request: requestWithoutMiddleware as unknown as typeof Request });
    made = { withRequests, withoutRequests };
    return made;
  }
  return {
    /** The clients once made, without the await a promise would cost every call. */
    // Stryker disable next-line ArrowFunction: `get` gives the same clients, one await later.
    made: () => made,
    get(): Promise<OpenapiFetchClients> {
      making ??= make();
      return making;
    },
    /** Runs `change` on `withRequests` now, or when it is made. */
    onWithRequests(change: (client: Client<paths>) => void) {
      if (made) change(made.withRequests);
      else early.push(change);
    },
  };
}

function openapiFetchClient({ resolved, transport }: Shared): AccountsClient {
  const clients = lazyOpenapiFetchClients();
  /** Set once any middleware is registered, and kept: eject leaves the Requests on (a little slower, never wrong). */
  let middlewareRegistered = false;

  async function request(method: string, url: string, init: Record<string, unknown> | undefined): Promise<unknown> {
    let others: string[] | undefined;
    let ownOptions = false;
    let callMiddleware = false;
    // Own keys only: a polluted Object.prototype must not add options to a call.
    for (const key of init ? Object.keys(init) : []) {
      if (key === 'signal' || key === 'timeoutMs' || key === 'maxRetries') ownOptions = true;
      else if (key === 'middleware') callMiddleware = true;
      else if (!OPENAPI_FETCH_OPTIONS.has(key)) {
        others ??= [];
        others.push(key);
      }
    }
    const call = ownOptions || others ? checkCallOptions(init!, others ?? []) : undefined;
    // Checked before openapi-fetch builds the URL (which throws on some values, such as a lone surrogate).
    const operation = findOperationByTemplate(method, url);
    const params = (init?.params ?? {}) as Partial<Record<string, Record<string, unknown>>>;
    if (operation) checkArguments(operation, (parameter) => params[parameter.in]?.[parameter.name]);
    // fetch would refuse it only when sending, as if the connection had failed.
    if ((method === 'GET' || method === 'HEAD') && init?.body !== undefined) {
      throw new FinicityInputError(
        `${operation?.operationId ?? `${method} ${url}`}: a ${method} request carries no body; leave out \`body\``,
      );
    }
    try {
      const { withRequests, withoutRequests } = clients.made() ?? (await clients.get());
      const client = operation && !callMiddleware && !middlewareRegistered ? withoutRequests : withRequests;
      // This package's options go to the transport itself (not through openapi-fetch), so
      // no Request holds a listener on the caller's signal after the call.
      // `baseUrl` and `fetch` are always the call's own, and nothing is read from a polluted Object.prototype.
      let openapiFetchInit: Record<string, unknown>;
      if (call) {
        const { signal: _signal, timeoutMs: _timeoutMs, maxRetries: _maxRetries, ...rest } = init!;
        openapiFetchInit = ownOnly(rest, { baseUrl: resolved.baseUrl, fetch: (input: Request | UnsentRequest) => transport(input, call) });
      } else openapiFetchInit = ownOnly(init, { baseUrl: resolved.baseUrl, fetch: transport });
      const result = await (
        client.request as (m: string, u: string, i: object | undefined) => Promise<{ error?: unknown; response: Response }>
      )(method, url, openapiFetchInit);
      return withTruthyError(result);
    } catch (error) {
      throw asFinicityError(error, call?.signal, resolved.redactor);
    }
  }

  const guarded: Record<string, unknown> = {
    use: (...middleware: Middleware[]) => {
      middleware.forEach(checkMiddleware);
      middlewareRegistered ||= middleware.some(Boolean);
      clients.onWithRequests((client) => client.use(...middleware));
    },
    eject: (...middleware: Middleware[]) => clients.onWithRequests((client) => client.eject(...middleware)),
    request: (method: string, url: string, init?: Record<string, unknown>) => request(method.toUpperCase(), url, init),
  };
  for (const method of HTTP_METHODS) guarded[method] = (url: string, init?: Record<string, unknown>) => request(method, url, init);
  return guarded as unknown as AccountsClient;
}

/**
 * The result with an `error` that is no JSON object (text, a bare JSON value) replaced by
 * the stand-in built from the call's FinicityApiError: `error` is always an object, as
 * its type says. The body itself stays in the attached error (`apiErrorOf(response).body`).
 */
function withTruthyError<Result extends { error?: unknown; response: Response }>(result: Result): Result {
  if (!('error' in result) || (typeof result.error === 'object' && result.error !== null)) return result;
  return { ...result, error: errorBodyStandIn(result.response.status, apiErrorOf(result.response)) };
}

/**
 * `data` of an openapi-fetch result, or its HTTP error thrown as the normalised
 * `FinicityApiError` (status, Finicity code, message): for callers who prefer to throw.
 */
export function dataOrThrow<Data>(result: { data?: Data; error?: unknown; response: Response }): Data {
  const error = apiErrorOf(result.response);
  if (error) throw error;
  return result.data as Data;
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
  operationsByMethodName ??= new Map(operations.map((operation) => [classClientMethodName(operation), operation]));
  // A `…Raw` twin calls the same operation (read on every call, so that tests of the twins cover this line).
  return operationsByMethodName.get(name.endsWith('Raw') ? name.slice(0, -'Raw'.length) : name);
}

/**
 * The class method that returns a modified copy of the client; the copy is guarded too.
 * `withPreMiddleware` and `withPostMiddleware` make theirs through it, called on the
 * guarded client (test/src/shared.test.ts holds all three to it).
 */
const COPYING_METHODS = new Set(['withMiddleware']);
const CLASS_CALL_OPTIONS = new Set(['headers']);

/**
 * The class client's second argument. An object is checked here: `signal`, `timeoutMs`,
 * `maxRetries` and `headers` only. The generator's function form is passed on; what it
 * returns reaches the transport, which honours only those same fields.
 */
function classCallOptions(initOverrides: unknown): ((RequestInit & CallOptions) | ((...args: never[]) => unknown)) | undefined {
  if (initOverrides === undefined || typeof initOverrides === 'function') return initOverrides as undefined;
  if (typeof initOverrides !== 'object' || initOverrides === null) {
    throw new FinicityInputError('the second argument must be an object such as { signal, timeoutMs, maxRetries }');
  }
  // A copy of the own keys: a polluted Object.prototype must not add options to a call.
  const { signal, timeoutMs, maxRetries, ...rest } = ownOnly(initOverrides, {});
  const call = checkCallOptions(
    { signal, timeoutMs, maxRetries },
    Object.keys(rest).filter((key) => !CLASS_CALL_OPTIONS.has(key)),
  );
  return { ...(rest as RequestInit), ...call };
}

/** Wraps each operation method so its arguments are checked and its failures are FinicityErrors. */
function guardClassClient<Api extends object>(api: Api, redactor: Redactor): Api {
  /** Each method's guarded form, made on first use rather than on every property read. */
  const guardedMethods = new Map<string, { method: unknown; guarded: unknown }>();
  return new Proxy(api, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      const known = guardedMethods.get(property);
      if (known?.method === value) return known.guarded;
      let guarded: unknown = value;
      if (COPYING_METHODS.has(property)) {
        guarded = (...args: unknown[]) => guardClassClient((value as (...a: unknown[]) => Api).apply(target, args), redactor);
      } else {
        const operation = operationForMethod(property);
        // Async, so a bad argument rejects like every other failure of these methods.
        if (operation)
          guarded = async (requestParameters: unknown, initOverrides?: unknown) => {
            const given = (typeof requestParameters === 'object' && requestParameters !== null ? requestParameters : {}) as Record<
              string,
              unknown
            >;
            checkArguments(operation, (parameter) => given[classClientArgumentName(parameter)]);
            const init = classCallOptions(initOverrides);
            try {
              return await (value as (...args: unknown[]) => unknown).call(target, requestParameters, init);
            } catch (error) {
              const response = (error as { response?: unknown }).response;
              const apiError = response instanceof Response ? apiErrorOf(response) : undefined;
              throw apiError ?? asFinicityError(error, typeof init === 'object' ? init.signal : undefined, redactor);
            }
          };
      }
      guardedMethods.set(property, { method: value, guarded });
      return guarded;
    },
  });
}

/**
 * A generated class client with this package's per-call options typed on each method's
 * second argument (`signal`, `timeoutMs`, `maxRetries`, `headers`).
 */
export type WithCallOptions<Api> = {
  [Key in keyof Api]: Key extends 'withMiddleware'
    ? (...middlewares: ClassClientMiddleware[]) => WithCallOptions<Api>
    : Key extends 'withPreMiddleware'
      ? (...preMiddlewares: Array<ClassClientMiddleware['pre']>) => WithCallOptions<Api>
      : Key extends 'withPostMiddleware'
        ? (...postMiddlewares: Array<ClassClientMiddleware['post']>) => WithCallOptions<Api>
        : Api[Key] extends (requestParameters: infer Parameters, initOverrides?: infer _Init) => infer Result
          ? (requestParameters: Parameters, initOverrides?: (RequestInit & CallOptions) | InitOverrideFunction) => Result
          : Api[Key];
};

/** The `AccountsApi` class client as `createAccountsApi` returns it. */
export type AccountsApiClient = WithCallOptions<AccountsApi>;
/** The `AuthenticationApi` class client as `createAuthenticationApi` returns it. */
export type AuthenticationApiClient = WithCallOptions<AuthenticationApi>;

function classClient<Api extends object>(
  Class: new (configuration: Configuration) => Api,
  { resolved, transport }: Shared,
): WithCallOptions<Api> {
  const configuration = new Configuration({ basePath: resolved.baseUrl, fetchApi: transport, middleware: [keepTransportErrors] });
  return guardClassClient(new Class(configuration), resolved.redactor) as WithCallOptions<Api>;
}

/** The generated `AccountsApi` class, sending through the transport; its methods throw `FinicityApiError`. */
export function createAccountsApi(options?: AccountsClientOptions): AccountsApiClient {
  return classClient(AccountsApi, share(options, 'createAccountsApi'));
}

/**
 * The generated `AuthenticationApi` (the token-issuing operation), which needs the app
 * key only. Rarely needed: with `partnerId` and `partnerSecret`, every client obtains
 * and renews tokens itself.
 */
export function createAuthenticationApi(options?: AccountsClientOptions): AuthenticationApiClient {
  return classClient(AuthenticationApi, share(options));
}

/** Both clients and the authentication class client, made from one options object. */
export interface FinicityClients {
  client: AccountsClient;
  api: AccountsApiClient;
  authentication: AuthenticationApiClient;
}

/**
 * Every client on one transport: one token (one token request for them all, one
 * renewal, one remembered refusal), one redaction list, one set of options.
 */
export function createFinicityClients(options?: AccountsClientOptions): FinicityClients {
  const shared = share(options, 'createFinicityClients');
  return {
    client: openapiFetchClient(shared),
    api: classClient(AccountsApi, shared),
    authentication: classClient(AuthenticationApi, shared),
  };
}

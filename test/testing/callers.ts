/**
 * Any operation of the spec, called through each client or with a bare fetch, with what
 * came back in one shape (status, media type, parsed body) for checking against the spec.
 * Operations are taken from the generated table, so a new one is called like the others.
 */
import { operations } from '../../generated/operations.js';
import { classArgumentName, classBodyFieldName, classMethodName } from '../../scripts/lib/class-client-names.js';
import {
  type AccountsClientOptions,
  createAccountsApi,
  createAccountsClient,
  createAuthenticationApi,
  FinicityApiError,
} from '../../src/index.js';
import type { FinicityFake } from '../../src/testing/index.js';
import { specOperations } from '../contract/spec-cases.js';
import type { SpecAnswer } from '../support/spec-schemas.js';

export type Operation = (typeof operations)[number];

export interface CallSpec {
  /** Client options besides `baseUrl`; nothing sends no app key and no token. */
  options: Partial<AccountsClientOptions>;
  path: Record<string, string | number>;
  query?: Record<string, string | number>;
  body?: unknown;
}

export type Caller = (fake: FinicityFake, operation: Operation, call: CallSpec) => Promise<SpecAnswer>;

const mediaTypeOf = (headers: Headers) => headers.get('content-type')?.split(';')[0]?.trim();

function clientOptions(fake: FinicityFake, call: CallSpec): AccountsClientOptions {
  return { appKey: fake.credentials.appKey, ...call.options, baseUrl: fake.baseUrl, maxRetries: 0 } as AccountsClientOptions;
}

const openapiFetchCaller: Caller = async (fake, operation, call) => {
  // createAccountsClient is made with token credentials; the token operation itself sends none of them.
  const options = operation.issuesToken ? { appToken: 'token-the-token-operation-never-sends', ...call.options } : call.options;
  const client = createAccountsClient(clientOptions(fake, { ...call, options })) as any;
  const init = { params: { path: call.path, query: call.query }, ...(call.body === undefined ? {} : { body: call.body }) };
  const { data, error, response } = await client[operation.method](operation.path, init);
  const mediaType = response.status === 204 ? undefined : mediaTypeOf(response.headers);
  return { status: response.status, mediaType, body: error ?? data };
};

/** The class method's request object: parameters under the generator's names, the body under its schema's. */
function classArguments(operation: Operation, call: CallSpec): Record<string, unknown> {
  const parameters = Object.entries({ ...call.path, ...call.query }).map(([name, value]) => [classArgumentName(name), value]);
  const schemaRef = specOperations.find((entry) => entry.operationId === operation.operationId)?.requestBody?.content?.['application/json']
    ?.schema?.$ref;
  const body = call.body === undefined || !schemaRef ? [] : [[classBodyFieldName(schemaRef.split('/').pop()!), call.body]];
  return Object.fromEntries([...parameters, ...body]);
}

const classCaller: Caller = async (fake, operation, call) => {
  const options = clientOptions(fake, call);
  const api = (operation.issuesToken ? createAuthenticationApi(options) : createAccountsApi(options)) as any;
  try {
    // The `…Raw` method gives the raw response.
    const { raw } = (await api[`${classMethodName(operation.operationId)}Raw`](classArguments(operation, call))) as { raw: Response };
    if (raw.status === 204) return { status: 204, mediaType: undefined, body: undefined };
    return { status: raw.status, mediaType: mediaTypeOf(raw.headers), body: await raw.json() };
  } catch (error) {
    if (!(error instanceof FinicityApiError)) throw error;
    return { status: error.status, mediaType: mediaTypeOf(error.headers), body: error.body };
  }
};

export const callers: ReadonlyArray<readonly [string, Caller]> = [
  ['createAccountsClient', openapiFetchCaller],
  ['createAccountsApi', classCaller],
];

export interface RawCall {
  headers?: Record<string, string>;
  query?: string;
  body?: unknown;
}

/** A bare fetch, for what the clients refuse to send: no app key, no token, a malformed id. */
export async function rawCall(
  fake: FinicityFake,
  operation: Operation,
  path: Record<string, string | number>,
  raw: RawCall = {},
): Promise<SpecAnswer> {
  const url = `${fake.baseUrl}${operation.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(path[name])))}${raw.query ?? ''}`;
  const body = raw.body === undefined ? undefined : JSON.stringify(raw.body);
  const headers = { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...raw.headers };
  const response = await fetch(url, { method: operation.method, headers, body });
  const mediaType = response.status === 204 ? undefined : mediaTypeOf(response.headers);
  const text = await response.text();
  return { status: response.status, mediaType, body: mediaType === 'application/json' ? JSON.parse(text) : text || undefined };
}

export const operationNamed = (operationId: string): Operation => {
  const found = operations.find((operation) => operation.operationId === operationId);
  if (!found) throw new Error(`no operation ${operationId} in generated/operations.ts`);
  return found;
};

/** A token the fake issued just now, got with a bare fetch. */
export async function tokenFrom(fake: FinicityFake): Promise<string> {
  const { partnerId, partnerSecret, appKey } = fake.credentials;
  const answer = await rawCall(
    fake,
    operationNamed('CreateToken'),
    {},
    { headers: { 'finicity-app-key': appKey }, body: { partnerId, partnerSecret } },
  );
  return (answer.body as { token: string }).token;
}

/** Headers that pass the fake's checks, for bare fetches. */
export async function authorizedHeaders(fake: FinicityFake): Promise<Record<string, string>> {
  return { 'finicity-app-key': fake.credentials.appKey, 'finicity-app-token': await tokenFrom(fake) };
}

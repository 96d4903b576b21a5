/**
 * How to call each spec operation through each client, derived from the spec: the
 * parameters' and request bodies' examples are the arguments, and the class client's
 * names follow the generator's naming rules (scripts/lib/class-client-names.ts). A new,
 * renamed or removed operation needs no edit here.
 */
import { classArgumentName, classBodyFieldName, classMethodName } from '../../scripts/lib/class-client-names.js';
import { resolveRef, schemaRefName } from '../../scripts/lib/spec-model.js';
import * as sdk from '../../src/index.js';
import { specDocument, type specOperations } from './spec-cases.js';

export interface Outcome {
  data: unknown;
  headers: Headers;
}

type Headers_ = Record<string, string>;
type SpecOperation = (typeof specOperations)[number];
type FetchCall = (path: string, init: object) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
type ClassMethod = (request: object, init: unknown) => Promise<{ raw: Response; value(): Promise<unknown> }>;

/** The spec's example for a media type: its first named example, else its `example`. */
function bodyExample(operation: SpecOperation): { schemaName: string | undefined; value: unknown } | undefined {
  const media = operation.requestBody?.content?.['application/json'];
  if (!media) return undefined;
  const [first] = Object.values(media.examples ?? {});
  const value = first ? resolveRef(specDocument, first).value : (media as { example?: unknown }).example;
  return { schemaName: schemaRefName(media.schema), value };
}

/** Each parameter with an example, by location: `{ path: { customerId: '…' }, query: { … } }`. */
function parameterValues(operation: SpecOperation): Record<string, Record<string, unknown>> {
  const values: Record<string, Record<string, unknown>> = {};
  for (const parameter of operation.parameters) {
    if (parameter.example === undefined) continue;
    values[parameter.in] = { ...values[parameter.in], [parameter.name]: parameter.example };
  }
  return values;
}

/** openapi-fetch returns HTTP errors; `dataOrThrow` throws them as FinicityApiError, as the class client does. */
export async function throughClient(client: sdk.AccountsClient, operation: SpecOperation, headers: Headers_): Promise<Outcome> {
  const body = bodyExample(operation);
  const call = (client as unknown as Record<string, FetchCall>)[operation.method]!;
  const outcome = await call(operation.path, {
    params: parameterValues(operation),
    ...(body ? { body: body.value } : {}),
    headers,
  });
  return { data: sdk.dataOrThrow(outcome), headers: outcome.response.headers };
}

/** The class client of an operation's tag, made by the package's `create<Tag>Api` factory. */
export function classApiFor(operation: SpecOperation, options: sdk.AccountsClientOptions): object {
  const tag = operation.operation.tags?.[0] ?? 'Default';
  const factory = (sdk as unknown as Record<string, (options: sdk.AccountsClientOptions) => object>)[`create${tag}Api`];
  if (!factory) throw new Error(`${operation.name}: src/index.ts exports no create${tag}Api for its tag ${tag}`);
  return factory(options);
}

/** Calls `<operationId>Raw` with the request object the generator defines, keeping the headers it sets. */
export async function throughClass(api: object, operation: SpecOperation, headers: Headers_): Promise<Outcome> {
  const request: Record<string, unknown> = {};
  for (const group of Object.values(parameterValues(operation))) {
    for (const [name, value] of Object.entries(group)) request[classArgumentName(name)] = value;
  }
  const body = bodyExample(operation);
  if (body?.schemaName) request[classBodyFieldName(body.schemaName)] = body.value;
  const method = (api as Record<string, ClassMethod>)[`${classMethodName(operation.name)}Raw`];
  if (!method) throw new Error(`${operation.name}: the class client has no ${classMethodName(operation.name)}Raw`);
  const withHeaders = async ({ init }: { init: RequestInit }): Promise<RequestInit> => ({
    headers: { ...(init.headers as Headers_), ...headers },
  });
  const response = await method.call(api, request, withHeaders);
  return { data: await response.value(), headers: response.raw.headers };
}

/**
 * The one walk over a spec's operations that every script shares (the operations
 * table, the API reference, spec-diff, the upstream comparison, the contract cases and
 * the synthetic benchmark spec), so they agree on which methods count and on how
 * path-level parameters combine with an operation's own.
 */

export type OpenApiDocument = Record<string, unknown>;

/** Follows a local `$ref` (and any chain of them) to the value it names. */
export function resolveRef<T>(document: unknown, value: T): T {
  const ref = (value as { $ref?: unknown } | null)?.$ref;
  if (typeof ref !== 'string') return value;
  const target = ref
    .replace(/^#\//, '')
    .split('/')
    .map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document);
  if (target === undefined) throw new Error(`$ref ${ref} points nowhere in the document`);
  return resolveRef(document, target as T);
}

export interface SchemaObject {
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  required?: string[];
  properties?: Record<string, SchemaObject>;
  items?: SchemaObject;
  oneOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  allOf?: SchemaObject[];
  additionalProperties?: boolean | SchemaObject;
  default?: unknown;
  deprecated?: boolean;
  description?: string;
  example?: unknown;
  $ref?: string;
}

export interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  description?: string;
  schema?: SchemaObject;
  example?: unknown;
  $ref?: string;
}

export interface ExampleObject {
  summary?: string;
  value?: unknown;
  $ref?: string;
}

export interface MediaTypeObject {
  schema?: SchemaObject;
  examples?: Record<string, ExampleObject>;
}

export interface ResponseObject {
  description?: string;
  content?: Record<string, MediaTypeObject>;
  $ref?: string;
}

export interface RequestBodyObject {
  required?: boolean;
  description?: string;
  content?: Record<string, MediaTypeObject>;
  $ref?: string;
}

/** Scheme name → scopes; a request satisfies one requirement object of a list. */
export type SecurityRequirement = Record<string, string[]>;

export interface OperationObject {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: ParameterObject[];
  requestBody?: RequestBodyObject;
  responses?: Record<string, ResponseObject>;
  security?: SecurityRequirement[];
  [extension: `x-${string}`]: unknown;
}

/** Every HTTP method a path item may hold, in the order OpenAPI lists them. */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface SpecOperation {
  path: string;
  method: HttpMethod;
  /** The operationId, or `METHOD /path` when the operation has none. */
  name: string;
  operationId: string | undefined;
  operation: OperationObject;
  /** Path-level and operation parameters, resolved; the operation's win by name and location. */
  parameters: ParameterObject[];
  /** The operation's `security`, or the document's when the operation sets none. */
  security: SecurityRequirement[];
  requestBody: RequestBodyObject | undefined;
  /** Status → response, resolved. */
  responses: Record<string, ResponseObject>;
}

type PathItem = Partial<Record<HttpMethod, OperationObject>> & { parameters?: ParameterObject[] };

/** Every operation of the document, in the order of its `paths`. */
export function specOperations(document: OpenApiDocument): SpecOperation[] {
  const paths = (document.paths ?? {}) as Record<string, PathItem>;
  const documentSecurity = (document.security ?? []) as SecurityRequirement[];
  const operations: SpecOperation[] = [];
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = resolveRef(document, rawItem);
    const shared = (item.parameters ?? []).map((raw) => resolveRef(document, raw));
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation || typeof operation !== 'object') continue;
      const own = (operation.parameters ?? []).map((raw) => resolveRef(document, raw));
      const key = (parameter: ParameterObject) => `${parameter.in} ${parameter.name}`;
      const ownKeys = new Set(own.map(key));
      operations.push({
        path,
        method,
        name: operation.operationId ?? `${method.toUpperCase()} ${path}`,
        operationId: operation.operationId,
        operation,
        parameters: [...shared.filter((parameter) => !ownKeys.has(key(parameter))), ...own],
        security: operation.security ?? documentSecurity,
        requestBody: operation.requestBody && resolveRef(document, operation.requestBody),
        responses: Object.fromEntries(
          Object.entries(operation.responses ?? {}).map(([status, raw]) => [status, resolveRef(document, raw)]),
        ),
      });
    }
  }
  return operations;
}

/** The document's component schemas by name (none: an empty record). */
export function componentSchemas(document: OpenApiDocument): Record<string, SchemaObject> {
  return (document.components as { schemas?: Record<string, SchemaObject> } | undefined)?.schemas ?? {};
}

/** The component schemas' name of a `$ref` such as `#/components/schemas/CustomerAccount`. */
export function schemaRefName(schema: SchemaObject | undefined): string | undefined {
  const match = /^#\/components\/schemas\/([^/]+)$/.exec(schema?.$ref ?? '');
  return match?.[1];
}

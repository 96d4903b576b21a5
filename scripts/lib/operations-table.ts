/**
 * Writes generated/operations.ts: a small runtime table of the spec's operations
 * (id, method, path template, parameters and their types, timeout, retries, which
 * credentials they need) and the token rules. The hand-written layer takes every
 * runtime decision from it, without depending on either generator's internals.
 */
import { ScriptError, shortPath } from './report.js';
import { inspectRuntimeRules, type TokenRules } from './runtime-rules.js';
import { loadSpecDocument } from './spec.js';
import { type OpenApiDocument, resolveRef, specOperations } from './spec-model.js';

export interface OperationRow {
  operationId: string;
  method: string;
  path: string;
  parameters: Array<{ name: string; in: string; required: boolean; type: string }>;
  timeoutMs: number | undefined;
  retryable: boolean;
  requiresToken: boolean;
  issuesToken: boolean;
}

export interface OperationsTable {
  tokenRules: TokenRules;
  operations: OperationRow[];
}

export async function readOperations(
  specFile: string,
  parsed: Promise<OpenApiDocument> = loadSpecDocument(specFile),
): Promise<OperationsTable> {
  const document = await parsed;
  const { rules, problems } = inspectRuntimeRules(document);
  const first = problems[0];
  if (first) throw new ScriptError(shortPath(specFile), `${first.message} (at ${first.at.join('.')})`);
  const operations: OperationRow[] = [];
  for (const entry of specOperations(document)) {
    if (!entry.operationId) continue;
    operations.push({
      operationId: entry.operationId,
      method: entry.method.toUpperCase(),
      path: entry.path,
      parameters: entry.parameters.map((parameter) => ({
        name: parameter.name,
        in: parameter.in,
        required: parameter.required === true,
        type: parameterType(document, parameter.schema ?? {}),
      })),
      ...rules.operations.get(entry.name)!,
    });
  }
  return { tokenRules: rules.token, operations: operations.sort((a, b) => a.operationId.localeCompare(b.operationId)) };
}

/**
 * A parameter's type for the run-time argument check: its schema's `type`, or for a
 * `anyOf` (or `oneOf`) of an integer and a string (an id sent either way) `integer|string`.
 */
function parameterType(document: OpenApiDocument, schema: object): string {
  const resolved = resolveRef(document, schema) as { type?: string; oneOf?: object[]; anyOf?: object[] };
  if (resolved.type) return resolved.type;
  const types = (resolved.anyOf ?? resolved.oneOf ?? [])
    .map((alternative) => (resolveRef(document, alternative) as { type?: string }).type)
    .sort();
  return types.join('|') === 'integer|string' ? 'integer|string' : 'string';
}

/** JSON, except that `undefined` stays `undefined` (the interface makes the key mandatory). */
function literal(value: unknown): string {
  return JSON.stringify(value, (_key, entry: unknown) => (entry === undefined ? '__undefined__' : entry), 2).replace(
    /"__undefined__"/g,
    'undefined',
  );
}

export function renderOperationsModule({ tokenRules, operations }: OperationsTable): string {
  return `// Generated from spec/accounts.yaml by \`npm run generate\`. Do not edit by hand.

export interface OperationParameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required: boolean;
  /** \`integer|string\`: an id the API sends either way, accepted in both forms. */
  readonly type: 'string' | 'integer' | 'integer|string' | 'number' | 'boolean' | 'array' | 'object';
}

export interface OperationDescription {
  readonly operationId: string;
  readonly method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH' | 'HEAD' | 'OPTIONS' | 'TRACE';
  readonly path: string;
  readonly parameters: readonly OperationParameter[];
  /** x-finicity-timeout-ms; undefined: the client's \`timeoutMs\` option applies. */
  readonly timeoutMs: number | undefined;
  /** x-finicity-retryable: whether the transport may send it again after a transient failure. */
  readonly retryable: boolean;
  /** false when the operation's effective \`security\` needs only the app key (CreateToken). */
  readonly requiresToken: boolean;
  /** x-finicity-issues-token: this operation trades partner credentials for a token. */
  readonly issuesToken: boolean;
}

export interface TokenRules {
  /** 401 codes that mean the token expired or is invalid: renew once and resend. */
  readonly expiredTokenCodes: readonly number[];
  /** Those of them that say the token is invalid rather than expired (for logs and events). */
  readonly invalidTokenCodes: readonly number[];
  /** Statuses of the token-issuing operation that mean refused credentials: never retried, remembered. */
  readonly refusedCredentialStatuses: readonly number[];
  /** How long a token is reused before a renewal starts (Finicity: renew after 90 min). */
  readonly renewAfterMs: number;
  /** How long a token is accepted (Finicity: two hours): calls keep it until then while the renewal runs. */
  readonly validForMs: number;
}

export const tokenRules: TokenRules = ${literal(tokenRules)};

export const operations: readonly OperationDescription[] = ${literal(operations)};
`;
}

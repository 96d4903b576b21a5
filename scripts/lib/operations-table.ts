/**
 * Writes generated/operations.ts: a small runtime table of the spec's operations
 * (id, method, path template, parameters and their types). The hand-written layer
 * uses it to name operations in errors, pick timeouts and check arguments before a
 * request is sent, without depending on either generator's internals.
 */
import { loadSpecDocument, resolveRef } from './spec.js';

interface ParameterObject {
  name: string;
  in: string;
  required?: boolean;
  schema?: { type?: string; $ref?: string };
  $ref?: string;
}

interface OperationObject {
  operationId?: string;
  parameters?: ParameterObject[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

export interface OperationRow {
  operationId: string;
  method: string;
  path: string;
  parameters: Array<{ name: string; in: string; required: boolean; type: string }>;
}

export async function readOperations(specFile: string): Promise<OperationRow[]> {
  const document = (await loadSpecDocument(specFile)) as {
    paths: Record<string, Record<string, OperationObject> & { parameters?: ParameterObject[] }>;
  };
  const rows: OperationRow[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation?.operationId) continue;
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((raw) => {
        const parameter = resolveRef(document, raw);
        const schema = resolveRef(document, parameter.schema ?? {});
        return {
          name: parameter.name,
          in: parameter.in,
          required: parameter.required === true,
          type: schema.type ?? 'string',
        };
      });
      rows.push({ operationId: operation.operationId, method: method.toUpperCase(), path, parameters });
    }
  }
  return rows.sort((a, b) => a.operationId.localeCompare(b.operationId));
}

export function renderOperationsModule(rows: OperationRow[]): string {
  return `// Generated from spec/accounts.yaml by \`npm run generate\`. Do not edit by hand.

export interface OperationParameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required: boolean;
  readonly type: 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';
}

export interface OperationDescription {
  readonly operationId: string;
  readonly method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH';
  readonly path: string;
  readonly parameters: readonly OperationParameter[];
}

export const operations: readonly OperationDescription[] = ${JSON.stringify(rows, null, 2)};
`;
}

/**
 * Contract cases read from the spec itself: every operation × documented status ×
 * media type × named example, with the example's value resolved from the spec.
 */
import { loadSpecDocument, resolveRef } from '../../scripts/lib/spec.js';

export interface ContractCase {
  operationId: string;
  method: string;
  path: string;
  status: number;
  mediaType: string | undefined;
  exampleName: string | undefined;
  example: unknown;
}

interface ResponseObject {
  content?: Record<string, { examples?: Record<string, { value?: unknown; $ref?: string }> }>;
}

interface OperationObject {
  operationId: string;
  responses: Record<string, ResponseObject>;
  parameters?: Array<{ $ref?: string; name: string; in: string; example?: unknown }>;
}

export const specDocument = await loadSpecDocument();
const paths = specDocument.paths as Record<string, Record<string, OperationObject>>;

export const specOperations = Object.entries(paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => ['get', 'post', 'put', 'delete', 'patch'].includes(method))
    .map(([method, operation]) => ({ path, method: method.toUpperCase(), operation })),
);

export function contractCases(): ContractCase[] {
  const cases: ContractCase[] = [];
  for (const { path, method, operation } of specOperations) {
    for (const [status, rawResponse] of Object.entries(operation.responses)) {
      const response = resolveRef(specDocument, rawResponse);
      const base = { operationId: operation.operationId, method, path, status: Number(status) };
      if (!response.content) {
        cases.push({ ...base, mediaType: undefined, exampleName: undefined, example: undefined });
        continue;
      }
      for (const [mediaType, media] of Object.entries(response.content)) {
        for (const [exampleName, rawExample] of Object.entries(media.examples ?? {})) {
          cases.push({ ...base, mediaType, exampleName, example: resolveRef(specDocument, rawExample).value });
        }
      }
    }
  }
  return cases;
}

/** The example value the spec gives each path parameter, by name. */
export function parameterExamples(): Record<string, unknown> {
  const examples: Record<string, unknown> = {};
  for (const { operation } of specOperations) {
    for (const raw of operation.parameters ?? []) {
      const parameter = resolveRef(specDocument, raw);
      examples[parameter.name] = parameter.example;
    }
  }
  return examples;
}

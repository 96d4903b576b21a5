/**
 * Contract cases read from the spec itself: every operation × documented status ×
 * media type × named example, with the example's value resolved from the spec.
 */
import { loadSpecDocument } from '../../scripts/lib/spec.js';
import { resolveRef, specOperations as walkOperations } from '../../scripts/lib/spec-model.js';

export interface ContractCase {
  operationId: string;
  method: string;
  path: string;
  status: number;
  mediaType: string | undefined;
  exampleName: string | undefined;
  example: unknown;
}

export const specDocument = await loadSpecDocument();

/** Every operation of the spec, through the walker the scripts share. */
export const specOperations = walkOperations(specDocument).map((entry) => ({
  ...entry,
  operationId: entry.name,
  method: entry.method.toUpperCase(),
}));

export function contractCases(): ContractCase[] {
  const cases: ContractCase[] = [];
  for (const { operationId, path, method, responses } of specOperations) {
    for (const [status, response] of Object.entries(responses)) {
      const base = { operationId, method, path, status: Number(status) };
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

/** The example value the spec gives each parameter, by name. */
export function parameterExamples(): Record<string, unknown> {
  return Object.fromEntries(specOperations.flatMap(({ parameters }) => parameters.map((parameter) => [parameter.name, parameter.example])));
}

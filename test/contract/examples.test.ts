/**
 * Every example in the spec validates against its schema, checked with Ajv apart
 * from Prism: a second line of defence that names the example and the field.
 */
import { describe, expect, it } from 'vitest';
import { resolveRef } from '../../scripts/lib/spec-model.js';
import { schemaProblems } from '../support/spec-schemas.js';
import { specDocument, specOperations } from './spec-cases.js';

interface Media {
  schema?: object;
  examples?: Record<string, { value?: unknown; $ref?: string }>;
}

interface ExampleCase {
  where: string;
  name: string;
  schema: unknown;
  value: unknown;
}

function exampleCases(): ExampleCase[] {
  const found: ExampleCase[] = [];
  const collect = (where: string, content: Record<string, Media> | undefined) => {
    for (const [mediaType, media] of Object.entries(content ?? {})) {
      for (const [name, raw] of Object.entries(media.examples ?? {})) {
        found.push({ where: `${where} ${mediaType}`, name, schema: media.schema, value: resolveRef(specDocument, raw).value });
      }
    }
  };
  for (const { operationId, requestBody, responses, parameters } of specOperations) {
    collect(`${operationId} request`, requestBody?.content);
    for (const [status, response] of Object.entries(responses)) collect(`${operationId} ${status}`, response.content);
    for (const parameter of parameters) {
      if (parameter.example !== undefined) {
        found.push({ where: `${operationId} parameter`, name: parameter.name, schema: parameter.schema, value: parameter.example });
      }
    }
  }
  return found;
}

const cases = exampleCases();

describe('examples in the spec', () => {
  it('exist for every response with a body', () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  it.each(cases.map((entry) => [`${entry.where}: ${entry.name}`, entry] as const))('%s matches its schema', (_label, entry) => {
    expect(schemaProblems(entry.schema, entry.value, entry.name)).toEqual([]);
  });

  it('a broken example is caught, naming the example and the field', () => {
    const problems = schemaProblems({ $ref: '#/components/schemas/CustomerAccount' }, { id: 5, name: 'x' }, 'Broken');
    expect(problems).toContain('Broken/id: must be string');
  });
});

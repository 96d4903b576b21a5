/**
 * Every example in the spec validates against its schema, checked with Ajv apart
 * from Prism: a second line of defence that names the example and the field.
 */
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { resolveRef } from '../../scripts/lib/spec-model.js';
import { specDocument, specOperations } from './spec-cases.js';

interface Media {
  schema?: object;
  examples?: Record<string, { value?: unknown; $ref?: string }>;
}

// OpenAPI 3.0 schemas are JSON Schema plus a few annotation keywords Ajv must accept.
const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, discriminator: true });
// ajv-formats is CommonJS; its plugin is the `default` export under NodeNext typing.
addFormats.default(ajv);
ajv.addVocabulary(['example', 'xml', 'externalDocs', 'components']);
ajv.addSchema({ components: (specDocument as { components: object }).components }, 'spec');

/** Makes the schema's local refs point into the registered spec. */
function portable(schema: unknown): unknown {
  return JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"spec#/components/'));
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
    const validate = ajv.compile(portable(entry.schema) as object);
    const valid = validate(entry.value);
    const problems = (validate.errors ?? []).map((error) => `${entry.name}${error.instancePath || ' (root)'}: ${error.message}`);
    expect(problems).toEqual([]);
    expect(valid).toBe(true);
  });

  it('a broken example is caught, naming the example and the field', () => {
    const schema = portable({ $ref: '#/components/schemas/CustomerAccount' }) as object;
    const validate = ajv.compile(schema);
    expect(validate({ id: 5, name: 'x' })).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath || error.params)).toContainEqual('/id');
  });
});

/**
 * The spec's schemas as Ajv validators, for tests that check values against them: the
 * spec's own examples (test/contract/examples.test.ts) and every answer of the test kit's
 * fake (test/testing/spec-answers.test.ts).
 */
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { specDocument, specOperations } from '../contract/spec-cases.js';

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

/** Where `value` breaks `schema` (a schema of the spec, local refs allowed): one line per problem, `label/field: message`; empty when valid. */
export function schemaProblems(schema: unknown, value: unknown, label = ''): string[] {
  const validate = ajv.compile(portable(schema) as object);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => `${label}${error.instancePath || ' (root)'}: ${error.message}`);
}

export interface SpecAnswer {
  status: number;
  /** The media type without parameters (`application/json`); undefined without a body. */
  mediaType: string | undefined;
  body: unknown;
}

/** Where an answer breaks the spec's description of the operation's responses; empty when it fits. */
export function answerProblems(operationId: string, answer: SpecAnswer): string[] {
  const label = `${operationId} ${answer.status}`;
  const operation = specOperations.find((entry) => entry.operationId === operationId);
  if (!operation) return [`${operationId} is not an operation of the spec`];
  const response = operation.responses[String(answer.status)];
  if (!response) return [`${label}: status not documented (documented: ${Object.keys(operation.responses).join(', ')})`];
  if (answer.mediaType === undefined) return response.content ? [`${label}: no body, but the spec describes one`] : [];
  const media = response.content?.[answer.mediaType];
  if (!media) return [`${label}: media type ${answer.mediaType} not documented`];
  return schemaProblems(media.schema, answer.body, label);
}

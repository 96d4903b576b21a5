/**
 * generated/response-validators.ts: each answer's quick fit check agrees with Ajv's
 * validator, on every example answer of the spec and on every way of breaking one that a
 * drifting API has shown (a value of another JSON type, a field taken away, a field
 * added), so that no answer Ajv would report is let through by the quick check.
 */
import { describe, expect, it } from 'vitest';
import { responseValidators } from '../../generated/response-validators.js';
import { loadSpecDocument, resolveRef } from '../../scripts/lib/spec.js';
import { type OpenApiDocument, specOperations } from '../../scripts/lib/spec-model.js';

/** Values of every JSON type, and strings that a pattern or a length can refuse. */
const REPLACEMENTS: unknown[] = [null, true, false, 0, 7, 1.5, -2, '', 'x', '123', '12a', 'y'.repeat(101), '😀', [], [1], {}, { code: 1 }];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Every copy of `body` with one place changed: each value replaced by each of
 * REPLACEMENTS, each member taken away, a member added to each object (with `names`,
 * each of them set to each of REPLACEMENTS).
 */
function* variants(body: Json, names: readonly string[] = []): Generator<Json> {
  for (const replacement of REPLACEMENTS) yield replacement as Json;
  if (Array.isArray(body)) {
    for (const [index, item] of body.entries()) {
      for (const changed of variants(item, names)) yield body.map((other, at) => (at === index ? changed : other));
    }
    yield [];
  } else if (typeof body === 'object' && body !== null) {
    yield { ...body, addedByTheApi: 'x' };
    for (const name of names) for (const replacement of REPLACEMENTS) yield { ...body, [name]: replacement as Json };
    for (const [key, value] of Object.entries(body)) {
      const { [key]: _taken, ...rest } = body;
      yield rest;
      for (const changed of variants(value, names)) yield { ...body, [key]: changed };
    }
  }
}

/** The spec's example answers: operationId, status and body. */
function exampleAnswers(document: OpenApiDocument): { operation: string; status: string; body: Json }[] {
  const answers: { operation: string; status: string; body: Json }[] = [];
  for (const operation of specOperations(document)) {
    for (const [status, response] of Object.entries(operation.responses)) {
      const examples = (response.content?.['application/json'] as { examples?: Record<string, unknown> } | undefined)?.examples ?? {};
      for (const example of Object.values(examples)) {
        answers.push({ operation: operation.name, status, body: resolveRef<{ value: Json }>(document, example as { value: Json }).value });
      }
    }
  }
  return answers;
}

/** Every property name the spec's schemas declare. */
function propertyNames(document: OpenApiDocument): string[] {
  const names = new Set<string>();
  JSON.stringify(document.components, (key, value) => {
    if (key === 'properties') for (const name of Object.keys(value as object)) names.add(name);
    return value;
  });
  return [...names];
}

const document = await loadSpecDocument();
const answers = exampleAnswers(document);

/** Whether the quick check and Ajv agree on each variant of an answer; returns how many Ajv refused. */
function agreementOver(operation: string, status: string, bodies: Iterable<Json>): number {
  const { fits, validate } = responseValidators[operation]![status]!;
  let refused = 0;
  for (const body of bodies) {
    const verdict = validate(body);
    if (fits(body) !== verdict)
      expect.fail(`${operation} ${status}: quick check ${!verdict} but Ajv ${verdict} for ${JSON.stringify(body)}`);
    if (!verdict) refused += 1;
  }
  return refused;
}

describe('quick fit checks of generated/response-validators.ts', () => {
  it('has example answers to try, of every schema the table names', () => {
    const checked = new Set<unknown>(answers.map(({ operation, status }) => responseValidators[operation]?.[status]));
    const all = new Set<unknown>(Object.values(responseValidators).flatMap((statuses) => Object.values(statuses)));
    expect(checked.has(undefined)).toBe(false);
    expect(checked).toEqual(all);
  });

  it.each(answers.map((answer) => [`${answer.operation} ${answer.status}`, answer] as const))(
    '%s: fits as Ajv judges, for the example and every way of breaking it',
    (_name, { operation, status, body }) => {
      expect(responseValidators[operation]![status]!.fits(body)).toBe(true);
      expect(agreementOver(operation, status, variants(body))).toBeGreaterThan(REPLACEMENTS.length - 4);
    },
  );

  it('agrees with Ajv on every property of the spec added to each object, with a value of each type', () => {
    const names = propertyNames(document);
    const largest = new Map<unknown, (typeof answers)[number]>();
    for (const answer of answers) {
      const check = responseValidators[answer.operation]![answer.status];
      const known = largest.get(check);
      if (!known || JSON.stringify(answer.body).length > JSON.stringify(known.body).length) largest.set(check, answer);
    }
    for (const { operation, status, body } of largest.values()) {
      const refused = agreementOver(operation, status, variants(body, names));
      // More than the whole body replaced: the added properties reach the schema's own checks.
      expect(refused, `${operation} ${status}`).toBeGreaterThan(REPLACEMENTS.length);
    }
  });
});

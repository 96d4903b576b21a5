/**
 * scripts/lib/fit-checks.ts on schemas the spec does not have yet: each keyword it checks
 * agrees with Ajv (set up as the validators are), and a keyword it does not know makes
 * it say no, never yes, so that Ajv judges the answer.
 */
import { describe, expect, it } from 'vitest';
import { FitCheckWriter, isCheckable } from '../../scripts/lib/fit-checks.js';
import { portable, responseAjv } from '../../scripts/lib/response-validators.js';
import type { SchemaObject } from '../../scripts/lib/spec-model.js';

const COMPONENTS: Record<string, SchemaObject> = {
  Node: { type: 'object', required: ['id'], properties: { id: { type: 'integer' }, next: { $ref: '#/components/schemas/Node' } } },
  Code: { oneOf: [{ type: 'integer' }, { type: 'string', pattern: '^[0-9]+$' }] },
  Label: { type: 'string', minLength: 2, maxLength: 3, nullable: true },
};

const VALUES: unknown[] = [
  null,
  true,
  0,
  3,
  2.5,
  '',
  'a',
  'ab',
  'abcd',
  '12',
  '😀',
  '😀😀',
  '😀😀😀😀',
  [],
  [1, 2],
  [1, 'x'],
  {},
  { id: 1 },
  { id: '1' },
  { id: 1, next: { id: 2 } },
  { id: 1, next: { id: 'x' } },
  { id: 1, next: null },
  { id: 1, extra: true },
];

/** The quick check of `schema` and Ajv's validator of it, with COMPONENTS as the spec's components. */
function bothChecks(schema: SchemaObject) {
  const writer = new FitCheckWriter(COMPONENTS);
  const name = writer.functionFor(schema);
  const fits = new Function(`${writer.code()}\nreturn ${name};`)() as (value: unknown) => boolean;
  const ajv = responseAjv({ components: { schemas: COMPONENTS } });
  return { fits, validate: ajv.compile(portable(schema) as object) };
}

describe('quick fit checks (scripts/lib/fit-checks.ts)', () => {
  it.each<[string, SchemaObject]>([
    ['a recursive component', { $ref: '#/components/schemas/Node' }],
    ['oneOf', { $ref: '#/components/schemas/Code' }],
    ['anyOf', { anyOf: [{ type: 'boolean' }, { type: 'string', maxLength: 1 }] }],
    ['lengths in code points, and nullable', { $ref: '#/components/schemas/Label' }],
    ['a pattern and lengths on a value of any type', { pattern: '^a', minLength: 2 }],
    ['an array of items', { type: 'array', items: { type: 'integer' } }],
    ['an array of objects', { type: 'array', items: { $ref: '#/components/schemas/Node' } }],
    [
      'a nullable object with alternatives',
      {
        type: 'object',
        nullable: true,
        properties: { id: { type: 'number' } },
        oneOf: [
          { type: 'object', properties: { id: { type: 'integer' } }, required: ['id'] },
          { type: 'object', properties: { code: { type: 'integer' } }, required: ['code'] },
        ],
      },
    ],
    ['a nullable object', { type: 'object', nullable: true, properties: { id: { type: 'string' } } }],
    ['a number', { type: 'number', nullable: true }],
    ['no keyword at all', { description: 'anything' }],
  ])('%s: agrees with Ajv on every value', (_name, schema) => {
    const { fits, validate } = bothChecks(schema);
    const verdicts = VALUES.map((value) => [JSON.stringify(value), fits(value), validate(value)]);
    expect(verdicts.filter(([, quick, ajv]) => quick !== ajv)).toEqual([]);
    // Not a check that says yes to everything, unless the schema says nothing.
    if (schema.description === undefined) expect(verdicts.some(([, , ajv]) => ajv === false)).toBe(true);
  });

  it.each<[string, SchemaObject]>([
    ['enum', { type: 'string', enum: ['a'] }],
    ['minimum', { type: 'integer', minimum: 1 } as SchemaObject],
    ['additionalProperties', { type: 'object', additionalProperties: false }],
    ['allOf', { allOf: [{ type: 'string' }] }],
    ['properties with no type', { properties: { id: { type: 'integer' } } }],
    ['items with no type', { items: { type: 'integer' } }],
    ['a $ref with a sibling', { $ref: '#/components/schemas/Code', maxLength: 2 } as SchemaObject],
  ])('%s, which it does not judge: says no, and Ajv decides', (_name, schema) => {
    expect(isCheckable(schema)).toBe(false);
    const { fits, validate } = bothChecks({ type: 'object', properties: { field: schema } });
    for (const value of VALUES) {
      expect(fits({ field: value })).toBe(false);
      expect(fits({})).toBe(validate({}));
    }
  });

  it('writes one function per component, however often it is referenced', () => {
    const writer = new FitCheckWriter(COMPONENTS);
    const first = writer.functionFor({ $ref: '#/components/schemas/Node' });
    expect(writer.functionFor({ $ref: '#/components/schemas/Node' })).toBe(first);
    expect(writer.code().match(/function fits\d+Node\(/g)).toHaveLength(1);
  });

  it('fails with the ref it cannot follow', () => {
    const writer = new FitCheckWriter(COMPONENTS);
    expect(() => writer.functionFor({ $ref: '#/components/schemas/Missing' })).toThrow(
      '#/components/schemas/Missing names no component schema',
    );
    expect(() => writer.functionFor({ $ref: 'other.yaml#/Node' })).toThrow('other.yaml#/Node is not a local component schema');
  });
});

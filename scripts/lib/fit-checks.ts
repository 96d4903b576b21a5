/**
 * The quick "does this body fit?" checks of generated/response-validators.ts: one plain
 * function per schema, straight-line property reads that allocate nothing and say
 * nothing of where a body differs. Most answers fit, and for them this is the whole
 * check; Ajv's validator, which finds every difference, runs only when one says no.
 *
 * A quick check may say no where Ajv says yes (the client then asks Ajv, which has the
 * last word), never the reverse: a keyword it does not know makes the value it applies
 * to fail here, so that Ajv judges it.
 */
import { type SchemaObject, schemaRefName } from './spec-model.js';

/** Keywords that say something about a schema without constraining the value. */
const ANNOTATIONS = new Set(['description', 'example', 'format', 'nullable', 'deprecated', 'default', 'title']);
/** Keywords the conditions below check, each as Ajv does. */
const CHECKED = new Set(['type', 'properties', 'required', 'items', 'pattern', 'minLength', 'maxLength', 'oneOf', 'anyOf']);

const TYPE_TESTS: Record<string, (value: string) => string> = {
  string: (value) => `typeof ${value} === "string"`,
  integer: (value) => `Number.isInteger(${value})`,
  number: (value) => `typeof ${value} === "number" && isFinite(${value})`,
  boolean: (value) => `typeof ${value} === "boolean"`,
  array: (value) => `Array.isArray(${value})`,
  object: (value) => `typeof ${value} === "object" && ${value} !== null && !Array.isArray(${value})`,
};

/** The keywords of `schema` that constrain a value: all but annotations and extensions. */
const constrainingKeywords = (schema: SchemaObject) =>
  Object.keys(schema).filter((keyword) => !ANNOTATIONS.has(keyword) && !keyword.startsWith('x-'));

/** Whether a quick check can judge `schema` itself (its parts are judged where they are checked). */
export function isCheckable(schema: SchemaObject): boolean {
  const keywords = constrainingKeywords(schema);
  if (schema.$ref !== undefined) return keywords.length === 1;
  // Ajv applies these to objects and arrays only, so alone (with no type) they are left to it.
  const shapeFits =
    (schema.type === 'object' || (schema.properties === undefined && schema.required === undefined)) &&
    (schema.type === 'array' || schema.items === undefined);
  return keywords.every((keyword) => CHECKED.has(keyword)) && (schema.type === undefined || schema.type in TYPE_TESTS) && shapeFits;
}

/** Writes the functions of a set of schemas, one per object or array schema, each emitted once. */
export class FitCheckWriter {
  readonly #components: Record<string, SchemaObject>;
  readonly #functions: string[] = [];
  readonly #patterns: string[] = [];
  readonly #named = new Map<string, string>();
  readonly #plainChecks = new Map<string, string>();
  #inlineCount = 0;

  constructor(components: Record<string, SchemaObject>) {
    this.#components = components;
  }

  /** The name of the function that checks `schema`, written now if it is new. */
  functionFor(schema: SchemaObject): string {
    if (schema.$ref === undefined) return this.#write(schema);
    const component = schemaRefName(schema);
    if (component === undefined) throw new Error(`quick checks: ${schema.$ref} is not a local component schema`);
    let name = this.#named.get(component);
    if (name === undefined) {
      const target = this.#components[component];
      if (!target) throw new Error(`quick checks: ${schema.$ref} names no component schema`);
      name = `fits${this.#named.size}${component.replace(/\W/g, '')}`;
      this.#named.set(component, name);
      this.#write(target, name);
    }
    return name;
  }

  /** Every function and pattern written so far, as module code. */
  code(): string {
    const patterns = this.#patterns.map((pattern, index) => `const fitPattern${index} = new RegExp(${JSON.stringify(pattern)}, "u");`);
    return [...patterns, CODE_POINTS, ...this.#plainChecks.values(), ...this.#functions].join('\n');
  }

  #write(schema: SchemaObject, name = `fitsInline${this.#inlineCount++}`): string {
    const body =
      schema.type === 'object' && isCheckable(schema) ? this.#objectBody(schema) : `  return ${this.condition('value', schema)};`;
    // Pushed after the body, whose own functions come first; a recursive schema finds its name in #named already.
    this.#functions.push(`function ${name}(value) {\n${body}\n}`);
    return name;
  }

  #objectBody(schema: SchemaObject): string {
    const required = new Set(schema.required ?? []);
    const alternatives = this.#alternatives('value', schema).join(' && ') || 'true';
    const notObject = schema.nullable === true ? `value === null && ${alternatives}` : 'false';
    const lines = [`  if (!(${TYPE_TESTS.object!('value')})) return ${notObject};`, '  let property;'];
    for (const [key, property] of Object.entries(schema.properties ?? {})) {
      const read = `value[${JSON.stringify(key)}]`;
      const plain = this.#plainPropertyCheck(property, required.has(key));
      if (plain !== undefined) {
        lines.push(`  if (!${plain}(${read})) return false;`);
        continue;
      }
      const absent = required.has(key) ? 'property === undefined || ' : 'property !== undefined && ';
      lines.push(`  property = ${read};`, `  if (${absent}!(${this.condition('property', property)})) return false;`);
    }
    for (const key of required) {
      if (!(key in (schema.properties ?? {}))) lines.push(`  if (value[${JSON.stringify(key)}] === undefined) return false;`);
    }
    lines.push(`  return ${alternatives};`);
    return lines.join('\n');
  }

  /**
   * The shared function that checks a property of a type alone (most of the spec's:
   * `absentOrNullString`, `presentInteger`), or `undefined` for one with more to check.
   * One call per property keeps the functions small, which are as quick once inlined.
   */
  #plainPropertyCheck(schema: SchemaObject, required: boolean): string | undefined {
    const typeAlone = constrainingKeywords(schema).length === 1;
    if (schema.type === undefined || schema.type === 'object' || !typeAlone || !isCheckable(schema)) return undefined;
    const nullable = schema.nullable === true;
    const name = `${required ? 'present' : 'absentOr'}${nullable ? 'Null' : ''}${schema.type[0]!.toUpperCase()}${schema.type.slice(1)}`;
    if (!this.#plainChecks.has(name)) {
      const absent = required ? 'value !== undefined && ' : 'value === undefined || ';
      this.#plainChecks.set(name, `function ${name}(value) {\n  return ${absent}${this.condition('value', schema)};\n}`);
    }
    return name;
  }

  /** A JavaScript expression, true when `value` fits `schema` as Ajv would judge it. */
  condition(value: string, schema: SchemaObject): string {
    if (!isCheckable(schema)) return 'false';
    if (schema.$ref !== undefined || schema.type === 'object') return `${this.functionFor(schema)}(${value})`;
    const tests: string[] = [];
    if (schema.type !== undefined) tests.push(TYPE_TESTS[schema.type]!(value));
    if (schema.items !== undefined) tests.push(`${value}.every(${this.functionFor(schema.items)})`);
    tests.push(...this.#stringTests(value, schema));
    tests.push(...this.#alternatives(value, schema));
    const all = tests.length === 0 ? 'true' : tests.join(' && ');
    return schema.nullable === true && schema.type !== undefined ? `(${value} === null || ${all})` : all;
  }

  /** `oneOf`: exactly one branch fits; `anyOf`: one or more. */
  #alternatives(value: string, schema: SchemaObject): string[] {
    const tests: string[] = [];
    if (schema.oneOf) tests.push(`(${schema.oneOf.map((branch) => `(${this.condition(value, branch)} ? 1 : 0)`).join(' + ')}) === 1`);
    if (schema.anyOf) tests.push(`(${schema.anyOf.map((branch) => this.condition(value, branch)).join(' || ')})`);
    return tests;
  }

  /** Pattern and lengths, which Ajv applies to strings only (lengths in code points). */
  #stringTests(value: string, schema: SchemaObject): string[] {
    const tests: string[] = [];
    if (schema.pattern !== undefined) tests.push(`fitPattern${this.#patterns.push(schema.pattern) - 1}.test(${value})`);
    if (schema.minLength !== undefined) tests.push(`codePoints(${value}) >= ${schema.minLength}`);
    if (schema.maxLength !== undefined) tests.push(`codePoints(${value}) <= ${schema.maxLength}`);
    if (tests.length === 0 || schema.type === 'string') return tests;
    return [`(typeof ${value} !== "string" || (${tests.join(' && ')}))`];
  }
}

/** A string's length in code points, as Ajv counts `minLength` and `maxLength`. */
const CODE_POINTS = `function codePoints(text) {
  let count = 0;
  for (const _ of text) count++;
  return count;
}`;

/**
 * Hover text for the class client. Request parameters: typescript-fetch 7.0.0 writes
 * each operation's `…Request` interface without the parameters' descriptions (its
 * template has no place for them), so this step adds each one from the spec as a JSDoc
 * line above its field, the way openapi-typescript documents the same parameters.
 * Everywhere: `cleanHoverText` removes the generator's tag lines that repeat the code
 * (`@type {number}`, `@memberof CustomerAccount`) and its escaped quotes (`customer\'s`).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { classArgumentName, classBodyFieldName, classRequestInterfaceName } from './class-client-names.js';
import { componentSchemas, type OpenApiDocument, resolveRef, specOperations } from './spec-model.js';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/\*\//g, '*\\/');

/** Field name → description, for every operation's request interface (`GetCustomerAccountsRequest`). */
export function requestParameterDescriptions(document: OpenApiDocument): Map<string, Map<string, string>> {
  const byInterface = new Map<string, Map<string, string>>();
  for (const { operationId, parameters, requestBody } of specOperations(document)) {
    if (!operationId) continue;
    const fields = new Map<string, string>();
    for (const parameter of parameters)
      if (parameter.description) fields.set(classArgumentName(parameter.name), oneLine(parameter.description));
    const schema = Object.values(requestBody?.content ?? {})[0]?.schema as { $ref?: string; description?: string } | undefined;
    const schemaName = schema?.$ref?.split('/').pop();
    // The body's own description, else its schema's.
    const description = requestBody?.description ?? resolveRef(document, schema ?? {}).description;
    if (schemaName && description) fields.set(classBodyFieldName(schemaName), oneLine(description));
    byInterface.set(classRequestInterfaceName(operationId), fields);
  }
  return byInterface;
}

/** Adds the descriptions to the request interfaces of every file in `apisDir`. */
export async function documentRequestParameters(apisDir: string, files: string[], document: OpenApiDocument): Promise<void> {
  const descriptions = requestParameterDescriptions(document);
  for (const file of files) {
    const path = join(apisDir, file);
    const source = await readFile(path, 'utf8');
    const documented = source.replace(/export interface (\w+Request) \{\n([\s\S]*?)\n\}/g, (whole, name: string, body: string) => {
      const fields = descriptions.get(name);
      if (!fields) return whole;
      const lines = body.split('\n').flatMap((line) => {
        const field = /^(\s+)(\w+)\??:/.exec(line);
        const description = field && fields.get(field[2]!);
        return description ? [`${field[1]}/** ${description} */`, line] : [line];
      });
      return `export interface ${name} {\n${lines.join('\n')}\n}`;
    });
    if (documented !== source) await writeFile(path, documented);
  }
}

/** Tag lines of the generator that repeat what the code says: `@type {string}`, `@type NumericId`, `@memberof X`, `@export`, `@interface X`. */
const NOISE_TAG = /^\s*\* @(?:type|memberof|export|interface)\b.*\n/gm;

/**
 * A generated file's JSDoc without the generator's noise: tag lines that repeat the
 * code, and quotes escaped as in a string literal (`customer\'s`), inside comments only.
 */
export function withoutHoverNoise(source: string): string {
  return source.replace(/\/\*\*[\s\S]*?\*\//g, (comment) => comment.replace(NOISE_TAG, '').replace(/\\(['"])/g, '$1'));
}

/** Cleans the hover text of every file named, in place (models, APIs, runtime). */
export async function cleanHoverText(dir: string, files: string[]): Promise<void> {
  for (const file of files) {
    const path = join(dir, file);
    const source = await readFile(path, 'utf8');
    const cleaned = withoutHoverNoise(source);
    if (cleaned !== source) await writeFile(path, cleaned);
  }
}

const TS_PRIMITIVES: Record<string, string> = { integer: 'number', number: 'number', string: 'string', boolean: 'boolean' };

/**
 * typescript-fetch 7.0.0 writes a schema that is an `anyOf` of primitive types as an
 * empty interface (`export interface NumericId {}`), which accepts anything; this step
 * writes it as the union the spec means (`export type NumericId = number | string;`).
 */
export function withPrimitiveUnions(models: string, document: OpenApiDocument): string {
  let fixed = models;
  for (const [name, raw] of Object.entries(componentSchemas(document))) {
    const variants = (resolveRef(document, raw) as { anyOf?: object[] }).anyOf ?? [];
    const types = variants.map((variant) => TS_PRIMITIVES[(resolveRef(document, variant) as { type?: string }).type ?? '']);
    if (types.length === 0 || types.some((type) => type === undefined)) continue;
    fixed = fixed.replace(`export interface ${name} {\n}`, `export type ${name} = ${[...new Set(types)].join(' | ')};`);
  }
  return fixed;
}

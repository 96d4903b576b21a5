/**
 * generated/response-validators.ts: two checks per JSON response schema of the spec, for
 * `finicity-accounts/validation`: a quick one that only says whether a body fits
 * (fit-checks.ts), and Ajv's, which says where it differs. Ajv compiles its validators to
 * standalone code, and esbuild bundles that code with the few Ajv helpers it still
 * requires, so the package has no run-time dependency on Ajv. Deterministic: the same
 * spec gives the same bytes.
 *
 * Ajv's options follow OpenAPI 3.0: `nullable: true` admits null (Ajv's `nullable`
 * option); `example` is an annotation; the spec's formats (int32, int64, float) are
 * range hints Ajv does not know, so formats are not validated (the `type` still is).
 * No `additionalProperties: false` exists in the spec, so unknown fields pass.
 */

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { build, type Plugin } from 'esbuild';
import { FitCheckWriter } from './fit-checks.js';
import { repoRoot } from './report.js';
import { componentSchemas, type OpenApiDocument, type SchemaObject, specOperations } from './spec-model.js';

export const VALIDATORS_FILE = 'response-validators.ts';

/** Where each operation's answers are checked: operationId → HTTP status → the export that checks the body. */
export type ValidatorTable = Record<string, Record<string, string>>;

/**
 * The spec's local refs made to point at the component schemas, each registered under
 * its own name: one root per schema, so Ajv compiles each once (under a shared root it
 * compiled `CustomerAccount` again for each place that reached it).
 */
export function portable(schema: unknown): unknown {
  return JSON.parse(JSON.stringify(schema).replace(/"#\/components\/schemas\/([^"]+)"/g, '"$1"'));
}

/** Each operation's JSON response schemas, keyed by a name per distinct schema (operations share most of them). */
export function responseSchemas(document: OpenApiDocument): { table: ValidatorTable; schemas: Map<string, SchemaObject> } {
  const table: ValidatorTable = {};
  const names = new Map<string, string>();
  const schemas = new Map<string, SchemaObject>();
  for (const operation of specOperations(document)) {
    for (const [status, response] of Object.entries(operation.responses)) {
      const schema = response.content?.['application/json']?.schema;
      if (!schema) continue;
      const text = JSON.stringify(schema);
      let name = names.get(text);
      if (name === undefined) {
        name = `validate${names.size}`;
        names.set(text, name);
        schemas.set(name, schema);
      }
      table[operation.name] ??= {};
      table[operation.name]![status] = name;
    }
  }
  return { table, schemas };
}

/** Ajv set up as the validators are compiled, with the spec's component schemas added by name. */
export function responseAjv(document: OpenApiDocument): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    strictTypes: false,
    // OpenAPI's `nullable` is on by default in Ajv 8. No messages: reports are built from keyword and params.
    messages: false,
    // Shared schemas (CustomerAccount) become one function each, called where referenced, not copied.
    inlineRefs: false,
    validateFormats: false,
    code: { source: true, esm: true },
  });
  ajv.addKeyword('example');
  for (const [name, schema] of Object.entries(componentSchemas(document))) ajv.addSchema({ $id: name, ...(portable(schema) as object) });
  return ajv;
}

/** The standalone ESM code of every validator (Ajv's `require`s of its helpers left in). */
export function standaloneValidators(document: OpenApiDocument, schemas: Map<string, SchemaObject>): string {
  const ajv = responseAjv(document);
  for (const [name, schema] of schemas) ajv.addSchema({ $id: name, ...(portable(schema) as object) });
  // CommonJS: its function is the `default` export under NodeNext typing.
  return standalone.default(ajv, Object.fromEntries([...schemas.keys()].map((name) => [name, name])));
}

const require = createRequire(import.meta.url);

/**
 * The validators' code and the Ajv helpers it requires, each under a name of its own:
 * a module's path would name it in the bundle, and the path of node_modules differs from
 * one checkout to another (a linked copy), while the output must not.
 */
const fixedNames = (standalone: string, fitChecks: string): Plugin => ({
  name: 'fixed-module-names',
  setup(builder) {
    builder.onResolve({ filter: /^\.\/standalone\.js$/ }, () => ({ path: 'standalone', namespace: 'validators' }));
    builder.onResolve({ filter: /^\.\/fits\.js$/ }, () => ({ path: 'fits', namespace: 'fits' }));
    builder.onLoad({ filter: /.*/, namespace: 'fits' }, () => ({ contents: fitChecks, loader: 'js' }));
    builder.onResolve({ filter: /^ajv\/dist\/runtime\// }, (args) => ({ path: args.path, namespace: 'ajv' }));
    // What a helper requires in turn (fast-deep-equal for enums of objects) by package name; a relative path fails loudly.
    builder.onResolve({ filter: /^[^.]/, namespace: 'ajv' }, (args) => ({ path: args.path, namespace: 'ajv' }));
    builder.onLoad({ filter: /.*/, namespace: 'validators' }, () => ({ contents: standalone, loader: 'js' }));
    builder.onLoad({ filter: /.*/, namespace: 'ajv' }, async (args) => ({
      contents: await readFile(require.resolve(args.path, { paths: [require.resolve('ajv')] }), 'utf8'),
      loader: 'js',
    }));
  },
});

const BANNER = `// Generated from spec/accounts.yaml by \`npm run generate\`. Do not edit by hand.
// @ts-nocheck: quick fit checks and Ajv's standalone validators, bundled by esbuild with the Ajv helpers they use.
`;

const TYPES = `
/** One way a body differs from its schema, as Ajv reports it. */
export interface ValidationError {
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** A body check: true when the body fits; otherwise \`errors\` says where. */
export interface ResponseValidator {
  (body: unknown): boolean;
  errors?: readonly ValidationError[] | null;
}

/** The checks of one answer's JSON body against its schema. */
export interface ResponseBodyCheck {
  /** Whether the body fits: quick, allocates nothing, and says no where unsure (then ask \`validate\`). */
  readonly fits: (body: unknown) => boolean;
  /** Ajv's validator, which has the last word and finds every difference. */
  readonly validate: ResponseValidator;
}

/** operationId → HTTP status → the checks of that answer's JSON body. */
export const responseValidators: Readonly<Record<string, Readonly<Record<string, ResponseBodyCheck>>>> = validatorTable;
`;

/**
 * The quick checks as a module: one `fits` export per schema of the table, named as its
 * Ajv validator is (`validate2` → `fits2`), calling the functions the writer shares
 * between schemas.
 */
function fitChecksModule(document: OpenApiDocument, schemas: Map<string, SchemaObject>): string {
  const writer = new FitCheckWriter(componentSchemas(document));
  const exports = [...schemas].map(([name, schema]) => `export const ${name.replace('validate', 'fits')} = ${writer.functionFor(schema)};`);
  return `${writer.code()}\n${exports.join('\n')}\n`;
}

/** generated/response-validators.ts for `document`: the checks bundled, then the table that names them by operation and status. */
export async function renderResponseValidators(document: OpenApiDocument): Promise<string> {
  const { table, schemas } = responseSchemas(document);
  const checks = [...schemas.keys()].map(
    (name) =>
      `const ${name.replace('validate', 'check')} = { fits: fits.${name.replace('validate', 'fits')}, validate: validators.${name} };`,
  );
  const entries = Object.entries(table).map(
    ([operation, statuses]) =>
      `  ${JSON.stringify(operation)}: { ${Object.entries(statuses)
        .map(([status, name]) => `${JSON.stringify(status)}: ${name.replace('validate', 'check')}`)
        .join(', ')} },`,
  );
  const entry = [
    "import * as validators from './standalone.js';",
    "import * as fits from './fits.js';",
    ...checks,
    `export const validatorTable = {\n${entries.join('\n')}\n};\n`,
  ].join('\n');
  const standalone = standaloneValidators(document, schemas);
  const result = await build({
    stdin: { contents: entry, resolveDir: repoRoot, loader: 'js' },
    plugins: [fixedNames(standalone, fitChecksModule(document, schemas))],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    minifySyntax: true,
    legalComments: 'none',
    write: false,
  });
  const code = result.outputFiles[0]!.text.replace(/^export \{\s*validatorTable\s*\};\s*$/m, '');
  return `${BANNER}${code}${TYPES}`;
}

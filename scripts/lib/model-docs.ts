/**
 * The models page of docs/ (`Models.md`): every component schema of the spec with its
 * fields, and the types as both clients give them to users (TypeScript's view: `number`,
 * `| null`, arrays, unions), each named type linked to its section. The operation pages
 * write their parameter and return types the same way (`userType`).
 */
import { componentSchemas, type OpenApiDocument, resolveRef, type SchemaObject } from './spec-model.js';

export const MODELS_PAGE = 'Models.md';

/** A markdown table cell's text on one line, its pipes escaped. */
export function oneLine(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
}

/** A GitHub heading anchor: `CustomerAccountDetail` → `customeraccountdetail`. */
const anchorOf = (name: string) => name.toLowerCase().replace(/[^\w-]/g, '');

/** The link to a model's section, from another page of docs/ or from the models page itself. */
export function modelLink(name: string, fromModelsPage = false): string {
  return `[${name}](${fromModelsPage ? '' : MODELS_PAGE}#${anchorOf(name)})`;
}

/** A schema that is only another name for a primitive or a union of them (`NumericId`): no fields of its own. */
const isAlias = (schema: SchemaObject) => !schema.properties && schema.type !== 'object' && schema.type !== 'array';

const PRIMITIVES: Record<string, string> = { integer: 'number', number: 'number', string: 'string', boolean: 'boolean' };

function literal(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}

/**
 * The type a user sees for `raw`, as markdown for a table cell: named schemas link to
 * their section (an alias shows its union too: `number \| string (NumericId)`).
 */
export function userType(document: OpenApiDocument, raw: SchemaObject | undefined, fromModelsPage = false): string {
  if (!raw) return 'unknown';
  const schema = resolveRef(document, raw);
  const named = raw.$ref?.split('/').pop();
  const orNull = schema.nullable ? ' \\| null' : '';
  if (named && !isAlias(schema)) return `${modelLink(named, fromModelsPage)}${orNull}`;
  const variants = schema.oneOf ?? schema.anyOf;
  let type: string;
  if (variants) type = variants.map((variant) => userType(document, variant, fromModelsPage)).join(' \\| ');
  else if (schema.enum) type = schema.enum.map(literal).join(' \\| ');
  else if (schema.type === 'array') {
    const items = userType(document, schema.items, fromModelsPage);
    type = items.includes('\\|') ? `(${items})[]` : `${items}[]`;
  } else type = PRIMITIVES[schema.type ?? ''] ?? schema.type ?? 'unknown';
  return named ? `${type} (${modelLink(named, fromModelsPage)})${orNull}` : `${type}${orNull}`;
}

function modelSection(document: OpenApiDocument, name: string, schema: SchemaObject): string {
  const lines = [`## ${name}`, '', oneLine(schema.description), ''];
  if (isAlias(schema)) {
    // `schema` is the alias resolved: its union alone, no link back to this very section; outside a table, `|` needs no escape.
    lines.push(`Type: ${userType(document, schema, true).replaceAll('\\|', '|')}`, '');
    return lines.join('\n');
  }
  const required = new Set(schema.required ?? []);
  lines.push('| field | type | required | description |', '|---|---|---|---|');
  for (const [field, property] of Object.entries(schema.properties ?? {})) {
    const deprecated = resolveRef(document, property).deprecated ? ' (deprecated)' : '';
    const description = property.$ref ? (property.description ?? resolveRef(document, property).description) : property.description;
    lines.push(
      `| \`${field}\`${deprecated} | ${userType(document, property, true)} | ${required.has(field) ? 'yes' : 'no'} | ${oneLine(description)} |`,
    );
  }
  lines.push('');
  return lines.join('\n');
}

/** The models page: an index line, then one section per component schema, in the spec's order. */
export function renderModelsPage(document: OpenApiDocument, banner: string): string {
  const schemas = Object.entries(componentSchemas(document));
  const intro = [
    '# Models',
    '',
    "Every schema of the spec, as both clients type it. Import a model's type by name",
    "(`import type { CustomerAccount } from 'finicity-accounts'`); openapi-fetch's types",
    "name the same type `components['schemas']['CustomerAccount']`. A field that is not",
    'required may be missing; one typed `| null` may also be `null`.',
    '',
    schemas.map(([name]) => modelLink(name, true)).join(' · '),
    '',
  ];
  return `${banner}${[...intro, ...schemas.map(([name, schema]) => modelSection(document, name, schema))].join('\n')}`;
}

/** The models' names, for the index page. */
export const modelNames = (document: OpenApiDocument) => Object.keys(componentSchemas(document));

/**
 * Compares a published Mastercard document (the whole openbanking-us.yaml, any
 * release) with our spec: only the operations our spec has, matched by operationId,
 * and every schema they reach. Shapes are compared after resolving `$ref`s, since our
 * spec inlines upstream's one-line helper schemas; a component schema both documents
 * reach under the same name is compared once, as `schema NAME`. Descriptions, examples
 * and extensions are ignored, and so is every difference spec/deviations.yaml documents.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot, ScriptError, shortPath } from './report.js';
import {
  type MediaTypeObject,
  type OpenApiDocument,
  resolveRef,
  type SchemaObject,
  type SecurityRequirement,
  type SpecOperation,
  schemaRefName,
  specOperations,
} from './spec-model.js';

export const deviationsFile = join(repoRoot, 'spec', 'deviations.yaml');

/** What one side has where the other differs; `absent` when it has nothing there. */
export type Side = unknown;
export const ABSENT = 'absent';

export interface UpstreamDifference {
  /** An operationId, or `schema NAME`. */
  subject: string;
  /** Dot-separated path inside the subject: `properties.autoPayEnrolled.type`. */
  path: string;
  upstream: Side;
  ours: Side;
}

export interface DeviationMatch {
  subject: string;
  path: string;
  upstream?: unknown;
  ours?: unknown;
}

export interface Deviation {
  id: string;
  summary: string;
  match: DeviationMatch[];
}

/** Reads spec/deviations.yaml, failing in one line on anything malformed. */
export async function readDeviations(file = deviationsFile): Promise<Deviation[]> {
  let raw: unknown;
  try {
    raw = parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ScriptError(shortPath(file), `cannot be read as YAML (${(error as Error).message.split('\n')[0]})`);
  }
  const entries = (raw as { deviations?: unknown } | null)?.deviations;
  if (!Array.isArray(entries)) throw new ScriptError(shortPath(file), 'needs a `deviations:` list');
  return entries.map((entry: Record<string, unknown>, index) => {
    const where = `deviation ${index + 1}`;
    if (typeof entry?.id !== 'string' || typeof entry.summary !== 'string') {
      throw new ScriptError(shortPath(file), `${where} needs a string \`id\` and \`summary\``);
    }
    const match = (entry.match ?? []) as DeviationMatch[];
    if (!Array.isArray(match) || match.some((rule) => typeof rule?.subject !== 'string' || typeof rule.path !== 'string')) {
      throw new ScriptError(shortPath(file), `${entry.id}: every \`match\` needs a string \`subject\` and \`path\``);
    }
    return { id: entry.id, summary: entry.summary.replace(/\s+/g, ' ').trim(), match };
  });
}

/** Stands for `**` while the other segments are escaped: a character no pattern contains. */
const ANY_DEPTH = '\u0000';

/** `*` is one path segment, `**` any number; a pattern also covers everything below it. */
function pathPattern(pattern: string): RegExp {
  const body = pattern
    .split('.')
    .map((segment) => (segment === '**' ? ANY_DEPTH : segment.replace(/[|\\{}()[\]^$+?]/g, '\\$&').replace(/\*/g, '[^.]*')))
    .join('\\.')
    .replaceAll(`${ANY_DEPTH}\\.`, '(?:.*\\.)?')
    .replaceAll(ANY_DEPTH, '.*');
  return new RegExp(`^${body}(?:\\..*)?$`);
}

/** The deviation that documents this difference, if any. */
export function documentedBy(difference: UpstreamDifference, deviations: Deviation[]): Deviation | undefined {
  const same = (expected: unknown, actual: unknown) => expected === undefined || JSON.stringify(expected) === JSON.stringify(actual);
  return deviations.find((deviation) =>
    deviation.match.some(
      (rule) =>
        (rule.subject === '*' || rule.subject === difference.subject) &&
        pathPattern(rule.path).test(difference.path) &&
        same(rule.upstream, difference.upstream) &&
        same(rule.ours, difference.ours),
    ),
  );
}

const sideOf = (value: unknown): Side => (value === undefined ? ABSENT : value);
const join_ = (...segments: string[]) => segments.filter((segment) => segment !== '').join('.');

/** Keywords that change what a value may be; descriptions, examples and extensions are not among them. */
const COMPARED_KEYWORDS = ['type', 'format', 'nullable'] as const;

class Comparison {
  readonly differences: UpstreamDifference[] = [];
  private readonly namedQueue = new Map<string, boolean>();

  constructor(
    private readonly upstream: OpenApiDocument,
    private readonly ours: OpenApiDocument,
  ) {}

  private differ(subject: string, path: string, upstream: unknown, ours: unknown): void {
    this.differences.push({ subject, path, upstream: sideOf(upstream), ours: sideOf(ours) });
  }

  /** Compares two schemas found at `path` of `subject`, resolved; shared named schemas are compared once, on their own. */
  schema(subject: string, path: string, upstreamRaw: SchemaObject | undefined, oursRaw: SchemaObject | undefined, depth = 0): void {
    if (!upstreamRaw || !oursRaw) {
      if (upstreamRaw || oursRaw) this.differ(subject, path, upstreamRaw && 'a schema', oursRaw && 'a schema');
      return;
    }
    const name = schemaRefName(upstreamRaw);
    if (name && name === schemaRefName(oursRaw)) {
      if (!this.namedQueue.has(name)) {
        this.namedQueue.set(name, true);
        this.schema(`schema ${name}`, '', resolveRef(this.upstream, upstreamRaw), resolveRef(this.ours, oursRaw));
      }
      return;
    }
    // Guards against self-referencing schemas reached through different names.
    if (depth > 32) return;
    const upstream = resolveRef(this.upstream, upstreamRaw);
    const ours = resolveRef(this.ours, oursRaw);
    for (const keyword of COMPARED_KEYWORDS) {
      if ((upstream[keyword] ?? undefined) !== (ours[keyword] ?? undefined))
        this.differ(subject, join_(path, keyword), upstream[keyword], ours[keyword]);
    }
    const enumOf = (schema: SchemaObject) => (schema.enum ? JSON.stringify([...schema.enum].map(String).sort()) : undefined);
    if (enumOf(upstream) !== enumOf(ours)) this.differ(subject, join_(path, 'enum'), upstream.enum, ours.enum);
    const closed = (schema: SchemaObject) => (schema.additionalProperties === false ? false : undefined);
    if (closed(upstream) !== closed(ours)) this.differ(subject, join_(path, 'additionalProperties'), closed(upstream), closed(ours));

    const upstreamProperties = upstream.properties ?? {};
    const ourProperties = ours.properties ?? {};
    const upstreamRequired = new Set(upstream.required ?? []);
    const ourRequired = new Set(ours.required ?? []);
    for (const property of new Set([...Object.keys(upstreamProperties), ...Object.keys(ourProperties)])) {
      const at = join_(path, 'properties', property);
      const [upstreamProperty, ourProperty] = [upstreamProperties[property], ourProperties[property]];
      if (!upstreamProperty || !ourProperty) this.differ(subject, at, upstreamProperty && 'defined', ourProperty && 'defined');
      else this.schema(subject, at, upstreamProperty, ourProperty, depth + 1);
    }
    for (const property of new Set([...upstreamRequired, ...ourRequired])) {
      if (upstreamRequired.has(property) !== ourRequired.has(property)) {
        this.differ(subject, join_(path, 'required', property), upstreamRequired.has(property), ourRequired.has(property));
      }
    }
    if (upstream.items || ours.items) this.schema(subject, join_(path, 'items'), upstream.items, ours.items, depth + 1);
    for (const keyword of ['oneOf', 'anyOf', 'allOf'] as const) {
      const [upstreamVariants, ourVariants] = [upstream[keyword] ?? [], ours[keyword] ?? []];
      for (let index = 0; index < Math.max(upstreamVariants.length, ourVariants.length); index++) {
        this.schema(subject, join_(path, keyword, String(index)), upstreamVariants[index], ourVariants[index], depth + 1);
      }
    }
  }

  private content(
    subject: string,
    path: string,
    upstream: Record<string, MediaTypeObject> = {},
    ours: Record<string, MediaTypeObject> = {},
  ): void {
    for (const mediaType of new Set([...Object.keys(upstream), ...Object.keys(ours)])) {
      const at = join_(path, 'content', mediaType);
      const [upstreamMedia, ourMedia] = [upstream[mediaType], ours[mediaType]];
      if (!upstreamMedia || !ourMedia) this.differ(subject, at, upstreamMedia && 'defined', ourMedia && 'defined');
      else this.schema(subject, join_(at, 'schema'), upstreamMedia.schema, ourMedia.schema);
    }
  }

  operation(upstream: SpecOperation, ours: SpecOperation): void {
    const subject = ours.name;
    if (upstream.method !== ours.method) this.differ(subject, 'method', upstream.method, ours.method);
    if (upstream.path !== ours.path) this.differ(subject, 'path', upstream.path, ours.path);
    const byKey = (entry: SpecOperation) => new Map(entry.parameters.map((parameter) => [`${parameter.in}.${parameter.name}`, parameter]));
    const [upstreamParameters, ourParameters] = [byKey(upstream), byKey(ours)];
    for (const key of new Set([...upstreamParameters.keys(), ...ourParameters.keys()])) {
      const at = `parameters.${key}`;
      const [upstreamParameter, ourParameter] = [upstreamParameters.get(key), ourParameters.get(key)];
      if (!upstreamParameter || !ourParameter) {
        this.differ(subject, at, upstreamParameter && 'defined', ourParameter && 'defined');
        continue;
      }
      if (Boolean(upstreamParameter.required) !== Boolean(ourParameter.required)) {
        this.differ(subject, `${at}.required`, Boolean(upstreamParameter.required), Boolean(ourParameter.required));
      }
      this.schema(subject, `${at}.schema`, upstreamParameter.schema, ourParameter.schema);
    }
    const [upstreamBody, ourBody] = [upstream.requestBody, ours.requestBody];
    if (!upstreamBody || !ourBody) {
      if (upstreamBody || ourBody) this.differ(subject, 'requestBody', upstreamBody && 'defined', ourBody && 'defined');
    } else {
      if (Boolean(upstreamBody.required) !== Boolean(ourBody.required)) {
        this.differ(subject, 'requestBody.required', Boolean(upstreamBody.required), Boolean(ourBody.required));
      }
      this.content(subject, 'requestBody', upstreamBody.content, ourBody.content);
    }
    for (const status of new Set([...Object.keys(upstream.responses), ...Object.keys(ours.responses)])) {
      const [upstreamResponse, ourResponse] = [upstream.responses[status], ours.responses[status]];
      if (!upstreamResponse || !ourResponse)
        this.differ(subject, `responses.${status}`, upstreamResponse && 'defined', ourResponse && 'defined');
      else this.content(subject, `responses.${status}`, upstreamResponse.content, ourResponse.content);
    }
    const security = (requirements: SecurityRequirement[]) =>
      requirements
        .map((requirement) => Object.keys(requirement).sort().join(' + ') || 'none')
        .sort()
        .join(' | ') || 'none';
    if (security(upstream.security) !== security(ours.security))
      this.differ(subject, 'security', security(upstream.security), security(ours.security));
  }
}

/** Every structural difference between upstream's operations and ours, documented or not. */
export function compareWithUpstream(upstream: OpenApiDocument, ours: OpenApiDocument): UpstreamDifference[] {
  const comparison = new Comparison(upstream, ours);
  const upstreamById = new Map(
    specOperations(upstream).flatMap((entry) => (entry.operationId ? [[entry.operationId, entry] as const] : [])),
  );
  for (const entry of specOperations(ours)) {
    const counterpart = entry.operationId ? upstreamById.get(entry.operationId) : undefined;
    if (!counterpart)
      comparison.differences.push({ subject: entry.name, path: '', upstream: ABSENT, ours: `${entry.method.toUpperCase()} ${entry.path}` });
    else comparison.operation(counterpart, entry);
  }
  return comparison.differences;
}

/** One line per difference: `  CustomerAccount properties.x.type: upstream "string", ours "boolean"`. */
export function formatDifference({ subject, path, upstream, ours }: UpstreamDifference): string {
  const show = (value: unknown) => (value === ABSENT ? ABSENT : JSON.stringify(value));
  return `  ${subject}${path ? ` ${path}` : ''}: upstream ${show(upstream)}, ours ${show(ours)}`;
}

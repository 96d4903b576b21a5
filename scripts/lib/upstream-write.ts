/**
 * `npm run upstream -- FILE --write`: applies upstream's structural differences to our
 * spec's YAML in place, keeping its comments, descriptions and examples. Elements that
 * are new to our spec come without a description, so lint fails until someone writes
 * one. What cannot be applied safely (a renamed path or method, an operation upstream
 * lacks) is returned to be reported instead.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { type Document, isCollection, isSeq, parseDocument, type ToStringOptions } from 'yaml';
import { keepUnchangedLines } from './line-merge.js';
import { ScriptError, shortPath } from './report.js';
import { specFile } from './spec.js';
import { type OpenApiDocument, type ParameterObject, resolveRef, specOperations } from './spec-model.js';
import { ABSENT, type UpstreamDifference } from './upstream.js';

type Node = Record<string, unknown>;

/** The spec's layout where the library can follow it: `[Accounts]`, not `[ Accounts ]`; long lines not folded anew. */
const layout: ToStringOptions = { lineWidth: 0, flowCollectionPadding: false };

/** Upstream's element with every `$ref` inlined and no description: our spec has none of its component names. */
function standalone(upstream: OpenApiDocument, value: unknown, depth = 0): unknown {
  if (depth > 24 || value === null || typeof value !== 'object') return value;
  const resolved = resolveRef(upstream, value);
  if (Array.isArray(resolved)) return resolved.map((entry) => standalone(upstream, entry, depth + 1));
  return Object.fromEntries(
    Object.entries(resolved as Node)
      .filter(([key]) => key !== 'description' && key !== 'summary')
      .map(([key, entry]) => [key, standalone(upstream, entry, depth + 1)]),
  );
}

/** A `$ref` target as a YAML path: `#/components/schemas/X` → ['components', 'schemas', 'X']. */
const refPath = (ref: string) =>
  ref
    .replace(/^#\//, '')
    .split('/')
    .map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));

export class SpecWriter {
  private readonly yaml: Document;
  /** The spec as the library writes it before any change: lines equal to the file's anchor the merge in save(). */
  private readonly unchanged: string;

  private constructor(
    private readonly file: string,
    private readonly text: string,
    private ours: OpenApiDocument,
    private readonly upstream: OpenApiDocument,
  ) {
    this.yaml = parseDocument(text);
    this.unchanged = this.yaml.toString(layout);
  }

  /** Sets a value; a collection keeps the flow or block style of the one it replaces. */
  private setKeepingStyle(path: Array<string | number>, value: unknown): void {
    const existing = this.yaml.getIn(path, true);
    const node = this.yaml.createNode(value);
    if (isCollection(existing) && isCollection(node)) node.flow = existing.flow;
    this.yaml.setIn(path, node);
  }

  /** Applies one difference and re-reads our document, so list positions stay true for the next. */
  applyAndRefresh(difference: UpstreamDifference): boolean {
    const applied = this.apply(difference);
    this.ours = this.yaml.toJS() as OpenApiDocument;
    return applied;
  }

  static async open(upstream: OpenApiDocument, ours: OpenApiDocument, file = specFile): Promise<SpecWriter> {
    return new SpecWriter(file, await readFile(file, 'utf8'), ours, upstream);
  }

  /** Follows the segments from `start` in our document, jumping through `$ref`s, to a concrete YAML path. */
  private locate(start: Array<string | number>, segments: string[]): Array<string | number> {
    let path = [...start];
    for (const segment of segments) {
      const node = this.yaml.getIn(path) as { toJSON?: () => unknown } | undefined;
      const ref = (node?.toJSON?.() as { $ref?: unknown } | undefined)?.$ref;
      if (typeof ref === 'string') path = refPath(ref);
      path.push(segment);
    }
    return path;
  }

  /** The value upstream has at the same place, as our spec should hold it. */
  private upstreamValue(difference: UpstreamDifference, locateUpstream: () => unknown): unknown {
    return difference.upstream === 'defined' ? standalone(this.upstream, locateUpstream()) : difference.upstream;
  }

  /** Applies one difference; returns false when it is left for a person. */
  private apply(difference: UpstreamDifference): boolean {
    const segments = difference.path === '' ? [] : difference.path.split('.');
    const schemaName = /^schema (.+)$/.exec(difference.subject)?.[1];
    if (schemaName) return this.applyAt(['components', 'schemas', schemaName], segments, difference, this.upstreamSchemaLookup(schemaName));
    const ours = specOperations(this.ours).find((entry) => entry.name === difference.subject);
    const theirs = ours && specOperations(this.upstream).find((entry) => entry.operationId === ours.operationId);
    if (!ours || !theirs || segments.length === 0 || segments[0] === 'method' || segments[0] === 'path') return false;
    const operationPath = ['paths', ours.path, ours.method];
    if (segments[0] === 'security') {
      this.setKeepingStyle([...operationPath, 'security'], theirs.security);
      return true;
    }
    if (segments[0] === 'parameters') {
      const [, location, name, ...rest] = segments;
      const matches = (parameter: ParameterObject) => parameter.in === location && parameter.name === name;
      const own = ours.operation.parameters ?? [];
      const index = own.findIndex((raw) => matches(resolveRef(this.ours, raw)));
      const upstreamParameter = theirs.parameters.find(matches);
      if (rest.length === 0) {
        if (difference.ours === ABSENT && upstreamParameter) {
          if (!isSeq(this.yaml.getIn([...operationPath, 'parameters']))) this.yaml.setIn([...operationPath, 'parameters'], []);
          this.yaml.addIn([...operationPath, 'parameters'], standalone(this.upstream, upstreamParameter));
          return true;
        }
        if (difference.upstream === ABSENT && index >= 0) {
          this.yaml.deleteIn([...operationPath, 'parameters', index]);
          return true;
        }
        return false;
      }
      if (index < 0 || !upstreamParameter) return false;
      return this.applyAt([...operationPath, 'parameters', index], rest, difference, (path) =>
        walk(this.upstream, upstreamParameter, path),
      );
    }
    return this.applyAt(operationPath, segments, difference, (path) => walk(this.upstream, theirs.operation, path));
  }

  private upstreamSchemaLookup(name: string): (path: string[]) => unknown {
    const schemas = (this.upstream.components as { schemas?: Node } | undefined)?.schemas ?? {};
    return (path) => walk(this.upstream, schemas[name], path);
  }

  private applyAt(
    start: Array<string | number>,
    segments: string[],
    difference: UpstreamDifference,
    upstreamAt: (path: string[]) => unknown,
  ): boolean {
    const last = segments.at(-1);
    const parentSegments = segments.slice(0, -1);
    // `required.NAME`: membership of a list, not a key.
    if (parentSegments.at(-1) === 'required' && typeof difference.upstream === 'boolean') {
      const listPath = this.locate(start, parentSegments);
      const list = this.yaml.getIn(listPath, true);
      // Edited in place, so the list keeps its style and only the one entry's line changes.
      const current = isSeq(list) ? (list.toJSON() as string[]) : [];
      if (difference.upstream) {
        if (isSeq(list)) list.add(this.yaml.createNode(last!));
        else this.yaml.setIn(listPath, [last!]);
      } else if (current.includes(last!)) {
        if (current.length === 1) this.yaml.deleteIn(listPath);
        else this.yaml.deleteIn([...listPath, current.indexOf(last!)]);
      }
      return true;
    }
    const path = this.locate(start, segments);
    if (difference.upstream === ABSENT) {
      this.yaml.deleteIn(path);
      // A property that is gone is no longer required either.
      if (parentSegments.at(-1) === 'properties')
        this.applyAt(start, [...parentSegments.slice(0, -1), 'required', last!], { ...difference, upstream: false }, upstreamAt);
    } else {
      this.setKeepingStyle(
        path,
        this.upstreamValue(difference, () => upstreamAt(segments)),
      );
    }
    return true;
  }

  async save(): Promise<void> {
    if (this.yaml.errors.length > 0) throw new ScriptError(shortPath(this.file), `cannot be rewritten: ${this.yaml.errors[0]!.message}`);
    await writeFile(this.file, keepUnchangedLines(this.text, this.unchanged, this.yaml.toString(layout)));
  }
}

/** Follows dot segments through upstream's document, resolving `$ref`s on the way. */
function walk(document: OpenApiDocument, start: unknown, segments: string[]): unknown {
  let node = resolveRef(document, start);
  for (const segment of segments) {
    node = resolveRef(document, (node as Node | undefined)?.[segment]);
    if (node === undefined) return undefined;
  }
  return node;
}

/**
 * What changed between two versions of the spec, seen from a client user: per
 * operation, each change to operations, parameters, request and response
 * properties, types, formats, required lists, enum values and status codes, and
 * whether it breaks code written against the old version.
 *
 * Direction matters: a client *sends* requests and *receives* responses. A change
 * that widens what it must send, or what it may receive, breaks it.
 */
import {
  type OpenApiDocument,
  type ParameterObject,
  resolveRef,
  type SchemaObject,
  type SpecOperation,
  specOperations,
} from './spec-model.js';

export interface SpecChange {
  /** `GetCustomerAccount`, or `METHOD /path` for operations without an id. */
  operation: string;
  /** Where in the operation: `parameter query status`, `response 200 application/json accounts[].id`, … */
  where: string;
  description: string;
  breaking: boolean;
}

type Document = OpenApiDocument;
type Schema = SchemaObject;

/** Which way data flows through the schema being compared. */
type Direction = 'request' | 'response';

/** The operations of a document by `METHOD /path`, the key that survives a rename. */
function operationsOf(document: Document): Map<string, SpecOperation> {
  return new Map(specOperations(document).map((entry) => [`${entry.method.toUpperCase()} ${entry.path}`, entry]));
}

function typeLabel(schema: Schema | undefined): string {
  if (!schema) return 'nothing';
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants) return variants.map((variant) => typeLabel(variant)).join(' | ');
  return `${schema.type ?? 'any'}${schema.format ? ` (${schema.format})` : ''}`;
}

class Differ {
  readonly changes: SpecChange[] = [];

  constructor(
    private readonly before: Document,
    private readonly after: Document,
  ) {}

  private add(operation: string, where: string, description: string, breaking: boolean): void {
    this.changes.push({ operation, where, description, breaking });
  }

  /**
   * Compares two schemas found at `location` (such as `response 200 application/json`);
   * `path` is the field inside it (`accounts[].balance`), empty for the root.
   */
  compareSchemas(
    operation: string,
    location: string,
    path: string,
    oldRaw: Schema | undefined,
    newRaw: Schema | undefined,
    direction: Direction,
    seen = new Set<string>(),
  ): void {
    const where = path ? `${location} ${path}` : location;
    const refKey = `${oldRaw?.$ref ?? ''}|${newRaw?.$ref ?? ''}|${where}`;
    if (seen.has(refKey) || seen.size > 64) return;
    const nextSeen = new Set(seen).add(refKey);
    const oldSchema = oldRaw && resolveRef(this.before, oldRaw);
    const newSchema = newRaw && resolveRef(this.after, newRaw);
    if (!oldSchema || !newSchema) return;

    if (typeLabel(oldSchema) !== typeLabel(newSchema)) {
      const widened = direction === 'request' && oldSchema.type === 'integer' && newSchema.type === 'number' && !newSchema.format;
      this.add(operation, where, `type changed from ${typeLabel(oldSchema)} to ${typeLabel(newSchema)}`, !widened);
    }
    if (Boolean(oldSchema.nullable) !== Boolean(newSchema.nullable)) {
      const nowNullable = Boolean(newSchema.nullable);
      // A response that may now be null, or a request that may no longer be, breaks the client.
      const breaking = direction === 'response' ? nowNullable : !nowNullable;
      this.add(operation, where, nowNullable ? 'may now be null' : 'may no longer be null', breaking);
    }
    const oldEnum = (oldSchema.enum ?? []).map(String);
    const newEnum = (newSchema.enum ?? []).map(String);
    if (oldSchema.enum || newSchema.enum) {
      for (const value of newEnum.filter((entry) => !oldEnum.includes(entry))) {
        // Clients switch over response values; a new one reaches code that cannot handle it.
        this.add(operation, where, `enum value "${value}" added`, direction === 'response' || !oldSchema.enum);
      }
      for (const value of oldEnum.filter((entry) => !newEnum.includes(entry))) {
        this.add(operation, where, `enum value "${value}" removed`, direction === 'request' || !newSchema.enum);
      }
    }

    const oldProperties = oldSchema.properties ?? {};
    const newProperties = newSchema.properties ?? {};
    const oldRequired = new Set(oldSchema.required ?? []);
    const newRequired = new Set(newSchema.required ?? []);
    const field = (name: string) => (path ? `${path}.${name}` : name);
    for (const name of Object.keys(newProperties).filter((key) => !(key in oldProperties))) {
      const required = newRequired.has(name);
      const breaking = direction === 'request' && required;
      this.add(operation, `${location} ${field(name)}`, `${required ? 'required' : 'optional'} property added`, breaking);
    }
    for (const name of Object.keys(oldProperties).filter((key) => !(key in newProperties))) {
      this.add(operation, `${location} ${field(name)}`, 'property removed', true);
    }
    for (const name of Object.keys(oldProperties).filter((key) => key in newProperties)) {
      if (oldRequired.has(name) !== newRequired.has(name)) {
        const nowRequired = newRequired.has(name);
        const breaking = direction === 'request' ? nowRequired : !nowRequired;
        this.add(operation, `${location} ${field(name)}`, nowRequired ? 'became required' : 'became optional', breaking);
      }
      this.compareSchemas(operation, location, field(name), oldProperties[name], newProperties[name], direction, nextSeen);
    }
    if (oldSchema.items || newSchema.items) {
      this.compareSchemas(operation, location, `${path}[]`, oldSchema.items, newSchema.items, direction, nextSeen);
    }
  }

  compareOperation(name: string, oldOperation: SpecOperation, newOperation: SpecOperation): void {
    const byKey = (parameters: ParameterObject[]) =>
      new Map(parameters.map((parameter) => [`${parameter.in} ${parameter.name}`, parameter]));
    const oldParameters = byKey(oldOperation.parameters);
    const newParameters = byKey(newOperation.parameters);
    for (const [key, parameter] of newParameters) {
      if (!oldParameters.has(key)) {
        this.add(name, `parameter ${key}`, `${parameter.required ? 'required' : 'optional'} parameter added`, parameter.required === true);
      }
    }
    for (const [key, oldParameter] of oldParameters) {
      const newParameter = newParameters.get(key);
      if (!newParameter) {
        this.add(name, `parameter ${key}`, 'parameter removed', true);
        continue;
      }
      if (Boolean(oldParameter.required) !== Boolean(newParameter.required)) {
        this.add(name, `parameter ${key}`, newParameter.required ? 'became required' : 'became optional', newParameter.required === true);
      }
      this.compareSchemas(name, `parameter ${key}`, '', oldParameter.schema, newParameter.schema, 'request');
    }

    const oldBody = oldOperation.requestBody;
    const newBody = newOperation.requestBody;
    if (!oldBody && newBody)
      this.add(name, 'request body', `${newBody.required ? 'required' : 'optional'} request body added`, newBody.required === true);
    if (oldBody && !newBody) this.add(name, 'request body', 'request body removed', true);
    for (const [mediaType, media] of Object.entries(newBody?.content ?? {})) {
      const before = oldBody?.content?.[mediaType];
      if (oldBody && !before) this.add(name, `request body ${mediaType}`, 'media type added', false);
      if (before) this.compareSchemas(name, `request ${mediaType}`, '', before.schema, media.schema, 'request');
    }
    for (const mediaType of Object.keys(oldBody?.content ?? {})) {
      if (newBody && !newBody.content?.[mediaType]) this.add(name, `request body ${mediaType}`, 'media type removed', true);
    }

    const oldResponses = oldOperation.responses;
    const newResponses = newOperation.responses;
    for (const status of Object.keys(newResponses).filter((code) => !(code in oldResponses))) {
      this.add(name, `response ${status}`, 'status code added', false);
    }
    for (const status of Object.keys(oldResponses).filter((code) => !(code in newResponses))) {
      this.add(name, `response ${status}`, 'status code removed', true);
    }
    for (const status of Object.keys(oldResponses).filter((code) => code in newResponses)) {
      const before = oldResponses[status]!;
      const after = newResponses[status]!;
      for (const [mediaType, media] of Object.entries(after.content ?? {})) {
        const old = before.content?.[mediaType];
        if (!old) this.add(name, `response ${status} ${mediaType}`, 'media type added', false);
        else this.compareSchemas(name, `response ${status} ${mediaType}`, '', old.schema, media.schema, 'response');
      }
      for (const mediaType of Object.keys(before.content ?? {})) {
        if (!after.content?.[mediaType]) this.add(name, `response ${status} ${mediaType}`, 'media type removed', true);
      }
    }
  }
}

/** Every client-visible change from `before` to `after`. */
export function diffSpecs(before: Document, after: Document): SpecChange[] {
  const differ = new Differ(before, after);
  const oldOperations = operationsOf(before);
  const newOperations = operationsOf(after);
  for (const [key, { name }] of newOperations) {
    if (!oldOperations.has(key)) differ.changes.push({ operation: name, where: key, description: 'operation added', breaking: false });
  }
  for (const [key, old] of oldOperations) {
    const { name } = old;
    const current = newOperations.get(key);
    if (!current) {
      differ.changes.push({ operation: name, where: key, description: 'operation removed', breaking: true });
      continue;
    }
    if (current.name !== name) {
      differ.changes.push({ operation: name, where: key, description: `operationId renamed to ${current.name}`, breaking: true });
    }
    differ.compareOperation(name, old, current);
  }
  return differ.changes;
}

/** The changes grouped by operation, one line each, marked BREAKING or ok. */
export function formatReport(changes: SpecChange[]): string[] {
  const byOperation = new Map<string, SpecChange[]>();
  for (const change of changes) byOperation.set(change.operation, [...(byOperation.get(change.operation) ?? []), change]);
  const lines: string[] = [];
  for (const [operation, list] of [...byOperation].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(operation);
    for (const change of list) lines.push(`  ${change.breaking ? 'BREAKING' : 'ok      '}  ${change.where}: ${change.description}`);
  }
  return lines;
}

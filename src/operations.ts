/**
 * Knowledge of the spec's operations at run time: which operation a request is,
 * and whether a call's arguments fit its parameters before anything is sent.
 */
import { type OperationDescription, type OperationParameter, operations } from '../generated/operations.js';
import { FinicityInputError } from './errors.js';

export type { OperationDescription };

interface CompiledOperation {
  operation: OperationDescription;
  pattern: RegExp;
}

/** A pattern for the paths a template matches: each `{name}` one non-empty segment, every other character itself. */
export function templatePattern(template: string): RegExp {
  return new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`);
}

/** Each operation's path as a pattern: built at the first call, not at import (a third of what importing the package evaluated). */
let compiled: CompiledOperation[] | undefined;

/** The operation a request targets, from its method and path (below the base URL's path). */
export function findOperation(method: string, path: string): OperationDescription | undefined {
  compiled ??= operations.map((operation) => ({ operation, pattern: templatePattern(operation.path) }));
  const upper = method.toUpperCase();
  return compiled.find((entry) => entry.operation.method === upper && entry.pattern.test(path))?.operation;
}

/** The operation that trades partner credentials for a token: generation fails unless the spec marks exactly one. */
export function tokenOperation(): OperationDescription {
  return operations.find((entry) => entry.issuesToken)!;
}

/** The operation openapi-fetch calls by method and path template (`schemaPath`). */
let operationsByTemplate: Map<string, OperationDescription> | undefined;
export function findOperationByTemplate(method: string, template: string): OperationDescription | undefined {
  operationsByTemplate ??= new Map(operations.map((operation) => [`${operation.method} ${operation.path}`, operation]));
  return operationsByTemplate.get(`${method} ${template}`);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value);
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

/** What is wrong with `value` for `parameter`, in words that follow its name; `undefined` when it fits. */
function problemWith(parameter: OperationParameter, value: unknown): string | undefined {
  if (value === undefined) return parameter.required ? 'is required' : undefined;
  if (parameter.type === 'integer') return Number.isSafeInteger(value) ? undefined : `must be an integer, got ${describe(value)}`;
  // An id records carry as a number or as a string of digits: either form passes on as it is.
  if (parameter.type === 'integer|string') {
    const fits = Number.isSafeInteger(value) || (typeof value === 'string' && /^[0-9]+$/.test(value));
    return fits ? undefined : `must be an integer or a string of digits, got ${describe(value)}`;
  }
  if (parameter.type !== 'string') return undefined;
  if (typeof value !== 'string') {
    // Account records carry some ids (institutionLoginId) as numbers; say exactly what to pass.
    const hint = Number.isSafeInteger(value) ? `; pass String(${value}), that is "${value}"` : '';
    return `must be a string, got ${describe(value)}${hint}`;
  }
  if (parameter.in === 'path' && value.trim() === '') return 'must not be empty';
  // URL parsers resolve these as "this folder" and "parent folder", even percent-encoded.
  if (parameter.in === 'path' && (value === '.' || value === '..')) return `must not be "${value}"`;
  // A lone surrogate has no UTF-8 form, so it cannot be percent-encoded into a URL.
  return LONE_SURROGATE.test(value) ? 'contains a lone UTF-16 surrogate, which no URL can carry' : undefined;
}

function camelCase(name: string): string {
  return name.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * Checks a call's arguments against the operation's parameters. `lookup` returns
 * the value a caller gave for a parameter, however the client shapes them.
 */
export function checkArguments(operation: OperationDescription, lookup: (parameter: OperationParameter) => unknown): void {
  const { operationId } = operation;
  for (const parameter of operation.parameters) {
    const problem = (parameter.in === 'path' || parameter.in === 'query') && problemWith(parameter, lookup(parameter));
    if (problem) {
      throw new FinicityInputError(`${operationId}: ${parameter.in} parameter ${parameter.name} ${problem}`, { operation: operationId });
    }
  }
}

/**
 * The class client's argument names: its generator turns `account_type` into `accountType`.
 * The generation scripts apply the same rule for the docs (they cannot share this module:
 * src/ builds on generated/, never the other way round); test/src/input.test.ts checks
 * this one against the generated classes.
 */
export function classClientArgumentName(parameter: OperationParameter): string {
  return camelCase(parameter.name);
}

/** The class client's method name for an operation: `GetCustomerAccount` → `getCustomerAccount`. */
export function classClientMethodName(operation: OperationDescription): string {
  return operation.operationId.charAt(0).toLowerCase() + operation.operationId.slice(1);
}

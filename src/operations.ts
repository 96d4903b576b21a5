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

const compiled: CompiledOperation[] = operations.map((operation) => ({
  operation,
  pattern: new RegExp(`^${operation.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

/** The operation a request targets, from its method and path (below the base URL's path). */
export function findOperation(method: string, path: string): OperationDescription | undefined {
  const upper = method.toUpperCase();
  return compiled.find((entry) => entry.operation.method === upper && entry.pattern.test(path))?.operation;
}

/** The operation that trades partner credentials for a token (the spec marks exactly one). */
export function tokenOperation(): OperationDescription {
  const operation = operations.find((entry) => entry.issuesToken);
  if (!operation) throw new Error('generated/operations.ts has no token-issuing operation: regenerate from a spec that marks one');
  return operation;
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

function checkValue(operationId: string, parameter: OperationParameter, value: unknown): void {
  const label = `${operationId}: ${parameter.in} parameter ${parameter.name}`;
  if (value === undefined) {
    if (parameter.required) throw new FinicityInputError(`${label} is required`, { operation: operationId });
    return;
  }
  switch (parameter.type) {
    case 'integer':
      if (!Number.isSafeInteger(value)) {
        throw new FinicityInputError(`${label} must be an integer, got ${describe(value)}`, { operation: operationId });
      }
      return;
    case 'string':
      if (typeof value !== 'string') {
        // Account records carry some ids (institutionLoginId) as numbers; say exactly what to pass.
        const hint = typeof value === 'number' && Number.isSafeInteger(value) ? `; pass String(${value}), that is "${value}"` : '';
        throw new FinicityInputError(`${label} must be a string, got ${describe(value)}${hint}`, { operation: operationId });
      }
      if (parameter.in === 'path' && value.trim() === '') {
        throw new FinicityInputError(`${label} must not be empty`, { operation: operationId });
      }
      // URL parsers resolve these as "this folder" and "parent folder", even percent-encoded.
      if (parameter.in === 'path' && (value === '.' || value === '..')) {
        throw new FinicityInputError(`${label} must not be "${value}"`, { operation: operationId });
      }
      // A lone surrogate has no UTF-8 form, so it cannot be percent-encoded into a URL.
      if (LONE_SURROGATE.test(value)) {
        throw new FinicityInputError(`${label} contains a lone UTF-16 surrogate, which no URL can carry`, { operation: operationId });
      }
      return;
    default:
      return;
  }
}

function camelCase(name: string): string {
  return name.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * Checks a call's arguments against the operation's parameters. `lookup` returns
 * the value a caller gave for a parameter, however the client shapes them.
 */
export function checkArguments(operation: OperationDescription, lookup: (parameter: OperationParameter) => unknown): void {
  for (const parameter of operation.parameters) {
    if (parameter.in === 'path' || parameter.in === 'query') {
      checkValue(operation.operationId, parameter, lookup(parameter));
    }
  }
}

/** The class client's argument names: its generator turns `account_type` into `accountType`. */
export function classClientArgumentName(parameter: OperationParameter): string {
  return camelCase(parameter.name);
}

/** The class client's method name for an operation: `GetCustomerAccount` → `getCustomerAccount`. */
export function classClientMethodName(operation: OperationDescription): string {
  return operation.operationId.charAt(0).toLowerCase() + operation.operationId.slice(1);
}

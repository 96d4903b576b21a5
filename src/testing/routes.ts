/**
 * Which operation a request is, and whether its parameters are well formed, read from the
 * generated operations table (the spec's paths, methods and parameter types): the fake
 * keeps no list of routes of its own.
 */
import type { OperationDescription, OperationParameter } from '../../generated/operations.js';

export interface Route {
  readonly operation: OperationDescription;
  readonly pattern: RegExp;
  /** The path template's parameter names, in the order of the pattern's groups. */
  readonly names: readonly string[];
}

export interface RouteMatch {
  readonly operation: OperationDescription;
  /** Path parameters, percent-decoded. */
  readonly pathParams: Readonly<Record<string, string>>;
}

/** `/a/{id}/b` → `^/a/([^/]+)/b$` with the names `['id']`. */
export function routeOf(operation: OperationDescription): Route {
  const names: string[] = [];
  const source = operation.path
    .split(/(\{[^}]+\})/)
    .map((piece) => {
      if (!piece.startsWith('{')) return piece.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      names.push(piece.slice(1, -1));
      return '([^/]+)';
    })
    .join('');
  return { operation, pattern: new RegExp(`^${source}$`), names };
}

/**
 * The operation for a method and path; undefined when none has both. A segment that does
 * not percent-decode matches nothing, as no id could be sent that way.
 */
export function matchRoute(routes: readonly Route[], method: string, pathname: string): RouteMatch | undefined {
  for (const route of routes) {
    if (route.operation.method !== method.toUpperCase()) continue;
    const found = route.pattern.exec(pathname);
    if (!found) continue;
    const pathParams = decodedParams(route.names, found.slice(1));
    return pathParams === null ? undefined : { operation: route.operation, pathParams };
  }
  return undefined;
}

/** The path parameters by name, percent-decoded; null when a segment does not decode. */
function decodedParams(names: readonly string[], segments: readonly string[]): Record<string, string> | null {
  try {
    return Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(segments[index]!)]));
  } catch {
    return null;
  }
}

/** Any text: a string; and arrays and objects, which appear in no path or query of this API, so the fake does not parse them. */
const anyText = () => true;

const wholeNumber = (value: string) => /^-?[0-9]+$/.test(value);

const wellFormed: Record<OperationParameter['type'], (value: string) => boolean> = {
  string: anyText,
  integer: wholeNumber,
  // An id sent as a number or as a string of digits reads as an integer in a path.
  'integer|string': wholeNumber,
  number: (value) => value.trim() !== '' && Number.isFinite(Number(value)),
  boolean: (value) => value === 'true' || value === 'false',
  array: anyText,
  object: anyText,
};

/** The first path or query parameter that is missing while required, or not of its declared type; undefined when all are fine. */
export function parameterProblem(
  operation: OperationDescription,
  pathParams: Readonly<Record<string, string>>,
  query: URLSearchParams,
): { name: string; missing: boolean } | undefined {
  for (const parameter of operation.parameters) {
    // Headers and cookies are not the fake's to check: the credentials' headers are judged before.
    if (parameter.in !== 'path' && parameter.in !== 'query') continue;
    const value = parameter.in === 'path' ? pathParams[parameter.name] : query.get(parameter.name);
    if (value === undefined || value === null) {
      if (parameter.required) return { name: parameter.name, missing: true };
      continue;
    }
    if (!wellFormed[parameter.type](value)) return { name: parameter.name, missing: false };
  }
  return undefined;
}

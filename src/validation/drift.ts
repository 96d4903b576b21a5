/**
 * The rules that turn a validator's findings into a drift report (pure functions), and
 * `driftOf`, which runs the generated validator of an answer. Everything a report says
 * comes from the schema or from a value's type, never from a value: answers carry
 * account numbers and balances.
 */
import { responseValidators, type ValidationError } from '../../generated/response-validators.js';
import type { DriftDifference, DriftReport } from '../errors.js';
import type { CheckedAnswer } from '../options.js';

/** The JSON type of a value, with whole numbers as `integer`. */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** The value at a JSON pointer such as `/accounts/0/detail` (`undefined` when nothing is there). */
export function valueAt(body: unknown, pointer: string): unknown {
  let value = body;
  for (const token of pointer.split('/').slice(1)) {
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}

/** A property name as one JSON pointer token. */
const pointerToken = (name: string) => name.replace(/~/g, '~0').replace(/\//g, '~1');

/** What one finding says the spec expects, from the schema's side of the finding only. */
export function expectation({ keyword, params }: Pick<ValidationError, 'keyword' | 'params'>): string {
  switch (keyword) {
    case 'type':
      return [params.type].flat().join(' or ');
    case 'required':
      return 'present';
    case 'pattern':
      return `string matching ${String(params.pattern)}`;
    case 'maxLength':
      return `at most ${String(params.limit)} characters`;
    case 'minLength':
      return `at least ${String(params.limit)} characters`;
    default:
      return keyword;
  }
}

const isAlternatives = (finding: ValidationError) => finding.keyword === 'oneOf' || finding.keyword === 'anyOf';

/** Whether `finding` was made inside the alternatives of `parent` (a branch's own failure, summed up by the parent); never itself. */
function isBranchOf(finding: ValidationError, parent: ValidationError): boolean {
  return (
    finding.schemaPath.startsWith(`${parent.schemaPath}/`) &&
    (finding.instancePath === parent.instancePath || finding.instancePath.startsWith(`${parent.instancePath}/`))
  );
}

/**
 * One difference per place: a failed `oneOf`/`anyOf` becomes one difference whose
 * expectation lists its branches' (`integer or string matching ^[0-9]+$`), and a missing
 * required property is reported at its own path as `absent`.
 */
export function differencesOf(findings: readonly ValidationError[], body: unknown): DriftDifference[] {
  const alternatives = findings.filter(isAlternatives);
  const differences: DriftDifference[] = [];
  for (const finding of findings) {
    if (alternatives.some((parent) => isBranchOf(finding, parent))) continue;
    if (isAlternatives(finding)) {
      const branches = findings.filter((branch) => isBranchOf(branch, finding)).map(expectation);
      const received = jsonType(valueAt(body, finding.instancePath));
      differences.push({ path: finding.instancePath, expected: [...new Set(branches)].join(' or '), received });
    } else if (finding.keyword === 'required') {
      const path = `${finding.instancePath}/${pointerToken(String(finding.params.missingProperty))}`;
      differences.push({ path, expected: 'present', received: 'absent' });
    } else {
      differences.push({
        path: finding.instancePath,
        expected: expectation(finding),
        received: jsonType(valueAt(body, finding.instancePath)),
      });
    }
  }
  return differences;
}

/** Whether a content type is JSON (`application/json`, `application/problem+json`, with parameters or not). */
export function isJsonType(contentType: string | null): boolean {
  return contentType !== null && /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(contentType);
}

/**
 * The report of an answer that differs from the spec, or `undefined` when it fits, has no
 * schema, or is no JSON. Ajv's validator runs only when the quick check says no: most
 * answers fit, and for them the quick check costs a fraction of Ajv's. The media type is
 * read only then too: a fitting body is no drift whatever its type, and reading a header
 * cost a third of the whole check.
 */
export function driftOf(answer: CheckedAnswer): DriftReport | undefined {
  const check = responseValidators[answer.operation]?.[String(answer.status)];
  if (!check) return undefined;
  let body: unknown;
  try {
    body = answer.json();
  } catch {
    // Not JSON: the client that reads it reports that itself.
    return undefined;
  }
  const { fits, validate } = check;
  if (fits(body) || !isJsonType(answer.headers.get('content-type')) || validate(body)) return undefined;
  return { operation: answer.operation, status: answer.status, differences: differencesOf(validate.errors ?? [], body) };
}

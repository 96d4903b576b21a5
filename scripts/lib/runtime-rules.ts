/**
 * The runtime rules a spec carries as `x-finicity-…` extensions (timeouts, retries,
 * which calls need a token, which answers mean an expired token or refused
 * credentials), checked and read in one place: lint reports every problem with its
 * line, and generation reads the rules into generated/operations.ts.
 */
import { type OpenApiDocument, type SecurityRequirement, type SpecOperation, specOperations } from './spec-model.js';

export const EXTENSIONS = {
  retryable: 'x-finicity-retryable',
  timeoutMs: 'x-finicity-timeout-ms',
  issuesToken: 'x-finicity-issues-token',
  refusedCredentialStatuses: 'x-finicity-refused-credential-statuses',
  expiredTokenCodes: 'x-finicity-expired-token-codes',
  invalidTokenCodes: 'x-finicity-invalid-token-codes',
  renewAfterSeconds: 'x-finicity-token-renew-after-seconds',
  validSeconds: 'x-finicity-token-valid-seconds',
} as const;

/** A broken rule, located by its path in the document (`paths./x.get.x-finicity-retryable`). */
export interface RuleProblem {
  at: Array<string | number>;
  message: string;
}

export interface OperationRules {
  timeoutMs: number | undefined;
  retryable: boolean;
  requiresToken: boolean;
  issuesToken: boolean;
}

export interface TokenRules {
  expiredTokenCodes: number[];
  invalidTokenCodes: number[];
  refusedCredentialStatuses: number[];
  renewAfterMs: number;
  validForMs: number;
}

export interface RuntimeRules {
  token: TokenRules;
  /** By operation name (operationId, else `METHOD /path`). */
  operations: Map<string, OperationRules>;
}

const isPositiveInteger = (value: unknown): value is number => Number.isInteger(value) && (value as number) > 0;
const isIntegerList = (value: unknown, accept: (entry: number) => boolean): value is number[] =>
  Array.isArray(value) && value.length > 0 && value.every((entry) => Number.isInteger(entry) && accept(entry as number));

/** True when no requirement of the list can be met without the token scheme. */
function needsScheme(security: SecurityRequirement[], scheme: string | undefined): boolean {
  return security.length > 0 && security.every((requirement) => scheme !== undefined && scheme in requirement);
}

/** Checks the rules and reads them; `problems` is empty exactly when `rules` is complete. */
export function inspectRuntimeRules(document: OpenApiDocument): { rules: RuntimeRules; problems: RuleProblem[] } {
  const problems: RuleProblem[] = [];
  const schemes = ((document.components as { securitySchemes?: Record<string, Record<string, unknown>> } | undefined)?.securitySchemes ??
    {}) as Record<string, Record<string, unknown>>;
  const tokenSchemes = Object.entries(schemes).filter(([, scheme]) => EXTENSIONS.expiredTokenCodes in scheme);
  if (tokenSchemes.length !== 1) {
    problems.push({
      at: ['components', 'securitySchemes'],
      message: `exactly one security scheme must declare ${EXTENSIONS.expiredTokenCodes} (the token scheme); found ${tokenSchemes.length}`,
    });
  }
  const [tokenSchemeName, tokenScheme = {}] = tokenSchemes[0] ?? [];
  const schemeAt = ['components', 'securitySchemes', tokenSchemeName ?? ''];
  const expiredTokenCodes = tokenScheme[EXTENSIONS.expiredTokenCodes];
  if (tokenSchemeName && !isIntegerList(expiredTokenCodes, (code) => code > 0)) {
    problems.push({
      at: [...schemeAt, EXTENSIONS.expiredTokenCodes],
      message: `${EXTENSIONS.expiredTokenCodes} must be a non-empty list of positive integers`,
    });
  }
  const invalidTokenCodes = tokenScheme[EXTENSIONS.invalidTokenCodes] ?? [];
  const renewed = isIntegerList(expiredTokenCodes, () => true) ? expiredTokenCodes : [];
  if (tokenSchemeName && !(Array.isArray(invalidTokenCodes) && invalidTokenCodes.every((code) => renewed.includes(code)))) {
    problems.push({
      at: [...schemeAt, EXTENSIONS.invalidTokenCodes],
      message: `${EXTENSIONS.invalidTokenCodes} must list codes of ${EXTENSIONS.expiredTokenCodes} (those meaning invalid rather than expired)`,
    });
  }
  const renewAfter = tokenScheme[EXTENSIONS.renewAfterSeconds];
  if (tokenSchemeName && !isPositiveInteger(renewAfter)) {
    problems.push({
      at: [...schemeAt, EXTENSIONS.renewAfterSeconds],
      message: `${EXTENSIONS.renewAfterSeconds} must be a positive integer (seconds)`,
    });
  }

  const validFor = tokenScheme[EXTENSIONS.validSeconds];
  if (tokenSchemeName && (!isPositiveInteger(validFor) || (isPositiveInteger(renewAfter) && validFor < renewAfter))) {
    problems.push({
      at: [...schemeAt, EXTENSIONS.validSeconds],
      message: `${EXTENSIONS.validSeconds} must be a positive integer (seconds), at least ${EXTENSIONS.renewAfterSeconds}`,
    });
  }

  const operations = new Map<string, OperationRules>();
  const issuers: SpecOperation[] = [];
  for (const entry of specOperations(document)) {
    const at = ['paths', entry.path, entry.method];
    const { operation } = entry;
    const retryable = operation[EXTENSIONS.retryable];
    if (typeof retryable !== 'boolean') {
      problems.push({ at: [...at, EXTENSIONS.retryable], message: `${entry.name} must declare ${EXTENSIONS.retryable}: true or false` });
    }
    const timeoutMs = operation[EXTENSIONS.timeoutMs];
    if (timeoutMs !== undefined && !isPositiveInteger(timeoutMs)) {
      problems.push({
        at: [...at, EXTENSIONS.timeoutMs],
        message: `${entry.name}: ${EXTENSIONS.timeoutMs} must be a positive integer (milliseconds)`,
      });
    }
    const issuesToken = operation[EXTENSIONS.issuesToken];
    if (issuesToken !== undefined && typeof issuesToken !== 'boolean') {
      problems.push({ at: [...at, EXTENSIONS.issuesToken], message: `${entry.name}: ${EXTENSIONS.issuesToken} must be true or false` });
    }
    if (issuesToken === true) issuers.push(entry);
    else if (EXTENSIONS.refusedCredentialStatuses in operation) {
      problems.push({
        at: [...at, EXTENSIONS.refusedCredentialStatuses],
        message: `${entry.name}: ${EXTENSIONS.refusedCredentialStatuses} belongs to the operation with ${EXTENSIONS.issuesToken}`,
      });
    }
    operations.set(entry.name, {
      timeoutMs: isPositiveInteger(timeoutMs) ? timeoutMs : undefined,
      retryable: retryable === true,
      requiresToken: needsScheme(entry.security, tokenSchemeName),
      issuesToken: issuesToken === true,
    });
  }

  if (issuers.length !== 1) {
    problems.push({
      at: ['paths'],
      message: `exactly one operation must declare ${EXTENSIONS.issuesToken}: true; found ${issuers.length}`,
    });
  }
  const issuer = issuers[0];
  const refused = issuer?.operation[EXTENSIONS.refusedCredentialStatuses];
  if (issuer) {
    const at = ['paths', issuer.path, issuer.method];
    if (!isIntegerList(refused, (status) => status >= 400 && status <= 499)) {
      problems.push({
        at: [...at, EXTENSIONS.refusedCredentialStatuses],
        message: `${issuer.name}: ${EXTENSIONS.refusedCredentialStatuses} must be a non-empty list of 4xx statuses`,
      });
    }
    if (operations.get(issuer.name)?.requiresToken) {
      problems.push({ at: [...at, 'security'], message: `${issuer.name} issues tokens, so its security must not need the token scheme` });
    }
  }

  const rules: RuntimeRules = {
    token: {
      expiredTokenCodes: renewed,
      invalidTokenCodes: Array.isArray(invalidTokenCodes) ? invalidTokenCodes.filter((code) => renewed.includes(code)) : [],
      refusedCredentialStatuses: isIntegerList(refused, () => true) ? refused : [],
      renewAfterMs: isPositiveInteger(renewAfter) ? renewAfter * 1000 : 0,
      validForMs: isPositiveInteger(validFor) ? validFor * 1000 : 0,
    },
    operations,
  };
  return { rules, problems };
}

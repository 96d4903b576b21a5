/**
 * What the fake sends back, before it reaches the wire (node:http) or a `Response` (MSW),
 * and Finicity's own error bodies: codes and messages as the real service sends them,
 * numbers or digit strings alike, each as seen from the service or in the spec's examples.
 */
import type { ErrorMessage } from '../../generated/openapi-generator/models/index.js';

export interface Answer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** The body as sent; undefined for none. */
  readonly body?: string;
  /** Close the connection without an answer (set by a fault). */
  readonly dropConnection?: boolean;
  /** Send the status and headers, then hold the body this long (set by a fault). */
  readonly bodyDelayMs?: number;
}

export function jsonAnswer(status: number, body: unknown): Answer {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

export const noContent: Answer = { status: 204, headers: {} };

function error(status: number, code: number | string, message: string): Answer {
  const body: ErrorMessage = { code, message };
  return jsonAnswer(status, body);
}

export const finicityErrors = {
  missingAppKey: () => error(401, 10026, 'Missing parameter (Finicity-App-Key)'),
  unknownAppKey: () => error(401, '10021', 'You are not authorized.'),
  missingToken: () => error(401, '10024', 'Missing parameter (Finicity-App-Token)'),
  unknownToken: () => error(401, '10022', 'Invalid (Finicity-App-Token)'),
  expiredToken: () => error(401, '10023', 'Expired (Finicity-App-Token)'),
  invalidCredentials: () => error(401, 10001, 'Invalid credentials'),
  partnerNotFound: () => error(404, 12401, 'partner not found'),
  missingParameter: (name: string) => error(400, '10005', `Missing parameter (${name})`),
  badRequest: () => error(400, 14020, 'Bad request.'),
  accountTypeNotSupported: () => error(400, 14020, 'Bad request. (Account type not supported).'),
  invalidStatusFilter: () => error(400, '18017', "status parameter value must be 'active' or 'pending'"),
  customerNotFound: () => error(404, 14001, 'Customer not found.'),
  resourceNotFound: () => error(404, 14001, 'Resource not found.'),
  accountNotFound: (customerId: string, accountId: string) =>
    error(404, 38003, `customer does not have given account (customerId = ${customerId}, accountId = [${accountId}])`),
  noAccountsAtInstitution: (institutionId: string) =>
    error(404, 38006, `Customer does not have any accounts associated with institutionId = (${institutionId})`),
  noAccountsAtInstitutionLogin: (institutionLoginId: string) =>
    error(404, 38007, `Customer does not have any accounts associated with institutionLoginId = (${institutionLoginId})`),
} as const;

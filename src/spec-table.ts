// TEMPORARY: stands in for the rules the spec will carry (generated/operations.ts), until that lands.
import { operations as table, type OperationParameter } from '../generated/operations.js';

export type { OperationParameter };

export interface OperationDescription {
  readonly operationId: string;
  readonly method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH';
  readonly path: string;
  readonly parameters: readonly OperationParameter[];
  readonly timeoutMs: number | undefined;
  readonly retryable: boolean;
  readonly requiresToken: boolean;
  readonly issuesToken: boolean;
}

export interface TokenRules {
  readonly expiredTokenCodes: readonly number[];
  readonly refusedCredentialStatuses: readonly number[];
  readonly renewAfterMs: number;
}

export const tokenRules: TokenRules = { expiredTokenCodes: [10022, 10023], refusedCredentialStatuses: [400, 401, 403, 404], renewAfterMs: 5_400_000 };

export const operations: readonly OperationDescription[] = table.map((operation) => ({
  ...operation,
  timeoutMs: /^Refresh.*V2$/.test(operation.operationId) ? 120_000 : operation.operationId.startsWith('Refresh') ? 180_000 : undefined,
  retryable: operation.method !== 'POST',
  requiresToken: operation.operationId !== 'CreateToken',
  issuesToken: operation.operationId === 'CreateToken',
}));

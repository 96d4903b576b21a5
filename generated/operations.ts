// Generated from spec/accounts.yaml by `npm run generate`. Do not edit by hand.

export interface OperationParameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required: boolean;
  /** `integer|string`: an id the API sends either way, accepted in both forms. */
  readonly type: 'string' | 'integer' | 'integer|string' | 'number' | 'boolean' | 'array' | 'object';
}

export interface OperationDescription {
  readonly operationId: string;
  readonly method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH' | 'HEAD' | 'OPTIONS' | 'TRACE';
  readonly path: string;
  readonly parameters: readonly OperationParameter[];
  /** x-finicity-timeout-ms; undefined: the client's `timeoutMs` option applies. */
  readonly timeoutMs: number | undefined;
  /** x-finicity-retryable: whether the transport may send it again after a transient failure. */
  readonly retryable: boolean;
  /** false when the operation's effective `security` needs only the app key (CreateToken). */
  readonly requiresToken: boolean;
  /** x-finicity-issues-token: this operation trades partner credentials for a token. */
  readonly issuesToken: boolean;
}

export interface TokenRules {
  /** 401 codes that mean the token expired or is invalid: renew once and resend. */
  readonly expiredTokenCodes: readonly number[];
  /** Those of them that say the token is invalid rather than expired (for logs and events). */
  readonly invalidTokenCodes: readonly number[];
  /** Statuses of the token-issuing operation that mean refused credentials: never retried, remembered. */
  readonly refusedCredentialStatuses: readonly number[];
  /** How long a token is reused before a renewal starts (Finicity: renew after 90 min). */
  readonly renewAfterMs: number;
  /** How long a token is accepted (Finicity: two hours): calls keep it until then while the renewal runs. */
  readonly validForMs: number;
}

export const tokenRules: TokenRules = {
  "expiredTokenCodes": [
    10022,
    10023
  ],
  "invalidTokenCodes": [
    10022
  ],
  "refusedCredentialStatuses": [
    400,
    401,
    403,
    404
  ],
  "renewAfterMs": 5400000,
  "validForMs": 7200000
};

export const operations: readonly OperationDescription[] = [
  {
    "operationId": "CreateToken",
    "method": "POST",
    "path": "/aggregation/v2/partners/authentication",
    "parameters": [],
    "timeoutMs": undefined,
    "retryable": false,
    "requiresToken": false,
    "issuesToken": true
  },
  {
    "operationId": "DeleteCustomerAccount",
    "method": "DELETE",
    "path": "/aggregation/v1/customers/{customerId}/accounts/{accountId}",
    "parameters": [
      {
        "name": "customerId",
        "in": "path",
        "required": true,
        "type": "string"
      },
      {
        "name": "accountId",
        "in": "path",
        "required": true,
        "type": "string"
      }
    ],
    "timeoutMs": undefined,
    "retryable": true,
    "requiresToken": true,
    "issuesToken": false
  },
  {
    "operationId": "DeleteCustomerAccountsByInstitutionLogin",
    "method": "DELETE",
    "path": "/aggregation/v1/customers/{customerId}/institutionLogins/{institutionLoginId}",
    "parameters": [
      {
        "name": "customerId",
        "in": "path",
        "required": true,
        "type": "string"
      },
      {
        "name": "institutionLoginId",
        "in": "path",
        "required": true,
        "type": "integer|string"
      }
    ],
    "timeoutMs": undefined,
    "retryable": true,
    "requiresToken": true,
    "issuesToken": false
  },
  {
    "operationId": "GetCustomerAccount",
    "method": "GET",
    "path": "/aggregation/v2/customers/{customerId}/accounts/{accountId}",
    "parameters": [
      {
        "name": "customerId",
        "in": "path",
        "required": true,
        "type": "string"
      },
      {
        "name": "accountId",
        "in": "path",
        "required": true,
        "type": "string"
      }
    ],
    "timeoutMs": undefined,
    "retryable": true,
    "requiresToken": true,
    "issuesToken": false
  },
  {
    "operationId": "GetCustomerAccounts",
    "method": "GET",
    "path": "/aggregation/v1/customers/{customerId}/accounts",
    "parameters": [
      {
        "name": "customerId",
        "in": "path",
        "required": true,
        "type": "string"
      },
      {
        "name": "status",
        "in": "query",
        "required": false,
        "type": "string"
      },
      {
        "name": "account_type",
        "in": "query",
        "required": false,
        "type": "string"
      }
    ],
    "timeoutMs": undefined,
    "retryable": true,
    "requiresToken": true,
    "issuesToken": false
  },
  {
    "operationId": "GetCustomerAccountsByInstitution",
    "method": "GET",
    "path": "/aggregation/v1/customers/{customerId}/institutions/{institutionId}/accounts",
    "parameters": [
      {
        "name": "customerId",
        "in": "path",
        "required": true,
        "type": "string"
      },
      {
        "name": "institutionId",
        "in": "path",
        "required": true,
        "type": "integer|string"
      }
    ],
    "timeoutMs": undefined,
    "retryable": true,
    "requiresToken": true,
    "issuesToken": false
  },
  {
    "operationId": "GetCustomerAccountsByInstitutionLogin",
    "method": "GET",
    "path": "/aggregation/v1/customers/{customerId}/institutionLogins/{institutionLoginId}/accounts",
    "parameters": [
      {
        "name": "customerId",
        "in": "path",
        "required": true,
        "type": "string"
      },
      {
        "name": "institutionLoginId",
        "in": "path",
        "required": true,
        "type": "integer|string"
      }
    ],
    "timeoutMs": undefined,
    "retryable": true,
    "requiresToken": true,
    "issuesToken": false
  },
  {
    "operationId": "RefreshCustomerAccounts",
    "method": "POST",
    "path": "/aggregation/v1/customers/{customerId}/accounts",
    "parameters": [
      {
        "name": "customerId",
        "in": "path",
        "required": true,
        "type": "string"
      }
    ],
    "timeoutMs": 180000,
    "retryable": false,
    "requiresToken": true,
    "issuesToken": false
  },
  {
    "operationId": "RefreshCustomerAccountsByInstitutionLogin",
    "method": "POST",
    "path": "/aggregation/v1/customers/{customerId}/institutionLogins/{institutionLoginId}/accounts",
    "parameters": [
      {
        "name": "customerId",
        "in": "path",
        "required": true,
        "type": "string"
      },
      {
        "name": "institutionLoginId",
        "in": "path",
        "required": true,
        "type": "integer|string"
      },
      {
        "name": "toDate",
        "in": "query",
        "required": false,
        "type": "integer"
      },
      {
        "name": "fromDate",
        "in": "query",
        "required": false,
        "type": "integer"
      }
    ],
    "timeoutMs": 180000,
    "retryable": false,
    "requiresToken": true,
    "issuesToken": false
  },
  {
    "operationId": "RefreshCustomerAccountsByInstitutionLoginV2",
    "method": "POST",
    "path": "/aggregation/v2/customers/{customerId}/institutionLogins/{institutionLoginId}/accounts",
    "parameters": [
      {
        "name": "customerId",
        "in": "path",
        "required": true,
        "type": "string"
      },
      {
        "name": "institutionLoginId",
        "in": "path",
        "required": true,
        "type": "integer|string"
      }
    ],
    "timeoutMs": 120000,
    "retryable": false,
    "requiresToken": true,
    "issuesToken": false
  },
  {
    "operationId": "RefreshCustomerAccountsV2",
    "method": "POST",
    "path": "/aggregation/v2/customers/{customerId}/accounts",
    "parameters": [
      {
        "name": "customerId",
        "in": "path",
        "required": true,
        "type": "string"
      }
    ],
    "timeoutMs": 120000,
    "retryable": false,
    "requiresToken": true,
    "issuesToken": false
  }
];

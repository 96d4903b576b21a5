// Generated from spec/accounts.yaml by `npm run generate`. Do not edit by hand.

export interface OperationParameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required: boolean;
  readonly type: 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';
}

export interface OperationDescription {
  readonly operationId: string;
  readonly method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH';
  readonly path: string;
  readonly parameters: readonly OperationParameter[];
}

export const operations: readonly OperationDescription[] = [
  {
    "operationId": "CreateToken",
    "method": "POST",
    "path": "/aggregation/v2/partners/authentication",
    "parameters": []
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
    ]
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
        "type": "string"
      }
    ]
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
    ]
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
    ]
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
        "type": "integer"
      }
    ]
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
        "type": "string"
      }
    ]
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
    ]
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
        "type": "string"
      }
    ]
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
        "type": "string"
      }
    ]
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
    ]
  }
];

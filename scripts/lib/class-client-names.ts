/**
 * How the typescript-fetch generator (7.0.0) names what it writes, for the docs that quote
 * those names. The runtime applies the first two rules itself (src/operations.ts), and
 * test/src/input.test.ts checks its names against the generated classes.
 */

/** A method's name: `GetCustomerAccount` → `getCustomerAccount`. */
export function classMethodName(operationId: string): string {
  return operationId.charAt(0).toLowerCase() + operationId.slice(1);
}

/** A parameter's field in the method's request object: `account_type` → `accountType`. */
export function classArgumentName(parameterName: string): string {
  return parameterName.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** The field holding a request body, named after its schema: `CreateTokenRequest` → `createTokenRequest`. */
export function classBodyFieldName(schemaName: string): string {
  return classMethodName(schemaName);
}

/** The interface of a method's request object: `GetCustomerAccount` → `GetCustomerAccountRequest`. */
export function classRequestInterfaceName(operationId: string): string {
  return `${operationId.charAt(0).toUpperCase()}${operationId.slice(1)}Request`;
}

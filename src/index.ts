/**
 * finicity-accounts: typed clients for the Finicity Accounts API, generated from
 * spec/accounts.yaml, behind one hand-written transport (auth, timeouts, retries,
 * size cap, redaction, errors).
 */

// For writing openapi-fetch middleware.
export type { Middleware, MiddlewareCallbackParams } from 'openapi-fetch';
// The class clients' types and every schema of the spec by name (plain interfaces, exactly the
// spec's fields), straight from the generated code. Types only: a class built with `new` would
// skip the transport, so the factories are the way in.
export type * from '../generated/openapi-generator/apis/index.js';
export type * from '../generated/openapi-generator/models/index.js';
export type { Middleware as ClassClientMiddleware } from '../generated/openapi-generator/runtime.js';
// openapi-typescript's view of the same spec, as used by openapi-fetch.
export type { components, operations, paths } from '../generated/openapi-typescript/accounts.js';
export { apiErrorOf } from './attached-errors.js';
export {
  type AccountsApiClient,
  type AccountsClient,
  type AuthenticationApiClient,
  createAccountsApi,
  createAccountsClient,
  createAuthenticationApi,
  createFinicityClients,
  dataOrThrow,
  type FinicityClients,
  type WithCallOptions,
} from './clients.js';
export type { RequestTrace, TracedRetry } from './diagnostics.js';
export {
  type DriftDifference,
  type DriftReport,
  type ErrorBodyStandIn,
  FinicityApiError,
  FinicityAuthenticationError,
  FinicityConnectionError,
  FinicityError,
  FinicityInputError,
  FinicityRedirectError,
  FinicityResponseDriftError,
  FinicityResponseError,
  FinicityResponseTooLargeError,
  FinicityTimeoutError,
  FinicityUnexpectedError,
} from './errors.js';
export { clearRecordedRefusal } from './first-use.js';
export type { Log, LogEntry, LogLevel } from './log.js';
export type { AccountsClientOptions, CheckedAnswer, ResponseCheck } from './options.js';
export { type CredentialStore, memoryCredentialStore } from './token/store.js';
export type { CallOptions } from './transport.js';

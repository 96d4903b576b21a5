/**
 * What each operation of the spec does to the fake's state, one handler per operationId.
 * The credentials and the parameters' form were checked before a handler runs. An
 * operation of the spec that has no handler here is answered 501 and fails the kit's
 * tests (`operationsWithoutHandler`), so the fake learns every new operation.
 */
import type { OperationDescription } from '../../generated/operations.js';
import { type Answer, finicityErrors, jsonAnswer, noContent } from './answers.js';
import type { Authentication } from './authentication.js';
import { isAccountStatusFilter, isAccountTypeFilter, isRefreshWindow } from './rules.js';
import { type AccountState, accountsAt } from './state.js';

export interface HandlerContext {
  readonly state: AccountState;
  readonly authentication: Authentication;
  /** Path parameters, decoded. */
  readonly path: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  /** The request body's JSON object; an empty object when there is none, it is not JSON, or it is JSON null. */
  readonly body: object;
  /** The fake's clock in epoch seconds, the unit of every date in an account. */
  readonly nowSeconds: number;
}

export type Handler = (context: HandlerContext) => Answer;

const accountList = (accounts: unknown[]) => jsonAnswer(200, { accounts });

function getCustomerAccounts({ state, path, query }: HandlerContext): Answer {
  const status = query.get('status');
  const accountType = query.get('account_type');
  if (status !== null && !isAccountStatusFilter(status)) return finicityErrors.invalidStatusFilter();
  if (accountType !== null && !isAccountTypeFilter(accountType)) return finicityErrors.accountTypeNotSupported();
  const accounts = state.accounts(path.customerId!, (account) => status === null || account.status === status);
  return accounts ? accountList(accounts) : finicityErrors.customerNotFound();
}

function getCustomerAccount({ state, path }: HandlerContext): Answer {
  const account = state.account(path.customerId!, path.accountId!);
  return account ? jsonAnswer(200, account) : finicityErrors.accountNotFound(path.customerId!, path.accountId!);
}

function getCustomerAccountsByInstitution({ state, path }: HandlerContext): Answer {
  const atInstitution = accountsAt.institution(path.institutionId!);
  // The spec promises the active accounts only.
  const accounts = state.accounts(path.customerId!, (account) => atInstitution(account) && account.status === 'active') ?? [];
  return accounts.length > 0 ? accountList(accounts) : finicityErrors.noAccountsAtInstitution(path.institutionId!);
}

function getCustomerAccountsByInstitutionLogin({ state, path }: HandlerContext): Answer {
  const accounts = state.accounts(path.customerId!, accountsAt.login(path.institutionLoginId!)) ?? [];
  return accounts.length > 0 ? accountList(accounts) : finicityErrors.noAccountsAtInstitutionLogin(path.institutionLoginId!);
}

/** The customer-wide refreshes: every account; V1 answers them, V2 answers 204. */
function refreshCustomer(answerAccounts: boolean): Handler {
  return ({ state, path, nowSeconds }) => {
    if (!state.hasCustomer(path.customerId!)) return finicityErrors.customerNotFound();
    const refreshed = state.refreshAccounts(path.customerId!, accountsAt.all, nowSeconds);
    return answerAccounts ? accountList(refreshed) : noContent;
  };
}

/** The per-login refreshes: the login's accounts; V1 answers them (and takes a transaction window), V2 answers 204. */
function refreshLogin(answerAccounts: boolean): Handler {
  return ({ state, path, query, nowSeconds }) => {
    const [fromDate, toDate] = ['fromDate', 'toDate'].map((name) => (query.has(name) ? Number(query.get(name)) : undefined));
    if (!isRefreshWindow(fromDate, toDate)) return finicityErrors.badRequest();
    const refreshed = state.refreshAccounts(path.customerId!, accountsAt.login(path.institutionLoginId!), nowSeconds);
    if (refreshed.length === 0) return finicityErrors.noAccountsAtInstitutionLogin(path.institutionLoginId!);
    return answerAccounts ? accountList(refreshed) : noContent;
  };
}

function deleteCustomerAccount({ state, path }: HandlerContext): Answer {
  const deleted = state.deleteAccounts(path.customerId!, accountsAt.id(path.accountId!));
  return deleted > 0 ? noContent : finicityErrors.accountNotFound(path.customerId!, path.accountId!);
}

function deleteCustomerAccountsByInstitutionLogin({ state, path }: HandlerContext): Answer {
  const deleted = state.deleteAccounts(path.customerId!, accountsAt.login(path.institutionLoginId!));
  return deleted > 0 ? noContent : finicityErrors.noAccountsAtInstitutionLogin(path.institutionLoginId!);
}

export const handlers: Readonly<Record<string, Handler>> = {
  CreateToken: ({ authentication, body }) => authentication.createToken(body),
  GetCustomerAccounts: getCustomerAccounts,
  GetCustomerAccount: getCustomerAccount,
  GetCustomerAccountsByInstitution: getCustomerAccountsByInstitution,
  GetCustomerAccountsByInstitutionLogin: getCustomerAccountsByInstitutionLogin,
  RefreshCustomerAccounts: refreshCustomer(true),
  RefreshCustomerAccountsV2: refreshCustomer(false),
  RefreshCustomerAccountsByInstitutionLogin: refreshLogin(true),
  RefreshCustomerAccountsByInstitutionLoginV2: refreshLogin(false),
  DeleteCustomerAccount: deleteCustomerAccount,
  DeleteCustomerAccountsByInstitutionLogin: deleteCustomerAccountsByInstitutionLogin,
};

/** The spec's operations the fake cannot answer yet: each needs a handler above. */
export function operationsWithoutHandler(table: readonly OperationDescription[]): string[] {
  return table.map((operation) => operation.operationId).filter((operationId) => !Object.hasOwn(handlers, operationId));
}

/** Handlers for operations the spec no longer has: stale, to be removed. */
export function handlersWithoutOperation(table: readonly OperationDescription[]): string[] {
  const known = new Set(table.map((operation) => operation.operationId));
  return Object.keys(handlers).filter((operationId) => !known.has(operationId));
}

/**
 * How to call each spec operation through each client. Written by hand on purpose:
 * this is the contract users rely on, and the suite fails when the spec gains an
 * operation that is missing here.
 */
import { type AccountsApiClient, type AccountsClient, type AuthenticationApiClient, dataOrThrow } from '../../src/index.js';

export interface Arguments {
  customerId: string;
  accountId: string;
  institutionLoginId: string;
  institutionId: number;
  /** Epoch seconds, for the refresh that takes a date range. */
  fromDate: number;
  toDate: number;
  partnerId: string;
  partnerSecret: string;
}

export interface Outcome {
  data: unknown;
  headers: Headers;
}

type Headers_ = Record<string, string>;
type ClientCall = (client: AccountsClient, args: Arguments, headers: Headers_) => Promise<Outcome>;
type ClassCall = (
  apis: { accounts: AccountsApiClient; authentication: AuthenticationApiClient },
  args: Arguments,
  headers: Headers_,
) => Promise<Outcome>;

/** openapi-fetch returns HTTP errors; `dataOrThrow` throws them as FinicityApiError, as the class client does. */
async function fromFetch(result: Promise<{ data?: unknown; error?: unknown; response: Response }>): Promise<Outcome> {
  const outcome = await result;
  return { data: dataOrThrow(outcome), headers: outcome.response.headers };
}

async function fromClass(result: Promise<{ raw: Response; value(): Promise<unknown> }>): Promise<Outcome> {
  const response = await result;
  return { data: await response.value(), headers: response.raw.headers };
}

/** Adds headers to a class-client call while keeping the ones it generated. */
const withHeaders =
  (headers: Headers_) =>
  async ({ init }: { init: RequestInit }): Promise<RequestInit> => ({ headers: { ...(init.headers as Headers_), ...headers } });

export const throughClient: Record<string, ClientCall> = {
  CreateToken: (c, a, headers) =>
    fromFetch(
      c.POST('/aggregation/v2/partners/authentication', { body: { partnerId: a.partnerId, partnerSecret: a.partnerSecret }, headers }),
    ),
  DeleteCustomerAccount: (c, a, headers) =>
    fromFetch(
      c.DELETE('/aggregation/v1/customers/{customerId}/accounts/{accountId}', {
        params: { path: { customerId: a.customerId, accountId: a.accountId } },
        headers,
      }),
    ),
  DeleteCustomerAccountsByInstitutionLogin: (c, a, headers) =>
    fromFetch(
      c.DELETE('/aggregation/v1/customers/{customerId}/institutionLogins/{institutionLoginId}', {
        params: { path: { customerId: a.customerId, institutionLoginId: a.institutionLoginId } },
        headers,
      }),
    ),
  GetCustomerAccount: (c, a, headers) =>
    fromFetch(
      c.GET('/aggregation/v2/customers/{customerId}/accounts/{accountId}', {
        params: { path: { customerId: a.customerId, accountId: a.accountId } },
        headers,
      }),
    ),
  GetCustomerAccounts: (c, a, headers) =>
    fromFetch(
      c.GET('/aggregation/v1/customers/{customerId}/accounts', {
        params: { path: { customerId: a.customerId }, query: { status: 'active', account_type: 'ava' } },
        headers,
      }),
    ),
  GetCustomerAccountsByInstitution: (c, a, headers) =>
    fromFetch(
      c.GET('/aggregation/v1/customers/{customerId}/institutions/{institutionId}/accounts', {
        params: { path: { customerId: a.customerId, institutionId: a.institutionId } },
        headers,
      }),
    ),
  GetCustomerAccountsByInstitutionLogin: (c, a, headers) =>
    fromFetch(
      c.GET('/aggregation/v1/customers/{customerId}/institutionLogins/{institutionLoginId}/accounts', {
        params: { path: { customerId: a.customerId, institutionLoginId: a.institutionLoginId } },
        headers,
      }),
    ),
  RefreshCustomerAccounts: (c, a, headers) =>
    fromFetch(c.POST('/aggregation/v1/customers/{customerId}/accounts', { params: { path: { customerId: a.customerId } }, headers })),
  RefreshCustomerAccountsByInstitutionLogin: (c, a, headers) =>
    fromFetch(
      c.POST('/aggregation/v1/customers/{customerId}/institutionLogins/{institutionLoginId}/accounts', {
        params: {
          path: { customerId: a.customerId, institutionLoginId: a.institutionLoginId },
          query: { fromDate: a.fromDate, toDate: a.toDate },
        },
        headers,
      }),
    ),
  RefreshCustomerAccountsByInstitutionLoginV2: (c, a, headers) =>
    fromFetch(
      c.POST('/aggregation/v2/customers/{customerId}/institutionLogins/{institutionLoginId}/accounts', {
        params: { path: { customerId: a.customerId, institutionLoginId: a.institutionLoginId } },
        headers,
      }),
    ),
  RefreshCustomerAccountsV2: (c, a, headers) =>
    fromFetch(c.POST('/aggregation/v2/customers/{customerId}/accounts', { params: { path: { customerId: a.customerId } }, headers })),
};

export const throughClass: Record<string, ClassCall> = {
  CreateToken: ({ authentication }, a, headers) =>
    fromClass(
      authentication.createTokenRaw(
        { partnerCredentials: { partnerId: a.partnerId, partnerSecret: a.partnerSecret } },
        withHeaders(headers),
      ),
    ),
  DeleteCustomerAccount: ({ accounts }, a, headers) =>
    fromClass(accounts.deleteCustomerAccountRaw({ customerId: a.customerId, accountId: a.accountId }, withHeaders(headers))),
  DeleteCustomerAccountsByInstitutionLogin: ({ accounts }, a, headers) =>
    fromClass(
      accounts.deleteCustomerAccountsByInstitutionLoginRaw(
        { customerId: a.customerId, institutionLoginId: a.institutionLoginId },
        withHeaders(headers),
      ),
    ),
  GetCustomerAccount: ({ accounts }, a, headers) =>
    fromClass(accounts.getCustomerAccountRaw({ customerId: a.customerId, accountId: a.accountId }, withHeaders(headers))),
  GetCustomerAccounts: ({ accounts }, a, headers) =>
    fromClass(accounts.getCustomerAccountsRaw({ customerId: a.customerId, status: 'active', accountType: 'ava' }, withHeaders(headers))),
  GetCustomerAccountsByInstitution: ({ accounts }, a, headers) =>
    fromClass(
      accounts.getCustomerAccountsByInstitutionRaw({ customerId: a.customerId, institutionId: a.institutionId }, withHeaders(headers)),
    ),
  GetCustomerAccountsByInstitutionLogin: ({ accounts }, a, headers) =>
    fromClass(
      accounts.getCustomerAccountsByInstitutionLoginRaw(
        { customerId: a.customerId, institutionLoginId: a.institutionLoginId },
        withHeaders(headers),
      ),
    ),
  RefreshCustomerAccounts: ({ accounts }, a, headers) =>
    fromClass(accounts.refreshCustomerAccountsRaw({ customerId: a.customerId }, withHeaders(headers))),
  RefreshCustomerAccountsByInstitutionLogin: ({ accounts }, a, headers) =>
    fromClass(
      accounts.refreshCustomerAccountsByInstitutionLoginRaw(
        { customerId: a.customerId, institutionLoginId: a.institutionLoginId, fromDate: a.fromDate, toDate: a.toDate },
        withHeaders(headers),
      ),
    ),
  RefreshCustomerAccountsByInstitutionLoginV2: ({ accounts }, a, headers) =>
    fromClass(
      accounts.refreshCustomerAccountsByInstitutionLoginV2Raw(
        { customerId: a.customerId, institutionLoginId: a.institutionLoginId },
        withHeaders(headers),
      ),
    ),
  RefreshCustomerAccountsV2: ({ accounts }, a, headers) =>
    fromClass(accounts.refreshCustomerAccountsV2Raw({ customerId: a.customerId }, withHeaders(headers))),
};

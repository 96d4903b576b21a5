/**
 * The same few calls through each client, so behaviour tests run once per client.
 * The openapi-fetch client returns HTTP errors as `{ error }`; here `dataOrThrow`
 * turns them into the thrown FinicityApiError, so both clients are asserted alike.
 * One instance per `make` call: token caching is per client.
 */
import { type AccountsClientOptions, createAccountsApi, createAccountsClient, dataOrThrow } from '../../src/index.js';

export interface UniformClient {
  getCustomerAccounts(customerId: string, signal?: AbortSignal): Promise<unknown>;
  getCustomerAccount(customerId: string, accountId: string): Promise<unknown>;
  getCustomerAccountsByInstitution(customerId: string, institutionId: number | string): Promise<unknown>;
  refreshCustomerAccounts(customerId: string): Promise<unknown>;
  deleteCustomerAccount(customerId: string, accountId: string): Promise<unknown>;
}

export interface ClientKind {
  name: string;
  make(options: AccountsClientOptions): UniformClient;
}

const clients: ClientKind[] = [
  {
    name: 'createAccountsClient',
    make(options) {
      const client = createAccountsClient(options);
      return {
        getCustomerAccounts: async (customerId, signal) =>
          dataOrThrow(await client.GET('/aggregation/v1/customers/{customerId}/accounts', { params: { path: { customerId } }, signal })),
        getCustomerAccount: async (customerId, accountId) =>
          dataOrThrow(
            await client.GET('/aggregation/v2/customers/{customerId}/accounts/{accountId}', {
              params: { path: { customerId, accountId } },
            }),
          ),
        getCustomerAccountsByInstitution: async (customerId, institutionId) =>
          dataOrThrow(
            await client.GET('/aggregation/v1/customers/{customerId}/institutions/{institutionId}/accounts', {
              params: { path: { customerId, institutionId } },
            }),
          ),
        refreshCustomerAccounts: async (customerId) =>
          dataOrThrow(await client.POST('/aggregation/v1/customers/{customerId}/accounts', { params: { path: { customerId } } })),
        deleteCustomerAccount: async (customerId, accountId) =>
          dataOrThrow(
            await client.DELETE('/aggregation/v1/customers/{customerId}/accounts/{accountId}', {
              params: { path: { customerId, accountId } },
            }),
          ),
      };
    },
  },
  {
    name: 'createAccountsApi',
    make(options) {
      const api = createAccountsApi(options);
      return {
        getCustomerAccounts: (customerId, signal) => api.getCustomerAccounts({ customerId }, signal ? { signal } : undefined),
        getCustomerAccount: (customerId, accountId) => api.getCustomerAccount({ customerId, accountId }),
        getCustomerAccountsByInstitution: (customerId, institutionId) =>
          api.getCustomerAccountsByInstitution({ customerId, institutionId }),
        refreshCustomerAccounts: (customerId) => api.refreshCustomerAccounts({ customerId }),
        deleteCustomerAccount: (customerId, accountId) => api.deleteCustomerAccount({ customerId, accountId }),
      };
    },
  },
];

export const clientKinds: ClientKind[] = clients;

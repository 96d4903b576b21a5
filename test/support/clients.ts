/**
 * The same few calls through each client and each way of sending (node:http, the
 * default in Node, and a caller's `fetch`), so behaviour tests run once per pair.
 * One instance per `make` call: token caching is per client.
 */
import { createAccountsApi, createAccountsClient, type AccountsClientOptions } from '../../src/index.js';

export interface UniformClient {
  getCustomerAccounts(customerId: string, signal?: AbortSignal): Promise<unknown>;
  getCustomerAccount(customerId: string, accountId: string): Promise<unknown>;
  getCustomerAccountsByInstitution(customerId: string, institutionId: number): Promise<unknown>;
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
          (await client.GET('/aggregation/v1/customers/{customerId}/accounts', { params: { path: { customerId } }, signal })).data,
        getCustomerAccount: async (customerId, accountId) =>
          (await client.GET('/aggregation/v2/customers/{customerId}/accounts/{accountId}', { params: { path: { customerId, accountId } } }))
            .data,
        getCustomerAccountsByInstitution: async (customerId, institutionId) =>
          (
            await client.GET('/aggregation/v1/customers/{customerId}/institutions/{institutionId}/accounts', {
              params: { path: { customerId, institutionId } },
            })
          ).data,
        refreshCustomerAccounts: async (customerId) =>
          (await client.POST('/aggregation/v1/customers/{customerId}/accounts', { params: { path: { customerId } } })).data,
        deleteCustomerAccount: async (customerId, accountId) =>
          (await client.DELETE('/aggregation/v1/customers/{customerId}/accounts/{accountId}', { params: { path: { customerId, accountId } } }))
            .data,
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

const engines: Array<{ name: string; extra: Partial<AccountsClientOptions> }> = [
  { name: 'node:http', extra: {} },
  { name: 'fetch', extra: { fetch: (input, init) => globalThis.fetch(input, init) } },
];

export const clientKinds: ClientKind[] = clients.flatMap((client) =>
  engines.map((engine) => ({
    name: `${client.name} over ${engine.name}`,
    make: (options: AccountsClientOptions) => client.make({ ...engine.extra, ...options }),
  })),
);

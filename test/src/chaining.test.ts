/**
 * Ids chain: the ids an account record carries (`institutionId` a string, `institutionLoginId`
 * a number, as the API sends them) are accepted, typed, by the calls that take them, in
 * both clients. `npm run check` type-checks this file; the calls also run.
 */
import { describe, expect, it } from 'vitest';
import { createAccountsApi, createAccountsClient, dataOrThrow } from '../../src/index.js';
import { json, useFaultServer } from '../support/fault-server.js';

const server = useFaultServer();
const options = () => ({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url });
const record = {
  id: '5011648377',
  number: 'xxxx1234',
  name: 'Checking',
  type: 'checking',
  status: 'active',
  customerId: '1005061234',
  institutionId: '4222',
  institutionLoginId: 1007302745,
  createdDate: 1607450357,
  currency: 'USD',
  balance: 100,
};

const sentPaths = () => server.requests.map((request) => new URL(request.url, 'http://localhost').pathname);

describe('a record read from one answer feeds the next call', () => {
  it('through createAccountsClient', async () => {
    server.on(/\/accounts$/, json(200, { accounts: [record] }));
    server.on(/\/institutionLogins\/[^/]+$/, json(204, {}));
    const client = createAccountsClient(options());
    const path = { customerId: '1005061234' };
    const list = dataOrThrow(await client.GET('/aggregation/v1/customers/{customerId}/accounts', { params: { path } }));
    const account = list.accounts[0]!;
    await client.GET('/aggregation/v1/customers/{customerId}/institutions/{institutionId}/accounts', {
      params: { path: { customerId: account.customerId, institutionId: account.institutionId } },
    });
    await client.GET('/aggregation/v1/customers/{customerId}/institutionLogins/{institutionLoginId}/accounts', {
      params: { path: { customerId: account.customerId, institutionLoginId: account.institutionLoginId } },
    });
    await client.DELETE('/aggregation/v1/customers/{customerId}/institutionLogins/{institutionLoginId}', {
      params: { path: { customerId: account.customerId, institutionLoginId: account.institutionLoginId } },
    });
    expect(sentPaths().slice(1)).toEqual([
      '/aggregation/v1/customers/1005061234/institutions/4222/accounts',
      '/aggregation/v1/customers/1005061234/institutionLogins/1007302745/accounts',
      '/aggregation/v1/customers/1005061234/institutionLogins/1007302745',
    ]);
  });

  it('through createAccountsApi', async () => {
    server.on(/\/accounts$/, json(200, { accounts: [record] }));
    server.on(/\/institutionLogins\/[^/]+$/, json(204, {}));
    const api = createAccountsApi(options());
    const { accounts } = await api.getCustomerAccounts({ customerId: '1005061234' });
    const account = accounts[0]!;
    await api.getCustomerAccountsByInstitution({ customerId: account.customerId, institutionId: account.institutionId });
    await api.getCustomerAccountsByInstitutionLogin({ customerId: account.customerId, institutionLoginId: account.institutionLoginId });
    // A refresh, not the delete: test/scripts/spec-loop.test.ts renames the delete's operationId, and with it this method.
    await api.refreshCustomerAccountsByInstitutionLoginV2({
      customerId: account.customerId,
      institutionLoginId: account.institutionLoginId,
    });
    // Either form is accepted: the number an institution list gives, the string of digits a record gives.
    await api.getCustomerAccountsByInstitution({ customerId: account.customerId, institutionId: 4222 });
    expect(sentPaths().slice(1)).toEqual([
      '/aggregation/v1/customers/1005061234/institutions/4222/accounts',
      '/aggregation/v1/customers/1005061234/institutionLogins/1007302745/accounts',
      '/aggregation/v2/customers/1005061234/institutionLogins/1007302745/accounts',
      '/aggregation/v1/customers/1005061234/institutions/4222/accounts',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { clientKinds } from '../support/clients.js';
import { json, useFaultServer } from '../support/fault-server.js';

const server = useFaultServer();

/** What the real API sends: nulls for absent optional fields, and fields the spec never listed. */
const account = {
  id: '5011648377',
  number: '2000004444',
  accountNumberDisplay: '4444',
  name: 'Super Checking',
  type: 'checking',
  status: 'active',
  customerId: '1005061234',
  institutionId: '4222',
  createdDate: 1607450357,
  currency: 'USD',
  institutionLoginId: 1007302745,
  balance: null,
  realAccountNumberLast4: null,
  aggregationStatusCode: null,
  detail: { availableBalanceAmount: null, interestRate: null, brandNewDetailField: 'x' },
  position: null,
  linkedAccountDate: 1700000000,
  futureFeature: { nested: [1, 2, 3] },
};

describe.each(clientKinds)('responses the spec does not fully describe, through $name', ({ make }) => {
  it('parse without error and keep nulls and unknown fields as sent', async () => {
    server.on(/accounts$/, json(200, { accounts: [account], moreAvailable: false }));
    const result = await make({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url }).getCustomerAccounts('1');
    expect(result).toEqual({ accounts: [account], moreAvailable: false });
  });

  it('parse a 204 with no body', async () => {
    server.on(/accounts\/9$/, (_request, response) => void response.writeHead(204).end());
    await expect(
      make({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url }).deleteCustomerAccount('1', '9'),
    ).resolves.toBeUndefined();
  });
});

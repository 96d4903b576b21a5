/**
 * The customer every fake starts with (unless `seed: false`): four accounts of four kinds
 * at two institution logins of two institutions, the investment account with details and
 * positions, and `null` where the real service sends it.
 */
import type { CustomerAccount } from '../../generated/openapi-generator/models/index.js';

export const seededCustomerId = '1005061234';

/** Institution 4222, reached through login 1007302745; institution 101732 through login 1007302746. */
export const seededLogins = [
  { institutionId: '4222', institutionLoginId: 1007302745 },
  { institutionId: '101732', institutionLoginId: 1007302746 },
] as const;

const common = {
  customerId: seededCustomerId,
  status: 'active',
  currency: 'USD',
  createdDate: 1607450357,
  balanceDate: 1607450357,
  aggregationStatusCode: 0,
  aggregationAttemptDate: 1607450357,
  aggregationSuccessDate: 1607450357,
  marketSegment: 'personal',
  accountNickname: null,
} as const;

const [first, second] = seededLogins;

export function seededAccounts(): CustomerAccount[] {
  return [
    {
      ...common,
      ...first,
      id: '5011648377',
      number: '2000004444',
      accountNumberDisplay: '4444',
      realAccountNumberLast4: '4444',
      name: 'Super Checking',
      type: 'checking',
      balance: 401.26,
      displayPosition: 1,
      detail: { dateAsOf: 1607450357, availableBalanceAmount: 380.12, interestYtdAmount: 1.07, maturityDate: null },
      position: null,
    },
    {
      ...common,
      ...first,
      id: '5011648378',
      number: '2000005555',
      accountNumberDisplay: '5555',
      name: 'Brokerage',
      type: 'investment',
      balance: 16125,
      displayPosition: 2,
      detail: { dateAsOf: 1607450357, currentBalance: 16125, availableCashBalance: 3456.78, marginAllowed: false },
      position: [
        { id: 454678080, symbol: 'DAL', units: 6.537, currentPrice: 41.585, marketValue: 271.84, securityType: 'Stock', posType: 'Long' },
        { id: 454678081, symbol: 'VTI', units: 70, currentPrice: 226.5, marketValue: 15855, securityType: 'Fund', optionExpireDate: null },
      ],
    },
    {
      ...common,
      ...second,
      id: '5011648379',
      number: '4111000011112222',
      accountNumberDisplay: '2222',
      name: 'Rewards Card',
      type: 'creditCard',
      balance: -512.4,
      displayPosition: 1,
    },
    {
      ...common,
      ...second,
      id: '5011648380',
      number: '201940541',
      accountNumberDisplay: '0541',
      name: 'Home Loan',
      type: 'mortgage',
      balance: -245612.5,
      displayPosition: 2,
      authorizationStartDate: 1541030399,
      authorizationEndDate: 1641030399,
      authorizationExpires: true,
    },
  ];
}

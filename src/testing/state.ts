/**
 * The fake's customers and their accounts, in memory. Records go in and come out as
 * copies, so neither a test holding one nor a client reading one changes the state.
 */
import type { CustomerAccount } from '../../generated/openapi-generator/models/index.js';
import { refreshedAccount } from './rules.js';

const copy = <T>(value: T): T => structuredClone(value);

export class AccountState {
  /** customerId → accountId → account, in the order they were added. */
  readonly #customers = new Map<string, Map<string, CustomerAccount>>();

  hasCustomer(customerId: string): boolean {
    return this.#customers.has(customerId);
  }

  addCustomer(customerId: string): void {
    if (!this.#customers.has(customerId)) this.#customers.set(customerId, new Map());
  }

  /** Adds the account, or replaces the one with its id; its customer is created when new. */
  putAccount(account: CustomerAccount): void {
    this.addCustomer(account.customerId);
    this.#customers.get(account.customerId)!.set(account.id, copy(account));
  }

  /** Copies of the customer's accounts; undefined for an unknown customer. */
  accounts(customerId: string, keep: (account: CustomerAccount) => boolean = () => true): CustomerAccount[] | undefined {
    const accounts = this.#customers.get(customerId);
    return accounts && [...accounts.values()].filter(keep).map(copy);
  }

  account(customerId: string, accountId: string): CustomerAccount | undefined {
    const account = this.#customers.get(customerId)?.get(accountId);
    return account && copy(account);
  }

  /** Removes the accounts that `which` selects; returns how many went. */
  deleteAccounts(customerId: string, which: (account: CustomerAccount) => boolean): number {
    const accounts = this.#customers.get(customerId);
    let deleted = 0;
    for (const account of accounts?.values() ?? []) {
      if (!which(account)) continue;
      accounts!.delete(account.id);
      deleted += 1;
    }
    return deleted;
  }

  /** Refreshes the accounts that `which` selects at `nowSeconds`; returns copies of them, refreshed. */
  refreshAccounts(customerId: string, which: (account: CustomerAccount) => boolean, nowSeconds: number): CustomerAccount[] {
    const accounts = this.#customers.get(customerId);
    const refreshed: CustomerAccount[] = [];
    for (const account of accounts?.values() ?? []) {
      if (!which(account)) continue;
      const next = refreshedAccount(account, nowSeconds);
      accounts!.set(account.id, next);
      refreshed.push(copy(next));
    }
    return refreshed;
  }
}

/** Selectors over accounts, by what the paths name. */
export const accountsAt = {
  login: (institutionLoginId: string) => (account: CustomerAccount) => String(account.institutionLoginId) === institutionLoginId,
  // The path's institution ID is an integer, the account's a string: compare them as numbers ('04222' is 4222).
  institution: (institutionId: string) => (account: CustomerAccount) => Number(account.institutionId) === Number(institutionId),
  id: (accountId: string) => (account: CustomerAccount) => account.id === accountId,
  all: () => true,
};

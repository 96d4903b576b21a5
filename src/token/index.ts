/**
 * Token life, as the transport sees it: one `TokenSource` per client, made from its
 * options. It obtains, shares, renews, retires and refuses; the transport only asks it
 * for a token and reports what the answers said.
 */
import { tokenRules } from '../../generated/operations.js';
import type { PackageChannels } from '../diagnostics.js';
import { FinicityConnectionError, FinicityInputError } from '../errors.js';
import type { Exchanger } from '../exchange.js';
import type { Logger } from '../log.js';
import { type AccountsClientOptions, type ResolvedOptions, resolveOptions } from '../options.js';
import { requestToken, tokenRequestTimeoutMs } from './request.js';
import { SharedCredentials, UNAVAILABLE } from './shared.js';
import { fixedToken, partnerToken, type TokenSource } from './source.js';

/**
 * The user's clock, when it tells a time; `Date.now` when it throws or answers
 * something other than a finite number, so a broken clock cannot make every call ask
 * for a new token.
 */
function safeClock(now: () => number): () => number {
  return () => {
    try {
      const time = now();
      return Number.isFinite(time) ? time : Date.now();
    } catch {
      return Date.now();
    }
  };
}

/** What a token source needs of its client's transport besides the options. */
export interface TokenSourceContext extends Exchanger {
  identity: string;
  log: Logger | undefined;
  channels: PackageChannels | undefined;
}

export function tokenSourceFor(options: ResolvedOptions, context: TokenSourceContext): TokenSource | undefined {
  const { credentials } = options;
  if (credentials.kind === 'token') return fixedToken(credentials.appToken);
  if (credentials.kind !== 'partner') return undefined;
  const { baseUrl, appKey, timeoutMs, credentialStore } = options;
  const shared =
    credentialStore &&
    new SharedCredentials(
      { store: credentialStore, budgetMs: options.credentialStoreTimeoutMs, log: context.log, channel: context.channels?.credentialStore },
      { appKey, partnerId: credentials.partnerId, partnerSecret: credentials.partnerSecret, baseUrl },
    );
  const requestContext = { ...context, baseUrl, appKey, timeoutMs };
  const settings = {
    ...options,
    now: safeClock(options.now),
    log: context.log,
    renewals: context.channels?.tokenRenewal,
    renewAfterMs: options.tokenLifetimeMs,
    // A lifetime set longer than the spec's validity stretches it: the user decided.
    validForMs: Math.max(tokenRules.validForMs, options.tokenLifetimeMs),
    shared,
    storeBudgetMs: options.credentialStoreTimeoutMs,
    tokenRequestTimeoutMs: tokenRequestTimeoutMs(timeoutMs),
  };
  return partnerToken(settings, credentials, (partnerId, partnerSecret, ask) =>
    requestToken(requestContext, partnerId, partnerSecret, ask),
  );
}

/** `clearRecordedRefusal` of the package (first-use.ts, which says what it is for). */
export async function clearRecordedRefusal(options: AccountsClientOptions): Promise<void> {
  const resolved = resolveOptions(options);
  const { credentials, credentialStore } = resolved;
  if (credentials.kind !== 'partner' || !credentialStore) {
    throw new FinicityInputError('clearRecordedRefusal needs the partner credentials and the credentialStore the clients use');
  }
  let failure: string | undefined;
  const shared = new SharedCredentials(
    {
      store: credentialStore,
      budgetMs: resolved.credentialStoreTimeoutMs,
      log: (entry) => {
        failure ??= entry.message;
      },
      channel: undefined,
    },
    { appKey: resolved.appKey, partnerId: credentials.partnerId, partnerSecret: credentials.partnerSecret, baseUrl: resolved.baseUrl },
  );
  const cleared = await shared.clearRefusal(performance.now() + resolved.credentialStoreTimeoutMs);
  if (cleared === UNAVAILABLE) throw new FinicityConnectionError(resolved.redactor.text(failure ?? 'the credential store did not answer'));
}

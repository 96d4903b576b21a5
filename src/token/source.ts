/**
 * Where the `Finicity-App-Token` comes from: a fixed token, or partner credentials
 * traded for one through the spec's token-issuing operation. Finicity's rules: reuse
 * one token for every call, renew it before it expires, and never repeat a refused
 * authentication, since five failures lock the partner account.
 *
 * One request at a time is in flight for a client (for a whole fleet, with a shared
 * store), and every call that needs a token meanwhile waits for that one, each within
 * its own deadline. Past the renew-after age, calls keep the token while one renewal
 * runs in the background, so in steady state no call waits. After failures that cannot
 * count towards the lockout, the next request waits out a backoff shared by every
 * waiting call, and no request is sent, and no backoff waited out, once no call waits.
 */
import { type DiagnosticsChannel, publish } from '../diagnostics.js';
import { FinicityApiError, FinicityAuthenticationError, FinicityConnectionError, FinicityTimeoutError } from '../errors.js';
import type { Logger } from '../log.js';
import type { Redactor } from '../redaction.js';
import { type AttemptStatus, type BackoffSettings, parseRetryAfter, retryDelay, shouldRetry } from '../retry-policy.js';
import { withinDeadline } from '../send.js';
import { leaseTtlMs, mayRenewAfterExpiry, sharedPollDelayMs, tokenAge } from './policy.js';
import type { TokenAsk } from './request.js';
import { CLEARED, type RefusalRecord, type SharedCredentials, type SharedToken, UNAVAILABLE } from './shared.js';

/** Sends one token request; throws FinicityAuthenticationError for refused credentials. */
export type RequestToken = (partnerId: string, partnerSecret: string, ask: TokenAsk) => Promise<string>;

export interface TokenSource {
  /**
   * The token to send now, or a promise while one is obtained, which settles by
   * `deadline` (a `performance.now()` time) or when `signal` aborts.
   */
  current(deadline: number, signal: AbortSignal | null): string | Promise<string>;
  /** Called after an answer that says `token` expired or is invalid: true when a new token may be tried. */
  renewAfterExpiry(token: string): boolean;
  /** Called after a call with `token` succeeded. */
  confirm(token: string): void;
}

export function fixedToken(appToken: string): TokenSource {
  return {
    current: () => appToken,
    // A fixed token cannot be renewed: the caller has to supply a new one.
    renewAfterExpiry: () => false,
    confirm: () => undefined,
  };
}

export interface PartnerTokenSettings extends BackoffSettings {
  now: () => number;
  /** The renew-after age, and how long a token is accepted at all. */
  renewAfterMs: number;
  validForMs: number;
  maxRetries: number;
  redactor: Redactor;
  log: Logger | undefined;
  /** Where renewals in the background are published. */
  renewals: DiagnosticsChannel | undefined;
  /** The fleet's store, when one is configured, with the budget of one store operation. */
  shared: SharedCredentials | undefined;
  storeBudgetMs: number;
  /** How long one token request may take (the lease on it lasts a little longer). */
  tokenRequestTimeoutMs: number;
}

/** How often a refused client looks at the shared record again, so that an operator's clearing reaches it. */
export const REFUSAL_RECHECK_MS = 5_000;
/** How soon a background renewal looks again when another process holds the lease. */
export const RENEWAL_RECHECK_MS = 1_000;

/**
 * The status a failed token request counts as for the retry rule: its HTTP status, or
 * `undefined` (no answer, so transient) for a timeout or a broken connection. Anything
 * else (an unusable answer, a failure from inside) is `null`: never retried.
 */
export function tokenFailureStatus(error: unknown): AttemptStatus | null {
  if (error instanceof FinicityApiError) return error.status;
  if (error instanceof FinicityConnectionError || error instanceof FinicityTimeoutError) return undefined;
  return null;
}

/** A refused authentication as this client remembers it. */
interface Refusal {
  error: FinicityAuthenticationError;
  /** Whether the shared store holds the record (so a cleared record may lift it). */
  recorded: boolean;
  checkedAt: number;
}

/** A later call's error after a refusal: the same answer, saying why nothing was sent and what to do. */
function refusedBefore({ error, recorded }: Refusal): FinicityAuthenticationError {
  const remedy = recorded
    ? 'once the credentials are fixed (or support has unlocked the account), clear the shared record with clearRecordedRefusal()'
    : 'create a new client with corrected credentials';
  return new FinicityAuthenticationError(
    `${error.message}. Not trying again: five failed authentications lock the partner account; ${remedy}`,
    { status: error.status, code: error.code, body: error.body, operation: error.operation, headers: error.headers },
  );
}

/** The refusal another process recorded, as this process reports it: when, and that nothing was sent. */
function refusalFromRecord(record: RefusalRecord, key: string): FinicityAuthenticationError {
  return new FinicityAuthenticationError(
    `${record.message} [recorded in the shared credential store at ${new Date(record.at).toISOString()} ` +
      `(key ${key}) and shared, so this process sent no token request]`,
    { status: record.status, code: record.code, body: undefined, operation: undefined },
  );
}

/** Ends waits and backoffs once no caller waits any more. */
const NOBODY_WAITS = Symbol('nobody waits');

/** A partner token source's state: the token, the request in flight, and what failures taught it. */
class PartnerTokenState {
  token: SharedToken | undefined;
  pending: Promise<string> | undefined;
  renewing: Promise<void> | undefined;
  refusal: Refusal | undefined;
  /** Failed requests in a row, the last one, and the (monotonic) time before which no new request is sent. */
  failures = 0;
  lastFailure: unknown;
  quietUntil = 0;
  nextRenewalCheck = 0;
  readonly waiters = new Set<{ deadline: number }>();
  /** Ends a pause early, once no caller waits for it. */
  wakeUp: (() => void) | undefined;
  /** Renewals after expiry answers with no success in between, when the last one was, and the tokens they retired. */
  expiryRenewals = 0;
  lastExpiryRenewal = 0;
  // Stryker disable next-line ArrayDeclaration: a list that starts with a made-up token retires a token no server issues.
  readonly retired: string[] = [];

  constructor(
    readonly settings: PartnerTokenSettings,
    readonly credentials: { partnerId: string; partnerSecret: string },
    readonly requestToken: RequestToken,
  ) {}

  ageOf(token: SharedToken) {
    return tokenAge(token.issuedAt, this.settings.now(), this.settings);
  }

  /** The token is replaced: the old one leaves the redaction list unless calls in flight still hold it. */
  replace(token: SharedToken | undefined): void {
    if (this.token) this.settings.redactor.remove(this.token.value);
    if (token) this.settings.redactor.add(token.value);
    this.token = token;
  }

  latestDeadline(): number {
    let latest = Number.NEGATIVE_INFINITY;
    for (const waiter of this.waiters) latest = Math.max(latest, waiter.deadline);
    return latest;
  }

  /** Resolves after `ms`, or rejects once no caller waits any more. */
  pause(ms: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.wakeUp = undefined;
        resolve();
      }, ms);
      this.wakeUp = () => {
        clearTimeout(timer);
        this.wakeUp = undefined;
        reject(NOBODY_WAITS);
      };
    });
  }

  /** Waits out the backoff after failures, unless no waiting caller has that long: then the last failure is theirs. */
  async waitOutBackoff(): Promise<void> {
    const wait = this.quietUntil - performance.now();
    if (this.waiters.size === 0) throw NOBODY_WAITS;
    if (wait <= 0) return;
    // A request the backoff lets out at the latest deadline could not be answered within it.
    if (this.latestDeadline() <= this.quietUntil) throw this.lastFailure;
    this.settings.log?.({
      level: 'info',
      message: `token: waiting ${Math.round(wait)} ms after ${this.failures} failed request(s) before asking again`,
      retryDelayMs: Math.round(wait),
      reason: `${this.failures} failed token request(s)`,
    });
    await this.pause(wait);
  }

  failed(error: unknown): void {
    const answer = error instanceof FinicityApiError ? error : undefined;
    const retryAfter = parseRetryAfter(answer?.headers.get('retry-after') ?? null, Date.now());
    this.quietUntil = performance.now() + retryDelay(this.failures, retryAfter, this.settings);
    this.failures += 1;
    this.lastFailure = error;
  }

  /** Sends one token request and keeps what it teaches: the token, the refusal, or the failure's backoff. */
  async requestAndKeep(ask: TokenAsk): Promise<string> {
    this.settings.log?.({ level: 'debug', message: 'token: requesting a new token', attempt: ask.attempt });
    try {
      const value = await this.requestToken(this.credentials.partnerId, this.credentials.partnerSecret, ask);
      // The backoff's time has passed by now (every request waits it out): only the count starts again.
      this.failures = 0;
      this.replace({ value, issuedAt: this.settings.now() });
      return value;
    } catch (error) {
      // A refusal is remembered for the life of this client: asking again would count towards the lockout.
      if (error instanceof FinicityAuthenticationError) this.refusal = { error, recorded: false, checkedAt: performance.now() };
      else this.failed(error);
      throw error;
    }
  }

  /** Whether a token read from the store may be used instead of asking: not this client's own, not retired, not expired. */
  mayAdopt(known: SharedToken | undefined | typeof UNAVAILABLE): known is SharedToken {
    return (
      known !== undefined &&
      known !== UNAVAILABLE &&
      known.value !== this.token?.value &&
      !this.retired.includes(known.value) &&
      this.ageOf(known) !== 'expired'
    );
  }

  adopt(known: SharedToken): string {
    this.failures = 0;
    this.replace(known);
    return known.value;
  }

  /** The deadline of one store operation starting now: its own budget. */
  storeDeadline(): number {
    return performance.now() + this.settings.storeBudgetMs;
  }

  /** Holding the lease: ask, share the answer (a token, or the refusal), free the lease. */
  async requestUnderLease(shared: SharedCredentials, owner: string, ask: TokenAsk): Promise<string> {
    try {
      // Another process may have shared a token, or recorded a refusal, between this one's reads and its lease.
      const recorded = await shared.readRefusal(this.storeDeadline());
      if (recorded !== UNAVAILABLE && recorded !== undefined) throw await this.adoptRefusal(shared, recorded);
      const known = await shared.readToken(this.storeDeadline());
      if (this.mayAdopt(known)) return this.adopt(known);
      const value = await this.requestAndKeep(ask);
      await shared.writeToken(this.token!, this.settings.validForMs, this.storeDeadline());
      return value;
    } catch (error) {
      // This process's own refusal (the only unrecorded one: no other failure sets it) is shared; one read
      // from the store is already there, as it was written.
      if (this.refusal?.recorded === false) await this.recordRefusal(shared, this.refusal);
      throw error;
    } finally {
      void shared.releaseLease(owner, this.storeDeadline());
    }
  }

  /** Another process's recorded refusal becomes this client's: the error to throw. */
  async adoptRefusal(shared: SharedCredentials, recorded: RefusalRecord): Promise<FinicityAuthenticationError> {
    const error = refusalFromRecord(recorded, await shared.refusalKey());
    this.refusal = { error, recorded: true, checkedAt: performance.now() };
    return error;
  }

  async recordRefusal(shared: SharedCredentials, refusal: Refusal): Promise<void> {
    const { error } = refusal;
    const record: RefusalRecord = { at: this.settings.now(), status: error.status, code: error.code, message: error.message };
    const written = await shared.writeRefusal(record, this.storeDeadline());
    refusal.recorded = written !== UNAVAILABLE;
  }

  /**
   * A token through the fleet: a refusal recorded there fails at once, a token shared
   * there is used, else the process holding the lease asks. Without the lease, a
   * background renewal gives up (it looks again later); a waited-for one waits for the
   * holder's result within the callers' deadlines, and takes over when the lease lapses.
   * `undefined`: a background renewal left it to another process.
   */
  async throughFleet(shared: SharedCredentials, ask: TokenAsk): Promise<string | undefined> {
    const { background } = ask;
    for (let round = 0; ; round++) {
      // Each store operation gets its whole budget, however little time the callers have left:
      // skipping the shared refusal for lack of time would let a refused secret be sent again.
      const recorded = await shared.readRefusal(this.storeDeadline());
      if (recorded !== UNAVAILABLE && recorded !== undefined) throw await this.adoptRefusal(shared, recorded);
      const known = await shared.readToken(this.storeDeadline());
      if (this.mayAdopt(known)) return this.adopt(known);
      if (!background && this.waiters.size === 0) throw NOBODY_WAITS;
      const owner = await shared.acquireLease(leaseTtlMs(this.settings.tokenRequestTimeoutMs), this.storeDeadline());
      // Stryker disable next-line ConditionalExpression: through the lease path instead, a store that just failed answers every operation with UNAVAILABLE at once: the same request, nothing shared.
      if (owner === UNAVAILABLE) return this.requestAndKeep(ask);
      if (owner !== undefined) return this.requestUnderLease(shared, owner, ask);
      if (background) return undefined;
      await this.pause(sharedPollDelayMs(round));
    }
  }

  /** The token for callers who wait: through the fleet when it answers, with retries after failures that allow them. */
  async obtain(): Promise<string> {
    // A background renewal under way is this request's start (awaiting none costs a microtask, on this rare path only).
    await this.renewing;
    const { token } = this;
    if (token && this.ageOf(token) !== 'expired') return token.value;
    for (let retry = 0; ; retry++) {
      await this.waitOutBackoff();
      try {
        const { shared } = this.settings;
        const ask = { attempt: retry + 1, background: false };
        return shared?.available ? (await this.throughFleet(shared, ask))! : await this.requestAndKeep(ask);
      } catch (error) {
        const status = tokenFailureStatus(error);
        if (status === null || !shouldRetry({ retryable: true, status, retriesDone: retry, maxRetries: this.settings.maxRetries })) {
          throw error;
        }
      }
    }
  }

  /** The request in flight, started when there is none; only `wait` asks, whose `withinDeadline` handles its rejection. */
  obtaining(): Promise<string> {
    this.pending ??= this.obtain().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  wait(deadline: number, signal: AbortSignal | null): Promise<string> {
    // A backoff that lasts until this caller's deadline or longer: fail now with the failure that caused it.
    if (this.quietUntil >= deadline) return Promise.reject(this.lastFailure);
    const waiter = { deadline };
    this.waiters.add(waiter);
    return withinDeadline(this.obtaining(), deadline - performance.now(), signal).finally(() => {
      this.waiters.delete(waiter);
      if (this.waiters.size === 0) this.wakeUp?.();
    });
  }

  /** One renewal nobody waits for, while calls keep the token they have; its failure only sets the backoff. */
  renewInBackground(): void {
    const now = performance.now();
    if (this.renewing || this.pending || this.refusal || now < this.quietUntil || now < this.nextRenewalCheck) return;
    publish(this.settings.renewals, () => ({ reason: 'age' }));
    this.settings.log?.({ level: 'info', message: 'token: renewing it in the background (older than tokenLifetimeMs)', reason: 'age' });
    const renewal = async () => {
      const { shared } = this.settings;
      const ask = { attempt: 1, background: true };
      const renewed = shared?.available ? await this.throughFleet(shared, ask) : await this.requestAndKeep(ask);
      if (renewed === undefined) this.nextRenewalCheck = performance.now() + RENEWAL_RECHECK_MS;
    };
    this.renewing = renewal()
      .catch(() => undefined)
      .finally(() => {
        this.renewing = undefined;
      });
  }

  current(deadline: number, signal: AbortSignal | null): string | Promise<string> {
    const { token, refusal } = this;
    const age = token && this.ageOf(token);
    // A token still valid is used even after a refusal: the refusal forbids asking, not using.
    if (token && age === 'fresh') return token.value;
    if (token && age === 'renew') {
      this.renewInBackground();
      return token.value;
    }
    if (refusal) return this.refused(refusal, deadline, signal);
    return this.wait(deadline, signal);
  }

  /**
   * With a shared store, a refusal is looked at again now and then (every
   * `REFUSAL_RECHECK_MS`): an operator's clearing lifts it, and one this process could
   * not record yet is recorded. A record that is simply gone (the store was flushed)
   * lifts nothing.
   */
  refused(refusal: Refusal, deadline: number, signal: AbortSignal | null): Promise<string> {
    const { shared } = this.settings;
    if (!shared?.available || performance.now() - refusal.checkedAt < REFUSAL_RECHECK_MS) return Promise.reject(refusedBefore(refusal));
    refusal.checkedAt = performance.now();
    return shared.readRefusalText(deadline).then(async (text) => {
      if (text === CLEARED) {
        // Lifted once: a call whose read was slower must not lift a refusal that came after the clearing.
        if (this.refusal === refusal) {
          this.refusal = undefined;
          this.settings.log?.({ level: 'info', message: 'token: the shared refusal record was cleared; asking for a token again' });
        }
        return this.current(deadline, signal);
      }
      if (text === undefined && !refusal.recorded) await this.recordRefusal(shared, refusal);
      throw refusedBefore(refusal);
    });
  }
}

export function partnerToken(
  settings: PartnerTokenSettings,
  credentials: { partnerId: string; partnerSecret: string },
  requestToken: RequestToken,
): TokenSource {
  const state = new PartnerTokenState(settings, credentials, requestToken);
  return {
    current(deadline, signal) {
      return state.current(deadline, signal);
    },
    renewAfterExpiry(expired) {
      if (state.refusal && !state.token) return false;
      // Only the first caller to see this token expire retires it; the others reuse the renewal.
      if (state.token?.value !== expired) return true;
      const now = performance.now();
      if (!mayRenewAfterExpiry(state.expiryRenewals, now - state.lastExpiryRenewal, settings)) return false;
      state.expiryRenewals += 1;
      state.lastExpiryRenewal = now;
      state.retired.unshift(expired);
      state.retired.length = Math.min(state.retired.length, 4);
      // For every process: the shared record goes too, unless it already holds a newer token.
      void settings.shared?.retireToken(expired, now + settings.storeBudgetMs);
      state.replace(undefined);
      return true;
    },
    confirm(value) {
      if (state.token?.value === value) state.expiryRenewals = 0;
    },
  };
}

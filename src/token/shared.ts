/**
 * What the processes of one deployment share through a `CredentialStore`: the token
 * (sealed), the memory of a refused authentication, and the lease that decides which
 * process asks for a token. Keys are keyed hashes of the credentials (`seal.ts`).
 *
 * The store failing is never the caller's outage: every operation is bounded by a small
 * budget and the caller's deadline, and a failure turns sharing off for a while (one
 * log line each way), during which each process goes on with its own memory, as it
 * would without a store.
 */
import { type DiagnosticsChannel, publish } from '../diagnostics.js';
import type { Logger } from '../log.js';
import { withinDeadline } from '../send.js';
import { type CredentialParts, type CredentialSeal, createCredentialSeal } from './seal.js';
import type { CredentialStore } from './store.js';

/** How long sharing stays off after the store failed, before it is tried again. */
export const STORE_RETRY_AFTER_MS = 5_000;
/** How long a recorded refusal lives unless an operator clears it: long enough to outlast a deploy with a stale secret. */
export const REFUSAL_RECORD_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * What the refusal record holds once an operator cleared it: processes that remember
 * the refusal lift it when they see this, while a record that is merely gone (the
 * store was flushed or restarted) lifts nothing.
 */
export const CLEARED = 'cleared';

/** A token as the fleet shares it, with the time it was issued (ms since the epoch, on the clients' clock). */
export interface SharedToken {
  value: string;
  issuedAt: number;
}

/** A refused authentication as recorded for the fleet: when, and the refusal's (redacted) status, code and message. */
export interface RefusalRecord {
  at: number;
  status: number;
  code: number | string | undefined;
  message: string;
}

/** The store did not answer in time or failed: the caller goes on with its own memory. */
export const UNAVAILABLE = Symbol('store unavailable');
type Answer<T> = T | typeof UNAVAILABLE;

export interface SharedSettings {
  store: CredentialStore;
  /** Longest a single store operation may take. */
  budgetMs: number;
  log: Logger | undefined;
  /** Where the store's changes of state (`unavailable`, `available`) are published. */
  channel: DiagnosticsChannel | undefined;
}

/** The store keys of one set of credentials (store adapters add their own prefix). */
export function sharedKeys(keyId: string) {
  return { token: `token:${keyId}`, refusal: `refusal:${keyId}`, lease: `lease:${keyId}` };
}

/** `text` parsed, when it is a record `valid` accepts; no text, no JSON or another shape is undefined. */
function parsedRecord<T>(text: string | undefined, valid: (value: Record<string, unknown>) => boolean): T | undefined {
  let value: unknown;
  try {
    // No text reads as the word "undefined": no JSON either.
    value = JSON.parse(String(text));
  } catch {
    // Not JSON: value stays undefined, which `valid` refuses below.
  }
  // Object(): undefined, null and the JSON primitives become objects without the fields, which `valid` refuses.
  return valid(Object(value)) ? (value as T) : undefined;
}

const isSharedToken = (value: Record<string, unknown>) => typeof value.value === 'string' && Number.isFinite(value.issuedAt);
const isRefusalRecord = (value: Record<string, unknown>) =>
  Number.isFinite(value.at) && Number.isInteger(value.status) && typeof value.message === 'string';

/** One client's view of the shared store. */
export class SharedCredentials {
  readonly #settings: SharedSettings;
  readonly #seal: CredentialSeal;
  readonly #keys: Promise<ReturnType<typeof sharedKeys> & { id: string }>;
  #healthy = true;
  #retryAt = 0;
  /** The sealed text of the token last read or written, for a compare-and-delete that never removes a newer one. */
  #sealed: { value: string; text: string } | undefined;

  constructor(settings: SharedSettings, parts: CredentialParts) {
    this.#settings = settings;
    this.#seal = createCredentialSeal(parts.partnerSecret);
    const { partnerSecret: _secret, ...named } = parts;
    this.#keys = this.#seal.keyId(named).then((id) => ({ ...sharedKeys(id), id }));
    this.#keys.catch(() => undefined);
  }

  /** Whether sharing is on: the store answered last time, or its pause is over. */
  get available(): boolean {
    return this.#healthy || performance.now() >= this.#retryAt;
  }

  /** The store key of this client's refusal record (for messages and for clearing it). */
  refusalKey(): Promise<string> {
    return this.#keys.then((keys) => keys.refusal);
  }

  #failed(what: string, error: unknown): typeof UNAVAILABLE {
    this.#retryAt = performance.now() + STORE_RETRY_AFTER_MS;
    if (this.#healthy) {
      this.#healthy = false;
      const why = error === undefined ? 'no answer in time' : error instanceof Error ? error.message : String(error);
      this.#settings.log?.({
        level: 'warn',
        message: `credential store: ${what} failed (${why}); calls go on with this process's own token and refusal memory, sharing again once the store answers`,
        reason: what,
      });
      publish(this.#settings.channel, () => ({ state: 'unavailable', operation: what }));
    }
    return UNAVAILABLE;
  }

  /** One store operation within the budget and `deadline` (a `performance.now()` time). */
  async #use<T>(what: string, deadline: number, operation: (keys: ReturnType<typeof sharedKeys>) => Promise<T>): Promise<Answer<T>> {
    if (!this.available) return UNAVAILABLE;
    const ms = Math.min(this.#settings.budgetMs, deadline - performance.now());
    if (ms < 1) return UNAVAILABLE;
    try {
      const result = await withinDeadline(
        this.#keys.then((keys) => operation(keys)),
        ms,
        null,
      );
      if (!this.#healthy) {
        this.#healthy = true;
        this.#settings.log?.({ level: 'info', message: 'credential store: answering again; sharing the token and refusals resumes' });
        publish(this.#settings.channel, () => ({ state: 'available', operation: what }));
      }
      return result;
    } catch (error) {
      return this.#failed(what, typeof error === 'symbol' ? undefined : error);
    }
  }

  /** The refusal record as stored: a record, `CLEARED`, or undefined. */
  readRefusalText(deadline: number): Promise<Answer<string | undefined>> {
    return this.#use('reading the refusal record', deadline, (keys) => this.#settings.store.get(keys.refusal));
  }

  async readRefusal(deadline: number): Promise<Answer<RefusalRecord | undefined>> {
    const text = await this.readRefusalText(deadline);
    return text === UNAVAILABLE ? text : parsedRecord<RefusalRecord>(text, isRefusalRecord);
  }

  writeRefusal(record: RefusalRecord, deadline: number): Promise<Answer<void>> {
    return this.#use('recording a refusal', deadline, (keys) =>
      this.#settings.store.set(keys.refusal, JSON.stringify(record), REFUSAL_RECORD_TTL_MS),
    );
  }

  /** Marks the refusal cleared (rather than deleting it), so that processes which remember it lift it too. */
  clearRefusal(deadline: number): Promise<Answer<void>> {
    return this.#use('clearing the refusal record', deadline, (keys) =>
      this.#settings.store.set(keys.refusal, CLEARED, REFUSAL_RECORD_TTL_MS),
    );
  }

  /** The shared token, opened; a value that fails authentication counts as absent and is reported. */
  async readToken(deadline: number): Promise<Answer<SharedToken | undefined>> {
    const read = await this.#use('reading the token', deadline, async (keys) => {
      const text = await this.#settings.store.get(keys.token);
      return text === undefined ? undefined : { text, plain: await this.#seal.open(text, keys.token) };
    });
    if (read === UNAVAILABLE || read === undefined) return read;
    const token = parsedRecord<SharedToken>(read.plain, isSharedToken);
    if (!token) {
      this.#settings.log?.({
        level: 'warn',
        message: 'credential store: the shared token record failed authentication or is malformed; treated as absent',
      });
      return undefined;
    }
    this.#sealed = { value: token.value, text: read.text };
    return token;
  }

  writeToken(token: SharedToken, ttlMs: number, deadline: number): Promise<Answer<void>> {
    return this.#use('sharing the token', deadline, async (keys) => {
      const text = await this.#seal.seal(JSON.stringify(token), keys.token);
      await this.#settings.store.set(keys.token, text, ttlMs);
      this.#sealed = { value: token.value, text };
    });
  }

  /** Removes the shared token when it is still `value`: an expiry answer retires it for every process, once. */
  retireToken(value: string, deadline: number): Promise<Answer<boolean>> {
    const sealed = this.#sealed;
    if (sealed?.value !== value) return Promise.resolve(false);
    return this.#use('retiring the token', deadline, (keys) => this.#settings.store.delete(keys.token, sealed.text));
  }

  acquireLease(ttlMs: number, deadline: number): Promise<Answer<string | undefined>> {
    return this.#use('taking the token lease', deadline, (keys) => this.#settings.store.acquireLease(keys.lease, ttlMs));
  }

  releaseLease(owner: string, deadline: number): Promise<Answer<void>> {
    return this.#use('releasing the token lease', deadline, (keys) => this.#settings.store.releaseLease(keys.lease, owner));
  }
}

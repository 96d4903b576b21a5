/**
 * The one options object every client takes, and its validation. Every check runs
 * when a client is created, so a bad option fails before any request, and no message
 * ever repeats a secret or a password. Options are read from their object's own
 * properties only, once each (`ownOptions`).
 */

import { tokenRules } from '../generated/operations.js';
import { type FinicityError, FinicityInputError } from './errors.js';
import { type Log, logLevelOf, stderrLog } from './log.js';
import { MIN_SECRET_LENGTH, Redactor } from './redaction.js';
import type { CredentialStore } from './token/store.js';

export const DEFAULT_BASE_URL = 'https://api.finicity.com';

/**
 * The default response-size cap: 16 MiB of decoded body. The largest Accounts answers
 * (a customer's every account with details and investment positions) run to hundreds
 * of kilobytes, so this leaves ample room; and 32 calls at the cap at once still hold
 * about half a gigabyte at most, which a server survives.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

/** A call's final answer, as the transport hands it to the `validation` check. */
export interface CheckedAnswer {
  /** The spec's operationId (`METHOD /path` outside the spec). */
  readonly operation: string;
  readonly status: number;
  readonly headers: Headers;
  /** The body as it arrived (decoded, within the size cap). */
  readonly bytes: Uint8Array;
  /** The body parsed as JSON, once: the client then reads this same value instead of parsing again. Throws when it is no JSON. */
  json(): unknown;
}

/** A check of each call's final answer (`responseValidation()` of `finicity-accounts/validation`): an error it returns fails the call. */
export type ResponseCheck = (answer: CheckedAnswer) => FinicityError | undefined;

/** Options shared by `createAccountsClient` and `createAccountsApi`. */
export interface AccountsClientOptions {
  /** The `Finicity-App-Key` from the developer dashboard (at least 8 characters). Default: `FINICITY_APP_KEY`. */
  appKey?: string;
  /**
   * A token you obtained yourself (at least 8 characters). Give this, or `partnerId` and
   * `partnerSecret`, or neither for a client that only calls the token-issuing operation.
   */
  appToken?: string;
  /** With `partnerSecret`: the client requests tokens itself and renews them. Default (without `appToken`): `FINICITY_PARTNER_ID`. */
  partnerId?: string;
  /**
   * The partner secret (at least 8 characters); sent only to the token-issuing operation on `baseUrl`.
   * Default (without `appToken`): `FINICITY_PARTNER_SECRET`.
   */
  partnerSecret?: string;
  /**
   * Default: `FINICITY_BASE_URL`, else https://api.finicity.com. Must be https (plain http for localhost
   * only), with no credentials, query or fragment.
   */
  baseUrl?: string;
  /** Timeout in milliseconds of each call without a timeout of its own in the spec (default 30 000). */
  timeoutMs?: number;
  /** How many times an operation the spec marks retryable is retried after no answer, 429, 502, 503 or 504 (default 2). */
  maxRetries?: number;
  /** First retry delay in milliseconds before jitter; doubles each attempt (default 500). */
  retryBaseDelayMs?: number;
  /** Longest wait between two attempts, `Retry-After` included (default 30 000). */
  retryMaxDelayMs?: number;
  /** How long a requested token is reused (default: the spec's, 90 minutes; Finicity's tokens last two hours). */
  tokenLifetimeMs?: number;
  /** Largest response body accepted, in decoded bytes (default 16 MiB). A larger one is abandoned as it streams. */
  maxResponseBytes?: number;
  /** Clock used for token age, in milliseconds since the epoch (default `Date.now`). For tests. */
  now?: () => number;
  /** The fetch to send requests with (default: the global `fetch` at the time of each call). */
  fetch?: typeof globalThis.fetch;
  /**
   * Receives one line per attempt, retry, renewal, token request and shared-store
   * change, and the same as a record with its level and fields (operation, attempt,
   * duration, status, request id, retry delay and reason). Never a secret. Default:
   * none, or stderr from the level `FINICITY_LOG` names (debug, info, warn, error).
   */
  log?: Log;
  /**
   * A store shared by every process of a deployment (`redisCredentialStore` from
   * `finicity-accounts/redis`, or your own): one token and one memory of a refused
   * authentication for all of them. Default: this process's memory only.
   */
  credentialStore?: CredentialStore;
  /** Longest a single operation on `credentialStore` may take, within the call's own timeout (default 250). */
  credentialStoreTimeoutMs?: number;
  /**
   * Lets a client be created in a browser (or a web worker), where anyone who opens the
   * page can read the app key and the partner secret from it. Refused there unless `true`:
   * set it only for a page that its own user alone can open with their own credentials.
   */
  dangerouslyAllowBrowser?: boolean;
  /**
   * Checks each answer against the spec: `responseValidation({ mode, onDrift })` from
   * `finicity-accounts/validation`. Default: no check.
   */
  validation?: ResponseCheck;
}

export type ResolvedOptions = Required<
  Omit<
    AccountsClientOptions,
    'appToken' | 'partnerId' | 'partnerSecret' | 'log' | 'fetch' | 'credentialStore' | 'dangerouslyAllowBrowser' | 'validation'
  >
> & {
  validation: ResponseCheck | undefined;
  credentialStore: CredentialStore | undefined;
  /** The fetch for the next request. */
  fetchFor: () => typeof globalThis.fetch;
  /** `none`: the app key alone, enough for the token-issuing operation only. */
  credentials: { kind: 'token'; appToken: string } | { kind: 'partner'; partnerId: string; partnerSecret: string } | { kind: 'none' };
  log: Log | undefined;
  /** Owns every secret this client holds, tokens it obtains included. */
  redactor: Redactor;
};

const KNOWN_OPTIONS = new Set<string>([
  'appKey',
  'appToken',
  'partnerId',
  'partnerSecret',
  'baseUrl',
  'timeoutMs',
  'maxRetries',
  'retryBaseDelayMs',
  'retryMaxDelayMs',
  'tokenLifetimeMs',
  'maxResponseBytes',
  'now',
  'fetch',
  'log',
  'credentialStore',
  'credentialStoreTimeoutMs',
  'dangerouslyAllowBrowser',
  'validation',
]);

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The own enumerable string-keyed properties of `object`, each read once, in an object
 * without a prototype. Reading options through it, nothing inherited counts (a polluted
 * `Object.prototype.baseUrl` must not become a client's), and a getter cannot answer a
 * check one way and a later read another.
 */
export function ownOptions(object: object): Record<string, unknown> {
  const own: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(object)) own[key] = (object as Record<string, unknown>)[key];
  return own;
}

function requireText(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new FinicityInputError(`${name} must be a non-empty string`);
  }
  return value;
}

/** Whether `text` can be an HTTP header value: fetch refuses control characters and anything beyond Latin-1. */
export function isHeaderText(text: string): boolean {
  return !/[^\t\x20-\x7e\x80-\xff]/.test(text);
}

/**
 * A secret: non-empty, without white space at either end (a pasting slip, and fetch
 * would send a header value trimmed), header-safe if sent in one, and long enough to be
 * redacted without garbling text.
 */
function requireSecret(value: unknown, name: string, inHeader: boolean): string {
  const text = requireText(value, name);
  if (text.trim() !== text) {
    throw new FinicityInputError(`${name} begins or ends with white space: give the value without it`);
  }
  if (inHeader && !isHeaderText(text)) {
    throw new FinicityInputError(
      `${name} contains a character an HTTP header cannot carry (a line break, another control character, or one beyond Latin-1)`,
    );
  }
  if (text.length < MIN_SECRET_LENGTH) {
    throw new FinicityInputError(
      `${name} is implausibly short (${MIN_SECRET_LENGTH} characters at least): check that the whole value was given`,
    );
  }
  return text;
}

function requireCount(value: unknown, name: string, fallback: number, minimum: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < minimum) {
    throw new FinicityInputError(`${name} must be a number of at least ${minimum}`);
  }
  return value;
}

function optionalFunction<Callback>(value: unknown, name: string): Callback | undefined {
  if (value !== undefined && typeof value !== 'function') throw new FinicityInputError(`${name} must be a function`);
  return value as Callback | undefined;
}

/** The longest wait a timer keeps: Node and browsers fire a longer one at once. */
const LONGEST_TIMER_MS = 2_147_483_647;

/** A count of milliseconds that a timer will wait for. */
function requireDuration(value: unknown, name: string, fallback: number, minimum: number): number {
  const ms = requireCount(value, name, fallback, minimum);
  if (ms > LONGEST_TIMER_MS) {
    throw new FinicityInputError(`${name} must be at most ${LONGEST_TIMER_MS} ms (about 24.8 days), the longest a timer waits`);
  }
  return ms;
}

/** The base URL without a trailing slash; refused when credentials could leak or the scheme is unsafe. Never echoes the value. */
function checkBaseUrl(value: unknown, name: string): string {
  if (value === undefined) return DEFAULT_BASE_URL;
  let url: URL;
  try {
    url = new URL(requireText(value, name));
  } catch (error) {
    if (error instanceof FinicityInputError) throw error;
    throw new FinicityInputError(`${name} is not a valid URL`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new FinicityInputError(
      `${name} must not carry a user name or password (${url.host}): credentials go in appKey and the token options`,
    );
  }
  // Not url.search and url.hash: an empty query or fragment (`…/?`, `…/#`) leaves both empty.
  if (/[?#]/.test(String(value))) {
    throw new FinicityInputError(`${name} must not have a query or a fragment (${url.origin})`);
  }
  const loopback = LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new FinicityInputError(`${name} must use https (plain http is allowed for localhost only): ${url.origin}`);
  }
  return url.href.replace(/\/+$/, '');
}

/** Per-call options that would send the request elsewhere or around the transport. */
const ROUTING_OPTIONS = new Set(['baseUrl', 'fetch', 'Request', 'redirect', 'dispatcher', 'requestInitExt']);

/**
 * A call's own options, checked before anything is sent: `signal`, `timeoutMs`,
 * `maxRetries`. `others` are the remaining keys the client does not accept.
 */
export function checkCallOptions(
  options: { signal?: unknown; timeoutMs?: unknown; maxRetries?: unknown },
  others: readonly string[],
): { signal?: AbortSignal; timeoutMs?: number; maxRetries?: number } {
  const given = ownOptions(options);
  const routing = others.filter((key) => ROUTING_OPTIONS.has(key));
  if (routing.length > 0) {
    throw new FinicityInputError(
      `${routing.join(', ')} cannot be set per call: credentials go only to the client's baseUrl, through its transport; ` +
        'create a client with the options you need',
    );
  }
  if (others.length > 0) {
    throw new FinicityInputError(
      `unknown per-call option${others.length > 1 ? 's' : ''} ${others.join(', ')} (accepted: signal, timeoutMs, maxRetries)`,
    );
  }
  const call: { signal?: AbortSignal; timeoutMs?: number; maxRetries?: number } = {};
  if (given.signal !== undefined) {
    if (!(given.signal instanceof AbortSignal)) throw new FinicityInputError('signal must be an AbortSignal');
    call.signal = given.signal;
  }
  if (given.timeoutMs !== undefined) call.timeoutMs = requireDuration(given.timeoutMs, 'timeoutMs', 0, 1);
  if (given.maxRetries !== undefined) call.maxRetries = Math.floor(requireCount(given.maxRetries, 'maxRetries', 0, 0));
  return call;
}

const STORE_METHODS = ['get', 'set', 'delete', 'acquireLease', 'releaseLease'] as const;

/** A credential store has every method of the interface; one without them would fail at the first renewal instead of now. */
function checkCredentialStore(store: unknown): CredentialStore | undefined {
  if (store === undefined) return undefined;
  const missing = STORE_METHODS.filter((method) => typeof (store as Record<string, unknown> | null)?.[method] !== 'function');
  // null has none of the methods either.
  if (typeof store !== 'object' || missing.length > 0) {
    throw new FinicityInputError(`credentialStore must be a CredentialStore, with the methods ${STORE_METHODS.join(', ')}`);
  }
  return store as CredentialStore;
}

/** The environment variable each option falls back to when the options leave it out, as other SDKs read theirs. */
export const ENVIRONMENT_VARIABLES = {
  appKey: 'FINICITY_APP_KEY',
  partnerId: 'FINICITY_PARTNER_ID',
  partnerSecret: 'FINICITY_PARTNER_SECRET',
  baseUrl: 'FINICITY_BASE_URL',
} as const;

type Environment = Readonly<Record<string, string | undefined>>;

/** The process's environment; an empty one where there is none (a browser) or reading it is refused (Deno without --allow-env). */
export function processEnvironment(): Environment {
  try {
    return (globalThis as { process?: { env?: Environment } }).process?.env ?? {};
  } catch {
    return {};
  }
}

/**
 * Fills in, from `environment`, each option of `ENVIRONMENT_VARIABLES` that `options`
 * leave out (an empty variable counts as unset); the partner pair only when no
 * `appToken` is given, so a fixed token never meets partner variables. Returns the name
 * to quote for each option in messages: the option's, or the variable's it came from.
 */
export function withEnvironment(
  options: Partial<Record<keyof AccountsClientOptions, unknown>>,
  environment: Environment,
): Record<keyof typeof ENVIRONMENT_VARIABLES, string> {
  const names = { appKey: 'appKey', partnerId: 'partnerId', partnerSecret: 'partnerSecret', baseUrl: 'baseUrl' };
  for (const option of Object.keys(ENVIRONMENT_VARIABLES) as (keyof typeof ENVIRONMENT_VARIABLES)[]) {
    if (options[option] !== undefined || (option.startsWith('partner') && options.appToken !== undefined)) continue;
    const variable = ENVIRONMENT_VARIABLES[option];
    const value = environment[variable];
    if (!value) continue;
    options[option] = value;
    names[option] = variable;
  }
  return names;
}

/** The variable that turns logging to stderr on, at the level it names, when no `log` is given. */
export const LOG_VARIABLE = 'FINICITY_LOG';

function environmentLog(environment: Environment): Log | undefined {
  const level = logLevelOf(environment[LOG_VARIABLE]);
  return level && stderrLog(level);
}

/** What a missing option says: the option to give, or the variable to set. */
function missing(option: keyof typeof ENVIRONMENT_VARIABLES): string {
  return `${option} is missing: give the ${option} option or set ${ENVIRONMENT_VARIABLES[option]}`;
}

/** What the redactor holds for the client's life: the app key, and a fixed token or the partner secret (a partner id is no secret). */
function permanentSecrets(appKey: string, credentials: ResolvedOptions['credentials']): string[] {
  const secrets = [appKey];
  if (credentials.kind === 'token') secrets.push(credentials.appToken);
  if (credentials.kind === 'partner') secrets.push(credentials.partnerSecret);
  return secrets;
}

/** The credentials the options give: a fixed token, a partner pair (both halves, or a message naming the missing one), or none. */
function resolveCredentials(
  options: Partial<Record<keyof AccountsClientOptions, unknown>>,
  names: Record<keyof typeof ENVIRONMENT_VARIABLES, string>,
): ResolvedOptions['credentials'] {
  const hasPartner = options.partnerId !== undefined || options.partnerSecret !== undefined;
  if (options.appToken !== undefined) {
    if (hasPartner) throw new FinicityInputError('give either appToken, or partnerId and partnerSecret, not both');
    return { kind: 'token', appToken: requireSecret(options.appToken, 'appToken', true) };
  }
  if (!hasPartner) return { kind: 'none' };
  if (options.partnerId === undefined) throw new FinicityInputError(missing('partnerId'));
  if (options.partnerSecret === undefined) throw new FinicityInputError(missing('partnerSecret'));
  return {
    kind: 'partner',
    partnerId: requireText(options.partnerId, names.partnerId),
    partnerSecret: requireSecret(options.partnerSecret, names.partnerSecret, false),
  };
}

/**
 * Refuses, when a client is created, options that give no credentials for the calls that
 * need a token (every Accounts operation): the mistake shows now, not at the first call.
 */
export function requireTokenCredentials(resolved: ResolvedOptions, client: string): void {
  if (resolved.credentials.kind !== 'none') return;
  throw new FinicityInputError(
    `${client} needs credentials: give appToken, or partnerId and partnerSecret, in the options, ` +
      `or set ${ENVIRONMENT_VARIABLES.partnerId} and ${ENVIRONMENT_VARIABLES.partnerSecret}`,
  );
}

/**
 * Whether `scope` (the global object) is a browser page or a web worker: there, whoever
 * loads the code can read every credential in it. Server runtimes (Node, Deno, Bun, edge
 * workers) have neither a `document` beside a `window` nor `importScripts`.
 */
export function isBrowserLike(scope: object): boolean {
  const global = scope as { window?: unknown; document?: unknown; importScripts?: unknown };
  return (typeof global.window === 'object' && typeof global.document === 'object') || typeof global.importScripts === 'function';
}

/** Refuses a client in a browser-like runtime unless `dangerouslyAllowBrowser` is `true`. */
function checkRuntime(allow: unknown, scope: object): void {
  if (allow !== undefined && typeof allow !== 'boolean') throw new FinicityInputError('dangerouslyAllowBrowser must be true or false');
  if (allow === true || !isBrowserLike(scope)) return;
  throw new FinicityInputError(
    'refusing to create a client in a browser: anyone who opens the page can read the app key and the partner secret or token ' +
      '(five misuses lock the partner account). Call Finicity from your server; set dangerouslyAllowBrowser: true only ' +
      'for a page its own user alone opens with their own credentials',
  );
}

/**
 * The options checked and completed: each option left out is read from `environment`
 * where `ENVIRONMENT_VARIABLES` names one, else given its default.
 */
export function resolveOptions(
  given: AccountsClientOptions = {},
  environment: Environment = processEnvironment(),
  runtime: object = globalThis,
): ResolvedOptions {
  if (typeof given !== 'object' || given === null) {
    throw new FinicityInputError('options must be an object with at least appKey');
  }
  const options: Partial<Record<keyof AccountsClientOptions, unknown>> = ownOptions(given);
  const unknown = Object.keys(options).filter((key) => !KNOWN_OPTIONS.has(key));
  if (unknown.length > 0) {
    throw new FinicityInputError(
      `unknown option${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (known: ${[...KNOWN_OPTIONS].join(', ')})`,
    );
  }
  checkRuntime(options.dangerouslyAllowBrowser, runtime);
  const names = withEnvironment(options, environment);
  if (options.appKey === undefined) throw new FinicityInputError(missing('appKey'));
  const appKey = requireSecret(options.appKey, names.appKey, true);
  const credentials = resolveCredentials(options, names);
  const givenFetch = optionalFunction<typeof globalThis.fetch>(options.fetch, 'fetch');
  const now = optionalFunction<() => number>(options.now, 'now');
  const log = optionalFunction<Log>(options.log, 'log') ?? environmentLog(environment);
  const validation = optionalFunction<ResponseCheck>(options.validation, 'validation');
  return {
    appKey,
    credentials,
    baseUrl: checkBaseUrl(options.baseUrl, names.baseUrl),
    timeoutMs: requireDuration(options.timeoutMs, 'timeoutMs', 30_000, 1),
    maxRetries: Math.floor(requireCount(options.maxRetries, 'maxRetries', 2, 0)),
    retryBaseDelayMs: requireDuration(options.retryBaseDelayMs, 'retryBaseDelayMs', 500, 0),
    retryMaxDelayMs: requireDuration(options.retryMaxDelayMs, 'retryMaxDelayMs', 30_000, 0),
    tokenLifetimeMs: requireCount(options.tokenLifetimeMs, 'tokenLifetimeMs', tokenRules.renewAfterMs, 1),
    maxResponseBytes: Math.floor(requireCount(options.maxResponseBytes, 'maxResponseBytes', DEFAULT_MAX_RESPONSE_BYTES, 1)),
    now: now ?? Date.now,
    credentialStore: checkCredentialStore(options.credentialStore),
    credentialStoreTimeoutMs: requireDuration(options.credentialStoreTimeoutMs, 'credentialStoreTimeoutMs', 250, 1),
    // Looked up per request, so stubs, mocks and dispatchers set after creation apply.
    fetchFor: givenFetch ? () => givenFetch : () => globalThis.fetch,
    log,
    validation,
    redactor: new Redactor(permanentSecrets(appKey, credentials)),
  };
}

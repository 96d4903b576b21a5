/**
 * The one options object both clients take, and its validation. Every check runs
 * when a client is created, so a bad option fails before any request.
 */
import { FinicityInputError } from './errors.js';
import { sendWithFetch, type Send } from './send.js';
import { sendWithNodeHttp } from './send-node.js';

export const DEFAULT_BASE_URL = 'https://api.finicity.com';

/** Options shared by `createAccountsClient` and `createAccountsApi`. */
export interface AccountsClientOptions {
  /** The `Finicity-App-Key` from the developer dashboard. */
  appKey: string;
  /** A token you obtained yourself. Give this, or `partnerId` and `partnerSecret`. */
  appToken?: string;
  /** With `partnerSecret`: the client calls CreateToken itself and renews the token. */
  partnerId?: string;
  partnerSecret?: string;
  /** Defaults to https://api.finicity.com. Must be https, except for localhost. */
  baseUrl?: string;
  /** Per-request timeout in milliseconds (default 30 000). */
  timeoutMs?: number;
  /** Timeout of the refresh operations, which Finicity says can take two minutes (default 120 000). */
  refreshTimeoutMs?: number;
  /** How many times a GET or DELETE is retried after a network error, 429, 502, 503 or 504 (default 2). */
  maxRetries?: number;
  /** First retry delay in milliseconds before jitter; doubles each attempt (default 500). */
  retryBaseDelayMs?: number;
  /** Longest wait between two attempts, `Retry-After` included (default 30 000). */
  retryMaxDelayMs?: number;
  /** How long a token from CreateToken is reused (default 90 minutes; Finicity's tokens last two hours). */
  tokenLifetimeMs?: number;
  /** Clock used for token age, in milliseconds since the epoch (default `Date.now`). For tests. */
  now?: () => number;
  /**
   * The fetch to send requests with. Without it, Node sends through node:http (much
   * cheaper per call than Node's fetch) and other runtimes through `globalThis.fetch`.
   */
  fetch?: typeof globalThis.fetch;
  /** Receives one line per attempt, retry and token request. Never contains secrets. */
  log?: (line: string) => void;
}

export type ResolvedOptions = Required<Omit<AccountsClientOptions, 'appToken' | 'partnerId' | 'partnerSecret' | 'log' | 'fetch'>> & {
  send: Send;
  credentials: { kind: 'token'; appToken: string } | { kind: 'partner'; partnerId: string; partnerSecret: string };
  log: ((line: string) => void) | undefined;
  /** Everything that must never appear in an error or a log line. */
  secrets: string[];
};

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function requireText(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new FinicityInputError(`${name} must be a non-empty string`);
  }
  return value;
}

/** Whether `text` can be an HTTP header value: fetch and node:http refuse control characters and anything beyond Latin-1. */
export function isHeaderText(text: string): boolean {
  return !/[^\t\x20-\x7e\x80-\xff]/.test(text);
}

function requireHeaderText(value: unknown, name: string): string {
  const text = requireText(value, name);
  if (!isHeaderText(text)) {
    throw new FinicityInputError(`${name} contains a character an HTTP header cannot carry (a line break, another control character, or one beyond Latin-1)`);
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

function checkBaseUrl(value: unknown): string {
  if (value === undefined) return DEFAULT_BASE_URL;
  let url: URL;
  try {
    url = new URL(requireText(value, 'baseUrl'));
  } catch (error) {
    if (error instanceof FinicityInputError) throw error;
    throw new FinicityInputError(`baseUrl is not a valid URL: ${String(value)}`);
  }
  const loopback = LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new FinicityInputError(`baseUrl must use https (plain http is allowed for localhost only): ${url.origin}`);
  }
  return url.href.replace(/\/+$/, '');
}

export function resolveOptions(options: AccountsClientOptions): ResolvedOptions {
  if (typeof options !== 'object' || options === null) {
    throw new FinicityInputError('options must be an object with at least appKey');
  }
  const appKey = requireHeaderText(options.appKey, 'appKey');
  const hasToken = options.appToken !== undefined;
  const hasPartner = options.partnerId !== undefined || options.partnerSecret !== undefined;
  if (hasToken === hasPartner) {
    throw new FinicityInputError('give either appToken, or partnerId and partnerSecret (exactly one of the two)');
  }
  const credentials: ResolvedOptions['credentials'] = hasToken
    ? { kind: 'token', appToken: requireHeaderText(options.appToken, 'appToken') }
    : {
        kind: 'partner',
        partnerId: requireText(options.partnerId, 'partnerId'),
        partnerSecret: requireText(options.partnerSecret, 'partnerSecret'),
      };
  if (options.fetch !== undefined && typeof options.fetch !== 'function') throw new FinicityInputError('fetch must be a function');
  const send = options.fetch ? sendWithFetch(options.fetch) : (sendWithNodeHttp() ?? sendWithFetch(globalThis.fetch));
  return {
    appKey,
    credentials,
    baseUrl: checkBaseUrl(options.baseUrl),
    timeoutMs: requireCount(options.timeoutMs, 'timeoutMs', 30_000, 1),
    refreshTimeoutMs: requireCount(options.refreshTimeoutMs, 'refreshTimeoutMs', 120_000, 1),
    maxRetries: Math.floor(requireCount(options.maxRetries, 'maxRetries', 2, 0)),
    retryBaseDelayMs: requireCount(options.retryBaseDelayMs, 'retryBaseDelayMs', 500, 0),
    retryMaxDelayMs: requireCount(options.retryMaxDelayMs, 'retryMaxDelayMs', 30_000, 0),
    tokenLifetimeMs: requireCount(options.tokenLifetimeMs, 'tokenLifetimeMs', 90 * 60_000, 1),
    now: options.now ?? Date.now,
    send,
    log: options.log,
    secrets: [appKey, ...(credentials.kind === 'token' ? [credentials.appToken] : [credentials.partnerSecret])],
  };
}

/**
 * The one transport both generated clients send through: a `fetch`-compatible
 * function that adds the Finicity headers and token, applies timeouts, retries
 * what is safe to retry, and turns every failure into a `FinicityError`.
 *
 * HTTP error statuses are thrown as `FinicityApiError` here rather than returned, so
 * both clients report errors the same way, already parsed (see the README).
 */
import { tokenSourceFor } from './auth.js';
import {
  FinicityApiError,
  FinicityAuthenticationError,
  FinicityConnectionError,
  FinicityTimeoutError,
  apiErrorFromBody,
  normalizeErrorCode,
  redact,
} from './errors.js';
import { findOperation, isRefreshOperation, requireOperation } from './operations.js';
import { isHeaderText, type ResolvedOptions } from './options.js';
import { TIMED_OUT, abortReason, watchDeadline, type OutgoingRequest, type Received } from './send.js';

export type Transport = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** Statuses after which an idempotent request may succeed if sent again. */
const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'DELETE']);
/** Finicity's code for an expired or invalidated `Finicity-App-Token`. */
const EXPIRED_TOKEN_CODE = 10022;

const decoder = new TextDecoder();

/**
 * A response whose body the transport already read (so timeouts and retries cover
 * the whole exchange). It serves that body from memory: wrapping the bytes in a new
 * stream only for the client to read them back costs about a tenth of a call.
 */
class BufferedResponse extends Response {
  readonly #bytes: Uint8Array;
  readonly #url: string;

  constructor(bytes: Uint8Array, init: ResponseInit, url: string) {
    super(null, init);
    this.#bytes = bytes;
    this.#url = url;
  }

  override get url(): string {
    return this.#url;
  }

  override get body(): Response['body'] {
    return this.#bytes.byteLength === 0 ? null : (new Blob([this.#bytes as Uint8Array<ArrayBuffer>]).stream() as Response['body']);
  }

  override async arrayBuffer(): Promise<ArrayBuffer> {
    // A copy: the bytes may share memory with other buffers (Node's pooled chunks).
    return new Uint8Array(this.#bytes).buffer;
  }

  override async blob(): Promise<Blob> {
    return new Blob([this.#bytes as Uint8Array<ArrayBuffer>], { type: this.headers.get('content-type') ?? '' });
  }

  override async text(): Promise<string> {
    return decoder.decode(this.#bytes);
  }

  override async json(): Promise<unknown> {
    return JSON.parse(decoder.decode(this.#bytes));
  }

  override clone(): BufferedResponse {
    return new BufferedResponse(this.#bytes, { status: this.status, statusText: this.statusText, headers: this.headers }, this.#url);
  }
}

/** Resolves after `ms`, or rejects as soon as `signal` aborts. */
function sleep(ms: number, signal: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal));
    watchDeadline(ms, signal, (reason) => (reason === TIMED_OUT ? resolve() : reject(reason)));
  });
}

/** Settles like `work`, or rejects as soon as `signal` aborts (the work itself goes on). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal | null): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The most specific words a network error has: node:http puts its code on the error, fetch on its cause. */
function describeNetworkError(error: unknown): string {
  const { code, cause } = error as { code?: string; cause?: { code?: string; message?: string } };
  return code ?? cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

export function createTransport(options: ResolvedOptions): Transport {
  /** The request's path below the base URL (the clients always build URLs from it; a full parse costs more). */
  const pathBelowBase = (url: string) =>
    url.startsWith(options.baseUrl) ? url.slice(options.baseUrl.length).split(/[?#]/, 1)[0]! : new URL(url).pathname;
  const log = options.log && ((line: string) => options.log?.(redact(line, options.secrets)));

  /** One HTTP exchange, body included, within `timeoutMs` and the caller's signal. */
  async function exchange(request: OutgoingRequest, operation: string, timeoutMs: number, signal: AbortSignal | null): Promise<Received> {
    try {
      return await options.send(request, timeoutMs, signal);
    } catch (error) {
      if (error === TIMED_OUT) throw new FinicityTimeoutError(operation, timeoutMs);
      if (signal?.aborted) throw abortReason(signal);
      throw new FinicityConnectionError(
        redact(`${operation}: the connection failed before a complete response (${describeNetworkError(error)})`, options.secrets),
        { operation, cause: error },
      );
    }
  }

  function errorFor(received: Received, operation: string, ErrorClass = FinicityApiError): FinicityApiError {
    return apiErrorFromBody(
      {
        status: received.status,
        statusText: received.statusText,
        headers: received.headers,
        text: decoder.decode(received.bytes),
        operation,
      },
      options.secrets,
      ErrorClass,
    );
  }

  const createToken = requireOperation('CreateToken');

  async function requestToken(partnerId: string, partnerSecret: string): Promise<string> {
    const received = await exchange(
      {
        url: `${options.baseUrl}${createToken.path}`,
        method: 'POST',
        headers: { 'finicity-app-key': options.appKey, 'content-type': 'application/json', accept: 'application/json' },
        body: new TextEncoder().encode(JSON.stringify({ partnerId, partnerSecret })),
      },
      'CreateToken',
      options.timeoutMs,
      null,
    );
    log?.(`CreateToken: HTTP ${received.status}`);
    if (received.status === 400 || received.status === 401) {
      throw errorFor(received, 'CreateToken', FinicityAuthenticationError);
    }
    if (received.status < 200 || received.status >= 300) throw errorFor(received, 'CreateToken');
    let token: unknown;
    try {
      token = (JSON.parse(decoder.decode(received.bytes)) as { token?: unknown }).token;
    } catch {
      token = undefined;
    }
    const unusable = (message: string) =>
      new FinicityApiError(message, { status: received.status, code: undefined, body: undefined, operation: 'CreateToken' });
    if (typeof token !== 'string' || token === '') throw unusable('CreateToken answered without a token');
    if (!isHeaderText(token)) throw unusable('CreateToken answered with a token no HTTP header can carry');
    return token;
  }

  const tokens = tokenSourceFor(options, requestToken);

  function isExpiredToken(received: Received): boolean {
    if (received.status !== 401) return false;
    try {
      const body = JSON.parse(decoder.decode(received.bytes)) as { code?: unknown };
      return normalizeErrorCode(body.code) === EXPIRED_TOKEN_CODE;
    } catch {
      return false;
    }
  }

  function retryDelay(retry: number, received: Received | undefined): number {
    const hinted = received && parseRetryAfter(received.headers.get('retry-after'), options.now());
    if (hinted !== undefined) return Math.min(hinted, options.retryMaxDelayMs);
    const backoff = Math.min(options.retryBaseDelayMs * 2 ** retry, options.retryMaxDelayMs);
    // Jitter spreads out clients that failed together so they do not retry together.
    return backoff * (0.5 + Math.random() * 0.5);
  }

  return async function finicityFetch(input, init) {
    // openapi-fetch hands over a ready Request; the class client a URL and init.
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const path = pathBelowBase(request.url);
    const operation = findOperation(request.method, path);
    const name = operation?.operationId ?? `${request.method} ${path}`;
    const timeoutMs = isRefreshOperation(operation) ? options.refreshTimeoutMs : options.timeoutMs;
    // POST (refresh, authentication) is never repeated: Finicity forbids automating refresh.
    const retriesAllowed = IDEMPOTENT_METHODS.has(request.method) ? options.maxRetries : 0;
    const body = request.body ? new Uint8Array(await request.arrayBuffer()) : undefined;
    const signal = init?.signal ?? request.signal;

    let retries = 0;
    let renewedToken = false;
    // CreateToken itself is authorised by the app key alone.
    const needsToken = operation !== createToken;
    for (;;) {
      const pendingToken = needsToken ? tokens.current() : undefined;
      const token = typeof pendingToken === 'object' ? await untilAborted(pendingToken, signal) : pendingToken;
      const headers: Record<string, string> = { accept: 'application/json' };
      request.headers.forEach((value, name) => (headers[name] = value));
      headers['finicity-app-key'] = options.appKey;
      if (token !== undefined) headers['finicity-app-token'] = token;

      let received: Received | undefined;
      let failure: unknown;
      try {
        received = await exchange({ url: request.url, method: request.method, headers, body }, name, timeoutMs, signal);
      } catch (error) {
        if (!(error instanceof FinicityConnectionError)) throw error;
        failure = error;
      }
      log?.(`${name}: ${received ? `HTTP ${received.status}` : 'connection failed'} (attempt ${retries + 1})`);

      if (received && received.status >= 200 && received.status < 300) {
        return new BufferedResponse(
          received.bytes,
          { status: received.status, statusText: received.statusText, headers: received.headers },
          request.url,
        );
      }
      if (token !== undefined && received && !renewedToken && isExpiredToken(received) && tokens.renewAfterExpiry(token)) {
        renewedToken = true;
        log?.(`${name}: token expired, renewing it and sending the call once more`);
        continue;
      }
      const retryable = received ? RETRYABLE_STATUSES.has(received.status) : true;
      if (retryable && retries < retriesAllowed) {
        const delay = retryDelay(retries, received);
        retries += 1;
        log?.(`${name}: retrying in ${Math.round(delay)} ms (retry ${retries} of ${retriesAllowed})`);
        await sleep(delay, signal);
        continue;
      }
      if (received) throw errorFor(received, name);
      throw failure;
    }
  };
}

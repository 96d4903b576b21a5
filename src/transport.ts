/**
 * The one transport both generated clients send through: a `fetch`-compatible
 * function that adds the Finicity headers and token, keeps every request on the
 * configured origin, applies the operation's timeout, retries what the spec allows,
 * and reports every failure as a `FinicityError`. The decisions are made by the small
 * policy modules (retry-policy, token-policy, redaction, response); this loop only
 * puts them together.
 *
 * An HTTP error status (after retries) is returned as a `Response` whose body and
 * headers are already redacted, with its `FinicityApiError` attached (`apiErrorOf`, response.ts):
 * openapi-fetch hands it back as `{ error, response }`, the class client throws it.
 */

import { tokenRules } from '../generated/operations.js';
import { fixedToken, partnerToken, type TokenSource } from './auth.js';
import {
  apiErrorFromAnswer,
  errorBody,
  FinicityApiError,
  FinicityAuthenticationError,
  FinicityConnectionError,
  FinicityInputError,
  FinicityRedirectError,
  FinicityResponseError,
  FinicityResponseTooLargeError,
  FinicityTimeoutError,
  normalizeErrorCode,
} from './errors.js';
import { findOperation, tokenOperation } from './operations.js';
import { checkCallOptions, isHeaderText, type ResolvedOptions } from './options.js';
import { attachApiError, BodyTooLarge, BufferedResponse, headersForBody, utf8Text } from './response.js';
import { parseRetryAfter, retryDelay, shouldRetry } from './retry-policy.js';
import { abortReason, BodyFailed, type OutgoingRequest, type Received, sendWithFetch, sleep, TIMED_OUT, withinDeadline } from './send.js';
import { isExpiredToken, isRefusedCredentials } from './token-policy.js';
import { userAgent } from './version.js';

/** What a single call may set for itself; everything else comes from the client's options. */
export interface CallOptions {
  /** This call's timeout in milliseconds, token wait and body included (default: the operation's, else the client's). */
  timeoutMs?: number;
  /** How many times this call may be retried, where the operation allows retries (default: the client's). */
  maxRetries?: number;
}

export type Transport = (input: string | URL | Request | UnsentRequest, init?: RequestInit & CallOptions) => Promise<Response>;

/**
 * A request as openapi-fetch describes it, for calls no middleware will see: the parts
 * the transport reads, without a `Request`. Why: fetch builds its own `Request` from
 * what it is given, so a `Request` built before it is work done twice, and on Node 20
 * one costs 6–8 µs of CPU (its URL, its headers and a signal of its own). Made only
 * where a `Request` would accept the same parts (clients.ts), so nothing that would
 * have failed there is sent.
 */
export class UnsentRequest {
  constructor(
    readonly url: string,
    readonly method: string,
    readonly headers: Headers,
    readonly body: string | undefined,
  ) {}
}

/** Methods that may be repeated when the spec does not say (requests outside the spec's operations). */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS']);

const encoder = new TextEncoder();

/** The most specific words a network error has: undici puts its code on the error's cause. */
function describeNetworkError(error: unknown): string {
  const { code, cause } = error as { code?: string; cause?: { code?: string; message?: string } };
  return code ?? cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

/** zlib's errors (`Z_DATA_ERROR`, `ERR_…BROTLI…`): the answer arrived but its encoding is broken. */
function isDecodingError(error: unknown): boolean {
  return /^Z_|ZLIB|BROTLI/.test(describeNetworkError(error));
}

async function bodyBytes(body: unknown): Promise<Uint8Array | undefined> {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return encoder.encode(body);
  if (body instanceof Uint8Array) return body;
  return new Uint8Array(await new Response(body as BodyInit).arrayBuffer());
}

/** Header names in lower case, so the transport's own headers replace a caller's instead of joining them. */
function headerRecord(headers: HeadersInit | undefined): Record<string, string> {
  const record: Record<string, string> = {};
  if (headers instanceof Headers) {
    headers.forEach((value, name) => {
      record[name] = value;
    });
  } else if (Array.isArray(headers)) {
    for (const [name, value] of headers) record[name!.toLowerCase()] = value!;
  } else if (headers) {
    for (const [name, value] of Object.entries(headers)) record[name.toLowerCase()] = value;
  }
  return record;
}

/**
 * The request as either client hands it over: openapi-fetch a `Request` or an
 * `UnsentRequest`, each holding its own parts, the class client a URL and init.
 * Synchronous unless there is a body to read: every await costs.
 */
function readCall(input: string | URL | Request | UnsentRequest, init: (RequestInit & CallOptions) | undefined) {
  const described = input instanceof Request || input instanceof UnsentRequest;
  const parts = described ? input : init;
  const body = parts?.body;
  return {
    url: described ? input.url : String(input),
    request: input instanceof Request ? input : undefined,
    method: (parts?.method ?? 'GET').toUpperCase(),
    headers: headerRecord(parts?.headers),
    body: body === undefined || body === null ? undefined : bodyBytes(body),
  };
}

export function createTransport(options: ResolvedOptions): Transport {
  const { redactor } = options;
  const log = options.log && ((line: string) => options.log?.(redactor.text(line)));
  const send = sendWithFetch(options.fetchFor);
  const identity = userAgent();
  const limitsFor = (timeoutMs: number) => ({ timeoutMs, maxResponseBytes: options.maxResponseBytes });

  /**
   * The URL as fetch will send it (dot segments resolved, characters escaped, as a
   * `Request` does) and its path below the base URL; a refusal when it is anywhere
   * else, so that credentials go to the configured origin and base path only. The check
   * must see that form: "../" in a URL as given can leave the base path after it.
   */
  function belowBase(given: string): { url: string; path: string } {
    let parsed: URL | undefined;
    try {
      parsed = new URL(given);
    } catch {
      parsed = undefined;
    }
    const url = parsed?.href ?? '';
    const next = url.charAt(options.baseUrl.length);
    if (!parsed || !url.startsWith(options.baseUrl) || (next !== '' && next !== '/' && next !== '?' && next !== '#')) {
      const origin = parsed?.origin ?? 'an unreadable URL';
      throw new FinicityInputError(
        redactor.text(`refusing to send to ${origin}: this client sends only below its baseUrl ${options.baseUrl}`),
      );
    }
    return { url, path: url.slice(options.baseUrl.length).split(/[?#]/, 1)[0]! };
  }

  /** One HTTP exchange, body included, within `timeoutMs` (reported as `reportedTimeoutMs`) and the caller's signal. */
  async function exchange(
    request: OutgoingRequest,
    name: string,
    timing: { remainingMs: number; reportedTimeoutMs: number },
    signal: AbortSignal | null,
  ): Promise<Received> {
    let received: Received;
    try {
      received = await send(request, limitsFor(timing.remainingMs), signal);
    } catch (error) {
      if (error === TIMED_OUT) throw new FinicityTimeoutError(name, timing.reportedTimeoutMs);
      if (signal?.aborted && error === abortReason(signal)) throw error;
      if (error instanceof BodyTooLarge) throw new FinicityResponseTooLargeError(name, error.status, options.maxResponseBytes);
      if (error instanceof BodyFailed && isDecodingError(error.error)) {
        throw new FinicityResponseError(
          `${name} answered HTTP ${error.status} with a body that does not decode (${describeNetworkError(error.error)})`,
          {
            operation: name,
            status: error.status,
            cause: redactor.cause(error.error),
          },
        );
      }
      const failure = error instanceof BodyFailed ? error.error : error;
      throw new FinicityConnectionError(
        redactor.text(`${name}: the connection failed before a complete response (${describeNetworkError(failure)})`),
        { operation: name, cause: redactor.cause(failure) },
      );
    }
    if (received.redirected || received.status === 0 || (received.status >= 300 && received.status < 400)) {
      let target: string | undefined;
      try {
        const location = received.headers.get('location');
        target = location
          ? redactor.text(new URL(location, request.url).origin)
          : received.redirected
            ? redactor.text(new URL(received.url).origin)
            : undefined;
      } catch {
        target = undefined;
      }
      throw new FinicityRedirectError(name, received.status, target);
    }
    return received;
  }

  function answerOf(received: Received, operation: string, attempts = 1, earlierAttemptMayHaveSucceeded = false) {
    return {
      status: received.status,
      statusText: received.statusText,
      headers: received.headers,
      text: utf8Text(received.bytes),
      operation,
      attempts,
      earlierAttemptMayHaveSucceeded,
    };
  }

  const issuing = tokenOperation();

  async function requestToken(partnerId: string, partnerSecret: string): Promise<string> {
    const name = issuing.operationId;
    const timeoutMs = issuing.timeoutMs ?? options.timeoutMs;
    const received = await exchange(
      {
        url: `${options.baseUrl}${issuing.path}`,
        request: undefined,
        method: issuing.method,
        headers: {
          'user-agent': identity,
          'finicity-app-key': options.appKey,
          'content-type': 'application/json',
          accept: 'application/json',
        },
        body: encoder.encode(JSON.stringify({ partnerId, partnerSecret })),
      },
      name,
      { remainingMs: timeoutMs, reportedTimeoutMs: timeoutMs },
      null,
    );
    log?.(`${name}: HTTP ${received.status}`);
    if (isRefusedCredentials(received.status, tokenRules)) {
      throw apiErrorFromAnswer(answerOf(received, name), redactor, FinicityAuthenticationError);
    }
    if (received.status < 200 || received.status >= 300) throw apiErrorFromAnswer(answerOf(received, name), redactor);
    let token: unknown;
    try {
      token = (JSON.parse(utf8Text(received.bytes)) as { token?: unknown }).token;
    } catch {
      token = undefined;
    }
    const unusable = (why: string) =>
      new FinicityApiError(`${name} answered HTTP ${received.status} ${why}`, {
        status: received.status,
        code: undefined,
        body: undefined,
        operation: name,
      });
    if (typeof token !== 'string' || token === '') throw unusable('without a token');
    if (!isHeaderText(token)) throw unusable('with a token no HTTP header can carry');
    return token;
  }

  const { credentials } = options;
  const tokens: TokenSource | undefined =
    credentials.kind === 'token'
      ? fixedToken(credentials.appToken)
      : credentials.kind === 'partner'
        ? partnerToken({ ...options, log }, credentials, requestToken)
        : undefined;

  function expiredToken(received: Received): boolean {
    if (received.status !== 401) return false;
    const body = errorBody(utf8Text(received.bytes), received.headers.get('content-type') ?? '', redactor);
    const code = typeof body === 'object' && body !== null ? normalizeErrorCode((body as { code?: unknown }).code) : undefined;
    return isExpiredToken(received.status, code, tokenRules);
  }

  /** The token for this attempt, waited for within the attempt's time. */
  function tokenFor(name: string, timeoutMs: number, signal: AbortSignal | null): string | Promise<string> {
    if (!tokens) {
      throw new FinicityInputError(`${name} needs a Finicity-App-Token: create the client with appToken, or partnerId and partnerSecret`, {
        operation: name,
      });
    }
    const pending = tokens.current();
    if (typeof pending === 'string') return pending;
    return withinDeadline(pending, timeoutMs, signal).catch((error: unknown) => {
      throw error === TIMED_OUT ? new FinicityTimeoutError(name, timeoutMs, ' while waiting for an access token') : error;
    });
  }

  /** The final answer of a call, as the clients read it; an error status carries its redacted error. */
  function responseFor(received: Received, url: string, name: string, attempts: number, earlierAttemptMayHaveSucceeded: boolean): Response {
    if (received.status >= 200 && received.status < 300) {
      const headers = headersForBody(received.headers, received.bytes.byteLength);
      return new BufferedResponse(received.bytes, { status: received.status, statusText: received.statusText, headers }, url, name);
    }
    const error = apiErrorFromAnswer(answerOf(received, name, attempts, earlierAttemptMayHaveSucceeded), redactor);
    const text = error.body === undefined ? '' : typeof error.body === 'string' ? error.body : JSON.stringify(error.body);
    const bytes = encoder.encode(text);
    const response = new BufferedResponse(
      bytes,
      { status: received.status, statusText: redactor.text(received.statusText), headers: headersForBody(error.headers, bytes.byteLength) },
      url,
      name,
    );
    attachApiError(response, error);
    return response;
  }

  return async function finicityFetch(input, init) {
    const call = readCall(input, init);
    const body = call.body && (await call.body);
    const { url, path } = belowBase(call.url);
    const operation = findOperation(call.method, path);
    const name = operation?.operationId ?? `${call.method} ${path}`;
    // Checked here too: the class client's function form of per-call options arrives unchecked.
    const own =
      init?.timeoutMs === undefined && init?.maxRetries === undefined
        ? {}
        : checkCallOptions({ timeoutMs: init.timeoutMs, maxRetries: init.maxRetries }, []);
    const timeoutMs = own.timeoutMs ?? operation?.timeoutMs ?? options.timeoutMs;
    const retryable = operation ? operation.retryable : IDEMPOTENT_METHODS.has(call.method);
    const maxRetries = own.maxRetries ?? options.maxRetries;
    const needsToken = operation ? operation.requiresToken : true;
    const signal = init?.signal ?? null;

    let retries = 0;
    let renewedToken = false;
    /** Whether an earlier attempt ended without a usable answer (it may have reached the server). */
    let unanswered = false;
    for (;;) {
      const pendingToken = needsToken ? tokenFor(name, timeoutMs, signal) : undefined;
      // The attempt's time, less any wait for a token (a token in hand costs no time to read).
      let remainingMs = timeoutMs;
      let token: string | undefined;
      if (typeof pendingToken === 'object') {
        const started = performance.now();
        token = await pendingToken;
        remainingMs = Math.max(1, timeoutMs - (performance.now() - started));
      } else token = pendingToken;
      const headers: Record<string, string> = {
        accept: 'application/json',
        'user-agent': identity,
        ...call.headers,
        'finicity-app-key': options.appKey,
      };
      if (token !== undefined) headers['finicity-app-token'] = token;

      let received: Received | undefined;
      let failure: FinicityConnectionError | undefined;
      try {
        received = await exchange(
          { url, request: call.request, method: call.method, headers, body },
          name,
          { remainingMs, reportedTimeoutMs: timeoutMs },
          signal,
        );
      } catch (error) {
        if (!(error instanceof FinicityConnectionError)) throw error;
        failure = error;
      }
      log?.(`${name}: ${received ? `HTTP ${received.status}` : 'connection failed'} (attempt ${retries + 1})`);

      if (received && tokens && token !== undefined && !renewedToken && expiredToken(received) && tokens.renewAfterExpiry(token)) {
        renewedToken = true;
        log?.(`${name}: token expired, renewing it and sending the call once more`);
        continue;
      }
      const status = received && received.status >= 200 && received.status < 300 ? 'done' : received?.status;
      if (status !== 'done' && shouldRetry({ retryable, status, retriesDone: retries, maxRetries })) {
        const retryAfter = received && parseRetryAfter(received.headers.get('retry-after'), Date.now());
        const delay = retryDelay(retries, retryAfter, options);
        retries += 1;
        unanswered ||= received === undefined || received.status === 502 || received.status === 504;
        log?.(`${name}: retrying in ${Math.round(delay)} ms (retry ${retries} of ${maxRetries})`);
        await sleep(delay, signal);
        continue;
      }
      if (!received) throw failure!;
      // A 4xx after an unanswered attempt may be that attempt's doing (a DELETE whose answer was lost, then 404).
      const mayHaveSucceeded = unanswered && received.status >= 400 && received.status < 500;
      return responseFor(received, url, name, retries + 1, mayHaveSucceeded);
    }
  };
}

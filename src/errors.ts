/**
 * Every error this package reports, in one hierarchy. All of them extend
 * `FinicityError`, so `catch (e) { if (e instanceof FinicityError) … }` covers every
 * failure but the caller's own abort (which rejects with the signal's reason).
 *
 * None of them ever holds the app key, partner secret or a token: each is built
 * from parts that went through the client's `Redactor` first (message, body,
 * headers, status text, causes), so every way of showing it is safe: `message`,
 * `stack`, `toString()`, `JSON.stringify`, `util.inspect`.
 */
import type { Redactor } from './redaction.js';

/** Base class of every error this package reports. */
export class FinicityError extends Error {
  // Spelled out in each class: minifiers rename classes, so `new.target.name` would say `e` in a bundle.
  override name = 'FinicityError';
  /** The spec operation the error concerns (for example `GetCustomerAccount`), when known. */
  declare readonly operation: string | undefined;

  constructor(message: string, options: { operation?: string | undefined; cause?: Error | undefined } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.operation = options.operation;
  }

  /**
   * What `JSON.stringify(error)` shows: name, message and each class's own fields (all
   * redacted), except `headers`, which a `Headers` object would show as `{}`.
   */
  toJSON(): Record<string, unknown> {
    const { headers: _headers, ...fields } = this as unknown as Record<string, unknown>;
    return { name: this.name, message: this.message, ...fields };
  }
}

/** An argument or option was wrong; nothing was sent. */
export class FinicityInputError extends FinicityError {
  override name = 'FinicityInputError';
}

export interface ApiErrorDetails {
  status: number;
  code: number | string | undefined;
  body: unknown;
  operation?: string | undefined;
  headers?: Headers | undefined;
  /** How many times the request was sent (retries included). */
  attempts?: number | undefined;
  /** True when an earlier attempt got no usable answer, so it may have done what this one reports as missing. */
  earlierAttemptMayHaveSucceeded?: boolean | undefined;
}

/** The server answered with an HTTP error status (after any retries). */
export class FinicityApiError extends FinicityError {
  override name = 'FinicityApiError';
  declare readonly status: number;
  /**
   * Finicity's error code. A numeric string such as `"38003"` is turned into the
   * number 38003, so `Number.isInteger(error.code)` holds for every numeric code;
   * other strings stay strings; `undefined` when the body had none.
   */
  declare readonly code: number | string | undefined;
  /** The parsed JSON body, the text of a non-JSON body, or `undefined` when empty. */
  declare readonly body: unknown;
  /** The response's headers (request ids, `Retry-After`, …); never the request's. */
  declare readonly headers: Headers;
  /** The response's request id (`x-request-id` or `request-id`), when the server sent one. */
  declare readonly requestId: string | undefined;
  /** How many times the request was sent, retries included. */
  declare readonly attempts: number;
  /**
   * True when this answer came from a retry and an earlier attempt of the same call
   * got no usable answer: that attempt may have reached the server. A DELETE answered
   * 404 on its retry most likely means the first attempt deleted it.
   */
  declare readonly earlierAttemptMayHaveSucceeded: boolean;

  constructor(message: string, details: ApiErrorDetails) {
    super(message, { operation: details.operation });
    this.status = details.status;
    this.code = details.code;
    this.body = details.body;
    this.headers = details.headers ?? new Headers();
    this.requestId = this.headers.get('x-request-id') ?? this.headers.get('request-id') ?? undefined;
    this.attempts = details.attempts ?? 1;
    this.earlierAttemptMayHaveSucceeded = details.earlierAttemptMayHaveSucceeded ?? false;
  }
}

/**
 * The token-issuing operation refused the partner credentials (or an earlier attempt
 * of this client did). Never retried: five failed authentications lock the partner account.
 */
export class FinicityAuthenticationError extends FinicityApiError {
  override name = 'FinicityAuthenticationError';
}

/** The request took longer than its timeout and was abandoned. */
export class FinicityTimeoutError extends FinicityError {
  override name = 'FinicityTimeoutError';
  declare readonly timeoutMs: number;

  constructor(operation: string, timeoutMs: number, detail = '') {
    super(`${operation} timed out after ${timeoutMs} ms${detail}`, { operation });
    this.timeoutMs = timeoutMs;
  }
}

/** The connection failed or broke before a complete response arrived. */
export class FinicityConnectionError extends FinicityError {
  override name = 'FinicityConnectionError';
}

/**
 * An answer arrived but cannot be used: a success body that is not the JSON it
 * claims to be, a malformed status line, a redirect, or a body over the size cap.
 */
export class FinicityResponseError extends FinicityError {
  override name = 'FinicityResponseError';
  /** The HTTP status of the unusable answer. */
  declare readonly status: number;

  constructor(message: string, options: { operation: string; status: number; cause?: Error | undefined }) {
    super(message, options);
    this.status = options.status;
  }
}

/** The server answered with a redirect. Never followed: credentials go to the configured origin only. */
export class FinicityRedirectError extends FinicityResponseError {
  override name = 'FinicityRedirectError';
  /** The origin the redirect pointed to (never its path or query), or `undefined` when unreadable. */
  declare readonly targetOrigin: string | undefined;

  /**
   * `followedByFetch`: the fetch given in the options followed the redirect itself, so
   * the request (Finicity headers included) did reach the target. A given fetch must
   * not follow redirects.
   */
  constructor(operation: string, status: number, targetOrigin: string | undefined, followedByFetch = false) {
    const target = targetOrigin ?? 'an unreadable location';
    super(
      followedByFetch
        ? `${operation} was redirected to ${target} and the given fetch followed it there, sending the request ` +
            "(with the client's credentials) to that target: give a fetch that does not follow redirects"
        : `${operation} was answered with a redirect (HTTP ${status}) to ${target}; ` +
            'redirects are never followed, so nothing was sent there',
      { operation, status },
    );
    this.targetOrigin = targetOrigin;
  }
}

/** The response body grew past `maxResponseBytes` (decoded bytes) and was abandoned. */
export class FinicityResponseTooLargeError extends FinicityResponseError {
  override name = 'FinicityResponseTooLargeError';
  declare readonly limitBytes: number;

  constructor(operation: string, status: number, limitBytes: number) {
    super(`${operation}: the response body exceeded the ${limitBytes}-byte limit (maxResponseBytes) and was abandoned`, {
      operation,
      status,
    });
    this.limitBytes = limitBytes;
  }
}

/** Finicity sends codes as numbers or numeric strings; give callers a number when it is one. */
export function normalizeErrorCode(code: unknown): number | string | undefined {
  if (typeof code === 'number') return code;
  if (typeof code === 'string') return /^-?\d+$/.test(code.trim()) ? Number(code.trim()) : code;
  return undefined;
}

const MAX_TEXT_IN_MESSAGE = 200;

function summarizeText(text: string, contentType: string): string {
  if (/html/i.test(contentType) || /^\s*</.test(text)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
    return title ? `HTML page "${title}"` : 'an HTML page';
  }
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_TEXT_IN_MESSAGE ? `${oneLine.slice(0, MAX_TEXT_IN_MESSAGE)}…` : oneLine;
}

/** An HTTP error answer, decoded but not yet redacted. */
export interface ErrorAnswer {
  status: number;
  statusText: string;
  headers: Headers;
  text: string;
  operation: string;
  attempts?: number;
  earlierAttemptMayHaveSucceeded?: boolean;
  /** A sentence the transport adds to the message (a retry skipped for time, what a refusal means). */
  note?: string | undefined;
}

/** The body of an error answer: parsed JSON, text, or `undefined` when empty; redacted after decoding. */
export function errorBody(text: string, contentType: string, redactor: Redactor): unknown {
  if (text === '') return undefined;
  if (/json/i.test(contentType) || /^\s*[{[]/.test(text)) {
    try {
      return redactor.value(JSON.parse(text));
    } catch {
      // Not JSON after all: keep the text.
    }
  }
  return redactor.text(text);
}

/**
 * Builds the error for an HTTP error answer from its status, content type and body:
 * JSON (`{code, message}`), `text/plain`, HTML from a proxy, or nothing. Everything
 * shown is redacted after decoding, so escaped or encoded echoes of a secret go too.
 */
export function apiErrorFromAnswer(
  answer: ErrorAnswer,
  redactor: Redactor,
  ErrorClass: typeof FinicityApiError = FinicityApiError,
): FinicityApiError {
  const contentType = answer.headers.get('content-type') ?? '';
  const body = errorBody(answer.text, contentType, redactor);
  const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const code = normalizeErrorCode(record.code);
  const serverMessage =
    typeof record.message === 'string' ? record.message : typeof body === 'string' ? summarizeText(body, contentType) : undefined;
  const statusText = redactor.text(answer.statusText);
  const statusLine = `HTTP ${answer.status}${statusText ? ` ${statusText}` : ''}`;
  const maybe = answer.earlierAttemptMayHaveSucceeded
    ? ` [an earlier attempt got no usable answer and may have succeeded (earlierAttemptMayHaveSucceeded)]`
    : '';
  const message =
    `${answer.operation} failed with ${statusLine}` +
    (serverMessage ? `: ${serverMessage}` : ' and an empty body') +
    (code !== undefined ? ` (code ${code})` : '') +
    maybe +
    (answer.note ? `. ${answer.note}` : '');
  return new ErrorClass(message, {
    status: answer.status,
    code,
    body,
    operation: answer.operation,
    headers: redactor.headers(answer.headers),
    attempts: answer.attempts,
    earlierAttemptMayHaveSucceeded: answer.earlierAttemptMayHaveSucceeded,
  });
}

/**
 * Every error this package throws, in one hierarchy. All of them extend
 * `FinicityError`, so `catch (e) { if (e instanceof FinicityError) … }` covers them.
 *
 * None of them ever holds the app key, partner secret or a token: messages are built
 * from safe parts only, and anything echoed from a server passes through `redact`.
 */

/** Base class of every error thrown by this package. */
export class FinicityError extends Error {
  /** The spec operation the error concerns (for example `GetCustomerAccount`), when known. */
  readonly operation: string | undefined;

  constructor(message: string, options: { operation?: string | undefined; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.operation = options.operation;
  }

  /** What `JSON.stringify(error)` shows: the safe, useful fields only. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, operation: this.operation };
  }
}

/** An argument or option was wrong; nothing was sent. */
export class FinicityInputError extends FinicityError {}

/** The server answered with an HTTP error status (after any retries). */
export class FinicityApiError extends FinicityError {
  readonly status: number;
  /**
   * Finicity's error code. A numeric string such as `"38003"` is turned into the
   * number 38003, so `Number.isInteger(error.code)` holds for every numeric code;
   * other strings stay strings; `undefined` when the body had none.
   */
  readonly code: number | string | undefined;
  /** The parsed JSON body, the text of a non-JSON body, or `undefined` when empty. */
  readonly body: unknown;
  /** The response's headers (request ids, `Retry-After`, …); never the request's. */
  readonly headers: Headers;

  constructor(
    message: string,
    details: {
      status: number;
      code: number | string | undefined;
      body: unknown;
      operation?: string | undefined;
      headers?: Headers | undefined;
    },
  ) {
    super(message, { operation: details.operation });
    this.status = details.status;
    this.code = details.code;
    this.body = details.body;
    this.headers = details.headers ?? new Headers();
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, code: this.code, body: this.body };
  }
}

/**
 * CreateToken refused the partner credentials (or an earlier attempt did). Never
 * retried automatically: five failed attempts lock the partner account.
 */
export class FinicityAuthenticationError extends FinicityApiError {}

/** The request took longer than its timeout and was abandoned. */
export class FinicityTimeoutError extends FinicityError {
  readonly timeoutMs: number;

  constructor(operation: string, timeoutMs: number) {
    super(`${operation} timed out after ${timeoutMs} ms`, { operation });
    this.timeoutMs = timeoutMs;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), timeoutMs: this.timeoutMs };
  }
}

/** The connection failed or broke before a complete response arrived. */
export class FinicityConnectionError extends FinicityError {}

/** Replaces every occurrence of each secret in `text` with `[redacted]`. */
export function redact(text: string, secrets: readonly string[]): string {
  return secrets.reduce((safe, secret) => (secret ? safe.split(secret).join('[redacted]') : safe), text);
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

/**
 * Builds the error for an HTTP error response from its status, content type and raw
 * body: JSON (`{code, message}`), `text/plain`, HTML from a proxy, or nothing.
 */
export function apiErrorFromBody(
  details: { status: number; statusText: string; headers: Headers; text: string; operation: string },
  secrets: readonly string[],
  ErrorClass: typeof FinicityApiError = FinicityApiError,
): FinicityApiError {
  const text = redact(details.text, secrets);
  let body: unknown = text === '' ? undefined : text;
  let code: number | string | undefined;
  let serverMessage: string | undefined;
  const contentType = details.headers.get('content-type') ?? '';
  if (text !== '' && (/json/i.test(contentType) || /^\s*[{[]/.test(text))) {
    try {
      body = JSON.parse(text);
      const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
      code = normalizeErrorCode(record.code);
      serverMessage = typeof record.message === 'string' ? record.message : undefined;
    } catch {
      // Not JSON after all: keep the text.
    }
  }
  if (serverMessage === undefined && typeof body === 'string') serverMessage = summarizeText(body, contentType);
  const statusLine = `HTTP ${details.status}${details.statusText ? ` ${details.statusText}` : ''}`;
  const message =
    `${details.operation} failed with ${statusLine}` +
    (serverMessage ? `: ${serverMessage}` : ' and an empty body') +
    (code !== undefined ? ` (code ${code})` : '');
  return new ErrorClass(message, { status: details.status, code, body, operation: details.operation, headers: details.headers });
}

/**
 * Every error this package reports, in one hierarchy. All of them extend
 * `FinicityError`, so `catch (e) { if (e instanceof FinicityError) … }` covers every
 * failure but the caller's own abort (which rejects with the signal's reason).
 *
 * None of them ever holds the app key, partner secret or a token: each is built
 * from parts that went through the client's `Redactor` first (message, body,
 * headers, status text, causes), so every way of showing it is safe: `message`,
 * `stack`, `toString()`, `JSON.stringify`, `util.inspect`. What a message quotes
 * from an answer is bounded and printable (`printable`): one line, no terminal
 * escapes, whatever the server sent.
 *
 * Answer text is only ever scanned within its first 4 KiB (`SCANNED_PREFIX_CHARS`),
 * and only by patterns without unbounded repetition next to another, so the work stays
 * bounded whatever the answer holds.
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

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * `headers` (already redacted) made to show their entries in `util.inspect` and
 * `console.log` of an error, whatever the runtime's own `Headers` prints (`Headers {}`
 * in some): the request id is what a log reader needs first.
 */
function inspectable(headers: Headers): Headers {
  // Names and values are flat strings: the depth left does not matter, the caller's other options (colors) do.
  const show = (_depth: number, options: object, inspect: (value: unknown, options: object) => string) => {
    const entries: Record<string, string> = {};
    headers.forEach((value, name) => {
      entries[name] = value;
    });
    return `Headers ${inspect(entries, options)}`;
  };
  // One Headers may pass to several errors (a remembered refusal is told again): define once.
  if (!Object.hasOwn(headers, INSPECT)) Object.defineProperty(headers, INSPECT, { value: show });
  return headers;
}

/** An answer's request id (`x-request-id`, else `request-id`), for support and for matching logs. */
export function requestIdOf(headers: Headers): string | undefined {
  return headers.get('x-request-id') ?? headers.get('request-id') ?? undefined;
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
    this.headers = inspectable(details.headers ?? new Headers());
    this.requestId = requestIdOf(this.headers);
    this.attempts = details.attempts ?? 1;
    this.earlierAttemptMayHaveSucceeded = details.earlierAttemptMayHaveSucceeded ?? false;
  }
}

/**
 * The credentials were refused. Either the token-issuing operation refused the partner
 * credentials (or an earlier attempt did: remembered, never retried, since five failed
 * authentications lock the partner account), and `operation` is the token operation's;
 * or a call answered 401 (a wrong or expired `appToken`, an app key of another partner),
 * and `operation` is that call's. The message says which and what to do.
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
 * A failure none of the other classes describes: a middleware or a custom `fetch` that
 * threw something other than a network error, or a fault in this package. `cause` is a
 * redacted stand-in for what was thrown.
 */
export class FinicityUnexpectedError extends FinicityError {
  override name = 'FinicityUnexpectedError';
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

/** One place where an answer's body differs from the spec (see `finicity-accounts/validation`). */
export interface DriftDifference {
  /** A JSON pointer into the body, such as `/accounts/0/detail/autoPayEnrolled`. */
  readonly path: string;
  /** What the spec expects there: a type (`string`, `integer or string`), `present`, or a constraint. */
  readonly expected: string;
  /** The JSON type that arrived (`boolean`, `null`, `string`, `integer`, `number`, `object`, `array`), or `absent`. Never the value. */
  readonly received: string;
}

/** Every way one answer differs from the spec's description of its body. */
export interface DriftReport {
  /** The spec's operationId. */
  readonly operation: string;
  readonly status: number;
  readonly differences: readonly DriftDifference[];
}

/** How many differences a drift message lists; the report has them all. */
const LISTED_DIFFERENCES = 5;

/**
 * An answer whose body differs from the spec, with validation in `strict` mode: the
 * report says where and what arrived, never a value.
 */
export class FinicityResponseDriftError extends FinicityResponseError {
  override name = 'FinicityResponseDriftError';
  declare readonly report: DriftReport;

  constructor(report: DriftReport) {
    const { operation, status, differences } = report;
    const listed = differences
      .slice(0, LISTED_DIFFERENCES)
      .map(({ path, expected, received }) => `${path || '(body)'} (expected ${expected}, received ${received})`);
    const more = differences.length > LISTED_DIFFERENCES ? ` and ${differences.length - LISTED_DIFFERENCES} more` : '';
    super(
      `${operation} answered HTTP ${status} with a body that differs from the spec at ${listed.join(', ')}${more} ` +
        '(response validation is strict)',
      { operation, status },
    );
    this.report = report;
  }
}

/** How much of an answer's text any pattern looks at: a summary needs no more, and the work stays bounded. */
export const SCANNED_PREFIX_CHARS = 4096;

/** Finicity sends codes as numbers or numeric strings; give callers a number when it is one (a string of 4 KiB is none). */
export function normalizeErrorCode(code: unknown): number | string | undefined {
  if (typeof code === 'number') return code;
  if (typeof code !== 'string') return undefined;
  if (code.length > SCANNED_PREFIX_CHARS) return code;
  const digits = code.trim();
  return /^-?\d+$/.test(digits) ? Number(digits) : code;
}

/** The most characters a message quotes from an answer (a server message, a page title, a body). */
const MAX_TEXT_IN_MESSAGE = 200;

/** JSON nested deeper than this is kept as text: no real error body nests so far, and walking it could overflow the stack. */
export const MAX_BODY_DEPTH = 64;

/** Characters that would split a log line or drive a terminal: C0 and C1 controls, DEL, line and paragraph separators, bidi controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * `text` fit to quote in a message: one line, from its first 4 KiB only, with each
 * control character, separator and bidi control made a space, lone surrogates U+FFFD,
 * white space collapsed, cut at `max` characters (never inside a surrogate pair) with `…`.
 */
export function printable(text: string, max: number): string {
  const line = text.slice(0, SCANNED_PREFIX_CHARS).replace(UNPRINTABLE, ' ').replace(LONE_SURROGATE, '\ufffd').replace(/\s+/g, ' ').trim();
  if (line.length <= max && text.length <= SCANNED_PREFIX_CHARS) return line;
  // A line within `max` ends with no high surrogate (a lone one became U+FFFD), so this cuts it nowhere.
  const cut = /[\ud800-\udbff]/.test(line.charAt(max - 1)) ? max - 1 : max;
  return `${line.slice(0, cut)}…`;
}

/** An HTML page's title: up to 256 characters of attributes, up to 512 of title (bounded, so no backtracking blow-up). */
const HTML_TITLE = /<title\b[^>]{0,256}>([^<]{0,512})/i;

/** Whether a body looks like JSON: by its type, or by its first character that is not white space. */
function looksLikeJson(text: string, contentType: string): boolean {
  return /json/i.test(contentType.slice(0, SCANNED_PREFIX_CHARS)) || /^[[{]/.test(text.slice(0, SCANNED_PREFIX_CHARS).trimStart());
}

function summarizeText(text: string, contentType: string): string {
  const head = text.slice(0, SCANNED_PREFIX_CHARS);
  if (/html/i.test(contentType.slice(0, SCANNED_PREFIX_CHARS)) || head.trimStart().startsWith('<')) {
    const title = printable(HTML_TITLE.exec(head)?.[1] ?? '', MAX_TEXT_IN_MESSAGE);
    return title ? `HTML page "${title}"` : 'an HTML page';
  }
  return printable(text, MAX_TEXT_IN_MESSAGE);
}

/**
 * A parsed JSON value, to read fields from with `?.`: null and undefined have none, and a
 * primitive or an array has none of the fields read here, so no check is needed.
 */
type JsonRecord = Record<string, unknown> | null | undefined;
const asRecord = (value: unknown) => value as JsonRecord;

const nonBlank = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/** `first: second`, either alone, or undefined: for pairs such as problem+json's title and detail. */
function joined(first: unknown, second: unknown): string | undefined {
  const parts = [nonBlank(first), nonBlank(second)].filter((part) => part !== undefined);
  return parts.length > 0 ? parts.join(': ') : undefined;
}

/** The first entry of Mastercard's error wrapper, `{"Errors": {"Error": [{…}]}}`, if the body is one. */
function wrappedError(record: JsonRecord): JsonRecord {
  const list = asRecord(record?.Errors)?.Error;
  return asRecord(Array.isArray(list) ? list[0] : list);
}

/** Finicity's error code: `code`, or the wrapped error's `code` or `ReasonCode`. */
function errorCodeOf(body: unknown): number | string | undefined {
  const record = asRecord(body);
  const wrapped = wrappedError(record);
  return normalizeErrorCode(record?.code ?? wrapped?.code ?? wrapped?.ReasonCode);
}

/**
 * The readable part of a parsed JSON error body: its message where servers put one
 * (`message`; `error`, or its `message`; problem+json's `title` and `detail`; the wrapped
 * error's `message`, or `Description` and `Details`), else a short rendering of the whole.
 */
function summarizeJson(body: unknown): string {
  const record = asRecord(body);
  const wrapped = wrappedError(record);
  const message =
    nonBlank(record?.message) ??
    nonBlank(record?.error) ??
    nonBlank(asRecord(record?.error)?.message) ??
    joined(record?.title, record?.detail) ??
    nonBlank(wrapped?.message) ??
    joined(wrapped?.Description, wrapped?.Details);
  return printable(message ?? compactJson(body, MAX_TEXT_IN_MESSAGE), MAX_TEXT_IN_MESSAGE);
}

/**
 * Compact JSON for a parsed JSON value, cut at `budget` characters with `…`. It walks
 * only as far as the budget reaches, never rendering a large value to cut it after; each
 * level adds a character before going deeper, so the depth is bounded by the budget too.
 */
export function compactJson(value: unknown, budget: number): string {
  const pieces: string[] = [];
  let left = budget;
  const put = (piece: string) => {
    pieces.push(piece);
    left -= piece.length;
  };
  const walk = (item: unknown): void => {
    if (typeof item !== 'object' || item === null) {
      put(typeof item === 'string' ? JSON.stringify(item.slice(0, Math.max(0, left))) : String(item));
      return;
    }
    const list = Array.isArray(item);
    put(list ? '[' : '{');
    let first = true;
    for (const key of list ? item.keys() : Object.keys(item)) {
      if (left < 0) return;
      if (!first) put(',');
      first = false;
      if (!list) put(`${JSON.stringify(String(key).slice(0, Math.max(0, left)))}:`);
      walk((item as Record<string | number, unknown>)[key]);
    }
    put(list ? ']' : '}');
  };
  walk(value);
  const text = pieces.join('');
  return left < 0 ? `${text.slice(0, budget)}…` : text;
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
  /** A sentence the transport adds to the message (what a refusal means, a retry skipped for time). */
  note?: string | undefined;
}

/** Whether a parsed JSON value nests no deeper than `depth` levels of arrays and objects. */
function nestsWithin(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (depth === 0) return false;
  for (const item of Object.values(value)) if (!nestsWithin(item, depth - 1)) return false;
  return true;
}

/**
 * The body of an error answer, parsed once and redacted after decoding: parsed JSON,
 * else the text, or `undefined` when empty. JSON nested deeper than `MAX_BODY_DEPTH`
 * stays text.
 */
export function errorBody(text: string, contentType: string, redactor: Redactor): unknown {
  if (text === '') return undefined;
  if (looksLikeJson(text, contentType)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return redactor.text(text);
    }
    if (nestsWithin(parsed, MAX_BODY_DEPTH)) return redactor.value(parsed);
  }
  return redactor.text(text);
}

/**
 * Builds the error for an HTTP error answer from its status, content type and body:
 * JSON (`{code, message}` and the other usual shapes), `text/plain`, HTML from a proxy,
 * or nothing. Everything shown is redacted after decoding, so escaped or encoded echoes
 * of a secret go too. The body is parsed once: read `code` from the result rather than
 * parsing the body again.
 */
export function apiErrorFromAnswer(
  answer: ErrorAnswer,
  redactor: Redactor,
  ErrorClass: typeof FinicityApiError = FinicityApiError,
): FinicityApiError {
  // Stryker disable next-line StringLiteral: any text without "json" or "html" in it reads the same.
  const contentType = answer.headers.get('content-type') ?? '';
  const body = errorBody(answer.text, contentType, redactor);
  const code = errorCodeOf(body);
  const summary = body === undefined ? '' : typeof body === 'string' ? summarizeText(body, contentType) : summarizeJson(body);
  const statusText = printable(redactor.text(answer.statusText), MAX_TEXT_IN_MESSAGE);
  const statusLine = `HTTP ${answer.status}${statusText ? ` ${statusText}` : ''}`;
  const maybe = answer.earlierAttemptMayHaveSucceeded
    ? ` [an earlier attempt got no usable answer and may have succeeded (earlierAttemptMayHaveSucceeded)]`
    : '';
  const message =
    `${answer.operation} failed with ${statusLine}` +
    (summary ? `: ${summary}` : ' and an empty body') +
    (code !== undefined ? ` (code ${printable(String(code), MAX_TEXT_IN_MESSAGE)})` : '') +
    maybe +
    (answer.note ? `. ${answer.note}` : '');
  // Redacted once more as a whole: collapsing white space, or quoting keys and values side by side, can spell a secret anew.
  return new ErrorClass(redactor.text(message), {
    status: answer.status,
    code,
    body,
    operation: answer.operation,
    headers: redactor.headers(answer.headers),
    attempts: answer.attempts,
    earlierAttemptMayHaveSucceeded: answer.earlierAttemptMayHaveSucceeded,
  });
}

/**
 * What openapi-fetch's `error` holds when the body is no JSON object (empty, text, a
 * page, a bare JSON value): the error's code (else the status), the status as a string
 * and its message. Always an object, so `if (error)` holds for every HTTP error.
 */
export interface ErrorBodyStandIn {
  code: number | string;
  status: string;
  message: string;
}

export function errorBodyStandIn(status: number, error: FinicityApiError | undefined): ErrorBodyStandIn {
  return { code: error?.code ?? status, status: String(status), message: error?.message ?? `HTTP ${status}` };
}

/**
 * What a refusal from the token-issuing operation most likely means, by status: a
 * sentence for the end of the FinicityAuthenticationError's message (`ErrorAnswer.note`).
 * A status the spec adds to the refusing ones later gets the general sentence.
 */
export function refusalHint(status: number): string {
  switch (status) {
    case 400:
      return 'The token request was refused as malformed: check appKey, partnerId and partnerSecret';
    case 401:
      return 'The credentials were refused: a wrong partner ID or secret, or an app key of another partner';
    case 403:
      return (
        'Token requests are accepted only from machines in the United States or Canada: ' +
        'a 403 most likely means this one calls from elsewhere (or through a proxy that does)'
      );
    case 404:
      return 'There is no partner with that ID: check partnerId';
    default:
      return `The credentials were refused (HTTP ${status}): check appKey, partnerId and partnerSecret`;
  }
}

/**
 * What a 401 on a call that sent a token most likely means, for the end of its
 * FinicityAuthenticationError's message: `fixedToken` when the client was given
 * `appToken` (never renewed), `expired` when the code says the token expired.
 */
export function unauthorizedHint(fixedToken: boolean, expired: boolean): string {
  if (fixedToken && expired) {
    return (
      'The appToken has expired, and a fixed appToken is never renewed: give a new one, or give partnerId and ' +
      'partnerSecret instead so that the client requests and renews tokens itself'
    );
  }
  if (fixedToken) return 'The appToken or the app key was refused: check that the token is current and was issued for this appKey';
  return "The app key or the client's token was refused: check that appKey belongs to the partner whose credentials are given";
}

/** What to do about a connection that failed, by the network error's code (as `describeNetworkError` gives it). */
export function connectionAdvice(host: string, code: string): string {
  if (/^(?:ENOTFOUND|EAI_AGAIN)$/.test(code)) return `${host} does not resolve from this machine: check baseUrl and the DNS settings`;
  if (code === 'ECONNREFUSED') return `nothing accepts connections at ${host}: check baseUrl`;
  return `check that this machine reaches ${host} (network, firewall, proxy settings) and that baseUrl is right`;
}

/**
 * The connection failure of the token request that `operation` waited for, as that call's
 * own error: it names the call, the host and what to do; `cause` is the token request's error.
 */
export function tokenConnectionFailure(
  failure: FinicityConnectionError,
  operation: string,
  host: string,
  code: string,
): FinicityConnectionError {
  return new FinicityConnectionError(`${operation} could not get an access token: ${failure.message}. ${connectionAdvice(host, code)}`, {
    operation,
    cause: failure,
  });
}

/**
 * `error` as one of this package's errors: itself if it is one, else a
 * FinicityUnexpectedError whose cause is a redacted stand-in and whose message quotes it,
 * bounded. For what a middleware, a custom fetch or this package threw; the caller's own
 * abort is not a failure and should be passed on before this.
 */
export function toFinicityError(error: unknown, redactor: Redactor, operation?: string): FinicityError {
  if (error instanceof FinicityError) return error;
  const cause = redactor.cause(error);
  const quoted = redactor.text(printable(`${cause.name}: ${cause.message}`, MAX_TEXT_IN_MESSAGE));
  return new FinicityUnexpectedError(`${operation ?? 'the request'} failed unexpectedly: ${quoted}`, { operation, cause });
}

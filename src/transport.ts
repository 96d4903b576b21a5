/**
 * The one transport both generated clients send through: a `fetch`-compatible
 * function that adds the Finicity headers and token, keeps every request on the
 * configured origin, applies the operation's timeout, retries what the spec allows,
 * and reports every failure as a `FinicityError`. The decisions are made by the small
 * policy modules (retry-policy, token/policy, redaction, response) and the token
 * source (token/); this loop only puts them together, within one deadline per call.
 *
 * An HTTP error status (after retries) is returned as a `Response` whose body and
 * headers are already redacted, with its `FinicityApiError` attached (`apiErrorOf`, response.ts):
 * openapi-fetch hands it back as `{ error, response }`, the class client throws it.
 */

import { tokenRules } from '../generated/operations.js';
import { attachApiError } from './attached-errors.js';
import { isTraced, type PackageChannels, packageChannels, publish, type RequestTrace, traceCall } from './diagnostics.js';
import {
  apiErrorFromAnswer,
  errorBodyStandIn,
  type FinicityApiError,
  FinicityAuthenticationError,
  FinicityConnectionError,
  FinicityInputError,
  FinicityTimeoutError,
  requestIdOf,
  tokenConnectionFailure,
  unauthorizedHint,
} from './errors.js';
import { describeNetworkError, type Exchanger, exchange, MAX_ERROR_BODY_BYTES } from './exchange.js';
import { attemptNote, type Logger, safeLogger } from './log.js';
import { findOperation } from './operations.js';
import { checkCallOptions, type ResolvedOptions } from './options.js';
import { MIN_SECRET_LENGTH } from './redaction.js';
import { BufferedResponse, headersForBody, isSuccessStatus, linkBufferedResponse, type ParsedBody, utf8Text } from './response.js';
import { parseRetryAfter, retryDelay, shouldRetry } from './retry-policy.js';
import { abortReason, type OutgoingRequest, type Received, sendWithFetch, sleep, TIMED_OUT } from './send.js';
import { tokenSourceFor } from './token/index.js';
import { isExpiredToken, tokenTrouble } from './token/policy.js';
import type { TokenSource } from './token/source.js';
import { UnsentRequest } from './unsent-request.js';

/** What a single call may set for itself; everything else comes from the client's options. */
export interface CallOptions {
  /** This call's timeout in milliseconds, token wait and body included (default: the operation's, else the client's). */
  timeoutMs?: number;
  /** How many times this call may be retried, where the operation allows retries (default: the client's). */
  maxRetries?: number;
}

export type Transport = (input: string | URL | Request | UnsentRequest, init?: RequestInit & CallOptions) => Promise<Response>;

/** Methods that may be repeated when the spec does not say (requests outside the spec's operations). */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS']);

const encoder = new TextEncoder();

async function bodyBytes(body: unknown): Promise<Uint8Array | undefined> {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return encoder.encode(body);
  if (body instanceof Uint8Array) return body;
  return new Uint8Array(await new Response(body as BodyInit).arrayBuffer());
}

/** Header names in lower case, so the transport's own headers replace a caller's instead of joining them. */
function headerRecord(headers: unknown): Record<string, string> {
  const record: Record<string, string> = {};
  if (headers instanceof Headers) {
    headers.forEach((value, name) => {
      record[name] = value;
    });
  } else if (Array.isArray(headers)) {
    for (const [name, value] of headers as [string, string][]) record[String(name).toLowerCase()] = String(value);
  } else if (typeof headers === 'object' && headers !== null) {
    for (const [name, value] of Object.entries(headers)) record[name.toLowerCase()] = String(value);
  }
  return record;
}

/** A field of a plain init object, only when it is the object's own: a polluted `Object.prototype` adds nothing. */
function ownField(init: object | undefined, key: string): unknown {
  return init !== undefined && Object.hasOwn(init, key) ? (init as Record<string, unknown>)[key] : undefined;
}

/**
 * The request as either client hands it over: openapi-fetch a `Request` or an
 * `UnsentRequest`, each holding its own parts, the class client a URL and init.
 */
function readCall(input: string | URL | Request | UnsentRequest, init: object | undefined) {
  const described = input instanceof Request || input instanceof UnsentRequest;
  const method = described ? input.method : ownField(init, 'method');
  return {
    url: described ? input.url : String(input),
    request: input instanceof Request ? input : undefined,
    method: (typeof method === 'string' ? method : 'GET').toUpperCase(),
    headers: headerRecord(described ? input.headers : ownField(init, 'headers')),
    body: bodyBytes(described ? input.body : ownField(init, 'body')),
  };
}

/** What one client's transport holds: its options, its way of sending, its token source. */
interface TransportContext extends Exchanger {
  options: ResolvedOptions;
  identity: string;
  tokens: TokenSource | undefined;
  log: Logger | undefined;
  channels: PackageChannels | undefined;
}

/** One call as the loop sends it, with its own deadline (a `performance.now()` time) for everything it does. */
interface Call {
  request: OutgoingRequest;
  name: string;
  timeoutMs: number;
  deadline: number;
  retryable: boolean;
  maxRetries: number;
  needsToken: boolean;
  signal: AbortSignal | null;
  /** Secrets the request itself carries (the credentials in a token request's body), redacted from its answer. */
  secrets: string[];
}

/** What the attempts of a call so far have done. */
interface Progress {
  retries: number;
  renewed: boolean;
  /** Whether an earlier attempt ended without a usable answer (it may have reached the server). */
  unanswered: boolean;
  /** Requests sent, every one counted: retries and the resend after a renewal. */
  sent: number;
  /** The call's context on the tracing channel, when someone listens. */
  trace: RequestTrace | undefined;
}

/** An attempt's answer or failure, and how long it took in milliseconds. */
type Outcome = ({ received: Received; failure?: undefined } | { received?: undefined; failure: FinicityConnectionError }) & {
  durationMs: number;
};

/**
 * The URL as fetch will send it (dot segments resolved, characters escaped, as a
 * `Request` does) and its path below the base URL; a refusal when it is anywhere
 * else, so that credentials go to the configured origin and base path only. The check
 * must see that form: "../" in a URL as given can leave the base path after it.
 */
function belowBase(context: TransportContext, given: string): { url: string; path: string } {
  const { baseUrl } = context.options;
  let parsed: URL | undefined;
  try {
    parsed = new URL(given);
  } catch {
    // Unreadable: refused below.
  }
  const url = parsed?.href;
  const next = url?.charAt(baseUrl.length);
  if (!url?.startsWith(baseUrl) || (next !== '' && next !== '/' && next !== '?' && next !== '#')) {
    const origin = parsed?.origin ?? 'an unreadable URL';
    throw new FinicityInputError(
      context.redactor.text(`refusing to send to ${origin}: this client sends only below its baseUrl ${baseUrl}`),
    );
  }
  return { url, path: url.slice(baseUrl.length).split(/[?#]/, 1)[0]! };
}

async function describeCall(
  context: TransportContext,
  input: string | URL | Request | UnsentRequest,
  init: object | undefined,
  signal: AbortSignal | null,
): Promise<Call> {
  const call = readCall(input, init);
  const body = await call.body;
  const { url, path } = belowBase(context, call.url);
  const operation = findOperation(call.method, path);
  // Checked here too: the class client's function form of per-call options arrives unchecked.
  const given = { timeoutMs: ownField(init, 'timeoutMs'), maxRetries: ownField(init, 'maxRetries') };
  // Stryker disable next-line ConditionalExpression: checking two undefined fields gives undefined fields too, only slower.
  const own = given.timeoutMs === undefined && given.maxRetries === undefined ? undefined : checkCallOptions(given, []);
  const timeoutMs = (ownField(own, 'timeoutMs') as number | undefined) ?? operation?.timeoutMs ?? context.options.timeoutMs;
  return {
    request: { url, request: call.request, method: call.method, headers: call.headers, body },
    name: operation?.operationId ?? `${call.method} ${path}`,
    timeoutMs,
    deadline: performance.now() + timeoutMs,
    retryable: operation ? operation.retryable : IDEMPOTENT_METHODS.has(call.method),
    maxRetries: (ownField(own, 'maxRetries') as number | undefined) ?? context.options.maxRetries,
    needsToken: operation ? operation.requiresToken : true,
    signal,
    secrets: secretsInBody(operation?.issuesToken ? body : undefined),
  };
}

/**
 * Every string in a token request's JSON body long enough to be a secret: the partner
 * secret of a caller who calls the token operation with credentials of their own, which
 * the client was not given and so could not redact from the answer otherwise.
 */
function secretsInBody(body: Uint8Array | undefined): string[] {
  let parsed: unknown;
  try {
    // No body (every request but a token request's) is no work: no text, no exception.
    parsed = body && JSON.parse(utf8Text(body));
  } catch {
    // No JSON: no values.
  }
  // Object(): a JSON primitive has no values of its own that could be a secret (a string's are single characters).
  return Object.values(Object(parsed)).filter((value): value is string => typeof value === 'string' && value.length >= MIN_SECRET_LENGTH);
}

/** The token for this attempt, waited for within the call's deadline. */
async function tokenFor(context: TransportContext, call: Call): Promise<string> {
  const { tokens } = context;
  if (!tokens) {
    throw new FinicityInputError(
      `${call.name} needs a Finicity-App-Token: create the client with appToken, or partnerId and partnerSecret`,
      {
        operation: call.name,
      },
    );
  }
  const pending = tokens.current(call.deadline, call.signal);
  // Stryker disable next-line ConditionalExpression: awaiting a string gives the string, a microtask later.
  if (typeof pending === 'string') return pending;
  try {
    return await pending;
  } catch (error) {
    if (error === TIMED_OUT) throw new FinicityTimeoutError(call.name, call.timeoutMs, ' while waiting for an access token');
    if (!(error instanceof FinicityConnectionError)) throw error;
    const host = new URL(context.options.baseUrl).host;
    throw tokenConnectionFailure(error, call.name, host, describeNetworkError(error.cause ?? error));
  }
}

async function attempt(context: TransportContext, call: Call, token: string | undefined): Promise<Outcome> {
  const started = performance.now();
  const remainingMs = call.deadline - started;
  if (remainingMs < 1) throw new FinicityTimeoutError(call.name, call.timeoutMs);
  const headers: Record<string, string> = {
    accept: 'application/json',
    'user-agent': context.identity,
    ...call.request.headers,
    'finicity-app-key': context.options.appKey,
  };
  if (token !== undefined) headers['finicity-app-token'] = token;
  try {
    const timing = { remainingMs, reportedTimeoutMs: call.timeoutMs };
    const received = await exchange(context, { ...call.request, headers }, call.name, timing, call.signal);
    return { received, durationMs: performance.now() - started };
  } catch (error) {
    if (error instanceof FinicityConnectionError) return { failure: error, durationMs: performance.now() - started };
    throw error;
  }
}

function errorOf(
  context: TransportContext,
  call: Call,
  received: Received,
  progress: Progress,
  note?: string,
  ErrorClass?: typeof FinicityApiError,
): FinicityApiError {
  return apiErrorFromAnswer(
    {
      status: received.status,
      statusText: received.statusText,
      headers: received.headers,
      text: utf8Text(received.bytes),
      operation: call.name,
      attempts: progress.sent,
      // A 4xx after an unanswered attempt may be that attempt's doing (a DELETE whose answer was lost, then 404).
      // No answer under 400 comes here: a redirect fails in the exchange, and fetch hands over no 1xx.
      earlierAttemptMayHaveSucceeded: progress.unanswered && received.status < 500,
      note: received.cut
        ? joinNotes(`only the first ${Math.min(MAX_ERROR_BODY_BYTES, context.maxResponseBytes)} bytes of the body were kept`, note)
        : note,
    },
    context.redactor,
    ErrorClass,
  );
}

/**
 * The final error of a call its 401 ends: a FinicityAuthenticationError saying what the
 * refusal most likely means (a fixed token is never renewed). Built again from the
 * answer only here, once the call is over: a 401 is read first for its code alone.
 */
function unauthorizedError(
  context: TransportContext,
  call: Call,
  received: Received,
  progress: Progress,
  code: number | string | undefined,
): FinicityApiError {
  const fixedToken = context.options.credentials.kind === 'token';
  const hint = unauthorizedHint(fixedToken, isExpiredToken(401, code, tokenRules));
  return errorOf(context, call, received, progress, hint, FinicityAuthenticationError);
}

const joinNotes = (first: string, second: string | undefined) => (second ? `${first}; ${second}` : first);

/**
 * After an attempt: renew the token and send again, wait and retry, or end the call
 * with its answer. `undefined` means "send again".
 */
async function settle(context: TransportContext, call: Call, token: string | undefined, outcome: Outcome, progress: Progress) {
  const { received } = outcome;
  noteAttempt(context, call, outcome, progress);
  if (received && isSuccessStatus(received.status)) {
    if (token !== undefined) context.tokens?.confirm(token);
    return successResponse(context, call, received, checkAnswer(context, call, received));
  }
  // Only a 401 is read before the end of the call: its code says whether the token expired.
  const unauthorized = received?.status === 401 ? errorOf(context, call, received, progress) : undefined;
  if (unauthorized && token !== undefined && !progress.renewed && isExpiredToken(401, unauthorized.code, tokenRules)) {
    if (context.tokens?.renewAfterExpiry(token)) {
      progress.renewed = true;
      noteRenewal(context, call, progress, unauthorized.code);
      return undefined;
    }
  }
  let note: string | undefined;
  if (shouldRetry({ retryable: call.retryable, status: received?.status, retriesDone: progress.retries, maxRetries: call.maxRetries })) {
    const retryAfter = received && parseRetryAfter(received.headers.get('retry-after'), Date.now());
    const delay = retryDelay(progress.retries, retryAfter, context.options);
    if (performance.now() + delay < call.deadline) {
      progress.retries += 1;
      progress.unanswered ||= received === undefined || received.status === 502 || received.status === 504;
      noteRetry(context, call, progress, received ? `HTTP ${received.status}` : 'no answer', delay);
      await sleep(delay, call.signal);
      return undefined;
    }
    note = `a retry was skipped: due in ${Math.round(delay)} ms, it would pass the call's ${call.timeoutMs} ms timeout`;
  }
  if (!received) {
    const { failure } = outcome as { failure: FinicityConnectionError };
    if (!note) throw failure;
    throw new FinicityConnectionError(`${failure.message}; ${note}`, { operation: call.name, cause: failure.cause as Error | undefined });
  }
  const final =
    unauthorized && token !== undefined
      ? unauthorizedError(context, call, received, progress, unauthorized.code)
      : (unauthorized ?? errorOf(context, call, received, progress, note));
  checkAnswer(context, call, received);
  if (progress.trace) Object.assign(progress.trace, { errorClass: final.name, errorCode: final.code });
  return errorResponse(context, call, received, final);
}

/** The answer (or its absence) of the attempt just made, in the log and the trace. */
function noteAttempt(context: TransportContext, call: Call, { received, durationMs }: Outcome, progress: Progress): void {
  // Reading headers costs a little: only for a log or a trace.
  // Stryker disable next-line ConditionalExpression: going on without either builds a note nobody reads.
  if (!context.log && !progress.trace) return;
  const requestId = received && requestIdOf(received.headers);
  if (progress.trace) Object.assign(progress.trace, { attempts: progress.sent, status: received?.status, requestId });
  context.log?.({
    level: received && isSuccessStatus(received.status) ? 'debug' : 'warn',
    message: `${call.name}: ${received ? `HTTP ${received.status}` : 'connection failed'} in ${Math.round(durationMs)} ms ${attemptNote(progress.sent, requestId)}`,
    operation: call.name,
    attempt: progress.sent,
    durationMs,
    status: received?.status,
    requestId,
  });
}

/** A renewal after a 401 whose code said the token is invalid or expired, in the log, the trace and the renewal channel. */
function noteRenewal(context: TransportContext, call: Call, progress: Progress, code: number | string | undefined): void {
  const trouble = tokenTrouble(code, tokenRules);
  progress.trace?.renewals.push(trouble);
  publish(context.channels?.tokenRenewal, () => ({ reason: trouble, code, operation: call.name }));
  context.log?.({
    level: 'info',
    message: `${call.name}: token ${trouble} (code ${code}), renewing it and sending the call once more`,
    operation: call.name,
    attempt: progress.sent,
    code,
    reason: `token ${trouble}`,
  });
}

function noteRetry(context: TransportContext, call: Call, progress: Progress, reason: string, delay: number): void {
  const retryDelayMs = Math.round(delay);
  progress.trace?.retries.push({ reason, delayMs: retryDelayMs });
  context.log?.({
    level: 'info',
    message: `${call.name}: retrying in ${retryDelayMs} ms after ${reason} (retry ${progress.retries} of ${call.maxRetries})`,
    operation: call.name,
    attempt: progress.sent,
    retryDelayMs,
    reason,
  });
}

/**
 * The `validation` option's check of a final answer; the error it returns (strict mode)
 * fails the call. Returns the body if the check parsed it, for the client to read as is.
 */
function checkAnswer(context: TransportContext, call: Call, received: Received): ParsedBody | undefined {
  const check = context.options.validation;
  if (!check) return undefined;
  let parsed: ParsedBody | undefined;
  const json = () => {
    parsed ??= { value: JSON.parse(utf8Text(received.bytes)) };
    return parsed.value;
  };
  const refusal = check({ operation: call.name, status: received.status, headers: received.headers, bytes: received.bytes, json });
  if (refusal) throw refusal;
  return parsed;
}

/**
 * The redacted copy of a success answer's headers and reason phrase, made only when a
 * secret shows in one of them (`isClean` remembers the values that recur): the body is
 * the user's data and stays as it came.
 */
function successResponse(context: TransportContext, call: Call, received: Received, parsed: ParsedBody | undefined): Response {
  const { redactor } = context;
  let { headers, statusText } = received;
  let clean = redactor.isClean(statusText);
  headers.forEach((value, name) => {
    clean &&= redactor.isClean(name) && redactor.isClean(value);
  });
  if (!clean) {
    headers = redactor.headers(headers);
    statusText = redactor.text(statusText);
  }
  const init = { status: received.status, statusText, headers: headersForBody(headers, received.bytes.byteLength) };
  return new BufferedResponse(received.bytes, init, call.request.url, call.name, parsed);
}

/**
 * The final answer of a failed call, as the clients read it: the redacted body, and the
 * error attached. A body that reads as nothing (empty, `null`, `0`, `false`, `""`)
 * is served as `{ code, status, message }` built from the error, so that openapi-fetch's
 * `error` is truthy for every HTTP error and `if (error)` never takes one for success.
 */
function errorResponse(context: TransportContext, call: Call, received: Received, error: FinicityApiError): Response {
  const body = error.body;
  const text = !body ? JSON.stringify(errorBodyStandIn(received.status, error)) : typeof body === 'string' ? body : JSON.stringify(body);
  const bytes = encoder.encode(text);
  const headers = new Headers(error.headers);
  if (!body) headers.set('content-type', 'application/json');
  const init = {
    status: received.status,
    statusText: context.redactor.text(received.statusText),
    headers: headersForBody(headers, bytes.byteLength),
  };
  const response = new BufferedResponse(bytes, init, call.request.url, call.name);
  attachApiError(response, error);
  return response;
}

/** One attempt with `token`, which stays on the redaction list (with the call's own secrets) until its answer has been redacted. */
async function attemptWith(context: TransportContext, call: Call, token: string | undefined, progress: Progress) {
  const { redactor } = context;
  if (token !== undefined) redactor.add(token);
  for (const secret of call.secrets) redactor.add(secret);
  try {
    progress.sent += 1;
    return await settle(context, call, token, await attempt(context, call, token), progress);
  } finally {
    if (token !== undefined) redactor.remove(token);
    for (const secret of call.secrets) redactor.remove(secret);
  }
}

async function runCall(context: TransportContext, input: string | URL | Request | UnsentRequest, init: object | undefined) {
  const signal = (ownField(init, 'signal') as AbortSignal | undefined) ?? null;
  // An aborted call sends nothing, not even a token request.
  if (signal?.aborted) throw abortReason(signal);
  const call = await describeCall(context, input, init, signal);
  const progress: Progress = { retries: 0, renewed: false, unanswered: false, sent: 0, trace: undefined };
  const tracing = context.channels?.request;
  if (!isTraced(tracing)) return sendUntilSettled(context, call, progress);
  const trace: RequestTrace = { operation: call.name, method: call.request.method, attempts: 0, retries: [], renewals: [], tokenWaitMs: 0 };
  progress.trace = trace;
  return traceCall(tracing, trace, () => sendUntilSettled(context, call, progress));
}

/** Attempts until one settles the call: with a token where it needs one, the wait for it traced. */
async function sendUntilSettled(context: TransportContext, call: Call, progress: Progress): Promise<Response> {
  for (;;) {
    const waitStarted = performance.now();
    const token = call.needsToken ? await tokenFor(context, call) : undefined;
    if (progress.trace) progress.trace.tokenWaitMs += performance.now() - waitStarted;
    const response = await attemptWith(context, call, token, progress);
    if (response) return response;
  }
}

/** `identity`: the User-Agent its requests send. */
export function createTransport(options: ResolvedOptions, identity: string): Transport {
  linkBufferedResponse();
  const context: TransportContext = {
    options,
    send: sendWithFetch(options.fetchFor),
    redactor: options.redactor,
    maxResponseBytes: options.maxResponseBytes,
    identity,
    tokens: undefined,
    log: safeLogger(options.log, options.redactor),
    channels: packageChannels(),
  };
  context.tokens = tokenSourceFor(options, context);
  return (input, init) => runCall(context, input, init);
}

/**
 * One HTTP exchange, body included, with every way it can fail turned into this
 * package's errors: a timeout, a connection that broke, a body past the cap or that
 * does not decode, a redirect (never followed). The caller's own abort passes through
 * as the signal's reason, as `fetch` does.
 */
import {
  FinicityConnectionError,
  FinicityRedirectError,
  FinicityResponseError,
  FinicityResponseTooLargeError,
  FinicityTimeoutError,
  printable,
} from './errors.js';
import type { Redactor } from './redaction.js';
import { BodyTooLarge } from './response.js';
import { abortReason, BodyFailed, type OutgoingRequest, type Received, type Send, TIMED_OUT } from './send.js';

/**
 * How many bytes of an error answer's body are kept. Finicity's error bodies are a code
 * and one sentence, a proxy's error page a few KiB: 64 KiB keeps those whole, while
 * parsing, redacting and copying what is kept stays well under a millisecond and an
 * error holds at most this much, whatever `maxResponseBytes` allows for data.
 */
export const MAX_ERROR_BODY_BYTES = 64 * 1024;

/** What an exchange needs of its client. */
export interface Exchanger {
  send: Send;
  redactor: Redactor;
  maxResponseBytes: number;
}

export interface ExchangeTiming {
  /** Time this attempt may take. */
  remainingMs: number;
  /** The call's whole timeout, as its error reports it. */
  reportedTimeoutMs: number;
}

/** The most specific words a network error has (undici puts its code on the error's cause), on one bounded line. */
export function describeNetworkError(error: unknown): string {
  const { code, cause } = (error ?? {}) as { code?: unknown; cause?: { code?: unknown; message?: unknown } };
  const words = [code, cause?.code, cause?.message].find((word) => typeof word === 'string');
  return printable((words as string | undefined) ?? (error instanceof Error ? error.message : String(error)), 200);
}

/**
 * zlib's errors: `Z_DATA_ERROR` and the like for gzip and deflate, `ERR__ERROR_FORMAT_…`
 * (brotli's own error names) for br. The answer arrived but its encoding is broken.
 */
export function isDecodingError(error: unknown): boolean {
  return /^(?:Z_|ERR__ERROR_)|ZLIB|BROTLI/.test(describeNetworkError(error));
}

/** Whether an answer is a redirect, or a fetch that followed one itself (`redirected`, an opaque status 0). */
export function isRedirect(received: Pick<Received, 'status' | 'redirected'>): boolean {
  return received.redirected || received.status === 0 || (received.status >= 300 && received.status < 400);
}

function failureOf(exchanger: Exchanger, error: unknown, name: string, timing: ExchangeTiming): unknown {
  if (error === TIMED_OUT) return new FinicityTimeoutError(name, timing.reportedTimeoutMs);
  if (error instanceof BodyTooLarge) return new FinicityResponseTooLargeError(name, error.status, exchanger.maxResponseBytes);
  const { redactor } = exchanger;
  if (error instanceof BodyFailed && isDecodingError(error.error)) {
    return new FinicityResponseError(
      redactor.text(`${name} answered HTTP ${error.status} with a body that does not decode (${describeNetworkError(error.error)})`),
      { operation: name, status: error.status, cause: redactor.cause(error.error) },
    );
  }
  const failure = error instanceof BodyFailed ? error.error : error;
  return new FinicityConnectionError(
    redactor.text(`${name}: the connection failed before a complete response (${describeNetworkError(failure)})`),
    { operation: name, cause: redactor.cause(failure) },
  );
}

function redirectError(exchanger: Exchanger, received: Received, requestUrl: string, name: string): FinicityRedirectError {
  let target: string | undefined;
  try {
    const location = received.headers.get('location');
    target = location ? new URL(location, requestUrl).origin : received.redirected ? new URL(received.url).origin : undefined;
  } catch {
    // An unreadable location: the error says so.
  }
  return new FinicityRedirectError(name, received.status, target && exchanger.redactor.text(target), received.redirected);
}

/**
 * Sends `request` and reads its whole answer within `timing.remainingMs` and `signal`.
 * `onStatus` hears the status as soon as it arrives, before the body.
 */
export async function exchange(
  exchanger: Exchanger,
  request: OutgoingRequest,
  name: string,
  timing: ExchangeTiming,
  signal: AbortSignal | null,
  onStatus?: (status: number) => void,
): Promise<Received> {
  let received: Received;
  try {
    received = await exchanger.send(
      request,
      { timeoutMs: timing.remainingMs, maxResponseBytes: exchanger.maxResponseBytes, maxErrorBodyBytes: MAX_ERROR_BODY_BYTES, onStatus },
      signal,
    );
  } catch (error) {
    if (signal?.aborted && error === abortReason(signal)) throw error;
    throw failureOf(exchanger, error, name, timing);
  }
  if (isRedirect(received)) throw redirectError(exchanger, received, request.url, name);
  return received;
}

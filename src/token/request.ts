/**
 * One token request: the spec's token-issuing operation, sent once, its answer read
 * as a token, a refusal or a failure. The status decides a refusal: the server has
 * judged the credentials by the time it arrives, whatever becomes of the body.
 */
import { tokenRules } from '../../generated/operations.js';
import { type PackageChannels, publish } from '../diagnostics.js';
import {
  apiErrorFromAnswer,
  type ErrorAnswer,
  FinicityApiError,
  FinicityAuthenticationError,
  FinicityResponseError,
  refusalHint,
  requestIdOf,
} from '../errors.js';
import { type Exchanger, exchange } from '../exchange.js';
import { attemptNote, type Logger } from '../log.js';
import { tokenOperation } from '../operations.js';
import { isHeaderText } from '../options.js';
import { isSuccessStatus, utf8Text } from '../response.js';
import type { Received } from '../send.js';
import { isRefusedCredentials, MAX_TOKEN_LENGTH } from './policy.js';

/** What the token request needs of its client. */
export interface TokenRequestContext extends Exchanger {
  baseUrl: string;
  appKey: string;
  timeoutMs: number;
  identity: string;
  log: Logger | undefined;
  channels: PackageChannels | undefined;
}

/** Which token request this is: its attempt among the retries of one obtaining, and whether a renewal in the background sends it. */
export interface TokenAsk {
  attempt: number;
  background: boolean;
}

/** How long one token request may take: the spec's timeout for the operation, else the client's. */
export function tokenRequestTimeoutMs(clientTimeoutMs: number): number {
  return tokenOperation().timeoutMs ?? clientTimeoutMs;
}

function answerOf(received: { status: number; statusText: string; headers: Headers; bytes: Uint8Array }, name: string): ErrorAnswer {
  return {
    status: received.status,
    statusText: received.statusText,
    headers: received.headers,
    text: utf8Text(received.bytes),
    operation: name,
  };
}

/**
 * How long a refusal's body may take after its status: the credentials are judged by
 * then, and callers waiting for a token should learn it before their own timeouts.
 */
export const REFUSAL_BODY_GRACE_MS = 200;

/** The refusal of an answer whose status refused the credentials, whatever became of its body. */
function refusalWithoutBody(name: string, status: number, why: string): FinicityAuthenticationError {
  return new FinicityAuthenticationError(`${name} refused the credentials with HTTP ${status} (${why}). ${refusalHint(status)}`, {
    status,
    code: undefined,
    body: undefined,
    operation: name,
  });
}

/** The token in a successful answer, or an error saying why it cannot be used (never retried). */
function tokenIn(received: { status: number; bytes: Uint8Array }, name: string): string {
  let token: unknown;
  try {
    token = (JSON.parse(utf8Text(received.bytes)) as { token?: unknown }).token;
  } catch {
    // No JSON: no token, which is said below.
  }
  const unusable = (why: string) =>
    new FinicityResponseError(`${name} answered HTTP ${received.status} ${why}`, { operation: name, status: received.status });
  if (typeof token !== 'string' || token === '') throw unusable('without a token');
  if (token.length > MAX_TOKEN_LENGTH) throw unusable(`with a token of ${token.length} characters, over the ${MAX_TOKEN_LENGTH} accepted`);
  if (!isHeaderText(token)) throw unusable('with a token no HTTP header can carry');
  return token;
}

/**
 * Sends the token-issuing operation once and reads its answer. The status decides: an
 * answer whose status refuses credentials is a FinicityAuthenticationError even when its
 * body stalls, breaks or overflows, since the server has judged the credentials by then.
 */
async function exchangeToken(context: TokenRequestContext, name: string, partnerId: string, partnerSecret: string): Promise<Received> {
  const issuing = tokenOperation();
  const timeoutMs = tokenRequestTimeoutMs(context.timeoutMs);
  const request = {
    url: `${context.baseUrl}${issuing.path}`,
    request: undefined,
    method: issuing.method,
    headers: {
      'user-agent': context.identity,
      'finicity-app-key': context.appKey,
      'content-type': 'application/json',
      accept: 'application/json',
    },
    body: new TextEncoder().encode(JSON.stringify({ partnerId, partnerSecret })),
  };
  let status: number | undefined;
  const bodyCut = new AbortController();
  let grace: ReturnType<typeof setTimeout> | undefined;
  const onStatus = (seen: number) => {
    status = seen;
    if (isRefusedCredentials(seen, tokenRules)) grace = setTimeout(() => bodyCut.abort(), REFUSAL_BODY_GRACE_MS);
  };
  try {
    return await exchange(context, request, name, { remainingMs: timeoutMs, reportedTimeoutMs: timeoutMs }, bodyCut.signal, onStatus);
  } catch (error) {
    if (status === undefined || !isRefusedCredentials(status, tokenRules)) throw error;
    const why = bodyCut.signal.aborted
      ? `its body did not arrive within ${REFUSAL_BODY_GRACE_MS} ms`
      : `its body was unusable: ${error instanceof Error ? error.message : String(error)}`;
    throw refusalWithoutBody(name, status, why);
  } finally {
    clearTimeout(grace);
  }
}

/** The token in an answer, or the refusal or failure it says. */
function tokenFrom(context: TokenRequestContext, received: Received, name: string): string {
  if (isRefusedCredentials(received.status, tokenRules)) {
    throw apiErrorFromAnswer(
      { ...answerOf(received, name), note: refusalHint(received.status) },
      context.redactor,
      FinicityAuthenticationError,
    );
  }
  if (!isSuccessStatus(received.status)) throw apiErrorFromAnswer(answerOf(received, name), context.redactor);
  return tokenIn(received, name);
}

/** One token request in the log and on its channel: status or error class, time taken, attempt, request id. */
function reportTokenRequest(
  context: TokenRequestContext,
  ask: TokenAsk,
  outcome: { name: string; started: number; received: Received | undefined; error?: unknown },
): void {
  const { name, received, error } = outcome;
  const durationMs = performance.now() - outcome.started;
  const answer = error instanceof FinicityApiError ? error : undefined;
  const status = received?.status ?? answer?.status;
  const requestId = received ? requestIdOf(received.headers) : answer?.requestId;
  const errorClass = error instanceof Error ? error.name : undefined;
  publish(context.channels?.tokenRequest, () => ({ operation: name, ...ask, durationMs, status, errorClass, requestId }));
  context.log?.({
    level: error instanceof FinicityAuthenticationError ? 'error' : error === undefined ? 'info' : 'warn',
    message: `${name}: ${status === undefined ? errorClass : `HTTP ${status}`} in ${Math.round(durationMs)} ms ${attemptNote(ask.attempt, requestId)}`,
    operation: name,
    attempt: ask.attempt,
    durationMs,
    status,
    requestId,
  });
}

/** Sends the token-issuing operation once: the token, or the error its answer (or its absence) makes. */
export async function requestToken(context: TokenRequestContext, partnerId: string, partnerSecret: string, ask: TokenAsk): Promise<string> {
  const name = tokenOperation().operationId;
  const started = performance.now();
  let received: Received | undefined;
  try {
    received = await exchangeToken(context, name, partnerId, partnerSecret);
    const token = tokenFrom(context, received, name);
    reportTokenRequest(context, ask, { name, started, received });
    return token;
  } catch (error) {
    reportTokenRequest(context, ask, { name, started, received, error });
    throw error;
  }
}

/**
 * The bottom of the transport: send one request through `fetch` and read its whole
 * response, within a deadline and a size cap.
 *
 * Why `fetch` and nothing else: the global `fetch` (looked up at each call) is what
 * users configure. `vi.stubGlobal('fetch')`, undici's `MockAgent`, a proxy set with
 * `setGlobalDispatcher`, HTTP/2 dispatchers and tracing instrumentation all act on
 * it, and it behaves the same in Node, browsers and edge runtimes.
 *
 * Why `redirect: 'manual'`: fetch would follow a redirect to any origin and carry the
 * Finicity headers there (it strips only `Authorization` and `Cookie`). The API sends
 * no redirects, so the transport reports one instead.
 *
 * Why the body is read here: a stalled or cut body is this attempt's failure, so the
 * deadline and retries must cover it, and the cap must stop it while it streams.
 */
import { BodyTooLarge, isSuccessStatus, readBody } from './response.js';

/** A request with its body in memory, so it can be sent again on a retry. */
export interface OutgoingRequest {
  url: string;
  /**
   * The caller's `Request` for `url`, when there is one. It is fetch's input, with the
   * fields below as init: fetch then copies its parsed URL instead of parsing `url`
   * again, the largest part of what a second `Request` costs.
   */
  request: Request | undefined;
  method: string;
  headers: Record<string, string>;
  body: Uint8Array | undefined;
}

/** A complete response, body included (decoded as fetch decodes it). */
export interface Received {
  status: number;
  statusText: string;
  headers: Headers;
  bytes: Uint8Array;
  /** True when an error answer's body passed the error-body cap and only its start was kept. */
  cut: boolean;
  /** True when the fetch followed a redirect despite being asked not to (some custom fetches do). */
  redirected: boolean;
  /** The URL the answer came from, when the fetch reports it. */
  url: string;
}

/** The rejection of a send whose answer arrived but whose body broke off or would not decode. */
export class BodyFailed {
  constructor(
    readonly status: number,
    readonly error: unknown,
  ) {}
}

/** The rejection of a send that ran out of time. */
export const TIMED_OUT = Symbol('timed out');

export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted', 'AbortError');
}

/**
 * Node keeps one list of timers per duration and drops a list when its last timer is
 * cleared, so calls made one at a time would build and drop a list on every attempt.
 * That costs several hundredths of a bare openapi-fetch call's CPU (one timer set and
 * cleared around each bare call: 1.05–1.11× over three runs; 1.01× when its list stays). So
 * each duration in use keeps one timer of its own, unref'd so it never holds the
 * process open, which lapses after a whole period without a call.
 */
const listKeepers = new Map<number, { used: boolean }>();
/** How many durations keep a list: calls with ever-new timeouts must not keep a timer each. */
export const MAX_KEPT_TIMER_LISTS = 16;
function keepTimerList(ms: number): void {
  const keeper = listKeepers.get(ms);
  if (keeper) {
    keeper.used = true;
    return;
  }
  // Stryker disable next-line EqualityOperator: one list more than the bound is as bounded.
  if (listKeepers.size >= MAX_KEPT_TIMER_LISTS) return;
  const entry = { used: false };
  listKeepers.set(ms, entry);
  const arm = () => {
    const timer = setTimeout(() => {
      if (entry.used) {
        entry.used = false;
        arm();
      } else listKeepers.delete(ms);
    }, ms);
    (timer as { unref?: () => void }).unref?.();
  };
  arm();
}

/** The calls watching each signal, behind one `abort` listener of this package per signal. */
const abortWatchers = new WeakMap<AbortSignal, { callbacks: Set<() => void>; listener: () => void }>();

/**
 * Calls `callback` when `signal` aborts; returns the clean-up. However many calls share
 * one signal (a request's fan-out, or calls waiting for one token), the signal holds a
 * single listener of this package, so Node never warns of a leak (it warns above 10
 * listeners), and none once the last call has ended.
 */
function watchAbort(signal: AbortSignal, callback: () => void): () => void {
  let watching = abortWatchers.get(signal);
  if (!watching) {
    const callbacks = new Set<() => void>();
    // Each callback ends its call, whose clean-up below removes the callback, and the listener with the last.
    const listener = () => {
      for (const each of callbacks) each();
    };
    watching = { callbacks, listener };
    abortWatchers.set(signal, watching);
    // Not `once`: the last callback's clean-up removes it, on abort as on release.
    signal.addEventListener('abort', listener);
  }
  const { callbacks, listener } = watching;
  callbacks.add(callback);
  return () => {
    callbacks.delete(callback);
    if (callbacks.size === 0) {
      abortWatchers.delete(signal);
      signal.removeEventListener('abort', listener);
    }
  };
}

/**
 * Calls `stop` once: with `TIMED_OUT` when `ms` have passed, or with the signal's
 * reason as soon as `signal` aborts (the caller checks `signal.aborted` first).
 * Returns the clean-up to call when the work ends first; after either, no timer of its
 * own and no listener on `signal` is left, so a long-lived signal shared by many calls
 * collects nothing. `keepList` for the deadlines of attempts, which recur (`keepTimerList`).
 */
export function watchDeadline(ms: number, signal: AbortSignal | null, stop: (reason: unknown) => void, keepList = false): () => void {
  // Whole milliseconds: Node keeps one timer list per duration, so calls with the same
  // timeout share a list instead of each adding (and removing) a list of its own.
  const duration = Math.ceil(ms);
  if (keepList) keepTimerList(duration);
  const timer = setTimeout(() => {
    release();
    stop(TIMED_OUT);
  }, duration);
  const unwatch = signal
    ? watchAbort(signal, () => {
        release();
        stop(abortReason(signal));
      })
    : undefined;
  const release = () => {
    clearTimeout(timer);
    unwatch?.();
  };
  return release;
}

/**
 * Settles like `work`, or rejects with `TIMED_OUT` after `ms`, or with the signal's
 * reason when it aborts first. `work` always gets a handler, so a rejection that comes
 * after the deadline is never left unhandled.
 */
export function withinDeadline<T>(work: Promise<T>, ms: number, signal: AbortSignal | null): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const release = signal?.aborted ? undefined : watchDeadline(ms, signal, reject);
    if (!release) reject(abortReason(signal!));
    work.then(
      (value) => {
        release?.();
        resolve(value);
      },
      (error: unknown) => {
        release?.();
        reject(error);
      },
    );
  });
}

/** Resolves after `ms`, or rejects as soon as `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal));
    watchDeadline(ms, signal, (reason) => (reason === TIMED_OUT ? resolve() : reject(reason)));
  });
}

/**
 * The signal that ends one attempt early. Why not always an AbortController: Node 20
 * changes each new AbortSignal's prototype after making it, which leaves V8 a slow
 * object: about 5 µs of CPU per signal (0.1 µs on Node 22), as much as the rest of
 * the transport, and more again while fetch reads it. The runtimes whose `Request`
 * accepts any EventTarget with `aborted` and `reason` as its signal (Node 20 and 22)
 * get this plain subclass instead, and only with the runtime's own fetch: a fetch
 * given in the options, or put in place of the global one after this module loaded,
 * may insist on a real AbortSignal, so it gets one.
 */
class AttemptSignal extends EventTarget {
  aborted = false;
  reason: unknown = undefined;

  /** Without a reason (a timeout), the Request that follows it aborts with its usual AbortError. */
  abort(reason: unknown): void {
    this.aborted = true;
    this.reason = reason;
    this.dispatchEvent(new Event('abort'));
  }
}

/** The fetch this runtime started with. */
const runtimeFetch = globalThis.fetch;
let runtimeFollowsAttemptSignals: boolean | undefined;

/** Whether this runtime's Request takes an AttemptSignal and aborts when it does; tried once, on a Request that never leaves. */
function followsAttemptSignals(): boolean {
  // Stryker disable next-line ConditionalExpression: probing on every attempt gives the same answer, only slower.
  if (runtimeFollowsAttemptSignals === undefined) {
    try {
      const signal = new AttemptSignal();
      const request = new Request('http://localhost/', { signal: signal as unknown as AbortSignal });
      signal.abort(undefined);
      runtimeFollowsAttemptSignals = request.signal.aborted;
    } catch {
      runtimeFollowsAttemptSignals = false;
    }
  }
  return runtimeFollowsAttemptSignals;
}

/** An attempt's signal and the way to abort it, for `fetch`. */
export function attemptController(fetch: typeof globalThis.fetch): { signal: AbortSignal; abort(reason: unknown): void } {
  if (fetch === runtimeFetch && followsAttemptSignals()) {
    const signal = new AttemptSignal();
    return { signal: signal as unknown as AbortSignal, abort: (reason) => signal.abort(reason) };
  }
  return new AbortController();
}

/** What bounds one exchange: its time, the body caps, and who hears the status first. */
export interface SendLimits {
  timeoutMs: number;
  maxResponseBytes: number;
  /** Cap on an error answer's body (status outside 2xx): past it, only the start is kept. */
  maxErrorBodyBytes: number;
  /** Told the status as soon as the headers arrive, before the body (which may stall or break). */
  onStatus?: ((status: number) => void) | undefined;
}

export type Send = (request: OutgoingRequest, limits: SendLimits, signal: AbortSignal | null) => Promise<Received>;

/**
 * Sends through `fetchFor()` (asked at each call, so the global `fetch` of the moment
 * is used). Rejects with `TIMED_OUT` when the time is up, the signal's reason when it
 * aborts, a `BodyTooLarge` past the cap, a `BodyFailed` when the body breaks, and the
 * fetch's own error otherwise. The deadline is kept here, not left to the fetch: a
 * fetch that ignores its signal, or a body that stalls, still ends the attempt on time.
 */
export function sendWithFetch(fetchFor: () => typeof globalThis.fetch): Send {
  return (request, limits, signal) =>
    new Promise<Received>((resolve, reject) => {
      if (signal?.aborted) return reject(abortReason(signal));
      const fetch = fetchFor();
      const controller = attemptController(fetch);
      let stoppedWith: unknown;
      const release = watchDeadline(
        limits.timeoutMs,
        signal,
        (reason) => {
          stoppedWith = reason;
          controller.abort(reason === TIMED_OUT ? undefined : reason);
          reject(reason);
        },
        true,
      );
      fetchAndRead(fetch, request, limits, controller.signal).then(
        (received) => {
          release();
          resolve(received);
        },
        (error: unknown) => {
          release();
          // Timed out or aborted by the caller: say so, whatever the fetch made of it.
          reject(stoppedWith ?? error);
        },
      );
    });
}

/** What the transport reads of a fetch's answer; a given fetch may return another library's Response. */
function isResponseLike(response: unknown): response is Response {
  const { status, headers } = (response ?? {}) as { status?: unknown; headers?: { get?: unknown } };
  return typeof status === 'number' && typeof headers?.get === 'function';
}

async function fetchAndRead(
  fetch: typeof globalThis.fetch,
  request: OutgoingRequest,
  limits: SendLimits,
  signal: AbortSignal,
): Promise<Received> {
  const response = await fetch(request.request ?? request.url, {
    method: request.method,
    headers: request.headers,
    body: request.body as Uint8Array<ArrayBuffer> | undefined,
    redirect: 'manual',
    signal,
  });
  if (!isResponseLike(response)) throw new TypeError('fetch resolved with something that is not a Response');
  const { status } = response;
  limits.onStatus?.(status);
  const success = isSuccessStatus(status);
  let body: { bytes: Uint8Array; cut: boolean };
  try {
    body = success
      ? await readBody(response, limits.maxResponseBytes, false, signal)
      : await readBody(response, Math.min(limits.maxErrorBodyBytes, limits.maxResponseBytes), true, signal);
  } catch (error) {
    throw error instanceof BodyTooLarge || signal.aborted ? error : new BodyFailed(status, error);
  }
  return {
    status,
    statusText: response.statusText,
    headers: response.headers,
    bytes: body.bytes,
    cut: body.cut,
    redirected: response.redirected,
    url: response.url,
  };
}

/**
 * The bottom of the transport: send one request and read its whole response. Two
 * implementations: the `fetch` a caller gives (or the global one), here, and, in Node
 * when no `fetch` is given, node:http with keep-alive agents (send-node.ts), which
 * costs a fraction of undici's `fetch` per call (see the README's benchmark).
 */

/** A request with its body in memory, so it can be sent again on a retry. */
export interface OutgoingRequest {
  url: string;
  method: string;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: Uint8Array | undefined;
}

/** A complete response, body included. */
export interface Received {
  status: number;
  statusText: string;
  headers: Headers;
  bytes: Uint8Array;
}

/**
 * Sends `request` and reads the whole body within `timeoutMs`. Rejects with
 * `TIMED_OUT` when the time is up, with the signal's reason when `signal` aborts,
 * and with the network's error otherwise.
 */
export type Send = (request: OutgoingRequest, timeoutMs: number, signal: AbortSignal | null) => Promise<Received>;

/** The rejection of a `Send` that ran out of time. */
export const TIMED_OUT = Symbol('timed out');

export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted', 'AbortError');
}

/**
 * Calls `stop` once: with `TIMED_OUT` when `ms` have passed, or with the signal's
 * reason as soon as `signal` aborts (the caller checks `signal.aborted` first).
 * Returns the clean-up to call when the work ends first.
 */
export function watchDeadline(ms: number, signal: AbortSignal | null, stop: (reason: unknown) => void): () => void {
  const onAbort = () => {
    release();
    stop(abortReason(signal!));
  };
  const timer = setTimeout(() => {
    release();
    stop(TIMED_OUT);
  }, ms);
  const release = () => {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  return release;
}

export function sendWithFetch(fetchImplementation: typeof globalThis.fetch): Send {
  return async (request, timeoutMs, signal) => {
    if (signal?.aborted) throw abortReason(signal);
    const controller = new AbortController();
    let stoppedWith: unknown;
    const release = watchDeadline(timeoutMs, signal, (reason) => {
      stoppedWith = reason;
      controller.abort(reason === TIMED_OUT ? undefined : reason);
    });
    try {
      const response = await fetchImplementation(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body as Uint8Array<ArrayBuffer> | undefined,
        signal: controller.signal,
      });
      // Read inside the timeout: a stalled or cut body is this attempt's failure.
      const bytes = new Uint8Array(await response.arrayBuffer());
      return { status: response.status, statusText: response.statusText, headers: response.headers, bytes };
    } catch (error) {
      // Timed out or aborted by the caller: say so, whatever the fetch made of it.
      throw stoppedWith ?? error;
    } finally {
      release();
    }
  };
}

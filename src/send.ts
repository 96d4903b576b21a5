/**
 * The bottom of the transport: send one request and read its whole response. Two
 * implementations: the `fetch` a caller gives (or the global one), and, in Node when
 * no `fetch` is given, node:http with keep-alive agents, which costs a fraction of
 * undici's `fetch` per call (see the README's benchmark).
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

export function sendWithFetch(fetchImplementation: typeof globalThis.fetch): Send {
  return async (request, timeoutMs, signal) => {
    if (signal?.aborted) throw abortReason(signal);
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onCallerAbort = () => controller.abort(abortReason(signal!));
    signal?.addEventListener('abort', onCallerAbort, { once: true });
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
      if (timedOut) throw TIMED_OUT;
      if (signal?.aborted) throw abortReason(signal);
      throw error;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onCallerAbort);
    }
  };
}

type NodeHttp = typeof import('node:http');
type NodeHttps = typeof import('node:https');

/**
 * node:http and node:https through `process.getBuiltinModule` (Node 20.16 and later):
 * no static import, so bundles for browsers and edge runtimes stay free of Node
 * modules and fall back to `fetch`. Undefined outside Node.
 */
export function sendWithNodeHttp(): Send | undefined {
  const runtime = (globalThis as { process?: { release?: { name?: string }; getBuiltinModule?: (id: string) => unknown } }).process;
  if (runtime?.release?.name !== 'node' || typeof runtime.getBuiltinModule !== 'function') return undefined;
  const http = runtime.getBuiltinModule('node:http') as NodeHttp;
  const https = runtime.getBuiltinModule('node:https') as NodeHttps;
  // Node's own default agent settings: reuse connections, drop idle ones after 5 s.
  const agentOptions = { keepAlive: true, scheduling: 'lifo', timeout: 5_000 } as const;
  const agents = { http: new http.Agent(agentOptions), https: new https.Agent(agentOptions) };

  return (request, timeoutMs, signal) =>
    new Promise<Received>((resolve, reject) => {
      if (signal?.aborted) return reject(abortReason(signal));
      const secure = request.url.startsWith('https:');
      // A stated length, zero included, rather than chunked encoding, as fetch does.
      const length = request.body?.byteLength ?? (request.method === 'GET' || request.method === 'HEAD' ? undefined : 0);
      const headers = length === undefined ? request.headers : { ...request.headers, 'content-length': String(length) };

      let settled = false;
      const settle = () => {
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onCallerAbort);
      };
      const fail = (reason: unknown) => {
        if (settled) return;
        settle();
        outgoing.destroy();
        reject(reason);
      };
      const onCallerAbort = () => fail(abortReason(signal!));
      const timer = setTimeout(() => fail(TIMED_OUT), timeoutMs);
      signal?.addEventListener('abort', onCallerAbort, { once: true });

      const outgoing = (secure ? https : http).request(
        request.url,
        { method: request.method, headers, agent: secure ? agents.https : agents.http },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
          incoming.on('error', fail);
          incoming.on('close', () => {
            if (!incoming.complete) fail(new Error('the connection closed before the whole body arrived'));
          });
          incoming.on('end', () => {
            if (settled) return;
            settle();
            const received = new Headers();
            for (let index = 0; index < incoming.rawHeaders.length; index += 2) {
              received.append(incoming.rawHeaders[index]!, incoming.rawHeaders[index + 1]!);
            }
            resolve({
              status: incoming.statusCode ?? 0,
              statusText: incoming.statusMessage ?? '',
              headers: received,
              bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks),
            });
          });
        },
      );
      outgoing.on('error', fail);
      outgoing.end(request.body);
    });
}

/**
 * Sending through node:http and node:https with keep-alive agents, the default in
 * Node. Browser bundles get send-node-browser.ts instead (package.json "browser").
 */
import { abortReason, watchDeadline, type Received, type Send } from './send.js';

type NodeHttp = typeof import('node:http');
type NodeHttps = typeof import('node:https');
type NodeZlib = typeof import('node:zlib');

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
  const zlib = runtime.getBuiltinModule('node:zlib') as NodeZlib;
  // Like fetch: ask for compressed bodies and hand back the decoded bytes.
  const decoders: Record<string, (bytes: Buffer) => Buffer> = {
    gzip: zlib.gunzipSync,
    'x-gzip': zlib.gunzipSync,
    deflate: zlib.inflateSync,
    br: zlib.brotliDecompressSync,
  };
  // Node's own default agent settings: reuse connections, drop idle ones after 5 s.
  const agentOptions = { keepAlive: true, scheduling: 'lifo', timeout: 5_000 } as const;
  const agents = { http: new http.Agent(agentOptions), https: new https.Agent(agentOptions) };

  return (request, timeoutMs, signal) =>
    new Promise<Received>((resolve, reject) => {
      if (signal?.aborted) return reject(abortReason(signal));
      const secure = request.url.startsWith('https:');
      // A stated length, zero included, rather than chunked encoding, as fetch does.
      const length = request.body?.byteLength ?? (request.method === 'GET' || request.method === 'HEAD' ? undefined : 0);
      const headers: Record<string, string> = { 'accept-encoding': 'gzip, deflate, br', ...request.headers };
      if (length !== undefined) headers['content-length'] = String(length);

      let settled = false;
      let release = () => {};
      const settle = () => {
        settled = true;
        release();
      };
      const fail = (reason: unknown) => {
        if (settled) return;
        settle();
        outgoing.destroy();
        reject(reason);
      };

      let outgoing: ReturnType<NodeHttp['request']>;
      try {
        outgoing = (secure ? https : http).request(
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
              let bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
              const decode = decoders[incoming.headers['content-encoding']?.trim().toLowerCase() ?? ''];
              try {
                if (decode && bytes.byteLength > 0) bytes = decode(bytes);
              } catch (error) {
                return fail(error);
              }
              settle();
              const received = new Headers();
              for (let index = 0; index < incoming.rawHeaders.length; index += 2) {
                received.append(incoming.rawHeaders[index]!, incoming.rawHeaders[index + 1]!);
              }
              resolve({ status: incoming.statusCode ?? 0, statusText: incoming.statusMessage ?? '', headers: received, bytes });
            });
          },
        );
      } catch (error) {
        // Refused before anything was sent (a header value with a line break, say).
        return reject(error);
      }
      release = watchDeadline(timeoutMs, signal, fail);
      outgoing.on('error', fail);
      outgoing.end(request.body);
    });
}

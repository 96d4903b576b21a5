/**
 * A loopback HTTP server that misbehaves on purpose. Each test queues what the next
 * requests get (a status and body, a stall, a cut connection); every request is
 * recorded so tests can assert what was sent and how often.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll } from 'vitest';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type Behaviour = (request: RecordedRequest, response: ServerResponse) => void | Promise<void>;

export interface FaultServer {
  url: string;
  requests: RecordedRequest[];
  /** Behaviours used in order for requests whose path matches; the last one repeats. */
  on(pathPattern: RegExp, ...behaviours: Behaviour[]): void;
  reset(): void;
  close(): Promise<void>;
}

export const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Behaviour =>
  (_request, response) => {
    response.writeHead(status, { 'content-type': 'application/json', ...headers });
    response.end(JSON.stringify(body));
  };

export const text =
  (status: number, body: string, contentType = 'text/plain', headers: Record<string, string> = {}): Behaviour =>
  (_request, response) => {
    response.writeHead(status, { 'content-type': contentType, ...headers });
    response.end(body);
  };

/** Sends headers and half a body, then destroys the socket. */
export const cutMidBody: Behaviour = (_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
  response.write('{"accounts": [');
  setTimeout(() => response.socket?.destroy(), 10);
};

/** Holds the request open for `ms` before answering with `then`. */
export const stall =
  (ms: number, then: Behaviour = json(200, { accounts: [] })): Behaviour =>
  (request, response) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => resolve(Promise.resolve(then(request, response)).then(() => undefined)), ms);
      response.on('close', () => {
        clearTimeout(timer);
        resolve();
      });
    });

export async function startFaultServer(): Promise<FaultServer> {
  const routes: Array<{ pattern: RegExp; behaviours: Behaviour[] }> = [];
  const requests: RecordedRequest[] = [];
  const server = createServer(async (incoming, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const recorded: RecordedRequest = {
      method: incoming.method ?? '',
      url: incoming.url ?? '',
      headers: incoming.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    requests.push(recorded);
    const route = routes.find((entry) => entry.pattern.test(recorded.url));
    if (!route) {
      response.writeHead(599, { 'content-type': 'text/plain' });
      response.end(`no behaviour queued for ${recorded.method} ${recorded.url}`);
      return;
    }
    const behaviour = route.behaviours.length > 1 ? route.behaviours.shift()! : route.behaviours[0]!;
    await behaviour(recorded, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    on(pattern, ...behaviours) {
      routes.unshift({ pattern, behaviours });
    },
    reset() {
      routes.length = 0;
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * One fault server for a test file: started before its tests, emptied of queued
 * behaviours and recorded requests after each test, closed at the end.
 */
export function useFaultServer(): FaultServer {
  const handle = {} as FaultServer;
  beforeAll(async () => {
    Object.assign(handle, await startFaultServer());
  });
  afterEach(() => handle.reset());
  afterAll(() => handle.close());
  return handle;
}

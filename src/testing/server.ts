/**
 * The fake on a real HTTP server: node:http on 127.0.0.1, each request handed to the
 * model, each answer written as the model says (dropped, or with its body held back).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Answer } from './answers.js';
import { type FakeRequest, FinicityModel, type FinicityModelOptions } from './model.js';

export interface FinicityFakeOptions extends FinicityModelOptions {
  /** The port to listen on, on 127.0.0.1 (default: a free one). */
  port?: number;
}

/** A request body larger than this is cut: no Accounts request comes close (CreateToken's is two short fields). */
const maxRequestBytes = 64 * 1024;

async function readRequest(request: IncomingMessage): Promise<FakeRequest> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    if (size < maxRequestBytes) chunks.push(chunk);
    size += chunk.length;
  }
  const headers = Object.fromEntries(
    Object.entries(request.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]),
  );
  return {
    method: request.method ?? 'GET',
    url: request.url ?? '/',
    headers,
    body: Buffer.concat(chunks).subarray(0, maxRequestBytes).toString('utf8'),
  };
}

export class FinicityFake extends FinicityModel {
  /** Where to point a client: `http://127.0.0.1:PORT`. */
  readonly baseUrl: string;
  readonly #server: Server;
  readonly #bodyTimers = new Set<NodeJS.Timeout>();

  /** Use `startFinicityFake`, which listens first. */
  constructor(server: Server, options: FinicityModelOptions) {
    super(options);
    this.#server = server;
    this.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      readRequest(request).then(
        (received) => this.#send(response, this.answer(received)),
        () => response.destroy(),
      );
    });
  }

  #send(response: ServerResponse, answer: Answer): void {
    if (answer.dropConnection) {
      response.socket?.destroy();
      return;
    }
    response.writeHead(answer.status, answer.headers);
    if (!answer.bodyDelayMs) {
      response.end(answer.body);
      return;
    }
    response.flushHeaders();
    const timer = setTimeout(() => response.end(answer.body), answer.bodyDelayMs);
    this.#bodyTimers.add(timer);
    response.on('close', () => {
      clearTimeout(timer);
      this.#bodyTimers.delete(timer);
    });
  }

  /** Stops the server: open connections are closed, held bodies abandoned, and the port is free when this resolves. */
  async close(): Promise<void> {
    for (const timer of this.#bodyTimers) clearTimeout(timer);
    this.#bodyTimers.clear();
    const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
    this.#server.closeAllConnections();
    await closed;
  }
}

/** Starts a fake Finicity on 127.0.0.1, on a free port unless `port` is given. */
export async function startFinicityFake(options: FinicityFakeOptions = {}): Promise<FinicityFake> {
  const { port = 0, ...modelOptions } = options;
  if (!(Number.isInteger(port) && port >= 0 && port <= 65_535))
    throw new TypeError('finicity-accounts/testing: port must be an integer from 0 to 65535');
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  try {
    return new FinicityFake(server, modelOptions);
  } catch (error) {
    // A bad option leaves no server behind.
    server.close();
    throw error;
  }
}

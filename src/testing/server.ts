/**
 * The fake on a real HTTP server: node:http on 127.0.0.1, each request handed to the
 * model, each answer written as the model says (dropped, or with its body held back).
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
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
  let body = Buffer.alloc(0);
  for await (const chunk of request as AsyncIterable<Buffer>) {
    // What comes past the cap is read and dropped, so a large body takes no more memory.
    body = Buffer.concat([body, chunk]).subarray(0, maxRequestBytes);
  }
  // Node joins a repeated header into one string, all but set-cookie (an array), which the fake never reads.
  const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
  return {
    // A server's request always has both (the types allow undefined for a client's response).
    method: request.method!,
    url: request.url!,
    headers,
    body: body.toString('utf8'),
  };
}

/** The fake, listening. Its declaration names no Node type, so the kit's types need no @types/node. */
export class FinicityFake extends FinicityModel {
  readonly #server = createServer((request, response) => {
    // A request the fake cannot read or answer loses its connection, as a broken server's would.
    readRequest(request)
      .then((received) => this.#send(response, this.answer(received)))
      .catch(() => response.destroy());
  });
  /** The held bodies' timers, cleared by close(); one that fired or was cleared stays (clearing it again does nothing), and a fake holds few. */
  readonly #bodyTimers = new Set<ReturnType<typeof setTimeout>>();
  /** Set by start() before the fake is handed out. */
  #baseUrl: string | undefined;

  /** Options are checked here, before anything listens. */
  private constructor(options: FinicityModelOptions) {
    super(options);
  }

  /** Where to point a client: `http://127.0.0.1:PORT`. */
  get baseUrl(): string {
    return this.#baseUrl!;
  }

  /** `startFinicityFake(options)`. */
  static async start(options: FinicityFakeOptions = {}): Promise<FinicityFake> {
    const { port = 0, ...modelOptions } = options;
    if (!(Number.isInteger(port) && port >= 0 && port <= 65_535)) {
      throw new TypeError('finicity-accounts/testing: port must be an integer from 0 to 65535');
    }
    const fake = new FinicityFake(modelOptions);
    // Rejects with the server's error (EADDRINUSE) if it comes before listening.
    await once(fake.#server.listen(port, '127.0.0.1'), 'listening');
    fake.#baseUrl = `http://127.0.0.1:${(fake.#server.address() as AddressInfo).port}`;
    return fake;
  }

  #send(response: ServerResponse, answer: Answer): void {
    if (answer.dropConnection) {
      response.socket?.destroy();
      return;
    }
    response.writeHead(answer.status, answer.headers);
    // Stryker disable next-line ConditionalExpression,BlockStatement: with no delay the timer below ends the body a tick later, which no client can tell.
    if (!answer.bodyDelayMs) {
      response.end(answer.body);
      return;
    }
    response.flushHeaders();
    const timer = setTimeout(() => response.end(answer.body), answer.bodyDelayMs);
    this.#bodyTimers.add(timer);
    // The client gave up first: the body is abandoned.
    response.on('close', () => clearTimeout(timer));
  }

  /** Stops the server: open connections are closed, held bodies abandoned, and the port is free when this resolves. */
  async close(): Promise<void> {
    // Here rather than on each connection's close, which comes only after the server's.
    for (const timer of this.#bodyTimers) clearTimeout(timer);
    const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
    this.#server.closeAllConnections();
    await closed;
  }
}

/** Starts a fake Finicity on 127.0.0.1, on a free port unless `port` is given. Stop it with `close()`. */
export function startFinicityFake(options: FinicityFakeOptions = {}): Promise<FinicityFake> {
  return FinicityFake.start(options);
}

/**
 * Response reading: the size cap while the body streams, and the `Response` handed
 * to the clients once the transport has the whole body.
 */
import { apiErrorOf, attachApiError } from './attached-errors.js';
import { FinicityResponseError } from './errors.js';
import { isHeaderText } from './options.js';

/** Thrown by `readBody` past the cap; the transport turns it into a FinicityResponseTooLargeError. */
export class BodyTooLarge {
  constructor(readonly status: number) {}
}

/** A 2xx status: the answer is the operation's result (every other one is an error or a redirect). */
export function isSuccessStatus(status: number): boolean {
  return status >= 200 && status < 300;
}

/**
 * Reads `response`'s body as fetch decodes it (gzip, deflate, brotli), counting the
 * decoded bytes as they stream and cancelling the stream as soon as they pass
 * `maxBytes`: a compression bomb or an endless body costs at most the cap in memory,
 * and decoding happens chunk by chunk, off the event loop. Past the cap it throws
 * `BodyTooLarge`, or with `keepPrefix` keeps the first `maxBytes` bytes and says the
 * body was cut (error answers: their status matters more than their whole text).
 *
 * Why the reader even when the length is declared: `arrayBuffer()` joins the chunks
 * into one buffer, then copies that into a new ArrayBuffer. On real sockets, reading
 * here instead took a third off the garbage collection per call and a tenth off the
 * call's CPU (Node 20). A body that arrives in one chunk is kept as it came.
 * `stopped` cancels the stream when the attempt ends first (a stalled body).
 */
export async function readBody(
  response: Response,
  maxBytes: number,
  keepPrefix: boolean,
  stopped?: EventTarget,
): Promise<{ bytes: Uint8Array; cut: boolean }> {
  if (!response.body) return { bytes: new Uint8Array(0), cut: false };
  const declared = response.headers.get('content-length');
  // A declared length counts encoded bytes, so it is checked only for a body sent as is (none reads as 0).
  if (!keepPrefix && !response.headers.has('content-encoding') && Number(declared) > maxBytes) {
    await response.body.cancel().catch(() => undefined);
    throw new BodyTooLarge(response.status);
  }
  const reader = response.body.getReader();
  const cancel = () => reader.cancel().catch(() => undefined);
  stopped?.addEventListener('abort', cancel);
  try {
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (total + value.byteLength > maxBytes) {
        await cancel();
        if (!keepPrefix) throw new BodyTooLarge(response.status);
        chunks.push(value.subarray(0, maxBytes - total));
        return { bytes: joinChunks(chunks, maxBytes), cut: true };
      }
      total += value.byteLength;
      chunks.push(value);
    }
    return { bytes: joinChunks(chunks, total), cut: false };
  } finally {
    stopped?.removeEventListener('abort', cancel);
  }
}

function joinChunks(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

const decoder = new TextDecoder();
/** UTF-8 bytes as text, with one decoder for the module. */
export function utf8Text(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/**
 * A status text the `Response` constructor accepts (the characters a header value may
 * hold), so that an answer can be copied into a new `Response`, as middleware does.
 */
export function usableStatusText(statusText: string): string {
  return isHeaderText(statusText) ? statusText : '';
}

/**
 * The headers to serve `length` decoded bytes with. The body is already decoded, so a
 * `content-encoding` no longer applies, and a `content-length` lets openapi-fetch
 * parse through `json()` (without one it calls `JSON.parse` itself, and a broken
 * body would escape as a bare SyntaxError). Copies only when something differs.
 */
export function headersForBody(headers: Headers, length: number): Headers {
  if (!headers.has('content-encoding') && headers.get('content-length') === String(length)) return headers;
  const copy = new Headers(headers);
  copy.delete('content-encoding');
  copy.set('content-length', String(length));
  return copy;
}

/** Statuses that may not carry a body in a `Response`. */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

let linkedToResponse = false;

/**
 * Links `BufferedResponse` to `Response.prototype`, once, when the first client is made.
 * Not at import: reading the global `Response` makes Node load its fetch implementation,
 * 20–30 ms that every import (a serverless cold start) would pay before any call needs
 * it. Not at the first answer either: changing a prototype that answers already use made
 * every later call cost about 5% more CPU (V8 drops its fast paths for that prototype).
 */
export function linkBufferedResponse(): void {
  if (linkedToResponse) return;
  Object.setPrototypeOf(BufferedResponse.prototype, Response.prototype);
  linkedToResponse = true;
}

/** A body already parsed as JSON. */
export interface ParsedBody {
  readonly value: unknown;
}

/**
 * A whole `Response` over bytes already read, served from memory, with the rules of
 * one: the body can be consumed once (`bodyUsed`), a clone only before. A success body
 * that claims to be JSON but is not fails as a FinicityResponseError.
 *
 * Why it is not built by the `Response` constructor: on Node 20 that constructor
 * converts its init and makes a state record and a header list of its own. Measured on
 * real sockets, skipping it took 2–4% off `createAccountsClient`'s CPU per call. So this
 * class answers every member of `Response` itself (test/src/response.test.ts checks
 * that against the runtime's `Response.prototype`), and inherits from it only so that
 * `instanceof Response` holds and a runtime's inspection finds its getters.
 */
export class BufferedResponse implements Response {
  readonly #bytes: Uint8Array;
  readonly #status: number;
  readonly #statusText: string;
  readonly #url: string;
  readonly #operation: string;
  readonly #headers: Headers;
  #used = false;
  #stream: ReadableStream<Uint8Array> | null | undefined;
  readonly #parsed: ParsedBody | undefined;

  /** `parsed`: the body already parsed (by the validation check), which `json()` then returns instead of parsing again. */
  constructor(
    bytes: Uint8Array,
    init: { status: number; statusText: string; headers: Headers },
    url: string,
    operation: string,
    parsed?: ParsedBody,
  ) {
    this.#parsed = parsed;
    this.#status = init.status;
    this.#statusText = usableStatusText(init.statusText);
    // Served as given rather than copied (a copy costs a sorted pass over them on every call).
    this.#headers = init.headers;
    this.#bytes = bytes;
    this.#url = url;
    this.#operation = operation;
  }

  get status(): number {
    return this.#status;
  }

  get ok(): boolean {
    return isSuccessStatus(this.#status);
  }

  get statusText(): string {
    return this.#statusText;
  }

  /** What a `Response` made by its constructor reports. */
  get type(): ResponseType {
    return 'default';
  }

  /** Redirects are never followed (send.ts), so no answer is the end of one. */
  get redirected(): boolean {
    return false;
  }

  get url(): string {
    return this.#url;
  }

  get headers(): Headers {
    return this.#headers;
  }

  get bodyUsed(): boolean {
    return this.#used;
  }

  get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
    if (this.#stream === undefined) {
      const bytes = this.#bytes;
      this.#stream =
        bytes.byteLength === 0 || NULL_BODY_STATUSES.has(this.status)
          ? null
          : new ReadableStream<Uint8Array>(
              {
                pull: (controller) => {
                  this.#used = true;
                  controller.enqueue(new Uint8Array(bytes));
                  controller.close();
                },
              },
              { highWaterMark: 0 },
            ); // Pulled on the first read only, so bodyUsed turns true then.
    }
    return this.#stream as ReadableStream<Uint8Array<ArrayBuffer>> | null;
  }

  /** The bytes, once: a second read (or a read after the stream was taken) fails as a real Response's does. */
  #take(): Uint8Array {
    if (this.#used || this.#stream?.locked) throw new TypeError('Body is unusable: Body has already been read');
    this.#used = true;
    return this.#bytes;
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    // A copy: the bytes may share memory with other buffers.
    return new Uint8Array(this.#take()).buffer;
  }

  async bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return new Uint8Array(this.#take());
  }

  async blob(): Promise<Blob> {
    return new Blob([this.#take() as Uint8Array<ArrayBuffer>], { type: this.headers.get('content-type') ?? '' });
  }

  async formData(): Promise<FormData> {
    return new Response(this.#take() as Uint8Array<ArrayBuffer>, { headers: this.headers }).formData();
  }

  async text(): Promise<string> {
    return utf8Text(this.#take());
  }

  async json(): Promise<unknown> {
    const bytes = this.#take();
    if (this.#parsed) return this.#parsed.value;
    const text = utf8Text(bytes);
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new FinicityResponseError(`${this.#operation} answered HTTP ${this.status} with a body that is not valid JSON`, {
        operation: this.#operation,
        status: this.status,
        cause: error instanceof Error ? new SyntaxError(error.message.replace(/".*"/s, '…')) : undefined,
      });
    }
  }

  clone(): BufferedResponse {
    if (this.#used || this.#stream?.locked) throw new TypeError('Response.clone: Body has already been consumed.');
    const copy = new BufferedResponse(
      this.#bytes,
      { status: this.status, statusText: this.statusText, headers: this.headers },
      this.#url,
      this.#operation,
    );
    const error = apiErrorOf(this);
    if (error) attachApiError(copy, error);
    return copy;
  }
}

/**
 * Response reading: the size cap while the body streams, and the `Response` handed
 * to the clients once the transport has the whole body.
 */
import { type FinicityApiError, FinicityResponseError } from './errors.js';
import { isHeaderText } from './options.js';

/** Thrown by `readBody` past the cap; the transport turns it into a FinicityResponseTooLargeError. */
export class BodyTooLarge {
  constructor(readonly status: number) {}
}

/**
 * Reads `response`'s body as fetch decodes it (gzip, deflate, brotli), counting the
 * decoded bytes as they stream and cancelling the stream as soon as they pass
 * `maxBytes`: a compression bomb or an endless body costs at most the cap in memory,
 * and decoding happens chunk by chunk, off the event loop.
 *
 * Why the reader even when the length is declared: `arrayBuffer()` joins the chunks
 * into one buffer, then copies that into a new ArrayBuffer. On real sockets, reading
 * here instead took a third off the garbage collection per call and a tenth off the
 * call's CPU (Node 20). A body that arrives in one chunk is kept as it came.
 */
export async function readBody(response: Response, maxBytes: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const declared = response.headers.get('content-length');
  // A declared length counts encoded bytes, so it is checked only for a body sent as is.
  if (declared !== null && !response.headers.has('content-encoding') && Number(declared) > maxBytes) {
    await response.body.cancel().catch(() => undefined);
    throw new BodyTooLarge(response.status);
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLarge(response.status);
    }
    chunks.push(value);
  }
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

/** A status text the `Response` constructor accepts: the same characters a header value may hold. */
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

/** The FinicityApiError of each HTTP error response the transport returned (clones included). */
const errorsOfResponses = new WeakMap<Response, FinicityApiError>();

/** The normalised FinicityApiError of an HTTP error response from a Finicity client; `undefined` for a success. */
export function apiErrorOf(response: Response): FinicityApiError | undefined {
  return errorsOfResponses.get(response);
}

export function attachApiError(response: Response, error: FinicityApiError): void {
  errorsOfResponses.set(response, error);
}

/** Statuses that may not carry a body in a `Response`. */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * A whole `Response` over bytes already read. It serves them from memory (building
 * a real `Response` over them costs about four times as much per call), and keeps
 * the rules of one: the body can be consumed once (`bodyUsed`), a clone only before.
 * A success body that claims to be JSON but is not fails as a FinicityResponseError.
 */
export class BufferedResponse extends Response {
  readonly #bytes: Uint8Array;
  readonly #url: string;
  readonly #operation: string;
  readonly #headers: Headers;
  #used = false;
  #stream: ReadableStream<Uint8Array> | null | undefined;

  constructor(bytes: Uint8Array, init: { status: number; statusText: string; headers: Headers }, url: string, operation: string) {
    // The headers are served as given rather than copied into the Response (a copy costs
    // a sorted pass over them on every call).
    super(null, { status: init.status, statusText: usableStatusText(init.statusText) });
    this.#headers = init.headers;
    this.#bytes = bytes;
    this.#url = url;
    this.#operation = operation;
  }

  override get url(): string {
    return this.#url;
  }

  override get headers(): Headers {
    return this.#headers;
  }

  override get bodyUsed(): boolean {
    return this.#used;
  }

  override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
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

  override async arrayBuffer(): Promise<ArrayBuffer> {
    // A copy: the bytes may share memory with other buffers.
    return new Uint8Array(this.#take()).buffer;
  }

  async bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return new Uint8Array(this.#take());
  }

  override async blob(): Promise<Blob> {
    return new Blob([this.#take() as Uint8Array<ArrayBuffer>], { type: this.headers.get('content-type') ?? '' });
  }

  override async formData(): Promise<FormData> {
    return new Response(this.#take() as Uint8Array<ArrayBuffer>, { headers: this.headers }).formData();
  }

  override async text(): Promise<string> {
    return utf8Text(this.#take());
  }

  override async json(): Promise<unknown> {
    const text = utf8Text(this.#take());
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

  override clone(): BufferedResponse {
    if (this.#used || this.#stream?.locked) throw new TypeError('Response.clone: Body has already been consumed.');
    const copy = new BufferedResponse(
      this.#bytes,
      { status: this.status, statusText: this.statusText, headers: this.headers },
      this.#url,
      this.#operation,
    );
    const error = errorsOfResponses.get(this);
    if (error) errorsOfResponses.set(copy, error);
    return copy;
  }
}

/**
 * The size cap at its edges. Two rules, each tested where the other cannot catch it:
 * a declared Content-Length over the cap is refused before the body is read (a server
 * that declares a huge body and then stalls, a body that would fit if it were read),
 * except when the body is encoded, since the length then counts encoded bytes; and the
 * decoded bytes are counted as they stream, so exactly the cap passes and one byte more
 * does not. Neither failure is ever retried.
 */
import { describe, expect, it } from 'vitest';
import { type AccountsClientOptions, FinicityResponseTooLargeError, FinicityTimeoutError } from '../../src/index.js';
import { clientKinds } from '../support/clients.js';
import { useFaultServer } from '../support/fault-server.js';

const server = useFaultServer();

const ACCOUNTS = /\/aggregation\/v1\/customers\/[^/]+\/accounts$/;
const LIMIT = 100;
const options = (extra: Partial<AccountsClientOptions> = {}): AccountsClientOptions => ({
  appKey: 'app-key-61f0aa',
  appToken: 'fixed-token-e2c913',
  baseUrl: server.url,
  maxResponseBytes: LIMIT,
  maxRetries: 2,
  retryBaseDelayMs: 1,
  ...extra,
});

/** `{"accounts":[]}` padded with spaces to exactly `length` bytes. */
const bodyOf = (length: number) => `{"accounts":[]}${' '.repeat(length - 15)}`;

/** The pieces of a body, one per read, for each new answer. */
const pieces =
  (...list: string[]) =>
  () => {
    const queue = [...list];
    return () => queue.shift();
  };

/** A fetch that answers with a stream of `source()`'s pieces, recording its calls, reads and cancellations. */
function streamingFetch(source: () => () => string | undefined, headers: Record<string, string> = {}) {
  const seen = { calls: 0, cancelled: 0, pulls: 0 };
  const fetch = (async () => {
    seen.calls += 1;
    const nextPiece = source();
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        seen.pulls += 1;
        const next = nextPiece();
        if (next === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(next));
      },
      cancel() {
        seen.cancelled += 1;
      },
    });
    return new Response(body, { status: 200, headers: { 'content-type': 'application/json', ...headers } });
  }) as typeof globalThis.fetch;
  return { seen, fetch };
}

const tooLarge = (error: unknown) => {
  expect(error).toBeInstanceOf(FinicityResponseTooLargeError);
  expect(error).toMatchObject({ status: 200, limitBytes: LIMIT, operation: 'GetCustomerAccounts' });
  expect((error as Error).message).toBe(
    `GetCustomerAccounts: the response body exceeded the ${LIMIT}-byte limit (maxResponseBytes) and was abandoned`,
  );
};

describe.each(clientKinds)('the declared length through $name', ({ make }) => {
  it('refuses a declared length over the cap at once, though the body stalls after a few bytes', async () => {
    server.on(ACCOUNTS, (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000000' });
      response.write('{"accounts":');
      // Never ends: only the declared length can end this call before its timeout.
    });
    const error = await make(options({ timeoutMs: 3_000 }))
      .getCustomerAccounts('1')
      .catch((caught: unknown) => caught);
    expect(error).not.toBeInstanceOf(FinicityTimeoutError);
    tooLarge(error);
    expect(server.requests).toHaveLength(1);
  });

  it('refuses a body that would fit when its declared length does not, cancelling it unread', async () => {
    const { seen, fetch } = streamingFetch(pieces('{"accounts":[]}'), { 'content-length': String(LIMIT + 1) });
    tooLarge(
      await make(options({ fetch }))
        .getCustomerAccounts('1')
        .catch((caught: unknown) => caught),
    );
    expect(seen).toMatchObject({ calls: 1, cancelled: 1 });
  });

  it('accepts a declared length of exactly the cap', async () => {
    const { fetch } = streamingFetch(pieces(bodyOf(LIMIT)), { 'content-length': String(LIMIT) });
    await expect(make(options({ fetch })).getCustomerAccounts('1')).resolves.toEqual({ accounts: [] });
  });

  it('ignores the declared length of an encoded body (it counts encoded bytes)', async () => {
    // A fetch that hands over the decoded body with the headers as sent, as fetch does.
    const { fetch } = streamingFetch(pieces('{"accounts":[]}'), { 'content-length': String(LIMIT * 10), 'content-encoding': 'gzip' });
    await expect(make(options({ fetch })).getCustomerAccounts('1')).resolves.toEqual({ accounts: [] });
  });
});

describe.each(clientKinds)('the decoded bytes through $name', ({ make }) => {
  it('accepts exactly the cap, streamed in pieces and joined in order', async () => {
    const body = bodyOf(LIMIT);
    const { fetch } = streamingFetch(pieces(body.slice(0, 7), body.slice(7, 40), body.slice(40)));
    await expect(make(options({ fetch })).getCustomerAccounts('1')).resolves.toEqual({ accounts: [] });
  });

  it('joins a body of several pieces byte for byte', async () => {
    const { fetch } = streamingFetch(pieces('{"accounts":[{"id":', '"12', '3","name":"Checking"}', ']}'));
    await expect(make(options({ fetch, maxResponseBytes: 1_000 })).getCustomerAccounts('1')).resolves.toEqual({
      accounts: [{ id: '123', name: 'Checking' }],
    });
  });

  it('refuses one byte over the cap, cancels the stream, and does not retry', async () => {
    const body = bodyOf(LIMIT + 1);
    const { seen, fetch } = streamingFetch(pieces(body.slice(0, 50), body.slice(50), ' and more'));
    tooLarge(
      await make(options({ fetch }))
        .getCustomerAccounts('1')
        .catch((caught: unknown) => caught),
    );
    expect(seen).toMatchObject({ calls: 1, cancelled: 1 });
  });

  it('stops reading an endless stream at the cap', async () => {
    const { seen, fetch } = streamingFetch(() => () => ' '.repeat(30));
    tooLarge(
      await make(options({ fetch }))
        .getCustomerAccounts('1')
        .catch((caught: unknown) => caught),
    );
    expect(seen.pulls).toBeLessThan(10);
  });

  it('reads a body-less answer as empty', async () => {
    const fetch = (async () => new Response(null, { status: 204 })) as typeof globalThis.fetch;
    await expect(make(options({ fetch })).deleteCustomerAccount('1', '2')).resolves.toBeUndefined();
  });
});

/**
 * The answer of the per-call bench: the spec's CustomerAccounts example with the headers
 * Node's http server sends with it, served over loopback by bench/echo-server.ts and
 * bench/fleet.ts's loopback Finicity, and from memory by `memoryFetch`.
 */
import { loadSpecDocument, resolveRef } from '../scripts/lib/spec.js';

/** The body every per-call contender reads. */
export async function accountsAnswerBody(): Promise<Buffer> {
  const document = await loadSpecDocument();
  const examples = (document.components as { examples: Record<string, { value: unknown }> }).examples;
  return Buffer.from(JSON.stringify(resolveRef(document, examples.MixedAccountsExample!).value));
}

/**
 * A fetch that answers every request at once with `body`, as the echo server does
 * (its headers included), so that a call costs only the client's own work: no socket,
 * no kernel, no other process.
 */
export function memoryFetch(body: Buffer): typeof fetch {
  const headers = {
    'content-type': 'application/json',
    'content-length': String(body.length),
    date: new Date().toUTCString(),
    connection: 'keep-alive',
    'keep-alive': 'timeout=60',
  };
  return async () => new Response(body as Uint8Array<ArrayBuffer>, { status: 200, headers });
}

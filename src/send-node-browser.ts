/** What bundlers for browsers use instead of send-node.ts: no node:http there, so the transport uses fetch. */
import type { Send } from './send.js';

export function sendWithNodeHttp(): Send | undefined {
  return undefined;
}

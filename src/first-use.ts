/**
 * The parts of the package imported when first used, not with the package: the transport
 * (with token life, sending and reading answers, about 40% of the code) at a client's first
 * call, the token code for `clearRecordedRefusal`. Parsing them was most of what importing
 * the package cost (issue 23, start-up), and a program that only creates clients, or fails
 * before its first call, never needs them. The ESM build puts each in a file of its own
 * (scripts/lib/bundle.ts).
 */
import type { AccountsClientOptions, ResolvedOptions } from './options.js';
import type { Transport } from './transport.js';
import { userAgent } from './version.js';

let parts: Promise<typeof import('./first-use-parts.js')> | undefined;
const loadParts = () => {
  parts ??= import('./first-use-parts.js');
  return parts;
};

/** The client's transport, made at its first call; calls made while it loads wait for it together. */
export function transportAtFirstCall(options: ResolvedOptions): Transport {
  // The User-Agent is settled when the client is made, as everything else it is made with.
  const identity = userAgent();
  let made: Transport | undefined;
  let making: Promise<Transport> | undefined;
  return (input, init) => {
    if (made) return made(input, init);
    making ??= loadParts().then(({ createTransport }) => {
      made = createTransport(options, identity);
      return made;
    });
    return making.then((transport) => transport(input, init));
  };
}

/**
 * Marks the refusal recorded in `options.credentialStore` for these credentials as
 * cleared, so that the fleet may try once more: for after support has unlocked the
 * partner account. Running clients lift the refusal within a few seconds. Without the
 * API: `SET <prefix>refusal:<key id> cleared` in the store (the key is in the refusal's
 * message).
 */
export async function clearRecordedRefusal(options: AccountsClientOptions): Promise<void> {
  return (await loadParts()).clearRecordedRefusal(options);
}

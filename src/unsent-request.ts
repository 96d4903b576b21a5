/**
 * A request as openapi-fetch describes it, for calls no middleware will see: the parts
 * the transport reads, without a `Request`. Why: fetch builds its own `Request` from
 * what it is given, so a `Request` built before it is work done twice, and on Node 20
 * one costs 6–8 µs of CPU (its URL, its headers and a signal of its own). Made only
 * where a `Request` would accept the same parts (clients.ts), so nothing that would
 * have failed there is sent.
 */
export class UnsentRequest {
  constructor(
    readonly url: string,
    readonly method: string,
    readonly headers: Headers,
    readonly body: string | undefined,
  ) {}
}

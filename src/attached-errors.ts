/**
 * The FinicityApiError the transport attaches to each HTTP error response it returns
 * (clones included), for `apiErrorOf` and `dataOrThrow`. Its own module so that the
 * public types reach no declaration of `BufferedResponse`, whose `Uint8Array<ArrayBuffer>`
 * older TypeScript versions cannot read.
 */
import type { FinicityApiError } from './errors.js';

const errorsOfResponses = new WeakMap<Response, FinicityApiError>();

/** The normalised FinicityApiError of an HTTP error response from a Finicity client; `undefined` for a success. */
export function apiErrorOf(response: Response): FinicityApiError | undefined {
  return errorsOfResponses.get(response);
}

export function attachApiError(response: Response, error: FinicityApiError): void {
  errorsOfResponses.set(response, error);
}

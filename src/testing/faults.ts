/**
 * Faults on demand: the next calls of an operation get a given answer instead of the
 * real one, or the real one delayed or cut off.
 */
import type { Answer } from './answers.js';

export interface FaultAnswer {
  /** Answer with this status instead: the request does not reach the fake's state. Without it, the real answer is given (and the state changed), as the options below say. */
  readonly status?: number;
  /** With `status`: the body; a string is sent as it is, anything else as JSON. */
  readonly body?: unknown;
  /** With `status`: headers to send, such as `{ 'retry-after': '1' }`. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Close the connection before any answer (with no `status`, after the state has changed: a refresh goes through, its answer is lost). */
  readonly dropConnection?: boolean;
  /** Send the status and headers, then wait this long before the body: a slow answer. */
  readonly bodyDelayMs?: number;
}

/** The problem with a fault as given, or undefined when it can be used. No value is repeated: a header could hold a secret. */
export function faultProblem(fault: FaultAnswer, times: number): string | undefined {
  if (typeof fault !== 'object' || fault === null) return 'the answer must be an object';
  const { status, bodyDelayMs } = fault;
  if (status !== undefined && !(Number.isInteger(status) && status >= 200 && status <= 599))
    return 'status must be an integer from 200 to 599';
  if (bodyDelayMs !== undefined && !(Number.isFinite(bodyDelayMs) && bodyDelayMs >= 0))
    return 'bodyDelayMs must be a number of milliseconds, 0 or more';
  if (status === undefined && !fault.dropConnection && bodyDelayMs === undefined) return 'give a status, dropConnection or bodyDelayMs';
  if (!(Number.isInteger(times) && times >= 1)) return 'times must be a whole number, 1 or more';
  return undefined;
}

function givenAnswer(fault: FaultAnswer & { status: number }): Answer {
  const isText = typeof fault.body === 'string';
  // JSON.stringify gives undefined for an undefined body (and for a function): then no body is sent.
  const body: string | undefined = isText ? (fault.body as string) : JSON.stringify(fault.body);
  const contentType: Record<string, string> = body === undefined ? {} : { 'content-type': isText ? 'text/plain' : 'application/json' };
  return { status: fault.status, headers: { ...contentType, ...fault.headers }, body };
}

/** The answer a fault gives: its own when it has a status, else the real one (`real()` runs only then). */
export function faultyAnswer(fault: FaultAnswer, real: () => Answer): Answer {
  const base = fault.status === undefined ? real() : givenAnswer(fault as FaultAnswer & { status: number });
  return { ...base, dropConnection: fault.dropConnection === true, bodyDelayMs: fault.bodyDelayMs };
}

/** The faults waiting, per operationId, each with how many more calls it answers. */
export class FaultQueue {
  readonly #waiting = new Map<string, Array<{ fault: FaultAnswer; left: number }>>();

  add(operationId: string, fault: FaultAnswer, times: number): void {
    const queue = this.#waiting.get(operationId) ?? [];
    queue.push({ fault: { ...fault }, left: times });
    this.#waiting.set(operationId, queue);
  }

  /** The fault for this call of the operation, if one waits; it is used up after its `times` calls. */
  take(operationId: string): FaultAnswer | undefined {
    const queue = this.#waiting.get(operationId);
    const next = queue?.[0];
    if (!next) return undefined;
    next.left -= 1;
    if (next.left === 0) queue.shift();
    return next.fault;
  }
}

/**
 * The client's events on `node:diagnostics_channel`, which tracing tools subscribe to
 * (as they do to undici's and node-redis's): one tracing channel for calls and plain
 * channels for token requests, renewals, shared-store changes and drift reports.
 *
 * Reached through `process.getBuiltinModule` (Node 20.16+, Deno, Bun) when the first
 * client is made, so importing the package loads no Node module and bundles stay
 * runtime-neutral; elsewhere there are no events. Nothing is built for an event
 * nobody subscribes to. No event carries a secret or a body: only names, counts,
 * times, statuses, codes, error class names and request ids.
 */

/** What this package uses of a diagnostics channel. */
export interface DiagnosticsChannel {
  readonly hasSubscribers: boolean;
  publish(message: unknown): void;
}

interface StoreChannel extends DiagnosticsChannel {
  runStores<T>(context: object, run: () => T): T;
}

/** The five channels of a `TracingChannel`, read one by one (its own `hasSubscribers` is Node 20.13+). */
interface TracingChannels {
  start: StoreChannel;
  end: DiagnosticsChannel;
  asyncStart: DiagnosticsChannel;
  asyncEnd: DiagnosticsChannel;
  error: DiagnosticsChannel;
}

interface DiagnosticsModule {
  channel(name: string): DiagnosticsChannel;
  tracingChannel(name: string): TracingChannels;
}

/** The channel names, for subscribers: `tracing:finicity-accounts:request:start` and so on for calls. */
export const CHANNELS = {
  request: 'finicity-accounts:request',
  tokenRequest: 'finicity-accounts:token-request',
  tokenRenewal: 'finicity-accounts:token-renewal',
  credentialStore: 'finicity-accounts:credential-store',
  drift: 'finicity-accounts:drift',
} as const;

export interface PackageChannels {
  request: TracingChannels;
  tokenRequest: DiagnosticsChannel;
  tokenRenewal: DiagnosticsChannel;
  credentialStore: DiagnosticsChannel;
  drift: DiagnosticsChannel;
}

let channels: PackageChannels | null | undefined;

/** The runtime's diagnostics_channel module, or undefined where it has none (or refuses it). */
export function diagnosticsModule(scope: object = globalThis): DiagnosticsModule | undefined {
  try {
    const process = (scope as { process?: { getBuiltinModule?: (name: string) => unknown } }).process;
    return process?.getBuiltinModule?.('node:diagnostics_channel') as DiagnosticsModule | undefined;
  } catch {
    // A runtime that refuses the module has no events.
  }
  return undefined;
}

/** This package's channels, looked up once; `undefined` in a runtime without diagnostics_channel. */
export function packageChannels(): PackageChannels | undefined {
  if (channels === undefined) {
    const module = diagnosticsModule();
    channels = module
      ? {
          request: module.tracingChannel(CHANNELS.request),
          tokenRequest: module.channel(CHANNELS.tokenRequest),
          tokenRenewal: module.channel(CHANNELS.tokenRenewal),
          credentialStore: module.channel(CHANNELS.credentialStore),
          drift: module.channel(CHANNELS.drift),
        }
      : null;
  }
  return channels ?? undefined;
}

/** Publishes the message `make` builds, only when someone listens: nothing is built otherwise. */
export function publish(channel: DiagnosticsChannel | undefined, make: () => object): void {
  if (channel?.hasSubscribers) channel.publish(make());
}

/** Whether anyone listens to any event of a tracing channel. */
export function isTraced(tracing: TracingChannels | undefined): tracing is TracingChannels {
  return (
    tracing !== undefined &&
    (tracing.start.hasSubscribers ||
      tracing.end.hasSubscribers ||
      tracing.asyncStart.hasSubscribers ||
      tracing.asyncEnd.hasSubscribers ||
      tracing.error.hasSubscribers)
  );
}

/** A retry of a call: why, and how long it waited first. */
export interface TracedRetry {
  reason: string;
  delayMs: number;
}

/**
 * The context of one call on `finicity-accounts:request`: the same object at each of
 * its events, filled in as the call goes, final at `asyncEnd`. Never a body, a header
 * or a secret.
 */
export interface RequestTrace {
  operation: string;
  method: string;
  /** Requests sent so far (retries and the resend after a renewal included). */
  attempts: number;
  retries: TracedRetry[];
  /** Renewals of the token after a 401 said it was `expired` or `invalid`. */
  renewals: string[];
  /** Time spent waiting for a token, in milliseconds. */
  tokenWaitMs: number;
  /** The final answer's HTTP status, when there was one. */
  status?: number;
  /** The error class the call ended with (an HTTP error's too, which openapi-fetch returns rather than throws). */
  errorClass?: string;
  /** Finicity's code of an HTTP error. */
  errorCode?: number | string;
  requestId?: string;
}

/**
 * Runs `call` as the tracing channel's function: start (with the stores bound to it, so
 * a tracer's context flows into the call's own fetch), end, then asyncStart and asyncEnd
 * once it settles (error before them when it fails). As `tracePromise` does, except that
 * the context never holds the result or the error themselves: a response carries a body,
 * an error the redacted body of an answer. Their class, status and code are in `trace`.
 */
export function traceCall<T>(tracing: TracingChannels, trace: RequestTrace, call: () => Promise<T>): Promise<T> {
  return tracing.start.runStores(trace, () => {
    // `call` is an async function: it reports every failure through its promise.
    const running = call();
    tracing.end.publish(trace);
    return running.then(
      (result) => {
        tracing.asyncStart.publish(trace);
        tracing.asyncEnd.publish(trace);
        return result;
      },
      (error: unknown) => {
        trace.errorClass = error instanceof Error ? error.name : typeof error;
        tracing.error.publish(trace);
        tracing.asyncStart.publish(trace);
        tracing.asyncEnd.publish(trace);
        throw error;
      },
    );
  });
}

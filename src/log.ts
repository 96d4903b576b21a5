/**
 * What the `log` option receives: one line per attempt, retry, renewal, token request
 * and shared-store change, with its level and its facts as fields. Every string goes
 * through the client's redactor first, and a `log` that throws is ignored, so it can
 * change nothing the transport decides. `FINICITY_LOG=debug` (or info, warn, error)
 * writes them to stderr without a code change, when no `log` is given.
 */
import type { Redactor } from './redaction.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** One log record: `message` is the line; the other fields are its facts, each present only when it applies. */
export interface LogEntry {
  level: LogLevel;
  message: string;
  /** The operation (operationId) concerned, `CreateToken` for token requests. */
  operation?: string;
  /** Which request of the call this is, counting every one sent (retries and the resend after a renewal). */
  attempt?: number;
  /** How long the request took, in milliseconds. */
  durationMs?: number;
  status?: number;
  /** Finicity's error code, where it decided something (a renewal). */
  code?: number | string;
  requestId?: string;
  /** The wait before the next attempt. */
  retryDelayMs?: number;
  /** Why a retry, a renewal or a wait happens. */
  reason?: string;
}

/** The `log` option: the line, and the same record with its fields. */
export type Log = (line: string, entry: LogEntry) => void;
/** How the package's code logs: a record, the line being its message. */
export type Logger = (entry: LogEntry) => void;

const LEVELS: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

/** The level `FINICITY_LOG` names (any case, surrounding spaces ignored), or undefined for anything else. */
export function logLevelOf(value: string | undefined): LogLevel | undefined {
  const level = value?.trim().toLowerCase();
  return level !== undefined && Object.hasOwn(LEVELS, level) ? (level as LogLevel) : undefined;
}

/** A log that writes records at `threshold` or above to stderr (`console.error`), one line each with time and level. */
export function stderrLog(threshold: LogLevel, write: (line: string) => void = console.error): Log {
  return (line, entry) => {
    if (LEVELS[entry.level] >= LEVELS[threshold]) write(`finicity-accounts ${new Date().toISOString()} ${entry.level} ${line}`);
  };
}

/** The record with every string in it redacted, and without the fields that do not apply (undefined). */
export function redactedEntry(entry: LogEntry, redactor: Redactor): LogEntry {
  const shown: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entry)) {
    if (value !== undefined) shown[key] = typeof value === 'string' ? redactor.text(value) : value;
  }
  return shown as unknown as LogEntry;
}

/** The user's `log` as the package calls it: records redacted, its failures ignored. */
export function safeLogger(log: Log | undefined, redactor: Redactor): Logger | undefined {
  if (!log) return undefined;
  return (entry) => {
    try {
      const shown = redactedEntry(entry, redactor);
      log(shown.message, shown);
    } catch {
      // The log's own failure is not the call's.
    }
  };
}

/** `(attempt 2, request id r-1)`: the facts of an attempt's line that it has. */
export function attemptNote(attempt: number, requestId: string | undefined): string {
  return `(attempt ${attempt}${requestId ? `, request id ${requestId}` : ''})`;
}

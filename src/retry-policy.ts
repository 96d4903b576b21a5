/**
 * When a failed attempt is sent again, and after how long. Pure functions: the
 * transport and the token source only put them together.
 */

/** Statuses that say "not now" rather than "no": rate limiting and gateway failures. */
const TRANSIENT_STATUSES = new Set([429, 502, 503, 504]);

export interface BackoffSettings {
  /** First delay before jitter; doubles with each retry. */
  retryBaseDelayMs: number;
  /** Longest delay, `Retry-After` included. */
  retryMaxDelayMs: number;
}

/** What one attempt came back with: an HTTP status, or `undefined` when no answer arrived. */
export type AttemptStatus = number | undefined;

/** Whether an attempt with this outcome may succeed if sent again (no answer at all counts as transient). */
export function isTransient(status: AttemptStatus): boolean {
  return status === undefined || TRANSIENT_STATUSES.has(status);
}

/** Whether to send a request again: the operation allows it, the failure is transient, retries remain. */
export function shouldRetry(attempt: { retryable: boolean; status: AttemptStatus; retriesDone: number; maxRetries: number }): boolean {
  return attempt.retryable && isTransient(attempt.status) && attempt.retriesDone < attempt.maxRetries;
}

const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const LONG_DAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const TIME = '\\d{2}:\\d{2}:\\d{2}';
/** The three HTTP-date forms: IMF-fixdate, the obsolete RFC 850 form, and asctime (always GMT). */
const HTTP_DATE = new RegExp(
  `^(?:${DAY}, \\d{2} ${MONTH} \\d{4} ${TIME} GMT|${LONG_DAY}, \\d{2}-${MONTH}-\\d{2} ${TIME} GMT|${DAY} ${MONTH} [ \\d]\\d ${TIME} \\d{4})$`,
);

/**
 * `Retry-After` in milliseconds from `now`: delta-seconds (digits only) or an HTTP
 * date. Anything else (`-5`, `soon 12`, a bare year) is `undefined`, so the caller
 * falls back to its own backoff instead of reading it as some date long past.
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  if (!HTTP_DATE.test(trimmed)) return undefined;
  // Stryker disable next-line MethodExpression: equivalent here, as V8 reads "… GMT GMT" as "… GMT"; the asctime test covers the rule.
  const date = Date.parse(trimmed.endsWith('GMT') ? trimmed : `${trimmed} GMT`);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * How long to wait before retry number `retry + 1`: the server's `Retry-After` when
 * it gave a usable one, else exponential backoff with jitter (so clients that failed
 * together do not come back together); never more than `retryMaxDelayMs`.
 */
export function retryDelay(retry: number, retryAfterMs: number | undefined, settings: BackoffSettings, random = Math.random): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, settings.retryMaxDelayMs);
  const backoff = Math.min(settings.retryBaseDelayMs * 2 ** retry, settings.retryMaxDelayMs);
  return backoff * (0.5 + random() * 0.5);
}

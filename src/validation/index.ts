/**
 * finicity-accounts/validation: checks each answer against the spec, for clients made
 * with the `validation` option, and reports where the live API has drifted from it.
 * Its own entry point, so that the validators (generated/response-validators.ts) are in
 * a bundle only when this is imported.
 *
 * What counts as drift: a type the spec does not give (a boolean where a string is
 * declared), a required field missing or `null`, a broken pattern or length. What does
 * not: fields the spec does not list, and `null` where the spec allows it.
 */
import { packageChannels, publish } from '../diagnostics.js';
import { type DriftReport, FinicityInputError, FinicityResponseDriftError } from '../errors.js';
import type { ResponseCheck } from '../options.js';
import { driftOf } from './drift.js';

export type { DriftDifference, DriftReport } from '../errors.js';
export { FinicityResponseDriftError } from '../errors.js';
export type { CheckedAnswer, ResponseCheck } from '../options.js';

export interface ResponseValidationOptions {
  /**
   * `warn`: answers are handed on as they came, and `onDrift` hears of each that
   * differs. `strict`: a success answer that differs fails the call with a
   * `FinicityResponseDriftError` (error answers keep their `FinicityApiError`).
   * `off`: nothing is checked.
   */
  mode: 'off' | 'warn' | 'strict';
  /** Receives one report per answer that differs. One that throws is ignored. */
  onDrift?: (report: DriftReport) => void;
}

const MODES = new Set(['off', 'warn', 'strict']);

/**
 * The `validation` option of both clients:
 * `createAccountsApi({ validation: responseValidation({ mode: 'warn', onDrift(report) { … } }) })`.
 */
export function responseValidation(options: ResponseValidationOptions): ResponseCheck {
  const { mode, onDrift } = (options ?? {}) as Partial<ResponseValidationOptions>;
  if (typeof mode !== 'string' || !MODES.has(mode))
    throw new FinicityInputError("responseValidation's mode must be 'off', 'warn' or 'strict'");
  if (onDrift !== undefined && typeof onDrift !== 'function')
    throw new FinicityInputError("responseValidation's onDrift must be a function");
  if (mode === 'off') return () => undefined;
  return (answer) => {
    const report = driftOf(answer);
    if (!report) return undefined;
    try {
      onDrift?.(report);
    } catch {
      // The callback's own failure is not the call's.
    }
    publish(packageChannels()?.drift, () => report);
    // Only a success answer fails the call: an error answer fails it already, with its own error.
    return mode === 'strict' && String(answer.status).startsWith('2') ? new FinicityResponseDriftError(report) : undefined;
  };
}

/** The retry rules as pure functions: which failures are retried, and after how long. */
import { describe, expect, it } from 'vitest';
import { isTransient, parseRetryAfter, retryDelay, shouldRetry } from '../../src/retry-policy.js';

const now = Date.parse('2026-01-01T00:00:00Z');

describe('Retry-After', () => {
  it('reads delta-seconds, zero included', () => {
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });
  it('reads each HTTP date form relative to the clock, never below zero', () => {
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:07 GMT', now)).toBe(7000);
    expect(parseRetryAfter('Thursday, 01-Jan-26 00:00:09 GMT', now)).toBe(9000);
    expect(parseRetryAfter('Thu Jan  1 00:00:05 2026', now)).toBe(5000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
  });
  it('reads delta-seconds of several digits', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
  });
  it('reads the asctime form as GMT whatever the local time zone, and a GMT date once', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      expect(new Date(now).getHours()).not.toBe(0);
      expect(parseRetryAfter('Thu Jan  1 00:00:05 2026', now)).toBe(5000);
      expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:07 GMT', now)).toBe(7000);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
  it.each([null, '', 'soon', '-5', 'soon 12', '1.5', 'Thu, 01 Jan 2026', '12 seconds'])('ignores %j', (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});

describe('retryDelay', () => {
  const settings = { retryBaseDelayMs: 100, retryMaxDelayMs: 1_000 };
  it('doubles per retry, with jitter between half and all of it', () => {
    expect(retryDelay(0, undefined, settings, () => 0)).toBe(50);
    expect(retryDelay(0, undefined, settings, () => 1)).toBe(100);
    expect(retryDelay(2, undefined, settings, () => 1)).toBe(400);
  });
  it('caps backoff and Retry-After at the maximum', () => {
    expect(retryDelay(10, undefined, settings, () => 1)).toBe(1_000);
    expect(retryDelay(0, 60_000, settings)).toBe(1_000);
  });
  it('prefers the server Retry-After, without jitter', () => {
    expect(retryDelay(3, 250, settings, () => 0)).toBe(250);
  });
});

describe('shouldRetry', () => {
  const attempt = { retryable: true, retriesDone: 0, maxRetries: 2 };
  it.each([undefined, 429, 502, 503, 504])('retries a transient failure (%s)', (status) => {
    expect(isTransient(status)).toBe(true);
    expect(shouldRetry({ ...attempt, status })).toBe(true);
  });
  it.each([400, 401, 404, 409, 500, 501])('does not retry %s', (status) => {
    expect(shouldRetry({ ...attempt, status })).toBe(false);
  });
  it('stops when retries run out, and never retries what the spec forbids', () => {
    expect(shouldRetry({ ...attempt, status: 503, retriesDone: 2 })).toBe(false);
    expect(shouldRetry({ ...attempt, status: 503, retryable: false })).toBe(false);
  });
});

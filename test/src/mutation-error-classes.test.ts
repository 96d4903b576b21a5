/** Each error class as users see it: its name (what logs and `instanceof`-free code branch on), its defaults, its edges. */
import { describe, expect, it } from 'vitest';
import * as errors from '../../src/errors.js';
import { normalizeErrorCode, SCANNED_PREFIX_CHARS } from '../../src/errors.js';

const classes = Object.entries(errors).filter(
  (entry): entry is [string, typeof errors.FinicityError] => typeof entry[1] === 'function' && /^Finicity\w*Error$/.test(entry[0]),
);

describe('error classes', () => {
  it('are each named after their class, as an instance shows it', () => {
    expect(classes.map(([name]) => name)).toEqual(expect.arrayContaining(['FinicityError', 'FinicityApiError', 'FinicityRedirectError']));
    for (const [name, ErrorClass] of classes) {
      // Class fields are set by the constructor: build one the way each takes its arguments.
      const made: Error = Reflect.construct(ErrorClass, argumentsFor(name));
      expect(made.name).toBe(name);
      expect(made).toBeInstanceOf(errors.FinicityError);
      expect(String(made).startsWith(`${name}: `)).toBe(true);
    }
  });

  it('say when nothing shows that an earlier attempt may have succeeded, and count one attempt', () => {
    const error = new errors.FinicityApiError('m', { status: 500, code: undefined, body: undefined, operation: 'Op' });
    expect(error.earlierAttemptMayHaveSucceeded).toBe(false);
    expect(error.attempts).toBe(1);
    expect(error.requestId).toBeUndefined();
  });

  it('say a redirect was not followed unless the given fetch followed it', () => {
    expect(new errors.FinicityRedirectError('Op', 302, 'https://elsewhere.test').message).toMatch(
      /^Op was answered with a redirect \(HTTP 302\) to https:\/\/elsewhere\.test; /,
    );
    expect(new errors.FinicityRedirectError('Op', 302, undefined, true).message).toMatch(
      /to an unreadable location and the given fetch followed it/,
    );
  });
});

describe('normalizeErrorCode', () => {
  it('reads a numeric code of up to the scanned prefix as a number, and a longer one as the string it is', () => {
    const longest = '1'.repeat(SCANNED_PREFIX_CHARS);
    expect(normalizeErrorCode(longest)).toBe(Number(longest));
    expect(normalizeErrorCode(`${longest}1`)).toBe(`${longest}1`);
    expect(normalizeErrorCode(' 38003 ')).toBe(38003);
  });
});

function argumentsFor(name: string): unknown[] {
  switch (name) {
    case 'FinicityApiError':
    case 'FinicityAuthenticationError':
      return ['m', { status: 500, code: 1, body: undefined, operation: 'Op' }];
    case 'FinicityTimeoutError':
      return ['Op', 100];
    case 'FinicityResponseError':
    case 'FinicityResponseTooLargeError':
      return ['m', { operation: 'Op', status: 200 }];
    case 'FinicityRedirectError':
      return ['Op', 302, 'https://elsewhere.test'];
    case 'FinicityResponseDriftError':
      return [{ operation: 'Op', status: 200, differences: [{ path: '/a', expected: 'string', received: 'null' }] }];
    default:
      return ['m', { operation: 'Op' }];
  }
}

/** Each error class as users see it: its name (what logs and `instanceof`-free code branch on), its defaults, its edges. */
import { describe, expect, it, vi } from 'vitest';
import * as errors from '../../src/errors.js';
import { normalizeErrorCode, SCANNED_PREFIX_CHARS } from '../../src/errors.js';
import { Redactor } from '../../src/redaction.js';

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

describe('compactJson at the edge of its budget', () => {
  it('ends with … only when something was left out', () => {
    expect(errors.compactJson([1], 3)).toBe('[1]');
    expect(errors.compactJson([1, 2, 3], 4)).toBe('[1,2…');
    expect(errors.compactJson({ a: 1 }, 7)).toBe('{"a":1}');
    expect(errors.compactJson({ a: 1 }, 6)).toBe('{"a":1…');
  });

  it('renders no string or key longer than what is left of the budget', () => {
    const huge = 'x'.repeat(1_000_000);
    const stringify = vi.spyOn(JSON, 'stringify');
    try {
      expect(errors.compactJson({ [huge]: huge }, 50)).toBe(`{"${'x'.repeat(48)}…`);
      expect(errors.compactJson([huge], 50)).toBe(`["${'x'.repeat(48)}…`);
      expect(Math.max(...stringify.mock.calls.map(([value]) => String(value).length))).toBeLessThanOrEqual(50);
    } finally {
      stringify.mockRestore();
    }
  });
});

describe('a drift error', () => {
  const difference = (index: number) => ({ path: `/field${index}`, expected: 'string', received: 'null' });
  const messageWith = (count: number) =>
    new errors.FinicityResponseDriftError({
      operation: 'Op',
      status: 200,
      differences: Array.from({ length: count }, (_, index) => difference(index)),
    }).message;

  it('lists five differences and counts the rest', () => {
    expect(messageWith(5)).toBe(
      'Op answered HTTP 200 with a body that differs from the spec at /field0 (expected string, received null), /field1 (expected string, received null), /field2 (expected string, received null), /field3 (expected string, received null), /field4 (expected string, received null) (response validation is strict)',
    );
    expect(messageWith(6)).toContain('/field4 (expected string, received null) and 1 more (response validation is strict)');
  });
});

describe('reading an error body', () => {
  const redactor = new Redactor([]);
  const answer = (text: string, contentType?: string) =>
    errors.apiErrorFromAnswer(
      {
        status: 500,
        statusText: '',
        headers: new Headers(contentType ? { 'content-type': contentType } : {}),
        text,
        operation: 'Op',
        attempts: 1,
        earlierAttemptMayHaveSucceeded: false,
      },
      redactor,
    );

  it('takes text for JSON by its first character only, when no type says so', () => {
    expect(answer('"quoted {text}"').body).toBe('"quoted {text}"');
    expect(answer(' {"message":"parsed"}').body).toEqual({ message: 'parsed' });
  });

  it('reads a message past fields that are null', () => {
    expect(answer('{"error":null,"title":"Service Unavailable"}', 'application/json').message).toBe(
      'Op failed with HTTP 500: Service Unavailable',
    );
    expect(answer('{"Errors":null,"code":null}', 'application/json').message).toBe('Op failed with HTTP 500: {"Errors":null,"code":null}');
  });
});

import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { apiErrorFromAnswer, normalizeErrorCode } from '../../src/errors.js';
import { FinicityApiError, FinicityAuthenticationError, FinicityError } from '../../src/index.js';
import { Redactor } from '../../src/redaction.js';
import { clientKinds } from '../support/clients.js';
import { json, text, useFaultServer } from '../support/fault-server.js';

const server = useFaultServer();

const ACCOUNT = /\/aggregation\/v2\/customers\/[^/]+\/accounts\/[^/]+$/;

describe.each(clientKinds)('HTTP errors through $name', ({ make }) => {
  const client = () => make({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url });
  const failure = async () =>
    (await client()
      .getCustomerAccount('1', '2')
      .catch((caught: unknown) => caught)) as FinicityApiError;

  it('throws FinicityApiError with status, numeric code, message, body and operation from JSON', async () => {
    const body = { code: '38003', message: 'Account not found', user_message: 'x' };
    server.on(ACCOUNT, json(404, body));
    const error = await failure();
    expect(error).toBeInstanceOf(FinicityApiError);
    expect(error).toBeInstanceOf(FinicityError);
    expect(error).toMatchObject({ status: 404, code: 38003, body, operation: 'GetCustomerAccount' });
    expect(Number.isInteger(error.code)).toBe(true);
    expect(error.message).toBe('GetCustomerAccount failed with HTTP 404 Not Found: Account not found (code 38003)');
  });

  it('reads a text/plain 401, as a FinicityAuthenticationError saying what to check', async () => {
    server.on(ACCOUNT, text(401, 'Unauthorized'));
    const error = await failure();
    expect(error).toBeInstanceOf(FinicityAuthenticationError);
    expect(error).toMatchObject({
      status: 401,
      code: undefined,
      body: 'Unauthorized',
      operation: 'GetCustomerAccount',
      message:
        'GetCustomerAccount failed with HTTP 401 Unauthorized: Unauthorized. ' +
        'The appToken or the app key was refused: check that the token is current and was issued for this appKey',
    });
  });

  it.each([
    ['an "error" string', '{"error":"Internal failure"}', 'application/json', 'Internal failure'],
    [
      'problem+json',
      '{"type":"about:blank","title":"Service Unavailable","status":503}',
      'application/problem+json',
      'Service Unavailable',
    ],
    [
      "upstream's wrapper",
      '{"Errors":{"Error":[{"code":"38003","message":"Account not found"}]}}',
      'application/json',
      'Account not found (code 38003)',
    ],
  ])('summarises %s readably, never as an empty body', async (_shape, body, contentType, summary) => {
    server.on(ACCOUNT, text(500, body, contentType));
    const error = await failure();
    expect(error.message).toBe(`GetCustomerAccount failed with HTTP 500 Internal Server Error: ${summary}`);
    expect(error.message).not.toMatch(/empty body/);
  });

  it('reads an empty body', async () => {
    server.on(ACCOUNT, text(400, ''));
    expect(await failure()).toMatchObject({
      status: 400,
      body: undefined,
      message: 'GetCustomerAccount failed with HTTP 400 Bad Request and an empty body',
    });
  });
});

describe('inspection', () => {
  it('util.inspect of an error shows its headers, redacted', () => {
    const error = apiErrorFromAnswer(
      {
        status: 500,
        statusText: '',
        headers: new Headers({ 'x-request-id': 'req-1', 'x-echo': 'test-app-key-77' }),
        text: '',
        operation: 'Op',
      },
      new Redactor(['test-app-key-77']),
    );
    const shown = inspect(error);
    expect(shown).toContain("headers: Headers { 'x-echo': '[redacted]', 'x-request-id': 'req-1' }");
    expect(inspect({ logged: error })).toContain("'x-request-id': 'req-1'");
    expect(shown).not.toContain('test-app-key-77');
    expect(JSON.stringify(error)).not.toContain('headers');
  });
});

describe('error construction', () => {
  const build = (contentType: string, body: string) =>
    apiErrorFromAnswer(
      { status: 500, statusText: '', headers: new Headers({ 'content-type': contentType }), text: body, operation: 'Op' },
      new Redactor([]),
    );

  it('keeps numbers, turns numeric strings into numbers and leaves other strings', () => {
    expect(normalizeErrorCode(38006)).toBe(38006);
    expect(normalizeErrorCode('10001')).toBe(10001);
    expect(normalizeErrorCode('E-1')).toBe('E-1');
    expect(normalizeErrorCode(null)).toBeUndefined();
  });

  it('parses JSON even when the content type does not say so, and survives broken JSON', () => {
    expect(build('text/plain', '{"code": 5, "message": "m"}')).toMatchObject({ code: 5, message: 'Op failed with HTTP 500: m (code 5)' });
    expect(build('application/json', '{"code": ')).toMatchObject({ body: '{"code": ', code: undefined });
  });

  it('shortens long text bodies in the message but keeps them whole in body', () => {
    const long = 'x'.repeat(500);
    const error = build('text/plain', long);
    expect(error.message.length).toBeLessThan(260);
    expect(error.body).toBe(long);
  });
});

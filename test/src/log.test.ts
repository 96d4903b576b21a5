/**
 * Logs worth reading: levels and fields, every field redacted, a log that throws
 * changes nothing, and FINICITY_LOG writes to stderr without code changes.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type AccountsClientOptions, createAccountsApi, type LogEntry } from '../../src/index.js';
import { attemptNote, type Log, logLevelOf, redactedEntry, safeLogger, stderrLog } from '../../src/log.js';
import { resolveOptions } from '../../src/options.js';
import { Redactor } from '../../src/redaction.js';
import { json, useFaultServer } from '../support/fault-server.js';

const server = useFaultServer();
const ACCOUNTS = /\/aggregation\/v1\/customers\/[^/]+\/accounts$/;
const TOKEN_PATH = /partners\/authentication$/;
const APP_KEY = 'app-key-9a8b7c';
const SECRET = 'partner-secret-6d5e4f';
const TOKEN = 'issued-token-3c2b1a';

/** A partner client on the fault server whose log records are collected in `entries`. */
function loggedApi(extra: Partial<AccountsClientOptions> = {}) {
  const entries: LogEntry[] = [];
  const api = createAccountsApi({
    appKey: APP_KEY,
    partnerId: 'p',
    partnerSecret: SECRET,
    baseUrl: server.url,
    log: (_line, entry) => entries.push(entry),
    ...extra,
  });
  return { api, entries };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the rules of a log record', () => {
  it.each([
    ['debug', 'debug'],
    [' WARN ', 'warn'],
    ['Info', 'info'],
    ['error', 'error'],
    ['verbose', undefined],
    ['', undefined],
    ['toString', undefined],
    [undefined, undefined],
  ])('FINICITY_LOG=%j is the level %j', (value, level) => {
    expect(logLevelOf(value)).toBe(level);
  });

  it('writes records at its level and above, with time and level', () => {
    const written: string[] = [];
    const log = stderrLog('info', (line) => written.push(line));
    for (const level of ['debug', 'info', 'warn', 'error'] as const) log(`${level} line`, { level, message: `${level} line` });
    expect(written).toEqual([
      expect.stringMatching(/^finicity-accounts \d{4}-\d\d-\d\dT[\d:.]+Z info info line$/),
      expect.stringMatching(/ warn warn line$/),
      expect.stringMatching(/ error error line$/),
    ]);
  });

  it('redacts every string field and leaves out the fields that do not apply', () => {
    const redactor = new Redactor([SECRET]);
    const entry: LogEntry = {
      level: 'info',
      message: `m ${SECRET}`,
      requestId: SECRET,
      reason: `r ${SECRET}`,
      operation: undefined,
      status: 401,
    };
    const shown = redactedEntry(entry, redactor);
    expect(shown).toEqual({ level: 'info', message: 'm [redacted]', requestId: '[redacted]', reason: 'r [redacted]', status: 401 });
    expect(Object.hasOwn(shown, 'operation')).toBe(false);
  });

  it('calls the log with the line and the record, and swallows what it throws', () => {
    const calls: Parameters<Log>[] = [];
    safeLogger((...args) => calls.push(args), new Redactor([]))?.({ level: 'warn', message: 'line', attempt: 2 });
    expect(calls).toEqual([['line', { level: 'warn', message: 'line', attempt: 2 }]]);
    const throwing = safeLogger(() => {
      throw new Error('sink full');
    }, new Redactor([]));
    expect(() => throwing?.({ level: 'info', message: 'x' })).not.toThrow();
    expect(safeLogger(undefined, new Redactor([]))).toBeUndefined();
  });

  it('notes an attempt and its request id when there is one', () => {
    expect(attemptNote(1, undefined)).toBe('(attempt 1)');
    expect(attemptNote(3, 'r-1')).toBe('(attempt 3, request id r-1)');
    expect(attemptNote(2, '')).toBe('(attempt 2)');
  });
});

describe('FINICITY_LOG', () => {
  it('logs to stderr at the level it names when no log is given; a given log wins', () => {
    const stderr = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const options = { appKey: APP_KEY, appToken: TOKEN };
    const fromEnvironment = resolveOptions(options, { FINICITY_LOG: 'warn' }).log;
    fromEnvironment?.('a', { level: 'info', message: 'a' });
    fromEnvironment?.('b', { level: 'warn', message: 'b' });
    expect(stderr.mock.calls.map(([line]) => String(line).split(' ').slice(2).join(' '))).toEqual(['warn b']);
    const given = vi.fn();
    expect(resolveOptions({ ...options, log: given }, { FINICITY_LOG: 'debug' }).log).toBe(given);
    expect(resolveOptions(options, {}).log).toBeUndefined();
    expect(resolveOptions(options, { FINICITY_LOG: 'loud' }).log).toBeUndefined();
  });
});

describe('the records of a call', () => {
  it('carry level, operation, attempt, duration, status, request id, retry delay and reason; no field shows a secret', async () => {
    server.on(TOKEN_PATH, json(200, { token: TOKEN }, { 'x-request-id': `id-${SECRET}` }));
    server.on(ACCOUNTS, json(503, {}, { 'x-request-id': TOKEN }), json(200, { accounts: [] }, { 'x-request-id': 'req-2' }));
    const { api, entries } = loggedApi({ retryBaseDelayMs: 0 });
    await api.getCustomerAccounts({ customerId: '1' });
    expect(entries).toEqual([
      { level: 'debug', message: 'token: requesting a new token', attempt: 1 },
      {
        level: 'info',
        message: expect.stringMatching(/^CreateToken: HTTP 200 in \d+ ms \(attempt 1, request id id-\[redacted\]\)$/),
        operation: 'CreateToken',
        attempt: 1,
        durationMs: expect.any(Number),
        status: 200,
        requestId: 'id-[redacted]',
      },
      {
        level: 'warn',
        message: expect.stringMatching(/^GetCustomerAccounts: HTTP 503 in \d+ ms \(attempt 1, request id \[redacted\]\)$/),
        operation: 'GetCustomerAccounts',
        attempt: 1,
        durationMs: expect.any(Number),
        status: 503,
        requestId: '[redacted]',
      },
      {
        level: 'info',
        message: 'GetCustomerAccounts: retrying in 0 ms after HTTP 503 (retry 1 of 2)',
        operation: 'GetCustomerAccounts',
        attempt: 1,
        retryDelayMs: 0,
        reason: 'HTTP 503',
      },
      {
        level: 'debug',
        message: expect.stringMatching(/^GetCustomerAccounts: HTTP 200 in \d+ ms \(attempt 2, request id req-2\)$/),
        operation: 'GetCustomerAccounts',
        attempt: 2,
        durationMs: expect.any(Number),
        status: 200,
        requestId: 'req-2',
      },
    ]);
    const shown = JSON.stringify(entries);
    for (const secret of [APP_KEY, SECRET, TOKEN]) expect(shown).not.toContain(secret);
  });

  it('an invalid token (10022) is said so, an expired one (10023) too, at info', async () => {
    server.on(TOKEN_PATH, json(200, { token: TOKEN }));
    server.on(ACCOUNTS, json(401, { code: 10022 }), json(200, { accounts: [] }), json(401, { code: '10023' }), json(200, { accounts: [] }));
    const { api, entries } = loggedApi();
    await api.getCustomerAccounts({ customerId: '1' });
    await api.getCustomerAccounts({ customerId: '1' });
    expect(entries.filter((entry) => entry.reason?.startsWith('token'))).toEqual([
      {
        level: 'info',
        message: 'GetCustomerAccounts: token invalid (code 10022), renewing it and sending the call once more',
        operation: 'GetCustomerAccounts',
        attempt: 1,
        code: 10022,
        reason: 'token invalid',
      },
      {
        level: 'info',
        message: 'GetCustomerAccounts: token expired (code 10023), renewing it and sending the call once more',
        operation: 'GetCustomerAccounts',
        attempt: 1,
        code: 10023,
        reason: 'token expired',
      },
    ]);
  });

  it('a refused token request is an error record; a connection failure a warning', async () => {
    server.on(TOKEN_PATH, json(401, { code: 10001, message: 'no' }));
    const { api, entries } = loggedApi();
    await expect(api.getCustomerAccounts({ customerId: '1' })).rejects.toMatchObject({ status: 401 });
    expect(entries.at(-1)).toMatchObject({ level: 'error', operation: 'CreateToken', status: 401, attempt: 1 });
    server.reset();
    server.on(TOKEN_PATH, (_request, response) => {
      response.socket?.destroy();
    });
    const failing = createAccountsApi({
      appKey: APP_KEY,
      partnerId: 'p',
      partnerSecret: 'partner-secret-other',
      baseUrl: server.url,
      maxRetries: 0,
      log: (_line, entry) => entries.push(entry),
    });
    await expect(failing.getCustomerAccounts({ customerId: '1' })).rejects.toMatchObject({ name: 'FinicityConnectionError' });
    expect(entries.at(-1)).toMatchObject({
      level: 'warn',
      message: expect.stringMatching(/^CreateToken: FinicityConnectionError in \d+ ms \(attempt 1\)$/),
    });
  });
});

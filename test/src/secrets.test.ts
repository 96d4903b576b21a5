import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { clientKinds } from '../support/clients.js';
import { cutMidBody, json, stall, text, useFaultServer } from '../support/fault-server.js';

const server = useFaultServer();

const APP_KEY = 'app-key-3f9c2a';
const SECRET = 'partner-secret-77d1e0';
const ISSUED_TOKEN = 'issued-token-b5a8c4';
const FIXED_TOKEN = 'fixed-token-0e4d19';
const SECRETS = [APP_KEY, SECRET, ISSUED_TOKEN, FIXED_TOKEN];

const TOKEN_PATH = /partners\/authentication$/;
const ACCOUNTS = /\/aggregation\/v1\/customers\/[^/]+\/accounts$/;

function headerText(headers: Headers | undefined): string {
  const lines: string[] = [];
  headers?.forEach((value, name) => {
    lines.push(`${name}: ${value}`);
  });
  return lines.join('\n');
}

/** Every way an error or a log line could be shown to a person or a log system. */
function renderings(error: unknown, logLines: string[]): string[] {
  const asError = error as Error & { headers?: Headers; body?: unknown };
  return [
    String(error),
    asError.message,
    asError.stack ?? '',
    JSON.stringify(error),
    inspect(error, { depth: 10 }),
    headerText(asError.headers),
    JSON.stringify(asError.body ?? null),
    ...logLines,
    JSON.stringify(Object.entries(asError)),
  ];
}

function expectNoSecrets(texts: string[]) {
  for (const rendered of texts) for (const secret of SECRETS) expect(rendered).not.toContain(secret);
}

describe.each(clientKinds)('secrets stay out of errors and logs through $name', ({ make }) => {
  const partnerClient = (log: string[], extra = {}) =>
    make({
      appKey: APP_KEY,
      partnerId: '42',
      partnerSecret: SECRET,
      baseUrl: server.url,
      retryBaseDelayMs: 1,
      log: (line) => log.push(line),
      ...extra,
    });

  it('when CreateToken refuses the credentials, and when it is asked again', async () => {
    // A careless server that echoes what it was sent.
    server.on(TOKEN_PATH, (request, response) =>
      json(401, { code: 10001, message: `Invalid credentials: ${request.body} key ${APP_KEY}` })(request, response),
    );
    const log: string[] = [];
    const client = partnerClient(log);
    const first = await client.getCustomerAccounts('1').catch((caught: unknown) => caught);
    const second = await client.getCustomerAccounts('1').catch((caught: unknown) => caught);
    expect((first as Error).message).toContain('[redacted]');
    expectNoSecrets([...renderings(first, log), ...renderings(second, [])]);
  });

  it('when an API call fails after a token was issued, even if the server echoes the token', async () => {
    server.on(TOKEN_PATH, json(200, { token: ISSUED_TOKEN }));
    server.on(ACCOUNTS, (request, response) =>
      text(503, `overloaded; your token ${String(request.headers['finicity-app-token'])}`)(request, response),
    );
    const log: string[] = [];
    const error = await partnerClient(log)
      .getCustomerAccounts('1')
      .catch((caught: unknown) => caught);
    expect((error as { status?: number }).status).toBe(503);
    expect(log.length).toBeGreaterThan(2);
    expectNoSecrets(renderings(error, log));
  });

  it('when the server echoes secrets JSON-escaped, URL-encoded, in headers and in the reason phrase', async () => {
    const escaped = [...FIXED_TOKEN].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
    server.on(ACCOUNTS, (_request, response) => {
      response.writeHead(400, `Bad ${APP_KEY}`, {
        'content-type': 'application/json',
        'x-echo': encodeURIComponent(FIXED_TOKEN),
        'x-key': APP_KEY,
      });
      response.end(
        `{"code": 1, "message": "token ${escaped} key ${APP_KEY.replace(/-/g, '\\u002d')}", "url": "${encodeURIComponent(FIXED_TOKEN)}"}`,
      );
    });
    const log: string[] = [];
    const error = await make({ appKey: APP_KEY, appToken: FIXED_TOKEN, baseUrl: server.url, log: (line) => log.push(line) })
      .getCustomerAccounts('1')
      .catch((caught: unknown) => caught);
    expect((error as { status?: number }).status).toBe(400);
    expect((error as Error).message).toBe(
      'GetCustomerAccounts failed with HTTP 400 Bad [redacted]: token [redacted] key [redacted] (code 1)',
    );
    const texts = renderings(error, log);
    expectNoSecrets(texts);
    for (const rendered of texts) expect(rendered).not.toContain(encodeURIComponent(FIXED_TOKEN));
  });

  it('when a call times out or the connection breaks (fixed token)', async () => {
    const log: string[] = [];
    const client = make({
      appKey: APP_KEY,
      appToken: FIXED_TOKEN,
      baseUrl: server.url,
      timeoutMs: 50,
      maxRetries: 0,
      log: (line) => log.push(line),
    });
    server.on(ACCOUNTS, stall(1_000));
    const timeout = await client.getCustomerAccounts('1').catch((caught: unknown) => caught);
    server.on(ACCOUNTS, cutMidBody);
    const broken = await client.getCustomerAccounts('1').catch((caught: unknown) => caught);
    expectNoSecrets([...renderings(timeout, log), ...renderings(broken, [])]);
  });
});

describe('redaction over a long run', () => {
  it('keeps redacting each new token as tokens rotate', async () => {
    let issued = 0;
    server.on(TOKEN_PATH, (request, response) => json(200, { token: `rotating-token-${++issued}` })(request, response));
    server.on(ACCOUNTS, (request, response) => text(503, `echo ${String(request.headers['finicity-app-token'])}`)(request, response));
    let now = 0;
    const client = clientKinds[0]!.make({
      appKey: APP_KEY,
      partnerId: '42',
      partnerSecret: SECRET,
      baseUrl: server.url,
      maxRetries: 0,
      now: () => now,
      tokenLifetimeMs: 1000,
    });
    const messages: string[] = [];
    for (let round = 0; round < 4; round++) {
      messages.push(((await client.getCustomerAccounts('1').catch((caught: unknown) => caught)) as Error).message);
      // Past the two hours a token is valid: the next call waits for a new one.
      now += 3 * 60 * 60_000;
    }
    expect(issued).toBe(4);
    expect(messages.every((message) => message.endsWith('echo [redacted]'))).toBe(true);
  });
});

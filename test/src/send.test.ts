/** How requests leave: node:http by default in Node, a caller's fetch when given, the global fetch elsewhere. */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAccountsClient, FinicityConnectionError } from '../../src/index.js';
import { sendWithNodeHttp } from '../../src/send-node.js';
import { clientKinds } from '../support/clients.js';
import { json, useFaultServer } from '../support/fault-server.js';
import { repoRoot } from '../support/run-script.js';

const server = useFaultServer();
const ACCOUNTS = /\/aggregation\/v1\/customers\/[^/]+\/accounts$/;
const path = '/aggregation/v1/customers/{customerId}/accounts' as const;
const params = { params: { path: { customerId: '1' } } };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('choosing how to send', () => {
  it('sends through node:http in Node when no fetch is given (the global fetch is never called)', async () => {
    const globalFetch = vi.fn(() => Promise.reject(new Error('the global fetch was called')));
    vi.stubGlobal('fetch', globalFetch);
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    const client = createAccountsClient({ appKey: 'k', appToken: 't', baseUrl: server.url });
    await expect(client.GET(path, params)).resolves.toMatchObject({ data: { accounts: [] } });
    expect(globalFetch).not.toHaveBeenCalled();
  });

  it("sends through the caller's fetch when one is given", async () => {
    const callerFetch = vi.fn((input: string | URL | Request, init?: RequestInit) => globalThis.fetch(input, init));
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    const client = createAccountsClient({ appKey: 'k', appToken: 't', baseUrl: server.url, fetch: callerFetch });
    await client.GET(path, params);
    expect(callerFetch).toHaveBeenCalledTimes(1);
  });

  it('has no node:http sender outside Node, so the global fetch is used there', () => {
    vi.stubGlobal('process', { release: { name: 'deno' } });
    expect(sendWithNodeHttp()).toBeUndefined();
    vi.stubGlobal('process', undefined);
    expect(sendWithNodeHttp()).toBeUndefined();
  });
});

describe('node:http sending', () => {
  it('rejects a request node:http refuses to build, and leaves no timer behind', async () => {
    const send = sendWithNodeHttp()!;
    const error = await send({ url: `${server.url}/x`, method: 'GET', headers: { 'x-bad': 'a\nb' }, body: undefined }, 20, null).catch(
      (caught: unknown) => caught,
    );
    expect((error as { code?: string }).code).toBe('ERR_INVALID_CHAR');
    // A timer left armed would fire here and throw outside any test.
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(server.requests).toHaveLength(0);
  });

  it('keeps one connection alive across sequential calls', async () => {
    const remotePorts = new Set<number | undefined>();
    server.on(ACCOUNTS, (request, response) => {
      remotePorts.add(response.socket?.remotePort);
      json(200, { accounts: [] })(request, response);
    });
    const client = createAccountsClient({ appKey: 'k', appToken: 't', baseUrl: server.url });
    for (let call = 0; call < 5; call++) await client.GET(path, params);
    expect(remotePorts.size).toBe(1);
  });

  it('states the length of every POST body, zero included (no chunked encoding)', async () => {
    server.on(/authentication$/, json(200, { token: 'fresh-token' }));
    server.on(ACCOUNTS, json(200, { accounts: [] }));
    const client = createAccountsClient({ appKey: 'k', partnerId: 'p', partnerSecret: 's', baseUrl: server.url });
    await client.POST(path, params);
    const [authentication, refresh] = server.requests;
    expect(authentication!.headers['content-length']).toBe(String(Buffer.byteLength(authentication!.body)));
    expect(JSON.parse(authentication!.body)).toEqual({ partnerId: 'p', partnerSecret: 's' });
    expect(refresh!.headers['content-length']).toBe('0');
    expect(refresh!.headers['transfer-encoding']).toBeUndefined();
  });

  it('keeps repeated response headers and a body larger than one chunk', async () => {
    const accounts = Array.from({ length: 2_000 }, (_, index) => ({ id: String(index), name: `Account ${index}` }));
    server.on(ACCOUNTS, (_request, response) => {
      response.writeHead(200, [
        ['content-type', 'application/json'],
        ['x-trace', 'a'],
        ['x-trace', 'b'],
      ]);
      response.end(JSON.stringify({ accounts }));
    });
    const client = createAccountsClient({ appKey: 'k', appToken: 't', baseUrl: server.url });
    const { data, response } = await client.GET(path, params);
    expect(data?.accounts).toHaveLength(2_000);
    expect(response.headers.get('x-trace')).toBe('a, b');
  });

  it('speaks https through node:https, reusing one connection', async () => {
    // A self-signed certificate for localhost, trusted only by the child process below.
    const tls = join(repoRoot, 'test/support/tls');
    const remotePorts = new Set<number | undefined>();
    const httpsServer = createServer(
      { key: readFileSync(join(tls, 'localhost-key.pem')), cert: readFileSync(join(tls, 'localhost-cert.pem')) },
      (request, response) => {
        remotePorts.add(request.socket.remotePort);
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ accounts: [{ id: '1', key: request.headers['finicity-app-key'] === 'k' }] }));
      },
    );
    await new Promise<void>((resolve) => httpsServer.listen(0, '127.0.0.1', resolve));
    const baseUrl = `https://localhost:${(httpsServer.address() as AddressInfo).port}`;
    const caller = `
      const { createAccountsClient } = await import(${JSON.stringify(join(repoRoot, 'src/index.ts'))});
      globalThis.fetch = () => { throw new Error('fetch was used'); };
      const client = createAccountsClient({ appKey: 'k', appToken: 't', baseUrl: ${JSON.stringify(baseUrl)} });
      const path = '/aggregation/v1/customers/{customerId}/accounts';
      const first = await client.GET(path, { params: { path: { customerId: '1' } } });
      const second = await client.GET(path, { params: { path: { customerId: '2' } } });
      console.log(JSON.stringify([first.data, second.data]));`;
    try {
      const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', caller], {
        cwd: repoRoot,
        env: { ...process.env, NODE_EXTRA_CA_CERTS: join(tls, 'localhost-cert.pem') },
      });
      expect(JSON.parse(stdout)).toEqual([{ accounts: [{ id: '1', key: true }] }, { accounts: [{ id: '1', key: true }] }]);
      expect(remotePorts.size).toBe(1);
    } finally {
      httpsServer.closeAllConnections();
      await new Promise((resolve) => httpsServer.close(resolve));
    }
  });
});

describe.each(clientKinds)('compressed responses through $name', ({ name, make }) => {
  const encoders = { gzip: gzipSync, deflate: deflateSync, br: brotliCompressSync };
  // Node 20's fetch does not ask for brotli; the node:http sender does.
  const asked = (name.endsWith('node:http') ? ['gzip', 'deflate', 'br'] : ['gzip', 'deflate']) as Array<keyof typeof encoders>;

  it.each(asked)('asks for compression and decodes a %s body', async (encoding) => {
    const body = { accounts: [{ id: '1', name: 'Checking'.repeat(50) }] };
    server.on(ACCOUNTS, (request, response) => {
      if (!String(request.headers['accept-encoding']).includes(encoding)) return json(406, { message: 'no compression asked for' })(request, response);
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': encoding });
      response.end(encoders[encoding](JSON.stringify(body)));
    });
    await expect(make({ appKey: 'app-key', appToken: 'app-token', baseUrl: server.url }).getCustomerAccounts('1')).resolves.toEqual(body);
  });

  it('fails a body that does not decode as a connection error, like a cut one', async () => {
    server.on(ACCOUNTS, (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      response.end('not gzip at all');
    });
    const error = await make({ appKey: 'app-key', appToken: 'app-token', baseUrl: server.url, maxRetries: 0 })
      .getCustomerAccounts('1')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FinicityConnectionError);
  });
});

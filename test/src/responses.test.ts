/** The transport reads bodies itself; what it hands back must still behave like a fetch Response. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccountsClient } from '../../src/index.js';
import { type FaultServer, json, startFaultServer, text } from '../support/fault-server.js';

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
  server.on(/accounts$/, json(200, { accounts: [] }, { 'x-request-id': 'r-1' }));
  server.on(/institutions\/111\/accounts$/, text(200, 'name=Super+Checking&balance=1.5', 'application/x-www-form-urlencoded'));
  server.on(/institutions\/222\/accounts$/, (_request, response) => {
    response.writeHead(200);
    response.end('untyped');
  });
});
afterAll(() => server.close());

const path = '/aggregation/v1/customers/{customerId}/accounts' as const;
const params = { params: { path: { customerId: '1' } } };

describe('responses from the transport', () => {
  const client = () => createAccountsClient({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url });

  it('keep status, headers and url', async () => {
    const { response } = await client().GET(path, params);
    expect(response.status).toBe(200);
    expect(response.ok).toBe(true);
    expect(response.headers.get('x-request-id')).toBe('r-1');
    expect(response.url).toBe(`${server.url}/aggregation/v1/customers/1/accounts`);
  });

  it('can be read as text, blob, array buffer or stream, and cloned', async () => {
    const expected = JSON.stringify({ accounts: [] });
    expect((await client().GET(path, { ...params, parseAs: 'text' })).data).toBe(expected);
    expect(await (await client().GET(path, { ...params, parseAs: 'blob' })).data?.text()).toBe(expected);
    expect(new TextDecoder().decode((await client().GET(path, { ...params, parseAs: 'arrayBuffer' })).data)).toBe(expected);
    const stream = (await client().GET(path, { ...params, parseAs: 'stream' })).data;
    expect(await new Response(stream).text()).toBe(expected);
    const { response } = await client().GET(path, { ...params, parseAs: 'stream' });
    expect(await response.clone().json()).toEqual({ accounts: [] });
  });

  it("give a blob the answer's content type (none when it has none), and read a form-encoded answer as FormData", async () => {
    const byInstitution = '/aggregation/v1/customers/{customerId}/institutions/{institutionId}/accounts' as const;
    const at = (institutionId: string) => ({ params: { path: { customerId: '1', institutionId } } });
    expect((await client().GET(path, { ...params, parseAs: 'blob' })).data?.type).toBe('application/json');
    const untyped = (await client().GET(byInstitution, { ...at('222'), parseAs: 'blob' })).data;
    expect([untyped?.type, await untyped?.text()]).toEqual(['', 'untyped']);
    const { response } = await client().GET(byInstitution, { ...at('111'), parseAs: 'stream' });
    const form = await response.formData();
    expect([form.get('name'), form.get('balance')]).toEqual(['Super Checking', '1.5']);
  });
});

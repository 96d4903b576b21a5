/** Ids with URL-special characters reach the server as one encoded path segment. */
import { describe, expect, it } from 'vitest';
import { FinicityInputError } from '../../src/index.js';
import { clientKinds } from '../support/clients.js';
import { json, useFaultServer } from '../support/fault-server.js';

const server = useFaultServer();

describe.each(clientKinds)('path parameters through $name', ({ make }) => {
  const client = () => make({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl: server.url });

  it.each([
    ['a/b?c#d', 'a%2Fb%3Fc%23d'],
    ['../x', '..%2Fx'],
    ['100% sure', '100%25%20sure'],
    ['ünïcode', '%C3%BCn%C3%AFcode'],
  ])('%s is sent as the single segment %s', async (id, encoded) => {
    server.on(/./, json(200, { id }));
    await client().getCustomerAccount(id, id);
    expect(server.requests.map((request) => request.url)).toEqual([`/aggregation/v2/customers/${encoded}/accounts/${encoded}`]);
  });

  it.each(['.', '..'])('"%s" is refused, since URL parsers would resolve it as a folder', async (id) => {
    await expect(client().getCustomerAccount('1', id)).rejects.toBeInstanceOf(FinicityInputError);
    expect(server.requests).toHaveLength(0);
  });
});

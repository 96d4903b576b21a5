/**
 * The loopback server of the per-call benchmark, run as its own process so it does
 * not share a core with the clients: it answers a token request (POST) with a token and
 * every other request with the spec's CustomerAccounts example, and prints its port.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { accountsAnswerBody } from './accounts-answer.js';

const body = await accountsAnswerBody();

const token = Buffer.from(JSON.stringify({ token: 'bench-issued-token' }));

const server = createServer((request, response) => {
  if (request.method === 'POST') {
    request.resume();
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': token.length });
    response.end(token);
    return;
  }
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
  response.end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${(server.address() as AddressInfo).port}\n`);
});
process.on('disconnect', () => server.close());
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();

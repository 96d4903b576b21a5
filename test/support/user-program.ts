/**
 * A user's program and its tests, written the way openapi-fetch and openai-node users
 * write theirs: configuration from the environment, `if (error)` narrowing, ids passed
 * from one answer to the next call, `instanceof` on the error classes, and tests with
 * MSW intercepting the real base URL. test/package/pack.test.ts compiles them against
 * the packed package under the strictest settings users turn on, then runs the tests.
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The application: list, get, refresh, delete, and errors turned into what to tell a person. */
export const userAppSource = `
import {
  createFinicityClients,
  FinicityApiError,
  FinicityAuthenticationError,
  FinicityConnectionError,
  FinicityError,
  FinicityTimeoutError,
  type CustomerAccount,
} from 'finicity-accounts';

// Credentials and base URL from FINICITY_* variables.
const { client, api } = createFinicityClients({ timeoutMs: 10_000 });

export async function accountNames(customerId: string): Promise<string[]> {
  const { data, error } = await client.GET('/aggregation/v1/customers/{customerId}/accounts', {
    params: { path: { customerId }, query: { status: 'active' } },
  });
  if (error) throw new Error(\`listing failed: \${error.code} \${error.message ?? ''}\`);
  return data.accounts.map((account) => account.name);
}

export async function firstAccount(customerId: string): Promise<CustomerAccount | undefined> {
  const { accounts } = await api.getCustomerAccounts({ customerId });
  const first = accounts[0];
  if (!first) return undefined;
  return api.getCustomerAccount({ customerId, accountId: first.id });
}

export async function refreshLogin(customerId: string): Promise<number> {
  const account = await firstAccount(customerId);
  if (!account) return 0;
  await api.refreshCustomerAccountsByInstitutionLoginV2({ customerId, institutionLoginId: account.institutionLoginId });
  const { accounts } = await api.getCustomerAccountsByInstitution({ customerId, institutionId: account.institutionId });
  return accounts.length;
}

export async function removeAccount(customerId: string, accountId: string): Promise<'deleted' | 'already gone'> {
  const { error, response } = await client.DELETE('/aggregation/v1/customers/{customerId}/accounts/{accountId}', {
    params: { path: { customerId, accountId } },
  });
  if (!error) return 'deleted';
  if (response.status === 404) return 'already gone';
  throw new Error(\`delete failed: \${error.message ?? response.status}\`);
}

export function explain(failure: unknown): string {
  if (failure instanceof FinicityAuthenticationError) return \`fix the credentials: \${failure.message}\`;
  if (failure instanceof FinicityApiError) return \`HTTP \${failure.status}, code \${String(failure.code)}\`;
  if (failure instanceof FinicityTimeoutError || failure instanceof FinicityConnectionError) return 'try again later';
  if (failure instanceof FinicityError) return failure.name;
  throw failure;
}
`;

/** Its tests: MSW's setupServer on the default base URL, plain assertions (no test runner in the project). */
export const userTestSource = `
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

declare const process: { env: Record<string, string | undefined> };
process.env['FINICITY_APP_KEY'] = 'user-app-key-0123456789';
process.env['FINICITY_PARTNER_ID'] = '1234583871234';
process.env['FINICITY_PARTNER_SECRET'] = 'user-partner-secret-0123';

const base = 'https://api.finicity.com';
const account = {
  id: '5011648377', number: 'xxxx1234', name: 'Checking', type: 'checking', status: 'active', balance: 1,
  customerId: '1005061234', institutionId: '4222', institutionLoginId: 1007302745, createdDate: 1607450357, currency: 'USD',
};
const seen: string[] = [];
const server = setupServer(
  http.post(\`\${base}/aggregation/v2/partners/authentication\`, () => HttpResponse.json({ token: 'user-token-0123456789' })),
  http.get(\`\${base}/aggregation/v1/customers/:customerId/accounts\`, () => HttpResponse.json({ accounts: [account] })),
  http.get(\`\${base}/aggregation/v2/customers/:customerId/accounts/:accountId\`, () => HttpResponse.json(account)),
  http.post(\`\${base}/aggregation/v2/customers/:customerId/institutionLogins/:loginId/accounts\`, ({ params }) => {
    seen.push(\`refresh \${String(params['loginId'])}\`);
    return new HttpResponse(null, { status: 204 });
  }),
  http.get(\`\${base}/aggregation/v1/customers/:customerId/institutions/:institutionId/accounts\`, ({ params }) => {
    seen.push(\`institution \${String(params['institutionId'])}\`);
    return HttpResponse.json({ accounts: [account] });
  }),
  http.delete(\`\${base}/aggregation/v1/customers/:customerId/accounts/:accountId\`, ({ params }) =>
    params['accountId'] === 'gone'
      ? HttpResponse.json({ code: 38003, message: 'customer does not have given account' }, { status: 404 })
      : new HttpResponse(null, { status: 204 }),
  ),
);

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(\`failed: \${what}\`);
}

server.listen({ onUnhandledRequest: 'error' });
try {
  const app = await import('./app.js');
  check((await app.accountNames('1005061234')).join() === 'Checking', 'list');
  check((await app.firstAccount('1005061234'))?.id === '5011648377', 'get');
  check((await app.refreshLogin('1005061234')) === 1, 'refresh');
  check(seen.join() === 'refresh 1007302745,institution 4222', 'ids chain');
  check((await app.removeAccount('1005061234', '5011648377')) === 'deleted', 'delete');
  check((await app.removeAccount('1005061234', 'gone')) === 'already gone', 'delete, 404');

  server.use(http.get(\`\${base}/aggregation/v2/customers/:customerId/accounts/:accountId\`, () =>
    HttpResponse.text('Unauthorized', { status: 401 })));
  const failure = await app.firstAccount('1005061234').then(() => undefined, (caught: unknown) => caught);
  check(app.explain(failure).startsWith('fix the credentials: GetCustomerAccount failed with HTTP 401'), 'a 401 is an authentication error');
  console.log('user program: ok');
} finally {
  server.close();
}
`;

/** The strictest settings users turn on, for a Node ESM project. */
export const userCompilerOptions = {
  target: 'ES2022',
  module: 'nodenext',
  moduleResolution: 'nodenext',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  skipLibCheck: false,
  types: [],
  outDir: 'out/user',
};

/**
 * Writes the user's project into `dir`: an ESM package whose `finicity-accounts` is the
 * one installed from the tarball in `consumer` and whose `msw` is this repository's
 * (linked, so each resolves its own dependencies where it really lives).
 */
export async function writeUserProject(dir: string, consumer: string, repoRoot: string): Promise<void> {
  await mkdir(join(dir, 'node_modules'), { recursive: true });
  await symlink(join(consumer, 'node_modules', 'finicity-accounts'), join(dir, 'node_modules', 'finicity-accounts'), 'dir');
  await symlink(join(repoRoot, 'node_modules', 'msw'), join(dir, 'node_modules', 'msw'), 'dir');
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'user-app', private: true, type: 'module' }));
  await writeFile(join(dir, 'app.ts'), userAppSource);
  await writeFile(join(dir, 'app.test.ts'), userTestSource);
  await writeFile(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: userCompilerOptions, files: ['app.ts', 'app.test.ts'] }));
}

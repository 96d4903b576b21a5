/**
 * A fresh project that uses the packed package the way users do, shared by
 * test/package/ and `npm run smoke:node`: one consumer source compiled under every
 * TypeScript module mode, and a harness that runs the result against a local server.
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { tscPath } from './typescript.js';

const run = promisify(execFile);

/**
 * What every consumer does: both clients, one success and one HTTP error, through the
 * package's public names only. Written once with `import`; TypeScript turns it into
 * `require` for the CommonJS modes. The keys are long because short secrets may be refused.
 */
export const consumerSource = `
import {
  createAccountsApi,
  createAccountsClient,
  FinicityApiError,
  FinicityError,
  type CustomerAccount,
  type ErrorMessage,
  type paths,
} from 'finicity-accounts';
import { type DriftReport, responseValidation } from 'finicity-accounts/validation';

const accountsPath: keyof paths = '/aggregation/v1/customers/{customerId}/accounts';

export async function main(
  baseUrl: string,
): Promise<{ ids: string[]; names: string[]; errorStatus: number; drifted: string[]; errorClass: typeof FinicityError }> {
  const options = { appKey: 'consumer-app-key-0123456789', appToken: 'consumer-app-token-0123456789', baseUrl };
  const client = createAccountsClient(options);
  const reports: DriftReport[] = [];
  const api = createAccountsApi({ ...options, validation: responseValidation({ mode: 'warn', onDrift: (report) => reports.push(report) }) });
  const { data } = await client.GET('/aggregation/v1/customers/{customerId}/accounts', { params: { path: { customerId: '1' } } });
  const list = await api.getCustomerAccounts({ customerId: '1' });
  const first: CustomerAccount | undefined = list.accounts[0];
  let errorStatus = 0;
  try {
    await api.getCustomerAccount({ customerId: '1', accountId: 'missing' });
  } catch (error) {
    if (error instanceof FinicityApiError) errorStatus = error.status;
  }
  const code: ErrorMessage['code'] = 38003;
  void code;
  void accountsPath;
  const drifted = reports.flatMap((report) => report.differences.map((difference) => difference.path));
  return { ids: (data?.accounts ?? []).map((account) => account.id), names: first ? [first.name] : [], errorStatus, drifted, errorClass: FinicityError };
}
`;

/**
 * Plain JavaScript, not type-checked (the consumer project has no @types/node on purpose):
 * serves the consumer one account list and one 404 on 127.0.0.1, runs `main` from the
 * compiled consumer given as argument, prints what it saw, then stops the server.
 * `sameErrorClass` says whether `require` and `import` give the same FinicityError.
 */
const harnessSource = `
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const account = { id: '5011648377', number: '1234', name: 'Checking', type: 'checking', status: 'active', balance: 1, customerId: '1', institutionId: '101732', createdDate: 1607450357, institutionLoginId: 1007302745, currency: 'USD' };
const server = createServer((request, response) => {
  const missing = request.url.endsWith('/missing');
  response.writeHead(missing ? 404 : 200, { 'content-type': 'application/json' });
  response.end(JSON.stringify(missing ? { code: 38003, message: 'Account not found' } : { found: 1, displaying: 1, moreAvailable: false, accounts: [account] }));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
try {
  const { main } = await import(pathToFileURL(process.argv[2]).href);
  const { errorClass, ...seen } = await main('http://127.0.0.1:' + server.address().port);
  const required = createRequire(import.meta.url)('finicity-accounts');
  const imported = await import('finicity-accounts');
  console.log(JSON.stringify({ ...seen, sameErrorClass: required.FinicityError === imported.FinicityError && errorClass === imported.FinicityError }));
} finally {
  server.closeAllConnections();
  server.close();
}
`;

/** The TypeScript settings a consumer may use, each with the consumer files it compiles. */
export const moduleModes = {
  nodenext: { module: 'nodenext', moduleResolution: 'nodenext', files: ['consumer.mts', 'consumer.cts'] },
  node16: { module: 'node16', moduleResolution: 'node16', files: ['consumer.mts', 'consumer.cts'] },
  node10: { module: 'commonjs', moduleResolution: 'node10', files: ['consumer.ts'] },
  bundler: { module: 'esnext', moduleResolution: 'bundler', files: ['consumer.ts'] },
} as const;
export type ModuleMode = keyof typeof moduleModes;

/** The compiled consumers that Node runs: ESM and CommonJS, from each Node module mode. */
export const compiledConsumers = [
  'out/nodenext/consumer.mjs',
  'out/nodenext/consumer.cjs',
  'out/node16/consumer.mjs',
  'out/node16/consumer.cjs',
  'out/node10/consumer.js',
];

/**
 * Writes a CommonJS project (no "type", as most existing projects are) holding the
 * consumer as .mts, .cts and .ts, a tsconfig per mode and the harness. The caller
 * installs the package into it.
 */
export async function writeConsumerProject(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  await Promise.all(['consumer.mts', 'consumer.cts', 'consumer.ts'].map((file) => writeFile(join(dir, file), consumerSource)));
  await writeFile(join(dir, 'harness.mjs'), harnessSource);
  for (const [mode, { files }] of Object.entries(moduleModes) as Array<[ModuleMode, (typeof moduleModes)[ModuleMode]]>) {
    const emit: { noEmit: true } | { outDir: string } = mode === 'bundler' ? { noEmit: true } : { outDir: `out/${mode}` };
    await writeFile(join(dir, `tsconfig.${mode}.json`), JSON.stringify({ compilerOptions: consumerCompilerOptions(mode, emit), files }));
  }
}

/** A consumer's compiler settings under one mode: strict, libraries checked too, and no @types (no @types/node). */
export function consumerCompilerOptions(mode: ModuleMode, emit: { noEmit: true } | { outDir: string }): Record<string, unknown> {
  const { module, moduleResolution } = moduleModes[mode];
  return { target: 'ES2022', module, moduleResolution, lib: ['ES2022', 'DOM'], strict: true, skipLibCheck: false, types: [], ...emit };
}

/**
 * Type-checks (and, except for bundler, compiles) the consumer under one mode; rejects with
 * tsc's output. `tsc` and `extraArgs` run another TypeScript version, `--noEmit` for one.
 */
export async function compileConsumer(dir: string, mode: ModuleMode, tsc = tscPath, extraArgs: string[] = []): Promise<void> {
  try {
    await run(process.execPath, [tsc, '-p', `tsconfig.${mode}.json`, ...extraArgs], { cwd: dir });
  } catch (error) {
    throw new Error(`tsconfig.${mode}.json: ${String((error as { stdout?: string }).stdout ?? error).trim()}`);
  }
}

/** Runs one compiled consumer through the harness with the given Node binary; returns what it printed. */
export async function runConsumer(dir: string, compiled: string, node = process.execPath, nodeArgs: string[] = []): Promise<unknown> {
  const { stdout } = await run(node, [...nodeArgs, 'harness.mjs', join(dir, compiled)], { cwd: dir });
  return JSON.parse(stdout);
}

/** What every consumer must print, on every Node version. */
/** The harness's account lacks the required `accountNumberDisplay`: the validation entry reports it. */
export const expectedConsumerOutput = {
  ids: ['5011648377'],
  names: ['Checking'],
  errorStatus: 404,
  drifted: ['/accounts/0/accountNumberDisplay'],
  sameErrorClass: true,
};

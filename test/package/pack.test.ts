/**
 * The package as users get it: `npm pack`, installed into a fresh project with no
 * dev tools, compiled in strict mode under both module resolutions, then run.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runScript } from '../support/run-script.js';

const run = promisify(execFile);
const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
let consumer: string;

const consumerSource = `
import {
  createAccountsApi,
  createAccountsClient,
  FinicityApiError,
  FinicityError,
  type CustomerAccount,
  type CustomerAccounts,
  type ErrorMessage,
  type paths,
} from 'finicity-accounts';

type AccountPath = '/aggregation/v2/customers/{customerId}/accounts/{accountId}';
const path: AccountPath & keyof paths = '/aggregation/v2/customers/{customerId}/accounts/{accountId}';

export async function firstAccount(baseUrl: string): Promise<CustomerAccount | undefined> {
  const client = createAccountsClient({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl });
  const api = createAccountsApi({ appKey: 'test-app-key', appToken: 'test-app-token', baseUrl });
  const { data } = await client.GET(path, { params: { path: { customerId: '1', accountId: '2' } } });
  const list: CustomerAccounts = await api.getCustomerAccounts({ customerId: '1', status: 'active' });
  const code: ErrorMessage['code'] = 38003;
  void code;
  return data ?? list.accounts[0];
}

const client = createAccountsClient({ appKey: 'test-app-key', appToken: 'test-app-token' });
const api = createAccountsApi({ appKey: 'test-app-key', appToken: 'test-app-token' });
console.log(JSON.stringify({
  client: typeof client.GET,
  api: typeof api.getCustomerAccount,
  errors: new FinicityApiError('x', { status: 404, code: 1, body: undefined }) instanceof FinicityError,
}));
`;

function tsconfig(moduleResolution: 'bundler' | 'node16', outDir?: string): string {
  return JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: moduleResolution === 'bundler' ? 'ESNext' : 'node16',
      moduleResolution,
      lib: ['ES2022', 'DOM'],
      strict: true,
      skipLibCheck: false,
      types: [],
      ...(outDir ? { outDir } : { noEmit: true }),
    },
    files: ['consumer.ts'],
  });
}

beforeAll(async () => {
  consumer = await mkdtemp(join(tmpdir(), 'finicity-consumer-'));
  const built = await runScript('build.ts');
  expect(built.code, built.stderr).toBe(0);
  const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', consumer, '--loglevel=error'], {
    cwd: repoRoot,
  });
  const tarball = join(consumer, (JSON.parse(stdout) as Array<{ filename: string }>)[0]!.filename);
  await writeFile(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  await run('npm', ['install', tarball, '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: consumer });
  await writeFile(join(consumer, 'consumer.ts'), consumerSource);
  await writeFile(join(consumer, 'tsconfig.bundler.json'), tsconfig('bundler'));
  await writeFile(join(consumer, 'tsconfig.node16.json'), tsconfig('node16', 'out'));
}, 120_000);

afterAll(() => rm(consumer, { recursive: true, force: true }));

describe('the packed package', () => {
  it('installs with only its runtime dependencies: no Java, no generators, no dev tools', async () => {
    const installed = (await readdir(join(consumer, 'node_modules'))).filter((name) => !name.startsWith('.'));
    expect(installed.sort()).toEqual(['finicity-accounts', 'openapi-fetch', 'openapi-typescript-helpers']);
    const shipped = await readdir(join(consumer, 'node_modules/finicity-accounts'));
    expect(shipped.sort()).toEqual(['README.md', 'dist', 'package.json', 'spec'].sort());
  });

  it('type-checks in strict mode with moduleResolution "bundler"', async () => {
    await expect(run(process.execPath, [tsc, '-p', 'tsconfig.bundler.json'], { cwd: consumer })).resolves.toBeDefined();
  });

  it('type-checks with moduleResolution "node16" and runs in Node as ESM', async () => {
    await run(process.execPath, [tsc, '-p', 'tsconfig.node16.json'], { cwd: consumer });
    const { stdout } = await run(process.execPath, [join(consumer, 'out/consumer.js')], { cwd: consumer });
    expect(JSON.parse(stdout)).toEqual({ client: 'function', api: 'function', errors: true });
  });

  it('leaves the node:http sender out of bundles for browsers, and keeps it for Node', async () => {
    const bundle = async (platform: 'browser' | 'node') => {
      const result = await build({ entryPoints: [join(consumer, 'consumer.ts')], bundle: true, platform, format: 'esm', write: false, logLevel: 'error' });
      return new TextDecoder().decode(result.outputFiles[0]!.contents);
    };
    expect(await bundle('node')).toContain('getBuiltinModule');
    const forBrowsers = await bundle('browser');
    expect(forBrowsers).not.toContain('getBuiltinModule');
    expect(forBrowsers).toContain('createAccountsClient');
  });
});

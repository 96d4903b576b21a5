/**
 * The package as users get it: `npm pack`, checked by arethetypeswrong and publint,
 * installed into a fresh project with no dev tools, compiled in strict mode under every
 * TypeScript module mode, then run as ESM and as CommonJS against a local server.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compileConsumer,
  compiledConsumers,
  consumerCompilerOptions,
  expectedConsumerOutput,
  type ModuleMode,
  moduleModes,
  runConsumer,
  writeConsumerProject,
} from '../../scripts/lib/packed-consumer.js';
import { tscPath } from '../../scripts/lib/typescript.js';
import { oldestTypeScript } from '../support/oldest-typescript.js';
import { repoRoot, runScript } from '../support/run-script.js';
import { writeUserProject } from '../support/user-program.js';

const run = promisify(execFile);
const bin = (name: string) => join(repoRoot, 'node_modules/.bin', name);
let scratch: string;
let tarball: string;
let packedFiles: string[];
let consumer: string;

// Each mode is compiled once, when a test first needs it, whichever test that is.
const compilations = new Map<ModuleMode, Promise<void>>();
function compiled(mode: ModuleMode): Promise<void> {
  const compilation = compilations.get(mode) ?? compileConsumer(consumer, mode);
  compilations.set(mode, compilation);
  return compilation;
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'finicity-pack-'));
  consumer = join(scratch, 'consumer');
  const built = await runScript('build.ts');
  expect(built.code, built.stderr).toBe(0);
  const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch, '--loglevel=error'], {
    cwd: repoRoot,
  });
  const [packed] = JSON.parse(stdout) as [{ filename: string; files: Array<{ path: string }> }];
  tarball = join(scratch, packed.filename);
  packedFiles = packed.files.map((file) => file.path);
  await writeConsumerProject(consumer);
  await run('npm', ['install', tarball, '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: consumer });
}, 120_000);

afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('the tarball', () => {
  it('holds the licence, the README, the reference, the spec and both builds, and no sources or tests', () => {
    expect(packedFiles).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'spec/accounts.yaml']));
    expect(packedFiles).toEqual(expect.arrayContaining(['dist/esm/src/index.js', 'dist/cjs/src/index.js', 'dist/cjs/package.json']));
    // The README links docs/ relatively: the reference of the installed version, beside it.
    expect(packedFiles).toEqual(expect.arrayContaining(['docs/README.md', 'docs/Models.md', 'docs/Testing.md']));
    const unexpected = packedFiles.filter(
      (path) => !/^(dist\/(esm|cjs)\/|docs\/[\w-]+\.md$|LICENSE$|README\.md$|package\.json$|spec\/accounts\.yaml$)/.test(path),
    );
    expect(unexpected).toEqual([]);
  });

  it('has types that resolve in every TypeScript resolution mode (arethetypeswrong)', async () => {
    const { stdout } = await run(bin('attw'), [tarball, '--format', 'json'], { cwd: scratch });
    const report = JSON.parse(stdout) as { analysis: { problems: unknown[] } };
    expect(report.analysis.problems).toEqual([]);
  });

  it('passes publint with warnings counted as errors', async () => {
    const { stdout } = await run(bin('publint'), ['run', tarball, '--strict'], { cwd: scratch });
    expect(stdout).toContain('All good!');
  });
});

describe('the installed package', () => {
  it('brings only its runtime dependencies: no Java, no generators, no dev tools', async () => {
    const installed = (await readdir(join(consumer, 'node_modules'))).filter((name) => !name.startsWith('.'));
    expect(installed.sort()).toEqual(['finicity-accounts', 'openapi-fetch', 'openapi-typescript-helpers']);
  });

  // Each mode is a whole tsc run; on a loaded 2-core machine two of them took over 30 s.
  it.each(Object.keys(moduleModes) as ModuleMode[])(
    'type-checks in strict mode under module resolution %s',
    async (mode) => {
      await expect(compiled(mode)).resolves.toBeUndefined();
    },
    120_000,
  );

  // The README claims TypeScript 5.4 or newer: the oldest whose checks pass on openapi-fetch's own types too.
  it.each(Object.keys(moduleModes) as ModuleMode[])(
    'type-checks with skipLibCheck: false on TypeScript 5.4, the oldest the README claims, under %s',
    async (mode) => {
      await expect(compileConsumer(consumer, mode, await oldestTypeScript(), ['--noEmit'])).resolves.toBeUndefined();
    },
    120_000,
  );

  // Each compiled consumer calls the local server through both clients. On this Node
  // (20.19 or later), `require` and `import` reach the same ESM build (module-sync).
  it.each(compiledConsumers)('runs %s, and require and import share one FinicityError', async (output) => {
    await compiled(output.split('/')[1] as ModuleMode);
    expect(await runConsumer(consumer, output)).toEqual(expectedConsumerOutput);
  });

  // Where Node cannot require ESM (before 20.19, or with the flag off), `require` gets
  // the CommonJS build: it must work on its own, as a second copy of the classes.
  it('runs the CommonJS build where Node cannot require ESM', async () => {
    await compiled('node16');
    const output = await runConsumer(consumer, 'out/node16/consumer.cjs', process.execPath, ['--no-experimental-require-module']);
    expect(output).toEqual({ ...expectedConsumerOutput, sameErrorClass: false });
  });

  // redis is an optional peer: the entry must load, from either build, where it is not installed.
  it.each([
    ['import and require', []],
    ['the CommonJS build, where Node cannot require ESM', ['--no-experimental-require-module']],
  ])('loads finicity-accounts/redis through %s without redis installed', async (_how, nodeArgs) => {
    const script = `
      const stub = { get: async (key) => 'value of ' + key, set: async () => 'OK', del: async () => 1, eval: async () => 1 };
      const required = require('finicity-accounts/redis');
      import('finicity-accounts/redis').then(async (imported) => {
        const seen = [await required.redisCredentialStore(stub).get('k'), await imported.redisCredentialStore(stub).get('k')];
        console.log(JSON.stringify(seen));
      });`;
    const { stdout } = await run(process.execPath, [...nodeArgs, '-e', script], { cwd: consumer });
    expect(JSON.parse(stdout)).toEqual(['value of finicity-accounts:k', 'value of finicity-accounts:k']);
  });

  it('bundles for browsers without any node: module', async () => {
    // (The test kit, finicity-accounts/testing, is a Node entry of its own: see below.)
    const result = await build({
      entryPoints: [join(consumer, 'consumer.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const imported = Object.values(result.metafile.inputs).flatMap((input) => input.imports.map((entry) => entry.path));
    expect(imported.filter((path) => path.startsWith('node:'))).toEqual([]);
    expect(result.outputFiles.map((file) => file.text).join('')).toContain('createAccountsClient');
  });
});

/** A user's test of their own code against the test kit: both clients' package, the kit, no @types/node. */
const testingConsumerSource = `
import { createAccountsApi } from 'finicity-accounts';
import { type FaultAnswer, type FinicityFake, startFinicityFake } from 'finicity-accounts/testing';

export async function main(): Promise<number> {
  const fake: FinicityFake = await startFinicityFake();
  const unavailable: FaultAnswer = { status: 503, headers: { 'retry-after': '0' } };
  fake.failNext('GetCustomerAccounts', unavailable);
  const api = createAccountsApi({ ...fake.credentials, baseUrl: fake.baseUrl });
  const { accounts } = await api.getCustomerAccounts({ customerId: fake.customerId });
  await fake.close();
  return accounts.length;
}
`;

describe('the test kit entry, finicity-accounts/testing', () => {
  const modes = { nodenext: ['testing.mts', 'testing.cts'], node10: ['testing.ts'], bundler: ['testing.ts'] } as const;

  it.each(Object.keys(modes) as Array<keyof typeof modes>)(
    'type-checks in strict mode, without @types/node, under module resolution %s',
    async (mode) => {
      // Inside the consumer project, so its node_modules (the installed tarball) resolve.
      const dir = join(consumer, `testing-${mode}`);
      await mkdir(dir);
      await Promise.all(modes[mode].map((file) => writeFile(join(dir, file), testingConsumerSource)));
      const compilerOptions = consumerCompilerOptions(mode, { noEmit: true });
      await writeFile(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: modes[mode] }));
      const checked = await run(process.execPath, [tscPath, '-p', dir], { cwd: dir }).then(
        () => '',
        (error: { stdout?: string }) => String(error.stdout),
      );
      expect(checked).toBe('');
    },
    // One tsc run per mode, on a machine that may be busy.
    120_000,
  );

  // Through import and require, and from the CommonJS build alone: a fake starts, a client calls it past a 503, it stops.
  it.each([
    ['import and require', []],
    ['the CommonJS build, where Node cannot require ESM', ['--no-experimental-require-module']],
  ])('runs through %s', async (_how, nodeArgs) => {
    const script = `
      const { createAccountsApi } = require('finicity-accounts');
      const required = require('finicity-accounts/testing');
      (async () => {
        const imported = await import('finicity-accounts/testing');
        const seen = [];
        for (const kit of [required, imported]) {
          const fake = await kit.startFinicityFake();
          fake.failNext('GetCustomerAccounts', { status: 503, headers: { 'retry-after': '0' } });
          const api = createAccountsApi({ ...fake.credentials, baseUrl: fake.baseUrl });
          const { accounts } = await api.getCustomerAccounts({ customerId: fake.customerId });
          seen.push([accounts.length, fake.requests.map((request) => request.status)]);
          await fake.close();
        }
        console.log(JSON.stringify(seen));
      })();`;
    const { stdout } = await run(process.execPath, [...nodeArgs, '-e', script], { cwd: consumer });
    expect(JSON.parse(stdout)).toEqual([
      [4, [200, 503, 200]],
      [4, [200, 503, 200]],
    ]);
  });
});

describe("a user's program", () => {
  // List, get, refresh, delete and error handling, tested with MSW, as users write them:
  // compiled against the packed package with exactOptionalPropertyTypes and noUncheckedIndexedAccess.
  it('compiles under the strictest settings and its MSW tests pass', async () => {
    const user = join(scratch, 'user');
    await writeUserProject(user, consumer, repoRoot);
    const tsc = await run(process.execPath, [tscPath, '-p', 'tsconfig.json'], {
      cwd: user,
    }).catch((error: { stdout?: string }) => ({ stdout: `tsc failed: ${error.stdout ?? String(error)}` }));
    expect(tsc.stdout).toBe('');
    const { stdout } = await run(process.execPath, ['out/user/app.test.js'], { cwd: user, env: { PATH: process.env.PATH ?? '' } });
    expect(stdout.trim()).toBe('user program: ok');
  }, 60_000);
});

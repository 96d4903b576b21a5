/**
 * The test kit is an entry of its own: the main entry's bundles do not contain it (their
 * budgets in bench/bundles.ts stay as they were), and the kit pulls in only Node's own
 * modules and this package's code: no dependency, not even openapi-fetch.
 */
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { consumers } from '../../bench/bundles.js';
import { repoRoot } from '../support/run-script.js';

async function metafileOf(source: string, platform: 'browser' | 'node'): Promise<Metafile> {
  const result = await build({
    stdin: { contents: source, resolveDir: repoRoot, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return result.metafile;
}

describe('the test kit entry', () => {
  it.each(['createAccountsClient', 'createAccountsApi'] as const)('is not in a %s consumer’s bundle', async (name) => {
    const inputs = Object.keys((await metafileOf(consumers[name], 'browser')).inputs);
    expect(inputs.some((path) => path.startsWith('src/index.ts') || path.startsWith('src/clients.ts'))).toBe(true);
    expect(inputs.filter((path) => path.startsWith('src/testing/'))).toEqual([]);
  });

  it('bundles from its own folder, the generated operations table and node: modules, nothing else', async () => {
    const metafile = await metafileOf("export * from './src/testing/index.ts';", 'node');
    const inputs = Object.keys(metafile.inputs).filter((path) => path !== '<stdin>');
    expect(inputs.filter((path) => !path.startsWith('src/testing/'))).toEqual(['generated/operations.ts']);
    const external = Object.values(metafile.inputs).flatMap((input) =>
      input.imports.filter((entry) => entry.external).map((entry) => entry.path),
    );
    expect(external.length).toBeGreaterThan(0);
    expect(external.filter((path) => !path.startsWith('node:'))).toEqual([]);
  });
});

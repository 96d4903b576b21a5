/**
 * The ESM build (scripts/lib/bundle.ts): one file per entry point of `exports`, derived
 * from package.json alone, and a main entry that loads no other module when imported
 * (openapi-fetch comes at the first openapi-fetch call).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleEntryPoints, packageEntryPoints } from '../../scripts/lib/bundle.js';
import { repoRoot } from '../support/run-script.js';
import { scratchFolder } from '../support/scratch.js';

const scratch = await scratchFolder('bundles');

describe('the ESM bundles', () => {
  it("are one per entry point of exports, each at its import condition's path", async () => {
    const manifest = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
    const entries = await packageEntryPoints();
    expect(entries.map((entry) => entry.subpath)).toEqual(Object.keys(manifest.exports).filter((key) => key !== './package.json'));
    expect(entries.find((entry) => entry.subpath === './redis')).toEqual({
      subpath: './redis',
      source: 'src/redis/index.ts',
      output: 'dist/esm/src/redis/index.js',
    });
  });

  it('load only their own files at import: openapi-fetch and the transport are imported at the first call', async () => {
    const out = join(scratch, 'package');
    await bundleEntryPoints(repoRoot, out);
    const folder = join(out, 'dist/esm/src');
    const main = await readFile(join(folder, 'index.js'), 'utf8');
    const staticImports = [...main.matchAll(/^(?:import\b[^;]*?from |import )"([^"]+)";$/gms)].map((match) => match[1]!);
    // The main entry's own code, split where the first-use part shares it: a file beside it, nothing else.
    expect(staticImports.length).toBeGreaterThan(0);
    for (const file of staticImports) expect(file).toMatch(/^\.\/chunk-\w+\.js$/);
    expect(main).toContain('import("openapi-fetch")');
    const firstUse = /import\("(\.\/first-use-parts-\w+\.js)"\)/.exec(main)?.[1];
    expect(firstUse).toBeDefined();
    // The transport's code is in the file imported at the first call, not in what importing the package loads.
    const atImport = [main, ...(await Promise.all(staticImports.map((file) => readFile(join(folder, file), 'utf8'))))].join('\n');
    const transportLine = 'refusing to send to';
    expect(atImport).not.toContain(transportLine);
    expect(await readFile(join(folder, firstUse!), 'utf8')).toContain(transportLine);
    // A source map beside it, with the TypeScript sources, for --enable-source-maps and debuggers.
    const map = JSON.parse(await readFile(join(out, 'dist/esm/src/index.js.map'), 'utf8')) as {
      sources: string[];
      sourcesContent: string[];
    };
    expect(map.sources.some((source) => source.endsWith('src/clients.ts'))).toBe(true);
    expect(map.sourcesContent.length).toBe(map.sources.length);
  });

  it('names the exports entry whose source is missing, in one line', async () => {
    const root = join(scratch, 'broken');
    await mkdir(root);
    const exports = { './validation': { import: { default: './dist/esm/src/validation/index.js' } } };
    await writeFile(join(root, 'package.json'), JSON.stringify({ exports }));
    await expect(packageEntryPoints(root)).rejects.toThrow(
      'package.json: exports["./validation"] is built from src/validation/index.ts, which does not exist',
    );
  });
});

/**
 * The package's ESM build: one esbuild bundle per entry point of package.json's `exports`,
 * written where its `import` condition points (`dist/esm/src/redis/index.js`, …). A program
 * that imports the package then loads two files of ours instead of some forty modules:
 * loading modules was most of the package's start-up (issue 23). What an entry imports with
 * `import()` (src/first-use.ts) becomes a file of its own, read at first use; what both
 * share, a file the entry imports. Entries are read from
 * `exports`, so adding one there is the whole change here.
 *
 * Packages stay external (openapi-fetch is the user's own copy, loaded at the first
 * openapi-fetch call; redis is the user's). Nothing is minified: stack traces keep our
 * names and short lines (Node prints the throwing line of an uncaught error), and a source
 * map with the sources lets `node --enable-source-maps` and debuggers show the TypeScript.
 * Declarations come from tsc, and so does the CommonJS build, which Node loads only where
 * it cannot `require` ESM (scripts/build.ts).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { build } from 'esbuild';
import { repoRoot, ScriptError } from './report.js';

export interface EntryPoint {
  /** The `exports` key: `.`, `./redis`, … */
  subpath: string;
  /** The TypeScript file bundled, from the repository root: `src/redis/index.ts`. */
  source: string;
  /** The file written, from the package root: `dist/esm/src/redis/index.js`. */
  output: string;
}

type Conditions = Record<string, { default?: string } | undefined>;

/** Every entry point of `exports` in `root`'s package.json (not `./package.json`): its source and its ESM file. */
export async function packageEntryPoints(root = repoRoot): Promise<EntryPoint[]> {
  const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { exports: Record<string, Conditions | string> };
  return Object.entries(manifest.exports)
    .filter((entry): entry is [string, Conditions] => typeof entry[1] === 'object')
    .map(([subpath, conditions]) => {
      const target = conditions.import?.default;
      const path = target && /^\.\/dist\/esm\/(.+)\.js$/.exec(target)?.[1];
      if (!target || !path) {
        throw new ScriptError('package.json', `exports["${subpath}"].import.default must be a .js file in dist/esm/, not ${target}`);
      }
      const source = `${path}.ts`;
      if (!existsSync(join(root, source)))
        throw new ScriptError('package.json', `exports["${subpath}"] is built from ${source}, which does not exist`);
      return { subpath, source, output: target.slice(2) };
    });
}

/** esbuild's first error as one line, at its file and line. */
function bundleFailure(error: unknown): never {
  const first = (error as { errors?: Array<{ text: string; location?: { file: string; line: number } | null }> }).errors?.[0];
  if (!first) throw error;
  throw new ScriptError(first.location ? `${first.location.file}:${first.location.line}` : 'esbuild', first.text);
}

/** Bundles every entry point from `root`'s sources into `outRoot` (a package root: dist/ goes under it). */
export async function bundleEntryPoints(root = repoRoot, outRoot = root): Promise<EntryPoint[]> {
  const entries = await packageEntryPoints(root);
  await Promise.all(
    entries.map((entry) =>
      build({
        entryPoints: { [basename(entry.output, '.js')]: join(root, entry.source) },
        outdir: join(outRoot, dirname(entry.output)),
        splitting: true,
        chunkNames: '[name]-[hash]',
        bundle: true,
        packages: 'external',
        format: 'esm',
        platform: 'node',
        // The compiler's target (tsconfig.json): the main entry runs in browsers too.
        target: 'es2022',
        sourcemap: true,
        logLevel: 'silent',
      }).catch(bundleFailure),
    ),
  );
  return entries;
}

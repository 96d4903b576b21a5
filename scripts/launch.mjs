/**
 * node scripts/launch.mjs NAME [args…]
 * Runs scripts/NAME.ts as one compiled file instead of through tsx, whose loader costs
 * about 0.3 s of start-up and 0.4 s of CPU per run: `npm run generate` is held to a
 * bare `java -jar` run, and its no-op run to half a second.
 *
 * The script and the files of scripts/ it imports are bundled by esbuild (packages stay
 * external) into .cache/scripts/, and the bundle is rebuilt whenever the content of any
 * of those files, tsconfig.json, esbuild's version or this file differs from what it was
 * built from, so an edited script always runs as edited. Each module keeps its own
 * `import.meta.url` (its .ts file's), so paths derived from it are the same as under tsx.
 * Plain JavaScript: it has to run before anything is compiled.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const launcher = fileURLToPath(import.meta.url);
const [name, ...args] = process.argv.slice(2);
const entry = join(repoRoot, 'scripts', `${name}.ts`);
// Named after the checkout too: the bundle holds its files' absolute URLs, and a
// `.cache/` shared with another checkout must not run this one's files.
const bundle = join(repoRoot, '.cache', 'scripts', `${name}-${createHash('sha256').update(repoRoot).digest('hex').slice(0, 12)}.mjs`);
// The bundle's first line records what it was built from: one file, renamed into place
// whole, so the record and the code it describes cannot disagree.
const RECORD = '// built from: ';

const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const readOrUndefined = (file) => {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
};

/** What the bundle depends on besides the files it was compiled from. */
function buildInputs() {
  return {
    launcher: sha256(readFileSync(launcher)),
    tsconfig: sha256(readOrUndefined(join(repoRoot, 'tsconfig.json')) ?? ''),
    esbuild: createRequire(import.meta.url)('esbuild/package.json').version,
  };
}

/** True when the recorded build was made from exactly the files as they are now. */
function isCurrent() {
  const text = readOrUndefined(bundle)?.toString('utf8');
  if (!text?.startsWith(RECORD)) return false;
  const { inputs, sources } = JSON.parse(text.slice(RECORD.length, text.indexOf('\n')));
  if (JSON.stringify(inputs) !== JSON.stringify(buildInputs())) return false;
  return Object.entries(sources).every(([file, hash]) => {
    const content = readOrUndefined(join(repoRoot, file));
    return content !== undefined && sha256(content) === hash;
  });
}

async function compile() {
  const { build } = await import('esbuild');
  const sources = {};
  // Each module's import.meta.url becomes its source file's URL, and each file is
  // recorded with the content esbuild compiled.
  const ownUrls = {
    name: 'own-import-meta-url',
    setup(builder) {
      builder.onLoad({ filter: /\.[cm]?ts$/ }, (loaded) => {
        const content = readFileSync(loaded.path, 'utf8');
        sources[relative(repoRoot, loaded.path)] = sha256(content);
        return {
          contents: content.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(loaded.path).href)),
          loader: 'ts',
        };
      });
    },
  };
  const inputs = buildInputs();
  const result = await build({
    absWorkingDir: repoRoot,
    entryPoints: [entry],
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    outfile: bundle,
    metafile: true,
    logLevel: 'silent',
    plugins: [ownUrls],
  }).catch((error) => {
    const [first] = error.errors ?? [];
    const where = first?.location ? `${first.location.file}:${first.location.line}:${first.location.column + 1}: ` : '';
    console.error(`${name}: error: ${where}${first?.text ?? error.message} (compiling scripts/${name}.ts)`);
    process.exit(1);
  });
  for (const file of Object.keys(result.metafile.inputs)) sources[file] ??= sha256(readFileSync(join(repoRoot, file)));
  mkdirSync(join(bundle, '..'), { recursive: true });
  // Written under a private name, then renamed: a run beside this one sees the old bundle or the new one, whole.
  const partial = `${bundle}.${process.pid}.partial`;
  writeFileSync(partial, `${RECORD}${JSON.stringify({ inputs, sources })}\n${result.outputFiles[0].text}`);
  renameSync(partial, bundle);
}

if (!isCurrent()) await compile();
// The script reads its arguments as if it had been started itself.
process.argv = [process.argv[0], entry, ...args];
await import(pathToFileURL(bundle).href);

/**
 * Runs both generators on the spec into a given folder. Nothing here touches
 * `generated/`: the caller decides whether the result replaces it (generate) or is
 * only compared with it (check).
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { ScriptError, repoRoot, shortPath, step } from './report.js';
import { ensureClassDataArchive, ensureGeneratorJar, requireJava } from './generator-jar.js';
import { inputsFingerprint, readSpecIdentity, specFile } from './spec.js';
import { compareTrees, isSameTree, listFiles } from './tree.js';
import { readOperations, renderOperationsModule } from './operations-table.js';
import { writeApiDocs } from './api-docs.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

export const TYPES_FILE = 'openapi-typescript/accounts.ts';
export const CLASS_CLIENT_DIR = 'openapi-generator';
export const OPERATIONS_FILE = 'operations.ts';
export const MANIFEST_FILE = 'manifest.json';

/**
 * typescript-fetch settings, each chosen after reading the generator's output:
 * - withoutRuntimeChecks: models become plain types and responses are not copied
 *   field by field. The copying code breaks `oneOf` of number|string (it spreads
 *   primitives into `{}`), turns `null` into `undefined`, and wraps dates in `Date`.
 * - importFileExtension: `.js` suffixes so the emitted ESM runs in Node and resolves
 *   under `moduleResolution: node16`.
 * - modelPropertyNaming=original: field names exactly as the API sends them.
 */
export const TYPESCRIPT_FETCH_PROPERTIES: Readonly<Record<string, string>> = {
  supportsES6: 'true',
  withoutRuntimeChecks: 'true',
  importFileExtension: '.js',
  modelPropertyNaming: 'original',
};

const BANNER = '// Generated from spec/accounts.yaml by `npm run generate`. Do not edit by hand.\n\n';

export function packageVersion(name: string): string {
  return (require(`${name}/package.json`) as { version: string }).version;
}

async function writeOpenapiTypescript(outDir: string, spec: string): Promise<void> {
  // Loaded on demand: a no-op `npm run generate` never needs the generator.
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(pathToFileURL(spec), { silent: true });
  const file = join(outDir, TYPES_FILE);
  await mkdir(join(file, '..'), { recursive: true });
  await writeFile(file, BANNER + astToString(ast));
}

/** What starting openapi-generator needs: its verified jar and, when Java can make one, a class-data archive. */
export interface PreparedGenerator {
  version: string;
  jarPath: string;
  archive: string | undefined;
}

export function prepareGenerator(spec = specFile): Promise<PreparedGenerator> {
  return step('Java and the generator jar', async () => {
    const [javaVersion, { version, jarPath }] = await Promise.all([requireJava(), ensureGeneratorJar()]);
    return { version, jarPath, archive: await ensureClassDataArchive(jarPath, javaVersion, spec) };
  });
}

/**
 * The wrapper joins the generator's arguments and JAVA_OPTS into one shell command
 * line, so a path with a space must reach it quoted for that shell.
 */
const forWrapperShell = (path: string) => `'${path.replace(/'/g, `'\\''`)}'`;

async function writeTypescriptFetch(outDir: string, spec: string, { version, archive }: PreparedGenerator): Promise<string> {
  const target = join(outDir, CLASS_CLIENT_DIR);
  const wrapper = join(repoRoot, 'node_modules/@openapitools/openapi-generator-cli/main.js');
  const properties = Object.entries(TYPESCRIPT_FETCH_PROPERTIES)
    .map(([key, value]) => `${key}=${value}`)
    .join(',');
  try {
    await run(
      process.execPath,
      [
        wrapper,
        '--openapitools',
        join(repoRoot, 'openapitools.json'),
        'generate',
        '-i',
        forWrapperShell(spec),
        '-g',
        'typescript-fetch',
        '-o',
        forWrapperShell(target),
        `--additional-properties=${properties}`,
      ],
      {
        cwd: repoRoot,
        maxBuffer: 32 * 1024 * 1024,
        env: {
          ...process.env,
          // The wrapper resolves storageDir against PWD, not its working directory.
          PWD: repoRoot,
          OPENAPI_GENERATOR_CLI_SEARCH_URL: 'DEFAULT',
          // The wrapper starts the JVM three times; a short-lived JVM starts faster without the C2 compiler.
          // A modest heap keeps the whole run's memory low (the 50x benchmark spec needs
          // about 130 MB); your own JAVA_OPTS come last, so they win.
          JAVA_OPTS: [
            '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx160m',
            archive ? `-XX:SharedArchiveFile=${forWrapperShell(archive)}` : '',
            process.env.JAVA_OPTS ?? '',
          ].join(' ').trim(),
        },
      },
    );
  } catch (error) {
    const output = `${(error as { stdout?: string }).stdout ?? ''}\n${(error as { stderr?: string }).stderr ?? ''}`;
    const reason =
      output
        .split('\n')
        .map((line) => line.trim())
        .find((line) => /error|exception/i.test(line)) ?? (error as Error).message;
    throw new ScriptError(shortPath(spec), `openapi-generator failed: ${reason}`);
  }
  // Bookkeeping files that record the generator's run, not the client.
  await rm(join(target, '.openapi-generator'), { recursive: true, force: true });
  await rm(join(target, '.openapi-generator-ignore'), { force: true });
  return version;
}

export interface Manifest {
  spec: { file: string; title: string; version: string; sha256: string };
  generators: Record<string, string>;
  inputsSha256: string;
  files: Record<string, string>;
  docs: Record<string, string>;
}

/**
 * Generates both clients, the operation table and the manifest into `outDir`, and
 * the API reference into `docsDir`; neither folder may exist yet.
 */
export async function generateInto(
  outDir: string,
  docsDir: string,
  inputsSha256: string,
  spec = specFile,
  /** Settles when the spec is known valid; openapi-typescript prints its own errors on an invalid spec, so it waits. */
  validated: Promise<void> = Promise.resolve(),
  prepared?: PreparedGenerator,
): Promise<Manifest> {
  await mkdir(outDir, { recursive: true });
  const generator = prepared ?? (await prepareGenerator(spec));
  // The class client goes first: it is the longest step, and its JVM runs on the
  // other core while the steps below keep this thread busy.
  const [generatorVersion] = await Promise.all([
    step('openapi-generator typescript-fetch: AccountsApi class client', () => writeTypescriptFetch(outDir, spec, generator)),
    step('API reference in docs/', () => writeApiDocs(spec, docsDir)),
    step('operations table for the hand-written layer', async () =>
      writeFile(join(outDir, OPERATIONS_FILE), renderOperationsModule(await readOperations(spec))),
    ),
    validated.then(() => step('openapi-typescript: types for openapi-fetch', () => writeOpenapiTypescript(outDir, spec))),
  ]);
  const identity = await readSpecIdentity(spec);
  const manifest: Manifest = {
    spec: { file: shortPath(spec), ...identity },
    generators: {
      'openapi-typescript': packageVersion('openapi-typescript'),
      'openapi-generator': generatorVersion,
      'openapi-generator typescript-fetch options': JSON.stringify(TYPESCRIPT_FETCH_PROPERTIES),
    },
    inputsSha256,
    files: await listFiles(outDir, [MANIFEST_FILE]),
    docs: await listFiles(docsDir),
  };
  await writeFile(join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

export async function readManifest(dir: string): Promise<Manifest | undefined> {
  try {
    return JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

/** Fingerprint of everything that shapes `generated/`. */
export function generationFingerprint(spec = specFile): Promise<string> {
  return inputsFingerprint(
    spec,
    [
      join(repoRoot, 'openapitools.json'),
      fileURLToPath(import.meta.url),
      ...['./operations-table.ts', './runtime-rules.ts', './spec-model.ts', './api-docs.ts'].map((file) =>
        fileURLToPath(new URL(file, import.meta.url)),
      ),
    ],
    {
      'openapi-typescript': packageVersion('openapi-typescript'),
      '@openapitools/openapi-generator-cli': packageVersion('@openapitools/openapi-generator-cli'),
    },
  );
}

/** True when `dir` and `docsDir` hold exactly what the manifest says, made from these inputs. */
export async function isUpToDate(dir: string, docsDir: string, fingerprint: string): Promise<boolean> {
  const manifest = await readManifest(dir);
  if (manifest?.inputsSha256 !== fingerprint) return false;
  return (
    isSameTree(compareTrees(manifest.files, await listFiles(dir, [MANIFEST_FILE]))) &&
    isSameTree(compareTrees(manifest.docs, await listFiles(docsDir)))
  );
}

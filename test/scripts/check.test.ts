/** What npm run check relies on: naming every file that differs, and a clear line without Java. */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareTrees, listFiles } from '../../scripts/lib/tree.js';
import { runScript } from '../support/run-script.js';
import { scratchFolder } from '../support/scratch.js';

const scratch = await scratchFolder('check-test');

describe('drift detection', () => {
  it('names changed, missing and extra files', async () => {
    const dir = join(scratch, 'tree');
    await mkdir(join(dir, 'a/b'), { recursive: true });
    await writeFile(join(dir, 'a/b/same.ts'), 'same');
    await writeFile(join(dir, 'a/changed.ts'), 'new');
    await writeFile(join(dir, 'extra.ts'), 'x');
    const actual = await listFiles(dir);
    const expected = { 'a/b/same.ts': actual['a/b/same.ts']!, 'a/changed.ts': 'old-hash', 'gone.ts': 'h' };
    expect(compareTrees(expected, actual)).toEqual({ changed: ['a/changed.ts'], missing: ['gone.ts'], extra: ['extra.ts'] });
  });
});

describe('without Java', () => {
  it('npm run generate stops with one line saying so', async () => {
    const bin = join(scratch, 'bin');
    await mkdir(bin);
    await symlink(process.execPath, join(bin, 'node'));
    const out = join(bin, 'out');
    const result = await runScript('generate.ts', ['--force', '--out', out, '--docs', `${out}-docs`], { PATH: bin });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'generate: error: openapitools.json: openapi-generator needs Java 11 or newer, and no `java` is on PATH',
    ]);
  });
});

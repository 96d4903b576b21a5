/** docs/: one page per tag, and every TypeScript example in it compiles against the package. */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runTsc } from '../../scripts/lib/typescript.js';
import { repoRoot } from '../support/run-script.js';

const docsDir = join(repoRoot, 'docs');
const pages = (await readdir(docsDir)).filter((name) => name.endsWith('.md')).sort();
const scratch = await mkdtemp(join(tmpdir(), 'finicity-docs-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

async function codeBlocks(): Promise<Array<{ page: string; index: number; code: string }>> {
  const blocks = [];
  for (const page of [...pages.map((name) => join(docsDir, name)), join(repoRoot, 'README.md')]) {
    const text = await readFile(page, 'utf8');
    let index = 0;
    const name = page === join(repoRoot, 'README.md') ? 'README' : page.slice(docsDir.length + 1);
    for (const match of text.matchAll(/```ts\n([\s\S]*?)```/g)) blocks.push({ page: name, index: index++, code: match[1]! });
  }
  return blocks;
}

describe('API reference', () => {
  it('has an index and one page per tag', () => {
    expect(pages).toEqual(['Accounts.md', 'Authentication.md', 'README.md']);
  });

  it('documents every Accounts operation with method, path, parameters, return type and errors', async () => {
    const accounts = await readFile(join(docsDir, 'Accounts.md'), 'utf8');
    expect(accounts.match(/^## /gm)).toHaveLength(10);
    expect(accounts).toContain('`GET /aggregation/v2/customers/{customerId}/accounts/{accountId}`');
    expect(accounts).toContain('| `institutionId` | path | integer (int64) | yes |');
    expect(accounts).toMatch(/### Returns\n\nCustomerAccount: /);
    expect(accounts).toMatch(/\| 404 \| .* \| .*14001/);
  });

  it('every TypeScript example (docs/ and README) compiles in strict mode against the package', async () => {
    const blocks = await codeBlocks();
    expect(blocks.filter((block) => block.page !== 'README')).toHaveLength(2 * 11);
    expect(blocks.filter((block) => block.page === 'README').length).toBeGreaterThan(0);
    const files = blocks.map((block) => `${block.page.replace('.md', '')}-${block.index}.ts`);
    await Promise.all(blocks.map((block, index) => writeFile(join(scratch, files[index]!), `${block.code}\nexport {};\n`)));
    await writeFile(join(scratch, 'package.json'), JSON.stringify({ type: 'module' }));
    await writeFile(
      join(scratch, 'tsconfig.json'),
      JSON.stringify({
        extends: join(repoRoot, 'tsconfig.json'),
        compilerOptions: {
          noEmit: true,
          baseUrl: repoRoot,
          paths: {
            'finicity-accounts': ['src/index.ts'],
            'finicity-accounts/redis': ['src/redis/index.ts'],
            redis: ['node_modules/redis/dist/index.d.ts'],
          },
          types: ['node'],
          typeRoots: [join(repoRoot, 'node_modules/@types')],
        },
        files: files.map((file) => join(scratch, file)),
        include: [],
      }),
    );
    await expect(runTsc(join(scratch, 'tsconfig.json'))).resolves.toBeUndefined();
  }, 60_000);
});

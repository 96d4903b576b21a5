/**
 * The TypeScript examples of markdown pages, compiled in strict mode against the package,
 * with every error reported at its own page and line: `README.md:12:5: error TS2322: …`.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { tscPath } from '../../scripts/lib/typescript.js';
import { repoRoot } from './run-script.js';

export interface CodeBlock {
  /** The page, relative to the repository: `docs/Accounts.md`. */
  page: string;
  /** The page's line of the block's first line of code. */
  line: number;
  code: string;
}

/** Every ```ts block of the pages. */
export async function codeBlocks(pages: string[]): Promise<CodeBlock[]> {
  const blocks: CodeBlock[] = [];
  for (const page of pages) {
    const text = await readFile(page, 'utf8');
    for (const match of text.matchAll(/```ts\n([\s\S]*?)```/g)) {
      const line = text.slice(0, match.index).split('\n').length + 1;
      blocks.push({ page: relative(repoRoot, page), line, code: match[1]! });
    }
  }
  return blocks;
}

function tsconfig(files: string[]): string {
  return JSON.stringify({
    extends: join(repoRoot, 'tsconfig.json'),
    compilerOptions: {
      noEmit: true,
      baseUrl: repoRoot,
      paths: {
        'finicity-accounts': ['src/index.ts'],
        'finicity-accounts/redis': ['src/redis/index.ts'],
        'finicity-accounts/testing': ['src/testing/index.ts'],
        'finicity-accounts/validation': ['src/validation/index.ts'],
        // The README's tracing recipe.
        '@opentelemetry/api': ['node_modules/@opentelemetry/api/build/src/index.d.ts'],
        // The README's test kit example is a vitest test file.
        vitest: ['node_modules/vitest/dist/index.d.ts'],
        redis: ['node_modules/redis/dist/index.d.ts'],
      },
      types: ['node'],
      typeRoots: [join(repoRoot, 'node_modules/@types')],
    },
    files,
    include: [],
  });
}

/** Compiles every block; returns one line per error, at the page's own line and column. */
export async function compileBlocks(blocks: CodeBlock[]): Promise<string[]> {
  const scratch = await mkdtemp(join(tmpdir(), 'finicity-docs-'));
  try {
    const files = blocks.map((_, index) => join(scratch, `block-${index}.ts`));
    await Promise.all(blocks.map((block, index) => writeFile(files[index]!, `${block.code}\nexport {};\n`)));
    await writeFile(join(scratch, 'package.json'), JSON.stringify({ type: 'module' }));
    await writeFile(join(scratch, 'tsconfig.json'), tsconfig(files));
    const output = await promisify(execFile)(process.execPath, [tscPath, '-p', join(scratch, 'tsconfig.json'), '--pretty', 'false'], {
      cwd: repoRoot,
      maxBuffer: 16 * 1024 * 1024,
    }).then(
      () => '',
      (error: { stdout?: string }) => String(error.stdout ?? ''),
    );
    return output
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith(' '))
      .map((line) => {
        const match = /block-(\d+)\.ts\((\d+),(\d+)\): (.*)$/.exec(line);
        if (!match) return line;
        const block = blocks[Number(match[1])]!;
        return `${block.page}:${block.line + Number(match[2]) - 1}:${match[3]}: ${match[4]}`;
      });
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** docs/: one page per tag, each operation documented, the models page, and every TypeScript example compiles against the package. */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { handWrittenDocs } from '../../scripts/lib/api-docs.js';
import { classArgumentName } from '../../scripts/lib/class-client-names.js';
import { MODELS_PAGE } from '../../scripts/lib/model-docs.js';
import { loadSpecDocument } from '../../scripts/lib/spec.js';
import type { SchemaObject } from '../../scripts/lib/spec-model.js';
import { specOperations } from '../contract/spec-cases.js';
import { codeBlocks, compileBlocks } from '../support/doc-examples.js';
import { repoRoot } from '../support/run-script.js';

const docsDir = join(repoRoot, 'docs');
const pages = (await readdir(docsDir)).filter((name) => name.endsWith('.md')).sort();
const tagOf = (operation: (typeof specOperations)[number]) => operation.operation.tags?.[0] ?? 'Other';
const tags = [...new Set(specOperations.map(tagOf))];
const scratch = await mkdtemp(join(tmpdir(), 'finicity-docs-test-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** An operation's section of its page: from its heading to the next one. */
async function sectionOf(operation: (typeof specOperations)[number]): Promise<string> {
  const page = await readFile(join(docsDir, `${tagOf(operation)}.md`), 'utf8');
  const start = page.indexOf(`## ${operation.operationId}\n`);
  expect(start, `${tagOf(operation)}.md has a section for ${operation.operationId}`).toBeGreaterThanOrEqual(0);
  const end = page.indexOf('\n## ', start + 1);
  return page.slice(start, end < 0 ? undefined : end);
}

describe('API reference', () => {
  it('has an index, one page per tag of the spec, and the pages written by hand', () => {
    expect(pages).toEqual([...tags.map((tag) => `${tag}.md`), MODELS_PAGE, 'README.md', ...handWrittenDocs].sort());
  });

  it.each(tags)('%s.md has one section per operation of the tag, and no other', async (tag) => {
    const page = await readFile(join(docsDir, `${tag}.md`), 'utf8');
    const headings = [...page.matchAll(/^## (\S+)$/gm)].map((match) => match[1]);
    const expected = specOperations.filter((operation) => tagOf(operation) === tag).map((operation) => operation.operationId);
    expect(headings.sort()).toEqual(expected.sort());
  });

  it.each(specOperations.map((operation) => [operation.operationId, operation] as const))(
    '%s: method, path, every parameter, the statuses and an example for each client',
    async (_name, operation) => {
      const section = await sectionOf(operation);
      expect(section).toContain(`\`${operation.method} ${operation.path}\``);
      // The wire name (openapi-fetch's) and the class client's, side by side.
      for (const parameter of operation.parameters) {
        expect(section).toContain(`| \`${parameter.name}\` | \`${classArgumentName(parameter.name)}\` | ${parameter.in} |`);
      }
      for (const status of Object.keys(operation.responses).filter((code) => !code.startsWith('2'))) {
        expect(section).toMatch(new RegExp(`^\\| ${status} \\|`, 'm'));
      }
      expect(section.match(/```ts\n/g)).toHaveLength(2);
    },
  );

  it('Models.md has a section per schema of the spec, with a row per field', async () => {
    const page = await readFile(join(docsDir, MODELS_PAGE), 'utf8');
    const schemas = (await loadSpecDocument()).components as { schemas: Record<string, SchemaObject> };
    expect([...page.matchAll(/^## (\S+)$/gm)].map((match) => match[1])).toEqual(Object.keys(schemas.schemas));
    for (const [name, schema] of Object.entries(schemas.schemas)) {
      const section = page.slice(page.indexOf(`## ${name}\n`)).split('\n## ')[0]!;
      for (const field of Object.keys(schema.properties ?? {})) expect(section).toMatch(new RegExp(`^\\| \`${field}\`[ |]`, 'm'));
    }
  });

  it('every link between the pages reaches a page and a heading there', async () => {
    const anchors = async (name: string) =>
      [...(await readFile(join(docsDir, name), 'utf8')).matchAll(/^#+ (.+)$/gm)].map((match) =>
        match[1]!.toLowerCase().replace(/[^\w-]/g, ''),
      );
    const broken: string[] = [];
    for (const name of pages) {
      const text = await readFile(join(docsDir, name), 'utf8');
      for (const [, target = '', anchor] of text.matchAll(/\]\(([\w.-]*\.md|)(?:#([\w-]+))?\)/g)) {
        const page = target || name;
        if (!pages.includes(page) || (anchor !== undefined && !(await anchors(page)).includes(anchor)))
          broken.push(`${name}: ${target}#${anchor}`);
      }
    }
    expect(broken).toEqual([]);
    // A "Returns" type links to its model.
    expect(await readFile(join(docsDir, 'Accounts.md'), 'utf8')).toContain('[CustomerAccounts](Models.md#customeraccounts)');
  });

  it('every TypeScript example (docs/ and README) compiles in strict mode against the package', async () => {
    const blocks = await codeBlocks([...pages.map((name) => join(docsDir, name)), join(repoRoot, 'README.md')]);
    expect(blocks.filter((block) => block.page === 'README.md').length).toBeGreaterThan(0);
    expect(await compileBlocks(blocks)).toEqual([]);
  }, 60_000);

  it('a broken example is reported at its own page, line and column', async () => {
    const page = join(scratch, 'Broken.md');
    await writeFile(page, "# Broken\n\nText.\n\n```ts\nconst fine = 1;\nconst wrong: number = 'x';\n```\n");
    const [error, ...rest] = await compileBlocks(await codeBlocks([page]));
    expect(rest).toEqual([]);
    expect(error).toMatch(/^\.\.\/.*Broken\.md:7:7: error TS2322: /);
  }, 60_000);
});

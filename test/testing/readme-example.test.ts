/**
 * The README's test kit example is run, not only compiled (test/scripts/api-docs.test.ts
 * compiles it): the block under "Testing your code against a fake Finicity" is written
 * out as a test file and run by vitest in a child process, with the package's names
 * pointing at src/.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/run-script.js';

const heading = '## Testing your code against a fake Finicity';
// Inside the repository, so the example's own imports (vitest) resolve from node_modules/.
const folder = join(repoRoot, '.cache', `readme-example-${process.pid}`);
afterAll(() => rm(folder, { recursive: true, force: true }));

async function readmeExample(): Promise<string> {
  const readme = await readFile(join(repoRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf(heading));
  const block = /```ts\n([\s\S]*?)```/.exec(section.slice(0, section.indexOf('\n## ', heading.length)));
  if (!block) throw new Error(`README.md has no \`\`\`ts block under "${heading}"`);
  return block[1]!;
}

/** Resolves the package's names to src/, as the doc examples' compilation does. */
function configSource(): string {
  const alias = [
    { find: /^finicity-accounts\/testing$/, replacement: join(repoRoot, 'src/testing/index.ts') },
    { find: /^finicity-accounts$/, replacement: join(repoRoot, 'src/index.ts') },
  ];
  const entries = alias.map(({ find, replacement }) => `{ find: ${find}, replacement: ${JSON.stringify(replacement)} }`);
  return `export default { resolve: { alias: [${entries.join(', ')}] }, test: { include: ['example.test.ts'] } };\n`;
}

describe('the README’s test kit example', () => {
  it('runs, and every test in it passes', async () => {
    const example = await readmeExample();
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'example.test.ts'), example);
    await writeFile(join(folder, 'vitest.config.mjs'), configSource());
    // The child is a vitest run of its own, not a worker of this one.
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_OPTIONS'));
    const vitest = join(repoRoot, 'node_modules/vitest/vitest.mjs');
    const args = [vitest, 'run', '--root', folder, '--config', join(folder, 'vitest.config.mjs'), '--reporter=json'];
    const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: folder, env, maxBuffer: 16 * 1024 * 1024 }).catch(
      (error: { stdout?: string; stderr?: string }) => {
        throw new Error(`the README example failed:\n${error.stdout}\n${error.stderr}`);
      },
    );
    const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as {
      numPassedTests: number;
      numFailedTests: number;
      numTotalTests: number;
    };
    expect(report.numTotalTests).toBe((example.match(/\bit\(/g) ?? []).length);
    expect(report).toMatchObject({ numFailedTests: 0, numPassedTests: report.numTotalTests });
    expect(report.numTotalTests).toBeGreaterThanOrEqual(4);
  }, 60_000);
});

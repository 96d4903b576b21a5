/**
 * npm run release and npm run diff's baselines on a copy of the repository (its own git
 * history, so tags and commits never touch this one): the refusals (a dirty tree,
 * failing tests, a stale generated/), the first release, then a release of a spec
 * change with its CHANGELOG entry, version and annotated tag.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRepository, type RepositoryCopy } from '../support/repo-copy.js';

let copy: RepositoryCopy;
beforeAll(async () => {
  copy = await copyRepository();
  await git('config', 'user.name', 'Release Test');
  await git('config', 'user.email', 'release-test@invalid');
});
afterAll(() => copy?.remove());

async function git(...args: string[]): Promise<string> {
  const result = await copy.exec('git', args);
  expect(result.code, `git ${args.join(' ')}: ${result.stderr}`).toBe(0);
  return result.stdout.trim();
}
const npm = (...args: string[]) => copy.exec('npm', ['run', '--silent', ...args]);
const read = (path: string) => readFile(join(copy.root, path), 'utf8');

async function editSpec(change: (text: string) => string): Promise<void> {
  const before = await read('spec/accounts.yaml');
  const after = change(before);
  expect(after).not.toBe(before);
  await writeFile(join(copy.root, 'spec/accounts.yaml'), after);
}

/** An optional response field (not breaking) and a renamed operation (breaking). */
const addNickname = (text: string) =>
  text.replace(
    /^( {4}CustomerAccount:\n[\s\S]*? {6}properties:\n)/m,
    '$1        displayColour:\n          type: string\n          nullable: true\n          description: The colour the customer picked for the account.\n',
  );
const renameDelete = (text: string) =>
  text.replace('operationId: DeleteCustomerAccountsByInstitutionLogin', 'operationId: RemoveInstitutionLoginAccounts');

/** Each refusal is one line on stderr, and leaves no tag. */
async function expectRefusal(args: string[], line: RegExp): Promise<void> {
  const result = await npm('release', ...args);
  expect(result.code, result.stdout).toBe(1);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr.trim()).toMatch(line);
  expect(await git('tag', '--list')).toBe('');
}

describe('npm run release', { timeout: 300_000 }, () => {
  it('diff without a tag compares with HEAD and says so; a name that is neither file nor revision fails in one line', async () => {
    const result = await npm('diff');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('no release tag (v*) yet: comparing with HEAD');
    expect(result.stdout).toContain('0 breaking, 0 non-breaking change(s) since spec/accounts.yaml at HEAD');
    expect(result.stdout).toContain('bump: patch; next version: 0.2.0 → 0.2.1');
    const unknown = await npm('diff', '--', 'no-such-thing');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim()).toBe('diff: error: no-such-thing: is neither a file nor a git revision (a tag, a commit, HEAD~2)');
  });

  it('refuses a dirty tree, then failing tests', async () => {
    await writeFile(join(copy.root, 'notes.txt'), 'uncommitted');
    await expectRefusal(['--skip-tests'], /^release: error: notes\.txt: the working tree is not clean \(1 uncommitted file/);
    await rm(join(copy.root, 'notes.txt'));
    const readme = await read('README.md');
    await writeFile(join(copy.root, 'README.md'), `${readme}\nAn edit.\n`);
    await expectRefusal(['--skip-tests'], /^release: error: README\.md: the working tree is not clean \(1 uncommitted file/);
    await writeFile(join(copy.root, 'README.md'), readme);

    const manifest = await read('package.json');
    await writeFile(join(copy.root, 'package.json'), manifest.replace(/"test": "[^"]*"/, `"test": "node -e 'process.exit(3)'"`));
    await copy.commit('tests that fail');
    await expectRefusal([], /^release: error: npm test: failed \(exit code 3\): a release needs every test to pass$/);
    await writeFile(join(copy.root, 'package.json'), manifest);
    await copy.commit('tests that pass');
  });

  it('the first release tags the version package.json has, with the CHANGELOG entry written by hand', async () => {
    const head = await git('rev-parse', 'HEAD');
    const result = await npm('release', '--', '--skip-tests');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('next version: 0.2.0');
    expect(await git('cat-file', '-t', 'v0.2.0')).toBe('tag');
    expect(await git('rev-parse', 'v0.2.0^{commit}')).toBe(head);
  });

  it('refuses a spec change whose generated/ is stale', async () => {
    await editSpec((text) => renameDelete(addNickname(text)));
    await copy.commit('spec edited, not generated');
    const result = await npm('release', '--', '--skip-tests');
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr.trim()).toMatch(/^release: error: generated\/, docs\/: stale: .*; run npm run generate$/);
    expect(await git('tag', '--list')).toBe('v0.2.0');
  });

  it('releases the change: next version, CHANGELOG entry with breaking changes first, versions, commit, annotated tag', async () => {
    const generated = await npm('generate');
    expect(generated.code, generated.stderr).toBe(0);
    await copy.commit('generated');
    const result = await npm('release', '--', '--skip-tests');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('next version: 0.3.0');

    const changelog = await read('CHANGELOG.md');
    const entry = changelog.slice(changelog.indexOf('## 0.3.0'), changelog.indexOf('## 0.2.0'));
    expect(entry).toMatch(/^## 0\.3\.0 \(\d{4}-\d{2}-\d{2}\)\n\n### Breaking changes\n\n/);
    expect(entry).toContain(
      '- `DeleteCustomerAccountsByInstitutionLogin` is renamed `RemoveInstitutionLoginAccounts`: its client methods change name with it.',
    );
    expect(entry.indexOf('### Breaking changes')).toBeLessThan(entry.indexOf('### Other changes'));
    expect(entry).toMatch(/- `(accounts\[\]\.)?displayColour` in the 200 response is new \(optional\): .*GetCustomerAccount.*\./);
    expect(JSON.parse(await read('package.json')).version).toBe('0.3.0');
    const lock = JSON.parse(await read('package-lock.json'));
    expect([lock.version, lock.packages[''].version]).toEqual(['0.3.0', '0.3.0']);
    expect(await git('log', '-1', '--format=%s')).toBe('Release 0.3.0');
    expect(await git('cat-file', '-t', 'v0.3.0')).toBe('tag');
    expect(await git('rev-parse', 'v0.3.0^{commit}')).toBe(await git('rev-parse', 'HEAD'));
    expect(await git('status', '--porcelain')).toBe('');
  });

  it('diff defaults to the last release tag and accepts a git revision for OLD', async () => {
    const sinceTag = await npm('diff');
    expect(sinceTag.code).toBe(0);
    expect(sinceTag.stdout).toContain('0 breaking, 0 non-breaking change(s) since spec/accounts.yaml at v0.3.0');
    const sinceFirst = await npm('diff', '--', 'v0.2.0', '--allow-breaking');
    expect(sinceFirst.code, sinceFirst.stderr).toBe(0);
    expect(sinceFirst.stdout).toContain('operationId renamed to RemoveInstitutionLoginAccounts');
    expect(sinceFirst.stdout).toContain('next version: 0.3.0 → 0.4.0');
    const revision = await npm('diff', '--', 'HEAD~3');
    expect(revision.code).toBe(1);
    expect(revision.stdout).toContain('since spec/accounts.yaml at HEAD~3');
  });
});

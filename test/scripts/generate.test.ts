import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticSpec } from '../../bench/synthetic-spec.js';
import { generate } from '../../scripts/lib/generate.js';
import { generateInto, generationFingerprint, readManifest } from '../../scripts/lib/generate-clients.js';
import { setQuiet } from '../../scripts/lib/report.js';
import { readSpecIdentity, specFile } from '../../scripts/lib/spec.js';
import { listFiles } from '../../scripts/lib/tree.js';
import { repoRoot, runScript } from '../support/run-script.js';

let scratch: string;

beforeAll(async () => {
  setQuiet(true);
  scratch = await mkdtemp(join(tmpdir(), 'finicity-generate-test-'));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('regeneration', () => {
  // Two full generations; on a shared, busy machine they may take longer than the default.
  it('gives byte-identical output on two runs, free of dates and machine paths', { timeout: 120_000 }, async () => {
    const fingerprint = await generationFingerprint();
    const first = join(scratch, 'first');
    const second = join(scratch, 'second');
    await generateInto(first, `${first}-docs`, fingerprint);
    await generateInto(second, `${second}-docs`, fingerprint);
    expect(await listFiles(`${second}-docs`)).toEqual(await listFiles(`${first}-docs`));
    const files = await listFiles(first);
    expect(Object.keys(files)).toContain('openapi-typescript/accounts.ts');
    expect(Object.keys(files)).toContain('openapi-generator/apis/AccountsApi.ts');
    expect(await listFiles(second)).toEqual(files);
    for (const path of Object.keys(files)) {
      const text = await readFile(join(first, path), 'utf8');
      expect(text, path).not.toContain(scratch);
      expect(text, path).not.toContain(repoRoot);
      expect(text, path).not.toMatch(/20\d\d-\d\d-\d\d/);
    }
  });

  it('records the spec version and content hash it was made from', async () => {
    const manifest = await readManifest(join(repoRoot, 'generated'));
    const identity = await readSpecIdentity(specFile);
    expect(manifest?.spec).toEqual({ file: 'spec/accounts.yaml', ...identity });
    expect(manifest?.generators['openapi-generator']).toBe('7.0.0');
  });

  // Three full generations, likewise.
  it('skips the work when nothing changed, notices a changed spec, and drops files no longer produced', { timeout: 120_000 }, async () => {
    const spec = join(scratch, 'noop.yaml');
    const out = join(scratch, 'noop-out');
    await cp(specFile, spec);
    expect(await generate({ spec, outDir: out })).toBe('generated');
    expect(await generate({ spec, outDir: out })).toBe('up to date');
    await writeFile(join(out, 'openapi-generator/models/Leftover.ts'), 'export {};\n');
    await writeFile(spec, (await readFile(spec, 'utf8')).replace(/^ {2}version: .*$/m, "  version: '9.9.9'"));
    expect(await generate({ spec, outDir: out })).toBe('generated');
    expect((await readManifest(out))?.spec.version).toBe('9.9.9');
    expect(Object.keys(await listFiles(out))).not.toContain('openapi-generator/models/Leftover.ts');
  });
});

describe('an invalid spec', () => {
  async function generateFrom(name: string, specText: string) {
    const spec = join(scratch, `${name}.yaml`);
    const out = join(scratch, `${name}-out`);
    await writeFile(spec, specText);
    await cp(join(repoRoot, 'generated'), out, { recursive: true });
    const before = await listFiles(out);
    const result = await runScript('generate.ts', ['--spec', spec, '--out', out]);
    return { result, before, after: await listFiles(out), spec };
  }

  it('stops with one line naming the file, line and problem, and leaves the output as it was', async () => {
    const valid = await readFile(specFile, 'utf8');
    const broken = valid.replace("$ref: '#/components/schemas/CustomerAccount'", "$ref: '#/components/schemas/NoSuchSchema'");
    expect(broken).not.toBe(valid);
    const { result, before, after, spec } = await generateFrom('unresolved-ref', broken);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(`^${spec}:\\d+:\\d+: \\$ref "#/components/schemas/NoSuchSchema" points nowhere in the document \\[no-unresolved-refs\\]$`),
    );
    expect(after).toEqual(before);
  });

  it('reports YAML that does not parse, and leaves the output as it was', async () => {
    const { result, before, after } = await generateFrom('bad-yaml', 'openapi: 3.0.3\ninfo: [unclosed\n');
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr.trim()).toMatch(
      /bad-yaml\.yaml:3:1: Flow sequence in block collection must be sufficiently indented and end with a \] \[yaml\]$/,
    );
    expect(after).toEqual(before);
  });
});

describe('an invalid spec found while the generator runs', () => {
  // The generator's JVM starts before validation ends. A stand-in `java` that takes
  // longer than validation and then writes into its output plays a generator still at
  // work: the lint finding must be the error, and nothing it writes may survive.
  it('reports the lint finding, stops the generator, and leaves output, docs and folder as they were', { timeout: 120_000 }, async () => {
    const folder = join(scratch, 'while-generating');
    const bin = join(scratch, 'slow-java-bin');
    await mkdir(folder);
    await mkdir(bin);
    await writeFile(
      join(bin, 'java'),
      [
        '#!/bin/sh',
        'for arg; do case $arg in -XX:ArchiveClassesAtExit=*) exit 0;; --output=*) out=$(printf %s "$arg" | cut -d= -f2-);; esac; done',
        // Away from the output pipes, which only the generator itself should hold.
        'sleep 10 </dev/null >/dev/null 2>&1',
        'mkdir -p "$out" && echo late > "$out/late.ts"',
        '',
      ].join('\n'),
      { mode: 0o755 },
    );
    const spec = join(folder, 'spec.yaml');
    const [out, docs] = [join(folder, 'generated'), join(folder, 'docs')];
    // A spec the generator would accept, but the runtime rules refuse.
    const valid = await readFile(specFile, 'utf8');
    const broken = valid.replace('x-finicity-retryable: true', "x-finicity-retryable: 'maybe'");
    expect(broken).not.toBe(valid);
    await writeFile(spec, broken);
    await cp(join(repoRoot, 'generated'), out, { recursive: true });
    await cp(join(repoRoot, 'docs'), docs, { recursive: true });
    const before = [await listFiles(out), await listFiles(docs)];
    const started = performance.now();
    const result = await runScript('generate.ts', ['--force', '--spec', spec, '--out', out, '--docs', docs], {
      PATH: `${bin}:${process.env.PATH}`,
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/spec\.yaml:\d+:\d+: \w+ must declare x-finicity-retryable: true or false \[finicity-runtime-rules\]$/),
    ]);
    // Stopped, not waited for.
    expect(performance.now() - started).toBeLessThan(10_000);
    // Past the stand-in's sleep: a generator left running would have written by now.
    await new Promise((done) => setTimeout(done, 11_000 - (performance.now() - started)));
    expect((await readdir(folder)).sort()).toEqual(['docs', 'generated', 'spec.yaml']);
    expect([await listFiles(out), await listFiles(docs)]).toEqual(before);
  });
});

describe('a large invalid spec', () => {
  it('reports its lint findings, and leaves no staging folder behind', { timeout: 120_000 }, async () => {
    const folder = join(scratch, 'large');
    await mkdir(folder);
    const spec = join(folder, 'large.yaml');
    await writeSyntheticSpec(50, spec);
    const valid = await readFile(spec, 'utf8');
    const broken = valid.replace(/#\/components\/schemas\/CustomerAccount\b/, '#/components/schemas/NoSuchSchema');
    expect(broken).not.toBe(valid);
    await writeFile(spec, broken);
    const result = await runScript('generate.ts', ['--spec', spec, '--out', join(folder, 'out')]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(
      /large\.yaml:\d+:\d+: \$ref "#\/components\/schemas\/NoSuchSchema" points nowhere in the document \[no-unresolved-refs\]/,
    );
    expect(await readdir(folder)).toEqual(['large.yaml']);
  });
});

describe('from a folder whose name has a space', () => {
  const run = promisify(execFile);
  let copy: string;

  beforeAll(async () => {
    // The scripts, the spec and their settings, with the installed packages and the
    // generator cache linked in: enough to run the scripts as a user would.
    copy = join(scratch, 'a project folder', 'finicity accounts');
    await mkdir(copy, { recursive: true });
    for (const entry of ['scripts', 'spec', 'redocly.yaml', 'openapitools.json', 'package.json', 'tsconfig.json']) {
      await cp(join(repoRoot, entry), join(copy, entry), { recursive: true });
    }
    await symlink(join(repoRoot, 'node_modules'), join(copy, 'node_modules'));
    if (existsSync(join(repoRoot, '.cache'))) await symlink(join(repoRoot, '.cache'), join(copy, '.cache'));
  });

  const script = (name: string, args: string[]) =>
    run(process.execPath, ['--import', 'tsx', join(copy, 'scripts', name), ...args], {
      cwd: copy,
      env: { ...process.env, INIT_CWD: copy },
    });

  it('npm run lint finds and lints the spec', async () => {
    const { stdout } = await script('lint.ts', []);
    expect(stdout).toContain('0 error(s)');
  });

  it('npm run generate --out writes the output there', { timeout: 120_000 }, async () => {
    const out = join(copy, 'out dir', 'generated');
    // The command package.json gives `npm run generate` (the compiled script, not tsx).
    const packageJson = JSON.parse(await readFile(join(copy, 'package.json'), 'utf8')) as { scripts: { generate: string } };
    const [node, ...command] = packageJson.scripts.generate.split(' ');
    expect(node).toBe('node');
    try {
      await run(process.execPath, [...command, '--out', out], { cwd: copy, env: { ...process.env, INIT_CWD: copy } });
    } finally {
      // The copy's compiled script, made in the .cache/ it shares with this checkout.
      const checkout = createHash('sha256').update(copy).digest('hex').slice(0, 12);
      await rm(join(repoRoot, '.cache', 'scripts', `generate-${checkout}.mjs`), { force: true });
    }
    expect(Object.keys(await listFiles(out))).toContain('operations.ts');
    expect(Object.keys(await listFiles(`${out}-docs`))).toContain('Accounts.md');
  });
});

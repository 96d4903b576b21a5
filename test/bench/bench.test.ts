/** The benchmark runs end to end on a tiny workload (its targets are not asserted: timings belong to the bench). */

import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/run-script.js';

describe('npm run bench', () => {
  it('measures regeneration, per-call overhead and bundle size, and writes its figures', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'finicity-bench-test-'));
    const out = join(dir, 'results.json');
    const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'bench/run.ts'), '--quick', '--out', out], {
        cwd: repoRoot,
      });
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.once('close', (exit) => resolve({ code: exit, stdout: text }));
    });
    expect(code).toBe(0);
    expect(stdout).toContain('Targets');
    const results = JSON.parse(await readFile(out, 'utf8'));
    expect(results.machine.cores).toBeGreaterThan(0);
    expect(results.regeneration.growth.map((entry: { factor: number }) => entry.factor)).toEqual([1, 2]);
    expect(results.regeneration.growth[1].operations).toBe(2 * results.regeneration.growth[0].operations);
    expect(results.regeneration.linearFit).toEqual({
      fixedMs: expect.any(Number),
      msPerAddedOperation: expect.any(Number),
      worstDeviationPercent: expect.any(Number),
    });
    expect(results.regenerationAgainstJava).toEqual({
      bareJavaMedianMs: expect.any(Number),
      npmRunGenerateMedianMs: expect.any(Number),
      ratio: expect.any(Number),
      rounds: 1,
    });
    expect(Object.keys(results.calls)).toEqual(['concurrency 1', 'concurrency 32']);
    expect(Object.keys(results.calls['concurrency 1'])).toEqual([
      'raw fetch + JSON.parse',
      'bare openapi-fetch',
      'createAccountsClient',
      'createAccountsClient over fetch',
      'createAccountsApi',
    ]);
    expect(results.calls['concurrency 32'].createAccountsClient.requestsPerSecond).toBeGreaterThan(0);
    expect(results.bundles.createAccountsClient.gzipBytes).toBeGreaterThan(1000);
    expect(results.targets.length).toBeGreaterThanOrEqual(8);
    await rm(dir, { recursive: true, force: true });
  }, 120_000);
});

/** The benchmark runs end to end on a tiny workload (its targets are not asserted: timings belong to the bench), leaving CONTRIBUTING.md alone. */

import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/run-script.js';
import { scratchFolder } from '../support/scratch.js';

const scratch = await scratchFolder('bench-test');

describe('npm run bench', () => {
  it('measures regeneration, per-call cost, a fleet on Redis, bundle size and start-up, and writes its figures to --out only', async () => {
    const contributing = await readFile(join(repoRoot, 'CONTRIBUTING.md'), 'utf8');
    const out = join(scratch, 'results.json');
    const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'bench/run.ts'), '--quick', '--out', out], {
        cwd: repoRoot,
      });
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.once('close', (exit) => resolve({ code: exit, stdout: text }));
    });
    expect(code).toBe(0);
    expect(stdout).toContain('| target | result |');
    expect(await readFile(join(repoRoot, 'CONTRIBUTING.md'), 'utf8')).toBe(contributing);
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
    expect(results.calls.map((level: { concurrency: number }) => level.concurrency)).toEqual([1, 32]);
    for (const level of results.calls) {
      expect(Object.keys(level.contenders)).toEqual([
        'raw fetch + JSON.parse',
        'bare openapi-fetch',
        'bare openapi-fetch again (control)',
        'createAccountsClient',
        'createAccountsApi',
        'createAccountsApi, validation warn',
        'createAccountsClient, no diagnostics_channel',
        'createAccountsApi, no diagnostics_channel',
      ]);
      for (const figures of Object.values<any>(level.contenders)) {
        expect(figures.requestsPerSecond).toBeGreaterThan(0);
        expect(figures.cpuMicrosecondsPerCall).toBeGreaterThan(0);
        expect(figures.cpuRatioToBareOpenapiFetch.ofTotals).toBeGreaterThan(0);
      }
      // The quick run measures in one fresh process; each ratio also lists every process's.
      expect(level.processes).toBe(1);
      expect(level.contenders['bare openapi-fetch'].cpuRatioToBareOpenapiFetch).toEqual({
        ofTotals: 1,
        medianOfRounds: 1,
        byProcess: [{ ofTotals: 1, medianOfRounds: 1 }],
      });
      // Each same-code comparison is measured batch against batch, not through bare openapi-fetch.
      const sameCode = Object.fromEntries(
        Object.entries<any>(level.contenders)
          .filter(([, figures]) => figures.cpuRatioToSameCode)
          .map(([name, figures]) => [name, figures.cpuRatioToSameCode.sameCodeAs]),
      );
      expect(sameCode).toEqual({
        createAccountsClient: 'createAccountsClient, no diagnostics_channel',
        createAccountsApi: 'createAccountsApi, no diagnostics_channel',
        'createAccountsApi, validation warn': 'createAccountsApi',
      });
      const validation = level.contenders['createAccountsApi, validation warn'].cpuRatioToSameCode;
      expect(validation.byProcess).toHaveLength(1);
      expect(validation.ofTotals).toBe(validation.byProcess[0].ofTotals);
    }
    // From memory: the same contenders, one level, with a fetch that never opens a socket.
    expect(results.callsFromMemory.map((level: { concurrency: number }) => level.concurrency)).toEqual([1]);
    expect(Object.keys(results.callsFromMemory[0].contenders)).toEqual(Object.keys(results.calls[0].contenders));
    expect(results.callsFromMemory[0].callsPerContenderPerRound).toBe(results.workload.memoryCallsPerBatch);
    for (const figures of Object.values<any>(results.callsFromMemory[0].contenders))
      expect(figures.cpuMicrosecondsPerCall).toBeGreaterThan(0);
    expect(results.callsFromMemory[0].contenders['createAccountsApi, validation warn'].cpuRatioToSameCode.sameCodeAs).toBe(
      'createAccountsApi',
    );
    // The fleet: one CreateToken at the start and one per renewal, on a real redis-server (CPU and p99 targets belong to full runs).
    expect(results.fleet.windows.map((window: { kind: string }) => window.kind)).toEqual(['start', 'quiet', 'renewal']);
    expect(results.fleet.windows.map((window: { createTokens: number }) => window.createTokens)).toEqual([1, 0, 1]);
    expect(results.fleet.windows.map((window: { failures: number }) => window.failures)).toEqual([0, 0, 0]);
    expect(results.fleet.windows[1].redisCommands).toBe(0);
    expect(results.fleet.windows[2].redisCommands).toBeGreaterThan(0);
    expect(results.fleet.stores.map((level: { concurrency: number }) => level.concurrency)).toEqual([1, 32]);
    expect(Object.keys(results.fleet.stores[0].contenders)).toEqual([
      'memoryCredentialStore()',
      'memoryCredentialStore() again (control)',
      'redisCredentialStore()',
    ]);
    expect(results.bundles.createAccountsClient.gzipBytes).toBeGreaterThan(1000);
    expect(results.bundles.createAccountsClient.budgetBytes).toEqual(expect.any(Number));
    // Start-up: the package as built, in fresh processes; every contender measured each round.
    expect(results.startup.runs).toBe(2);
    expect(Object.keys(results.startup.import)).toEqual([
      "import('openapi-fetch')",
      "import('openapi-fetch') again (control)",
      "import('finicity-accounts')",
    ]);
    expect(Object.keys(results.startup.firstCall)).toEqual([
      'bare openapi-fetch: import, token, one GET',
      'createAccountsClient: import, token, one GET',
      'createAccountsApi: import, token, one GET',
    ]);
    for (const figures of [...Object.values<any>(results.startup.import), ...Object.values<any>(results.startup.firstCall)]) {
      expect(figures.minMs).toBeGreaterThan(0);
      expect(figures.medianMs).toBeGreaterThanOrEqual(figures.minMs);
      expect(figures.minCpuMs).toBeGreaterThan(0);
    }
    expect(results.startup.import["import('openapi-fetch')"].ratioOfMinimums).toBe(1);
    const targets = results.targets.map((entry: { target: string }) => entry.target);
    expect(targets).toContain("start-up, import('finicity-accounts') ≤ 1.5× import('openapi-fetch') (minimums of 2 fresh processes)");
    expect(targets).toContain('createAccountsClient CPU per call ≤ 1.05× bare openapi-fetch (concurrency 32)');
    expect(targets).toContain('createAccountsApi CPU per call ≤ 1.1× bare openapi-fetch (concurrency 1)');
    expect(targets).toContain('redisCredentialStore CPU per call ≤ 1.02× memoryCredentialStore() (concurrency 1)');
    expect(targets).toContain('fleet: p99 across renewals ≤ 1.1× p99 without one');
    expect(targets.some((target: string) => target.includes('(goal)'))).toBe(false);
  }, 120_000);
});

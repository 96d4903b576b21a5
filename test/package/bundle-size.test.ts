/** The consumer bundles stay within their budgets (bench/bundles.ts), so growth is a decision, not an accident. */
import { describe, expect, it } from 'vitest';
import { bundleSize, consumers, gzipBudgets } from '../../bench/bundles.js';

describe('bundle budgets', () => {
  it.each(Object.entries(gzipBudgets))('a %s consumer stays within %i bytes gzipped', async (name, budget) => {
    const { gzipBytes } = await bundleSize(consumers[name as keyof typeof consumers]);
    expect(gzipBytes).toBeLessThanOrEqual(budget!);
  });
});

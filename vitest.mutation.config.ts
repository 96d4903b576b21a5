import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs against each mutant of src/ (stryker.config.mjs): the
 * transport and rules tests, on loopback servers of their own. Not the contract tests
 * (they need Prism, started by vitest.config.ts's global setup) nor the script,
 * package and bench tests, which do not run src/ as built here.
 */
export default defineConfig({
  test: {
    include: ['test/src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

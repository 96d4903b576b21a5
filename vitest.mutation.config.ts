import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs against each mutant of src/ (stryker.config.mjs): the
 * transport and rules tests and the test kit's (src/testing/), on loopback servers of
 * their own. Not the contract tests (they need Prism, started by vitest.config.ts's
 * global setup) nor the script, package and bench tests, which do not run src/ as built
 * here, nor the fleet of child processes.
 */
export default defineConfig({
  test: {
    include: ['test/src/**/*.test.ts', 'test/testing/**/*.test.ts'],
    // Twenty processes each time: the shared store's rules are tried in one process by shared-store.test.ts.
    // The README example runs in a child vitest, outside the mutant's process.
    exclude: ['test/src/fleet.test.ts', 'test/testing/readme-example.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

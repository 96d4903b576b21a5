/**
 * Mutation testing of src/ (StrykerJS): `npm run mutation` (scripts/mutation.ts) runs
 * it on Node 22. Every mutant is type-checked first, then tried against the tests that
 * cover it (per-test coverage) from vitest.mutation.config.ts. Results go to
 * reports/mutation/ (git-ignored): the JSON report, the incremental file that lets a
 * rerun skip mutants whose code and tests did not change, and the script's summary.
 */
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: ['src/**/*.ts'],
  testRunner: 'vitest',
  // Forks, as `npm test` runs them: a worker thread cannot change the process's time zone (TZ), which a test does.
  vitest: { configFile: 'vitest.mutation.config.ts', pool: 'forks' },
  coverageAnalysis: 'perTest',
  checkers: ['typescript'],
  // src/ and generated/ only: a mutant that merely breaks a test's types is still run.
  tsconfigFile: 'tsconfig.build.json',
  concurrency: 2,
  // The retry and timeout tests wait on real timers; leave room for a busy machine.
  timeoutMS: 10_000,
  // The first run with coverage took over a minute and a half while other work shared the cores.
  dryRunTimeoutMinutes: 15,
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  reporters: ['clear-text', 'json', 'progress-append-only'],
  clearTextReporter: { allowColor: false, allowEmojis: false, reportMutants: false, reportTests: false },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  ignorePatterns: ['/.cache', '/dist', '/bench', '/docs', '/coverage'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 75, break: null },
};

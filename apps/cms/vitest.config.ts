import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Every property's runs and seed: FC_RUNS, FC_SEED.
    setupFiles: ['../../vitest.properties.ts'],
    // A folder per run for the database seeded once for the HTTP suites that start from a copy (test/support/seeded-app.ts).
    globalSetup: ['test/support/seed-dir.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // Each integration file owns a database and a Payload instance; two at a time fit two cores.
    maxWorkers: 2,
    pool: 'forks',
  },
})

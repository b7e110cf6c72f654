import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    // Every property's runs and seed: FC_RUNS, FC_SEED.
    setupFiles: ['../../vitest.properties.ts'],
    // A hang's limit, not a speed check: CI runs this suite beside the CMS's on 2 cores, where a
    // property's 300 runs took over 60 s (alone they take a few); speed is the benchmarks' to judge.
    testTimeout: 300_000,
  },
})

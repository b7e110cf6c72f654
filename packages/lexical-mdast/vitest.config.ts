import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    // Every property's runs and seed: FC_RUNS, FC_SEED.
    setupFiles: ['../../vitest.properties.ts'],
    testTimeout: 60_000,
  },
})

import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // Each integration file owns a database and a Payload instance; two at a time fit two cores.
    maxWorkers: 2,
    pool: 'forks',
  },
})

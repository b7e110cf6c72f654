import { defineConfig } from 'vitest/config'

/** `npm run test:e2e`: the built app in Debian's Chromium (see e2e/README.md). */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    // One app, one database: the journeys run one after another, in file order.
    fileParallelism: false,
    sequence: { shuffle: false },
    testTimeout: 180_000,
    hookTimeout: 300_000,
    pool: 'forks',
  },
})

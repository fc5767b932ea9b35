import path from 'node:path'

import { defineConfig } from 'vitest/config'

/** Browser tests: Debian's Chromium driven by playwright-core against the production server. */
export default defineConfig({
  resolve: { alias: { '@payload-config': path.resolve(import.meta.dirname, 'payload.config.ts') } },
  test: {
    environment: 'node',
    fileParallelism: false,
    globalSetup: ['test/e2e/server.ts'],
    hookTimeout: 300_000,
    include: ['test/e2e/**/*.e2e.ts'],
    pool: 'forks',
    testTimeout: 180_000,
  },
})

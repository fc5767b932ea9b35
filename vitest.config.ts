import path from 'node:path'

import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@payload-config': path.resolve(import.meta.dirname, 'payload.config.ts') } },
  test: {
    environment: 'node',
    hookTimeout: 180_000,
    include: ['test/unit/**/*.spec.ts', 'test/int/**/*.spec.ts'],
    pool: 'forks',
    testTimeout: 120_000,
  },
})

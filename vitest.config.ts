import os from 'node:os'
import path from 'node:path'

import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@payload-config': path.resolve(import.meta.dirname, 'payload.config.ts') } },
  test: {
    environment: 'node',
    hookTimeout: 180_000,
    include: ['test/unit/**/*.spec.ts', 'test/int/**/*.spec.ts'],
    pool: 'forks',
    // Vitest's default here was one worker (cores - 1). The specs wait on SQLite and sharp as much
    // as they compute, so one more worker than cores keeps both cores busy (README: Speed of tests)
    maxWorkers: os.availableParallelism() + 1,
    testTimeout: 120_000,
  },
})

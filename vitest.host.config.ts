import { defineConfig } from 'vitest/config'

/** The host-app test (test/host): packs the plugin, installs it into a fresh app, builds and boots that app. */
export default defineConfig({
  test: {
    environment: 'node',
    fileParallelism: false,
    hookTimeout: 1_200_000,
    include: ['test/host/**/*.spec.ts'],
    pool: 'forks',
    testTimeout: 180_000,
  },
})

import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Fixture projects carry their own (deliberately failing) tests.
    exclude: ['test/fixtures/**', 'node_modules/**'],
    // Tests spawn real bundles, git and test runners: give them room, but
    // never assert on time (speed lives in bench/).
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks'
  }
})

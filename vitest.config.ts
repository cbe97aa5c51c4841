import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests spawn real bundles, git and test runners: give them room, but
    // never assert on time (speed lives in bench/).
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks'
  }
})

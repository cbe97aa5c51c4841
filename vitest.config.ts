import {availableParallelism} from 'node:os'
import {defineConfig} from 'vitest/config'

// Tests of the pure layers: src/core (no file system, network or processes,
// enforced by test/layers.test.ts) and src/settings (strings in, a settings
// object out). They keep no state between files, so they share one module
// graph per worker instead of re-importing it for every file (isolate: false:
// about 9 s less on two cores). Everything else, including anything that
// runs a pipeline in-process (src/runtime/outputs.ts keeps module-global
// state), spies on a global, sets process.env or starts a fake, stays isolated.
const PURE = ['test/core/**/*.test.ts', 'test/settings/**/*.test.ts']
// Fixture projects carry their own (deliberately failing) tests.
const EXCLUDE = ['test/fixtures/**', 'node_modules/**']

export default defineConfig({
  test: {
    exclude: EXCLUDE,
    // Tests spawn real bundles, git and test runners: give them room, but
    // never assert on time (speed lives in bench/).
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Processes, not threads: tests spawn children and change process.env.
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores, which on two
    // cores runs the files one at a time. Most files spend their time in
    // child processes (bundles, git, fixture checks), so one worker per core
    // (at least two) keeps both busy; a third only adds contention.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {extends: true, test: {name: 'pure', include: PURE, isolate: false}},
      {
        extends: true,
        test: {name: 'isolated', include: ['test/**/*.test.ts'], exclude: [...EXCLUDE, ...PURE]}
      }
    ]
  }
})

import {availableParallelism} from 'node:os'
import {defineConfig, type ViteUserConfig} from 'vitest/config'
import {E2E, ISOLATED, OWN_MODULES, PURE, SHARED} from './test/projects.js'
import {LongestFirst} from './test/sequencer.js'

// `npm test`: every test file but the long end-to-end scenarios (E2E in
// test/projects.ts), which `npm run test:e2e` runs (vitest.e2e.config.ts;
// CI runs both). Which files share a module graph per worker (PURE, SHARED)
// and which are isolated: test/projects.ts. The order files start in:
// test/sequencer.ts.

// Fixture projects carry their own (deliberately failing) tests.
export const FIXTURES = ['test/fixtures/**', 'node_modules/**']
const EXCLUDE = [...FIXTURES, ...E2E]

/** What both suites share: room for real processes, the workers, the order, the setup. */
export const COMMON: NonNullable<ViteUserConfig['test']> = {
  // Tests spawn real bundles, git and test runners: give them room, but
  // never assert on time (speed lives in bench/).
  testTimeout: 120_000,
  hookTimeout: 120_000,
  // Processes, not threads: tests spawn children and change process.env,
  // and a child forked from one process holding both workers' heaps costs
  // more than a worker thread saves (bench/test-time.md, session 13).
  pool: 'forks',
  // Vitest's default is one worker fewer than the cores, which on two
  // cores runs the files one at a time. Most files spend their time in
  // child processes (bundles, git, fixture checks), so one worker per core
  // (at least two) keeps both busy; a third only adds contention.
  maxWorkers: Math.max(2, availableParallelism()),
  sequence: {sequencer: LongestFirst},
  // The fixture repositories and fake remotes are built once per run and
  // copied per test (test/harness/template-cache.ts): this makes the
  // directory all workers share.
  // And a version manager's python3 shim is skipped (test/harness/python-path.setup.ts).
  globalSetup: ['test/harness/template-root.setup.ts', 'test/harness/python-path.setup.ts']
}

export default defineConfig({
  test: {
    ...COMMON,
    exclude: EXCLUDE,
    projects: [
      {extends: true, test: {name: 'pure', include: PURE, isolate: false}},
      {
        extends: true,
        test: {
          name: 'shared',
          include: SHARED,
          exclude: [...EXCLUDE, ...PURE, ...OWN_MODULES],
          isolate: false
        }
      },
      {
        extends: true,
        test: {name: 'isolated', include: ISOLATED, exclude: EXCLUDE}
      }
    ]
  }
})

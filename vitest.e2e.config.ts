import {defineConfig} from 'vitest/config'
import {E2E} from './test/projects.js'
import {COMMON, FIXTURES} from './vitest.config.js'

// `npm run test:e2e`: the long end-to-end scenarios through the bundles
// (E2E in test/projects.ts), each file with a module graph of its own. CI
// (.ci/run) runs them after `npm test`.
export default defineConfig({
  test: {...COMMON, include: E2E, exclude: FIXTURES}
})

// vitest.config.ts's projects and vitest.e2e.config.ts (test/projects.ts): every test file runs in
// exactly one, and no file that shares its worker's module graph leaves
// process-wide state behind for the next file.
import {globSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import picomatch from 'picomatch'
import {describe, expect, it} from 'vitest'
import {REPO_ROOT} from './harness/run-action.js'
import {E2E, ISOLATED, MENTIONS_ONLY, OWN_MODULES, PROCESS_STATE, PURE, SHARED} from './projects.js'

const files = globSync('test/**/*.test.ts', {cwd: REPO_ROOT})
  .filter(f => !f.startsWith('test/fixtures/'))
  .sort()
const is = (globs: string[]) => picomatch(globs)
const e2e = (f: string): boolean => E2E.includes(f)
const projects = {
  pure: (f: string) => is(PURE)(f) && !e2e(f),
  shared: (f: string) => is(SHARED)(f) && !is(PURE)(f) && !OWN_MODULES.includes(f) && !e2e(f),
  isolated: (f: string) => is(ISOLATED)(f) && !e2e(f),
  e2e
}

describe('the test projects', () => {
  it('hold every test file exactly once', () => {
    expect(files.length).toBeGreaterThan(200)
    const wrong = files
      .map(f => ({
        f,
        in: Object.entries(projects)
          .filter(([, has]) => has(f))
          .map(([n]) => n)
      }))
      .filter(p => p.in.length !== 1)
    expect(wrong).toEqual([])
  })

  it('share no worker with a file that leaves process-wide state behind', () => {
    const stateful = files
      .filter(f => projects.shared(f) || projects.pure(f))
      .filter(f => !MENTIONS_ONLY.includes(f))
      .filter(f => PROCESS_STATE.test(readFileSync(join(REPO_ROOT, f), 'utf8')))
    // Such a file belongs in OWN_MODULES (test/projects.ts).
    expect(stateful).toEqual([])
  })

  it('name as end-to-end only files that exist', () => {
    expect(E2E.filter(f => !files.includes(f))).toEqual([])
  })

  it('list as mentions only shared files that do mention it', () => {
    for (const f of MENTIONS_ONLY) {
      expect(projects.shared(f) || projects.pure(f), f).toBe(true)
      expect(readFileSync(join(REPO_ROOT, f), 'utf8'), f).toMatch(PROCESS_STATE)
    }
  })

  it('isolate the files listed as touching it, each of which does', () => {
    for (const f of OWN_MODULES) {
      expect(projects.isolated(f), f).toBe(true)
      expect(readFileSync(join(REPO_ROOT, f), 'utf8'), f).toMatch(PROCESS_STATE)
    }
  })
})

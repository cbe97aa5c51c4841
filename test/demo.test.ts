// The README's first command must keep working: the demo runs every bundled
// action on the embedded example against the loopback fakes.
import {execFile} from 'node:child_process'
import {promisify} from 'node:util'
import {expect, it} from 'vitest'
import {REPO_ROOT} from './harness/run-action.js'

const exec = promisify(execFile)

it('npm run demo runs each bundled action on the embedded example and prints its summary', async () => {
  const {stdout} = await exec(process.execPath, ['--import', 'tsx', 'scripts/demo.ts'], {
    cwd: REPO_ROOT,
    env: {PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp'},
    maxBuffer: 20 * 1024 * 1024
  })
  for (const action of ['classify', 'autofix', 'self-heal']) {
    expect(stdout).toContain(`(dist/${action}/index.mjs)`)
    expect(stdout).toContain(`## ci-medic ${action}`)
  }
  expect(stdout).toMatch(/example check test: exit 1/)
  // classify finds the example's planted failures.
  expect(stdout).toContain('## ci-medic classify: `compile_error`')
  expect(stdout).toMatch(/src\/tax\.ts:13 .*TS2322/)
  expect(stdout).toContain('test/discounts.test.ts:11')
  expect(stdout).toContain('prefer-const')
  // autofix fixes the lint and format failures with no key, and opens a PR on the fake GitHub.
  expect(stdout).toContain('## ci-medic autofix: partial')
  expect(stdout).toMatch(
    /PR: http:\/\/127\.0\.0\.1:\d+\/octo-org\/order-pricing\/pull\/\d+ \(created\)/
  )
  // self-heal joins the bug Sentry split by caller, reproduces it, fixes it and opens one PR.
  expect(stdout).toMatch(/2 unresolved issue\(s\) in 1 group\(s\): 2 to fix/)
  expect(stdout).toMatch(
    /\| fixed \| \[#\d+\]\(http:\/\/127\.0\.0\.1:\d+\/octo-org\/orders-api\/pull\/\d+\) \(created\) \| test\/sentry-tax\.test\.ts/
  )
  expect(stdout).not.toContain('(no job summary)')
  expect(stdout).not.toContain('failed unexpectedly')
  // Three bundles on real checks: about 55 s of CPU, which the default 120 s does not leave room
  // for on two busy cores. Room, not a limit on speed.
}, 300_000)

// Issue #13 item 3: autofix fixes the commit that failed. classify passes a
// pull request branch's failed commit as head-sha; a checkout at any other
// commit stops the run before anything runs, with the fix named, instead of
// "fixing" a commit that did not fail.
import {afterEach, expect, it} from 'vitest'
import {ConfigurationError} from '../../src/errors.js'
import {
  checkout,
  cleanupAutofixRuns,
  errorLine,
  inputsFor,
  PASS,
  runAutofixInProcess,
  said,
  type Checkout
} from '../harness/autofix-run.js'

let world: Checkout | undefined

afterEach(async () => {
  await cleanupAutofixRuns()
  await world?.github.close()
  await world?.repo.cleanup()
  world = undefined
})

function autofix(headSha: string) {
  return runAutofixInProcess({
    workspace: world!.repo.dir,
    apiUrl: world!.github.url,
    inputs: inputsFor(undefined, {
      'head-sha': headSha,
      'base-branch': 'main',
      'dry-run': 'true',
      'fix-commands': 'none',
      'lint-command': 'none',
      'typecheck-command': 'none',
      'test-command': PASS
    })
  })
}

it('stops with the fix named when the checkout is not at head-sha', async () => {
  world = await checkout()
  const other = '0123456789abcdef0123456789abcdef01234567'
  const run = await autofix(other)
  expect(run.error).toBeInstanceOf(ConfigurationError)
  const message = errorLine(run)
  expect(message).toContain(`head-sha is ${other}, but the checkout is at ${world.repo.head}`)
  expect(message).toContain('ref: ${{ inputs.head-sha }}')
  expect(world.github.git.branches()).toEqual(['main'])
})

it('runs when the checkout is at head-sha', async () => {
  world = await checkout()
  const run = await autofix(world.repo.head)
  expect(run.error, said(run)).toBeUndefined()
  expect(run.io.outputs.outcome).toBe('nothing-to-fix')
})

it('refuses a head-sha that is not a full commit sha', async () => {
  world = await checkout()
  const run = await autofix('HEAD~1')
  expect(run.error).toBeInstanceOf(ConfigurationError)
  expect(errorLine(run)).toMatch(/head-sha.*40-character/)
})

// The recursion guard knows the autofix workflow by its file name, taken from
// the run's `path`. Real run payloads give it repository-relative
// (`.github/workflows/ci.yml`), but the installed @octokit/openapi-types
// documents the field as "The full path of the workflow" with the example
// `octocat/octo-repo/.github/workflows/ci.yml@main`: in that form the file
// name must still be `ci.yml`, not `ci.yml@main`, or a failed autofix run
// would be sent back to autofix.
import {describe, expect, it} from 'vitest'
import type {Classification} from '../../../src/core/classify/types.js'
import {decideNextAction} from '../../../src/core/decide/next-action.js'

const settings = {rerunTransient: true, dispatchAutofix: 'ci-medic-autofix.yml'}
const failing = {
  category: 'test_fail',
  confidence: 0.9,
  fingerprint: 'run-fp',
  rule: 'vitest-assertion',
  reason: '',
  failures: [
    {
      category: 'test_fail',
      fingerprint: 'f1',
      message: 'expected 2 to be 3',
      excerpt: '',
      rule: 'vitest-assertion',
      confidence: 0.9
    }
  ]
} as unknown as Classification

const runOf = (workflowPath: string) => ({
  runAttempt: 1,
  workflowPath,
  headBranch: 'main',
  sha: 's'
})

describe('the recursion guard and the run path', () => {
  it.each([
    '.github/workflows/ci-medic-autofix.yml',
    'acme/widgets/.github/workflows/ci-medic-autofix.yml@main',
    'acme/widgets/.github/workflows/ci-medic-autofix.yml@refs/heads/main'
  ])('never sends a run of %s back to autofix', path => {
    const decision = decideNextAction(failing, runOf(path), settings, {ledger: []})
    expect(decision.action).toBe('none')
    expect(decision.reason).toMatch(/\(ci-medic-autofix\.yml\) itself/)
  })

  it('still sends another workflow of that form to autofix', () => {
    const run = runOf('acme/widgets/.github/workflows/ci.yml@main')
    expect(decideNextAction(failing, run, settings, {ledger: []}).action).toBe('autofix')
  })
})

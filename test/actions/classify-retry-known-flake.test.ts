// #11, in-process against the fake GitHub with the ledger in a file: a test that jest's
// retryTimes re-ran to a pass in one run of a commit (the verdict's `passedOnRetry`) and that
// fails on every try in a later run of the same code is a known flake for classify's own
// decision: that run is rerun once, with the run that proved it named in the summary, and
// autofix is not dispatched. Near misses keep the usual decision: a real failure beside the
// flake, another commit, a pull_request run (a merge into the base: other code).
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import type {Failure} from '../../src/core/classify/types.js'
import {parseLedgerText} from '../../src/core/ledger/ledger-line.js'
import {startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'
import {workflowRunEvent} from '../harness/events.js'
import {jobLog} from '../harness/job-log.js'
import {classifyInProcess, cleanupInProcessRuns, everythingSaid} from './classify-in-process.js'

const OWNER = 'octo-org'
const REPO = 'octo-repo'
const SHA = 'c0ffee0000000000000000000000000000000011'

const CART_ERROR = [
  '    expect(received).toBe(expected) // Object.is equality',
  '',
  '    Expected: 3',
  '    Received: 2',
  '',
  '      at Object.toBe (test/cart.test.js:14:26)',
  ''
]

const TAX_FAILED = [
  'FAIL test/tax.test.js',
  '  tax',
  '    ✕ rounds half up (3 ms)',
  '',
  '  ● tax › rounds half up',
  '',
  '    expect(received).toBe(expected) // Object.is equality',
  '',
  '    Expected: 0.13',
  '    Received: 0.12',
  '',
  '      at Object.toBe (test/tax.test.js:9:25)',
  ''
]

/** jest --ci with retryTimes(1, {logErrorsBeforeRetry: true}): the cart test passed its retry, tax failed. */
const RETRIED_PASS = [
  '> jest --ci',
  '',
  ' LOGGING RETRY ERRORS  cart totals sums the line items',
  ' RETRY 1 ',
  '',
  ...CART_ERROR,
  'PASS test/cart.test.js',
  '  cart totals',
  '    ✓ sums the line items (14 ms)',
  '',
  ...TAX_FAILED,
  'Test Suites: 1 failed, 1 passed, 2 total',
  'Tests:       1 failed, 2 passed, 3 total',
  ''
].join('\n')

/** The cart test failing on every try (the retries ran out): jest's ● block. */
const CART_FAILED = [
  'FAIL test/cart.test.js',
  '  cart totals',
  '    ✕ sums the line items (14 ms)',
  '',
  '  ● cart totals › sums the line items',
  '',
  ...CART_ERROR
]
const cartOnly = [...CART_FAILED, 'Tests:       1 failed, 2 passed, 3 total', ''].join('\n')
const cartAndTax = [
  ...CART_FAILED,
  ...TAX_FAILED,
  'Tests:       2 failed, 1 passed, 3 total',
  ''
].join('\n')

let fake: FakeGitHub
let dir: string
let ledgerPath: string
beforeEach(async () => {
  fake = await startFakeGitHub({
    owner: OWNER,
    repo: REPO,
    files: {
      '.github/workflows/ci.yml': 'name: CI\non: [push]\n',
      '.github/workflows/ci-medic-autofix.yml': 'name: autofix\non:\n  workflow_dispatch:\n'
    }
  })
  dir = await mkdtemp(join(tmpdir(), 'ci-medic-retry-known-flake-'))
  ledgerPath = join(dir, 'ledger.jsonl')
})
afterEach(async () => {
  await fake.close()
  await cleanupInProcessRuns()
  await rm(dir, {recursive: true, force: true})
})

/** classify of a failed run of ci.yml whose test job printed `output`. */
async function classify(output: string, {sha = SHA, event = 'push'} = {}) {
  const runId = fake.addWorkflowRun({
    workflow: 'ci.yml',
    name: 'CI',
    head_sha: sha,
    event,
    jobs: [
      {
        name: 'test',
        conclusion: 'failure',
        log: jobLog([{run: 'npx jest --ci', output, exitCode: 1}])
      }
    ]
  }).id
  const run = await classifyInProcess({
    apiUrl: fake.url,
    repository: `${OWNER}/${REPO}`,
    eventName: 'workflow_run',
    event: workflowRunEvent({owner: OWNER, repo: REPO, runId, conclusion: 'failure'}),
    inputs: {
      'github-token': 'ghs_classifytoken',
      'dispatch-autofix': 'ci-medic-autofix.yml',
      ledger: 'file',
      'ledger-path': ledgerPath
    }
  })
  expect(run.error, everythingSaid(run)).toBeUndefined()
  return {
    runId,
    action: run.io.outputs['next-action'],
    summary: run.io.summary,
    failures: JSON.parse(run.io.outputs.failures!) as Failure[]
  }
}

const verdicts = async () => parseLedgerText(await readFile(ledgerPath, 'utf8')).verdicts

describe('a test that passed on a retry in an earlier run of the same commit', () => {
  it('makes a later run where it fails on every try a rerun, not an autofix dispatch', async () => {
    // Run 1: the cart test passed on its retry, the tax test failed for real: autofix.
    const first = await classify(RETRIED_PASS)
    expect(first.action).toBe('autofix')
    const cart = first.failures.find(f => f.flake?.kind === 'passed-on-retry')!
    expect((await verdicts())[0]).toMatchObject({sha: SHA, passedOnRetry: [cart.fingerprint]})
    expect(fake.state.dispatches).toHaveLength(1)

    // Run 2, a dispatch of the same commit: only the cart test failed, on every try.
    const second = await classify(cartOnly, {event: 'workflow_dispatch'})
    expect(second.failures.map(f => f.fingerprint)).toEqual([cart.fingerprint])
    expect(second.action).toBe('rerun')
    expect(second.summary).toContain(
      `\`${cart.fingerprint}\` passed on a retry in run ${first.runId} of this commit`
    )
    expect(fake.state.dispatches).toHaveLength(1)
    expect(fake.state.reruns).toEqual([
      expect.objectContaining({run_id: second.runId, kind: 'failed-jobs'})
    ])
    expect((await verdicts())[1]).toMatchObject({nextAction: 'rerun'})

    // Run 3: the tax test fails beside it, a real failure: autofix, as before.
    const third = await classify(cartAndTax, {event: 'schedule'})
    expect(third.action).toBe('autofix')
    expect(fake.state.dispatches).toHaveLength(2)
  }, 60_000)

  it('is no evidence on another commit, nor for a pull_request run of the same head sha', async () => {
    await classify(RETRIED_PASS)
    const elsewhere = await classify(cartOnly, {sha: 'c0ffee0000000000000000000000000000000012'})
    expect(elsewhere.action).toBe('autofix')
    // A pull_request run tests the head merged into the base branch: other code than the push.
    const merged = await classify(cartOnly, {event: 'pull_request'})
    expect(merged.action).toBe('autofix')
    expect(fake.state.reruns).toEqual([])
  }, 60_000)
})

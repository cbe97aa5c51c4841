// #11: a test a retry plugin re-ran to a pass inside a failed run (here jest's
// `jest.retryTimes(1, {logErrorsBeforeRetry: true})`, in its own wording) is no failure of the
// run, but it is flaky: classify's summary lists it under "Passed on a retry" and its ledger
// verdict names it (`passedOnRetry`), so autofix's known-flake gate counts it, while the test
// that failed on every try stays an ordinary failure. In-process against the fake GitHub,
// with the ledger in a file.
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import type {Failure} from '../../src/core/classify/types.js'
import {parseLedgerText} from '../../src/core/ledger/ledger-line.js'
import {flakyFingerprints} from '../../src/core/ledger/record-history.js'
import {startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'
import {workflowRunEvent} from '../harness/events.js'
import {jobLog} from '../harness/job-log.js'
import {classifyInProcess, cleanupInProcessRuns, everythingSaid} from './classify-in-process.js'

const OWNER = 'octo-org'
const REPO = 'octo-repo'

const JEST_OUTPUT = [
  '> jest --ci',
  '',
  ' LOGGING RETRY ERRORS  cart totals sums the line items',
  ' RETRY 1 ',
  '',
  '    expect(received).toBe(expected) // Object.is equality',
  '',
  '    Expected: 3',
  '    Received: 2',
  '',
  '      at Object.toBe (test/cart.test.js:14:26)',
  '',
  'PASS test/cart.test.js',
  '  cart totals',
  '    ✓ sums the line items (14 ms)',
  '',
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
  '',
  'Test Suites: 1 failed, 1 passed, 2 total',
  'Tests:       1 failed, 2 passed, 3 total',
  ''
].join('\n')

let fake: FakeGitHub | undefined
let dir: string | undefined
afterEach(async () => {
  await fake?.close()
  await cleanupInProcessRuns()
  if (dir) await rm(dir, {recursive: true, force: true})
  fake = dir = undefined
})

describe('a test that passed on a retry inside a failed run', () => {
  it('is listed as flaky in the summary and recorded in the ledger; the failed test is not', async () => {
    fake = await startFakeGitHub({
      owner: OWNER,
      repo: REPO,
      files: {'.github/workflows/ci.yml': 'name: CI\non: [push]\n'}
    })
    dir = await mkdtemp(join(tmpdir(), 'ci-medic-retry-flake-'))
    const path = join(dir, 'ledger.jsonl')
    const runId = fake.addWorkflowRun({
      workflow: 'ci.yml',
      name: 'CI',
      jobs: [
        {
          name: 'test',
          conclusion: 'failure',
          log: jobLog([{run: 'npx jest --ci', output: JEST_OUTPUT, exitCode: 1}])
        }
      ]
    }).id
    const run = await classifyInProcess({
      apiUrl: fake.url,
      repository: `${OWNER}/${REPO}`,
      eventName: 'workflow_run',
      event: workflowRunEvent({owner: OWNER, repo: REPO, runId, conclusion: 'failure'}),
      inputs: {'github-token': 'ghs_classifytoken', ledger: 'file', 'ledger-path': path}
    })
    expect(run.error, everythingSaid(run)).toBeUndefined()
    expect(run.io.outputs.category).toBe('test_fail')
    expect(run.io.summary).toContain('**Passed on a retry**')
    expect(run.io.summary).toContain('`cart totals sums the line items` in `test/cart.test.js`')

    const failures = JSON.parse(run.io.outputs.failures!) as Failure[]
    const flaky = failures.find(f => f.test === 'cart totals sums the line items')!
    const failed = failures.find(f => f.test === 'tax > rounds half up')!
    expect(flaky).toMatchObject({category: 'transient', flake: {kind: 'passed-on-retry'}})
    const [verdict] = parseLedgerText(await readFile(path, 'utf8')).verdicts
    expect(verdict).toMatchObject({rule: 'root.test', passedOnRetry: [flaky.fingerprint]})
    const known = flakyFingerprints([verdict!])
    expect(known.has(flaky.fingerprint)).toBe(true)
    expect(known.has(failed.fingerprint)).toBe(false)
  }, 60_000)

  it('links with the same test failing on every try in another run of the commit: one fingerprint, a known flake', async () => {
    fake = await startFakeGitHub({
      owner: OWNER,
      repo: REPO,
      files: {'.github/workflows/ci.yml': 'name: CI\non: [push]\n'}
    })
    dir = await mkdtemp(join(tmpdir(), 'ci-medic-retry-flake-'))
    const path = join(dir, 'ledger.jsonl')
    const sha = 'c0ffee0000000000000000000000000000000001'
    // the other run: the retries ran out, jest reports the test under its ● block
    const failing = [
      'FAIL test/cart.test.js',
      '  cart totals',
      '    ✕ sums the line items (14 ms)',
      '',
      '  ● cart totals › sums the line items',
      '',
      ...JEST_OUTPUT.split('\n').slice(5, 11),
      'Tests:       1 failed, 2 passed, 3 total',
      ''
    ].join('\n')
    const classify = async (output: string): Promise<Failure[]> => {
      const runId = fake!.addWorkflowRun({
        workflow: 'ci.yml',
        name: 'CI',
        head_sha: sha,
        jobs: [
          {
            name: 'test',
            conclusion: 'failure',
            log: jobLog([{run: 'npx jest --ci', output, exitCode: 1}])
          }
        ]
      }).id
      const run = await classifyInProcess({
        apiUrl: fake!.url,
        repository: `${OWNER}/${REPO}`,
        eventName: 'workflow_run',
        event: workflowRunEvent({owner: OWNER, repo: REPO, runId, conclusion: 'failure'}),
        inputs: {'github-token': 'ghs_classifytoken', ledger: 'file', 'ledger-path': path}
      })
      expect(run.error, everythingSaid(run)).toBeUndefined()
      return JSON.parse(run.io.outputs.failures!) as Failure[]
    }
    const flaky = (await classify(JEST_OUTPUT)).find(f => f.flake?.kind === 'passed-on-retry')!
    const failed = (await classify(failing)).find(f => f.category === 'test_fail')!
    expect([flaky.test, failed.test]).toEqual([
      'cart totals sums the line items',
      'cart totals > sums the line items'
    ])
    expect(failed.fingerprint).toBe(flaky.fingerprint)
    const verdicts = parseLedgerText(await readFile(path, 'utf8')).verdicts
    expect(verdicts.map(v => v.sha)).toEqual([sha, sha])
    expect(flakyFingerprints(verdicts).has(failed.fingerprint)).toBe(true)
  }, 60_000)
})

// #11: a test a retry plugin re-ran to a pass inside a failed run (here jest's
// `jest.retryTimes(1, {logErrorsBeforeRetry: true})`, in its own wording) is no failure of the
// run, but it is flaky: classify's summary lists it under "Passed on a retry" and its ledger
// verdict names it (`passedOnRetry`), so autofix's known-flake gate counts it, while the test
// that failed on every try stays an ordinary failure. In-process against the fake GitHub,
// with the ledger in a file. rspec-retry's pass, named by the example's location, is joined
// with the example's failure (named by its description) of the same run or commit.
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
  // rspec-retry names a retried example by its location, rspec's report by its description:
  // their fingerprints differ (the location is no part of one), and the location joins them
  // only inside one run or one commit (core/classify/retry-links.ts).
  const rspecFlaky = [
    '$ bundle exec rspec',
    '',
    'Randomized with seed 41872',
    '..',
    '1st Try error in ./spec/models/cart_spec.rb:14:',
    'expected: 3',
    '     got: 2',
    '',
    '(compared using ==)',
    '',
    '',
    'RSpec::Retry: 2nd try ./spec/models/cart_spec.rb:14',
    '.F',
    '',
    'Failures:',
    '',
    '  1) Tax rounds half up',
    '     Failure/Error: expect(tax_of(1.25)).to eq(0.13)',
    '',
    '       expected: 0.13',
    '            got: 0.12',
    '',
    '       (compared using ==)',
    "     # ./spec/models/tax_spec.rb:10:in `block (2 levels) in <top (required)>'",
    '',
    'Finished in 1.52 seconds (files took 0.81 seconds to load)',
    '5 examples, 1 failure',
    '',
    'Failed examples:',
    '',
    'rspec ./spec/models/tax_spec.rb:9 # Tax rounds half up',
    ''
  ].join('\n')
  const rspecBroken = [
    '$ bundle exec rspec',
    '',
    '..F..',
    '',
    'Failures:',
    '',
    '  1) Cart totals sums the line items',
    '     Failure/Error: expect(cart.total).to eq(3)',
    '',
    '       expected: 3',
    '            got: 2',
    '',
    '       (compared using ==)',
    "     # ./spec/models/cart_spec.rb:15:in `block (3 levels) in <top (required)>'",
    '',
    'Finished in 1.49 seconds (files took 0.80 seconds to load)',
    '5 examples, 1 failure',
    '',
    'Failed examples:',
    '',
    'rspec ./spec/models/cart_spec.rb:14 # Cart totals sums the line items',
    ''
  ].join('\n')

  /** classify of a failed run of `ci.yml` on `sha` whose jobs printed `outputs`, with a file ledger. */
  async function classifyRspec(sha: string, outputs: string[], path: string) {
    const runId = fake!.addWorkflowRun({
      workflow: 'ci.yml',
      name: 'CI',
      head_sha: sha,
      jobs: outputs.map((output, i) => ({
        name: `test (${i + 1})`,
        conclusion: 'failure',
        log: jobLog([{run: 'bundle exec rspec', output, exitCode: 1}])
      }))
    }).id
    const run = await classifyInProcess({
      apiUrl: fake!.url,
      repository: `${OWNER}/${REPO}`,
      eventName: 'workflow_run',
      event: workflowRunEvent({owner: OWNER, repo: REPO, runId, conclusion: 'failure'}),
      inputs: {'github-token': 'ghs_classifytoken', ledger: 'file', 'ledger-path': path}
    })
    expect(run.error, everythingSaid(run)).toBeUndefined()
    return {
      summary: run.io.summary,
      failures: JSON.parse(run.io.outputs.failures!) as Failure[],
      verdicts: parseLedgerText(await readFile(path, 'utf8')).verdicts
    }
  }

  it('rspec-retry: a pass of an example that failed in another run of the commit is that failure, a known flake', async () => {
    fake = await startFakeGitHub({
      owner: OWNER,
      repo: REPO,
      files: {'.github/workflows/ci.yml': 'name: CI\non: [push]\n'}
    })
    dir = await mkdtemp(join(tmpdir(), 'ci-medic-retry-flake-'))
    const path = join(dir, 'ledger.jsonl')
    const sha = 'c0ffee0000000000000000000000000000000002'
    const first = await classifyRspec(sha, [rspecBroken], path)
    const cart = first.failures.find(f => f.test === 'Cart totals sums the line items')!
    expect(cart).toMatchObject({category: 'test_fail', line: 14})
    expect(first.verdicts[0]!.passedOnRetry).toEqual([])

    // the rerun: the example failed its first try and passed its second; another one failed
    const rerun = await classifyRspec(sha, [rspecFlaky], path)
    expect(rerun.summary).toContain('**Passed on a retry**')
    expect(rerun.summary).toContain(
      '`spec/models/cart_spec.rb:14` in `spec/models/cart_spec.rb:14`'
    )
    const flake = rerun.failures.find(f => f.flake?.kind === 'passed-on-retry')!
    expect(flake).toMatchObject({
      test: 'spec/models/cart_spec.rb:14',
      fingerprint: cart.fingerprint
    })
    const tax = rerun.failures.find(f => f.test === 'Tax rounds half up')!
    const second = rerun.verdicts[1]!
    expect(second).toMatchObject({sha, passedOnRetry: [cart.fingerprint]})
    const known = flakyFingerprints(rerun.verdicts)
    expect(known.has(cart.fingerprint)).toBe(true)
    expect(known.has(tax.fingerprint)).toBe(false)

    // on another commit, the same location is not tied to the flake by the ledger's links
    const elsewhere = await classifyRspec(
      'c0ffee0000000000000000000000000000000003',
      [rspecFlaky],
      path
    )
    const other = elsewhere.failures.find(f => f.flake?.kind === 'passed-on-retry')!
    expect(other.fingerprint).not.toBe(cart.fingerprint)
    expect(elsewhere.verdicts[2]!.passedOnRetry).toEqual([other.fingerprint])
  }, 60_000)

  it('rspec-retry: a pass in one job of a run and the failure in another are one flaky fingerprint', async () => {
    fake = await startFakeGitHub({
      owner: OWNER,
      repo: REPO,
      files: {'.github/workflows/ci.yml': 'name: CI\non: [push]\n'}
    })
    dir = await mkdtemp(join(tmpdir(), 'ci-medic-retry-flake-'))
    const path = join(dir, 'ledger.jsonl')
    const run = await classifyRspec(
      'c0ffee0000000000000000000000000000000004',
      [rspecFlaky, rspecBroken],
      path
    )
    const cart = run.failures.find(f => f.test === 'Cart totals sums the line items')!
    expect(run.summary).toContain('**Passed on a retry**')
    expect(run.verdicts[0]!.passedOnRetry).toEqual([cart.fingerprint])
    expect(flakyFingerprints(run.verdicts).has(cart.fingerprint)).toBe(true)
  }, 60_000)
})

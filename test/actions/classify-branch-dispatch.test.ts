// Issue #13 item 3: fix the branch that failed. classify dispatches autofix
// with a pull request branch's name and failed commit (so autofix checks out
// that commit and its PR goes into that branch), and never for a fork's
// branch (alerted instead, saying why). In-process against the fake GitHub;
// the fake records the dispatch request as GitHub would receive it.
import {afterEach, beforeEach, expect, it} from 'vitest'
import {startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'
import {workflowRunEvent} from '../harness/events.js'
import {jobLog} from '../harness/job-log.js'
import {classifyInProcess, cleanupInProcessRuns, everythingSaid} from './classify-in-process.js'

const OWNER = 'octo-org'
const REPO = 'octo-repo'
const SHA = '3f786850e387550fdab836ed7e6dc881de23001b'

const VITEST_FAILURE = [
  ' FAIL  test/discounts.test.ts > discounts > gives 5% from 10 units',
  'AssertionError: expected 0 to be 0.05 // Object.is equality',
  ' ❯ test/discounts.test.ts:12:31',
  '',
  ' Test Files  1 failed | 3 passed (4)',
  '      Tests  1 failed | 11 passed (12)'
].join('\n')

let fake: FakeGitHub

beforeEach(async () => {
  fake = await startFakeGitHub({
    owner: OWNER,
    repo: REPO,
    files: {
      'README.md': '# octo-repo\n',
      '.github/workflows/ci.yml': 'name: CI\non: [push, pull_request]\n',
      '.github/workflows/ci-medic-autofix.yml':
        'name: ci-medic autofix\non:\n  workflow_dispatch:\n'
    }
  })
})

afterEach(async () => {
  await fake.close()
  await cleanupInProcessRuns()
})

function failedRun(seed: {head_branch: string; head_repository?: string}) {
  return fake.addWorkflowRun({
    workflow: 'ci.yml',
    name: 'CI',
    event: 'pull_request',
    head_sha: SHA,
    ...seed,
    jobs: [
      {
        name: 'test',
        conclusion: 'failure',
        log: jobLog([{run: 'npx vitest run', output: VITEST_FAILURE, exitCode: 1}])
      }
    ]
  })
}

function classify(runId: number, headBranch: string) {
  return classifyInProcess({
    apiUrl: fake.url,
    repository: `${OWNER}/${REPO}`,
    eventName: 'workflow_run',
    event: workflowRunEvent({owner: OWNER, repo: REPO, runId, conclusion: 'failure', headBranch}),
    inputs: {'github-token': 'ghs_classifytoken', 'dispatch-autofix': 'ci-medic-autofix.yml'}
  })
}

it('dispatches autofix for a pull request branch with that branch and the failed commit', async () => {
  const seeded = failedRun({head_branch: 'feature/tiers'})
  const run = await classify(seeded.id, 'feature/tiers')
  expect(run.error, everythingSaid(run)).toBeUndefined()
  expect(run.io.outputs['next-action']).toBe('autofix')
  expect(fake.state.dispatches).toHaveLength(1)
  const dispatch = fake.state.dispatches[0]!
  // The workflow file comes from the default branch; the fix targets the failed branch.
  expect(dispatch.ref).toBe('main')
  expect(dispatch.inputs).toEqual({
    'run-id': String(seeded.id),
    fingerprint: run.io.outputs.fingerprint,
    'base-branch': 'feature/tiers',
    'head-sha': SHA
  })
  expect(run.io.summary).toContain('to fix feature/tiers at 3f78685')
})

it('dispatches a default-branch failure with the run id and fingerprint only', async () => {
  const seeded = failedRun({head_branch: 'main'})
  const run = await classify(seeded.id, 'main')
  expect(run.error, everythingSaid(run)).toBeUndefined()
  expect(fake.state.dispatches.map(d => Object.keys(d.inputs).sort())).toEqual([
    ['fingerprint', 'run-id']
  ])
})

it("never sends a fork's failure to autofix: it is alerted, saying why", async () => {
  const seeded = failedRun({head_branch: 'patch-1', head_repository: 'mallory/octo-repo'})
  const run = await classify(seeded.id, 'patch-1')
  expect(run.error, everythingSaid(run)).toBeUndefined()
  expect(run.io.outputs.category).toBe('test_fail')
  expect(run.io.outputs['next-action']).toBe('alert')
  expect(fake.state.dispatches).toHaveLength(0)
  expect(run.io.summary).toContain('fork mallory/octo-repo')
})

// Issue #12 item 5: a failure autofix failed to fix twice is not sent to
// autofix again until a new signal, and "a commit that touched its files" is
// one. classify has no checkout, so it asks GitHub's compare API which files
// changed between the last failed fix's commit and the failed run's: a commit
// elsewhere keeps the alert, a commit to the failure's file dispatches
// autofix once more. In-process against the fake GitHub (whose compare route
// reads the real repository with git and is checked against GitHub's OpenAPI
// description), on the real output of the ts-vitest fixture's failing test.
import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, beforeAll, expect, it} from 'vitest'
import type {Failure} from '../../src/core/classify/types.js'
import type {OutcomeRecord} from '../../src/core/ledger/outcome-record.js'
import {startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'
import {workflowRunEvent} from '../harness/events.js'
import {createFixtureRepo} from '../harness/fixture-repo.js'
import {jobLog} from '../harness/job-log.js'
import {classifyInProcess, cleanupInProcessRuns, everythingSaid} from './classify-in-process.js'

const OWNER = 'octo-org'
const REPO = 'octo-repo'

let vitestOutput = ''
beforeAll(async () => {
  const fixture = await createFixtureRepo('ts-vitest')
  try {
    const vitest = await fixture.tool('vitest', ['run'])
    vitestOutput = vitest.stdout + vitest.stderr
  } finally {
    await fixture.cleanup()
  }
})

let fake: FakeGitHub | undefined
let dir: string | undefined
afterEach(async () => {
  await fake?.close()
  await cleanupInProcessRuns()
  if (dir) await rm(dir, {recursive: true, force: true})
  fake = dir = undefined
})

function failedFix(failure: Failure, runId: number, sha: string): OutcomeRecord {
  return {
    v: 1,
    kind: 'outcome',
    time: `2026-11-0${runId % 9}T10:00:00.000Z`,
    source: 'autofix',
    runId,
    runAttempt: 1,
    sha,
    fingerprint: failure.fingerprint,
    category: failure.category,
    title: failure.test ?? failure.message,
    files: failure.file ? [failure.file] : [],
    command: 'npx vitest run',
    resolution: 'not-fixed',
    reason: 'every attempt failed verification',
    actions: ['model-fix', 'reverted'],
    attempts: 3,
    tokens: 40_000,
    costUsd: 0.4,
    seconds: 300,
    pr: '',
    commit: '',
    learnings: []
  }
}

it('a commit to the failing file since the last failed fix lifts the block; a commit elsewhere does not', async () => {
  fake = await startFakeGitHub({
    owner: OWNER,
    repo: REPO,
    files: {
      'README.md': '# octo-repo\n',
      '.github/workflows/ci.yml': 'name: CI\non: [push]\n',
      '.github/workflows/ci-medic-autofix.yml':
        'name: ci-medic autofix\non:\n  workflow_dispatch:\n'
    }
  })
  dir = await mkdtemp(join(tmpdir(), 'ci-medic-classify-commit-'))
  const path = join(dir, 'ledger.jsonl')
  const log = jobLog([{run: 'npm test', output: vitestOutput, exitCode: 1}])
  // Each classify is of a new failed run on main's head at that time.
  const classify = () =>
    classifyInProcess({
      apiUrl: fake!.url,
      repository: `${OWNER}/${REPO}`,
      eventName: 'workflow_run',
      event: workflowRunEvent({
        owner: OWNER,
        repo: REPO,
        runId: fake!.addWorkflowRun({
          workflow: 'ci.yml',
          name: 'CI',
          jobs: [{name: 'test', conclusion: 'failure', log}]
        }).id,
        conclusion: 'failure'
      }),
      inputs: {
        'github-token': 'ghs_classifytoken',
        'dispatch-autofix': 'ci-medic-autofix.yml',
        ledger: 'file',
        'ledger-path': path
      }
    })

  const first = await classify()
  expect(first.io.outputs['next-action'], everythingSaid(first)).toBe('autofix')
  const failures = JSON.parse(first.io.outputs.failures!) as Failure[]
  const file = failures[0]!.file!
  expect(file).toMatch(/\.ts$/)
  // Two failed fixes, both started from main's head as it is now.
  const base = fake.git.branchSha('main')!
  const outcomes = failures.flatMap(f => [failedFix(f, 101, base), failedFix(f, 102, base)])
  await writeFile(path, outcomes.map(o => `${JSON.stringify(o)}\n`).join(''), {flag: 'a'})

  const blocked = await classify()
  expect(blocked.io.outputs['next-action'], everythingSaid(blocked)).toBe('alert')
  expect(fake.state.dispatches).toHaveLength(1)

  // A commit that does not touch the failure's files changes nothing.
  fake.git.commitFiles('main', {'README.md': '# octo-repo\n\nMore words.\n'}, 'docs: readme')
  const elsewhere = await classify()
  expect(elsewhere.io.outputs['next-action'], everythingSaid(elsewhere)).toBe('alert')
  expect(fake.state.dispatches).toHaveLength(1)
  expect(fake.requestsTo('GET', /\/compare\//).length).toBeGreaterThan(0)

  // A commit to the failing file is a new signal: one more try.
  fake.git.commitFiles('main', {[file]: '// a person changed this file\n'}, 'test: rework')
  const lifted = await classify()
  expect(lifted.error, everythingSaid(lifted)).toBeUndefined()
  expect(lifted.io.outputs['next-action']).toBe('autofix')
  expect(lifted.io.summary).toContain(`a commit since the last failed fix touched ${file}`)
  expect(fake.state.dispatches).toHaveLength(2)
}, 60_000)

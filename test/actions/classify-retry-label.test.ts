// Issue #12 item 5, a person's "try once more": classify raises the alert
// issue for a failure autofix failed to fix twice; a ci-medic:retry label on
// that issue, put on after the last failed fix by someone with write access,
// makes the next classify dispatch autofix again. A label by someone without
// write access is ignored with a warning. In-process against the fake GitHub,
// on the real output of the ts-vitest fixture's failing test.
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

function failedFix(failure: Failure, runId: number): OutcomeRecord {
  return {
    v: 1,
    kind: 'outcome',
    time: `2026-11-0${runId % 9}T10:00:00.000Z`,
    source: 'autofix',
    runId,
    runAttempt: 1,
    sha: 'c'.repeat(40),
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

it('dispatches autofix once more when a writer labels the alert ci-medic:retry', async () => {
  fake = await startFakeGitHub({
    owner: OWNER,
    repo: REPO,
    files: {
      '.github/workflows/ci.yml': 'name: CI\non: [push]\n',
      '.github/workflows/ci-medic-autofix.yml':
        'name: ci-medic autofix\non:\n  workflow_dispatch:\n'
    }
  })
  dir = await mkdtemp(join(tmpdir(), 'ci-medic-classify-retry-'))
  const path = join(dir, 'ledger.jsonl')
  const log = jobLog([{run: 'npm test', output: vitestOutput, exitCode: 1}])
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
  const outcomes = failures.flatMap(f => [failedFix(f, 101), failedFix(f, 102)])
  await writeFile(path, outcomes.map(o => `${JSON.stringify(o)}\n`).join(''), {flag: 'a'})

  // Failed twice: the alert, which names the failures it is about.
  const alerted = await classify()
  expect(alerted.io.outputs['next-action'], everythingSaid(alerted)).toBe('alert')
  expect(alerted.io.summary).toContain('ci-medic:retry')
  const issue = fake.state.issues.find(i => i.title.startsWith('ci-medic: test_fail'))!
  expect(issue.body).toContain(`<!-- ci-medic:failures=${failures[0]!.fingerprint}`)
  expect(fake.state.dispatches).toHaveLength(1)

  // Someone who may only read the repository cannot ask for a retry.
  fake.timeline.setPermission('mallory', 'read')
  fake.timeline.label(issue.number, 'ci-medic:retry', 'mallory')
  const refused = await classify()
  expect(refused.io.outputs['next-action'], everythingSaid(refused)).toBe('alert')
  expect(refused.io.lines.filter(l => l.level === 'warning').map(l => l.message)).toEqual([
    expect.stringMatching(/ci-medic:retry label on #\d+ was put on by @mallory, who has no write/)
  ])
  expect(fake.state.dispatches).toHaveLength(1)

  // A maintainer can.
  fake.state.addCollaborator('octocat')
  fake.timeline.label(issue.number, 'ci-medic:retry', 'octocat')
  const retried = await classify()
  expect(retried.error, everythingSaid(retried)).toBeUndefined()
  expect(retried.io.outputs['next-action']).toBe('autofix')
  // The summary keeps the mention inert (a zero-width space after the @: no notification).
  expect(retried.io.summary).toMatch(
    new RegExp(`retry asked by @\u200b?octocat on #${issue.number}\\b`)
  )
  expect(fake.state.dispatches).toHaveLength(2)
  // classify leaves the label: autofix takes it off after its attempt.
  expect(issue.labels).toContain('ci-medic:retry')
}, 60_000)

// classify with ledger: file, in-process against the fake GitHub, on the
// real output of the ts-vitest fixture's failing test: the verdict goes to
// the file; once the ledger holds two failed autofix outcomes for the
// failure, classify raises the alert instead of dispatching autofix.
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, beforeAll, describe, expect, it} from 'vitest'
import type {Failure} from '../../src/core/classify/types.js'
import {parseLedgerText} from '../../src/core/ledger/ledger-line.js'
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
    time: `2026-12-0${runId % 9}T10:00:00.000Z`,
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

describe('classify with ledger: file', () => {
  it('alerts instead of dispatching autofix for a failure autofix failed to fix twice', async () => {
    fake = await startFakeGitHub({
      owner: OWNER,
      repo: REPO,
      files: {
        '.github/workflows/ci.yml': 'name: CI\non: [push]\n',
        '.github/workflows/ci-medic-autofix.yml':
          'name: ci-medic autofix\non:\n  workflow_dispatch:\n'
      }
    })
    dir = await mkdtemp(join(tmpdir(), 'ci-medic-classify-ledger-'))
    const path = join(dir, 'ledger.jsonl')
    const log = jobLog([{run: 'npm test', output: vitestOutput, exitCode: 1}])
    const classify = (runId: number) =>
      classifyInProcess({
        apiUrl: fake!.url,
        repository: `${OWNER}/${REPO}`,
        eventName: 'workflow_run',
        event: workflowRunEvent({owner: OWNER, repo: REPO, runId, conclusion: 'failure'}),
        inputs: {
          'github-token': 'ghs_classifytoken',
          'dispatch-autofix': 'ci-medic-autofix.yml',
          ledger: 'file',
          'ledger-path': path
        }
      })
    const failedRun = () =>
      fake!.addWorkflowRun({
        workflow: 'ci.yml',
        name: 'CI',
        jobs: [{name: 'test', conclusion: 'failure', log}]
      }).id

    const first = await classify(failedRun())
    expect(first.error, everythingSaid(first)).toBeUndefined()
    expect(first.io.outputs['next-action']).toBe('autofix')
    expect(fake.state.dispatches).toHaveLength(1)
    const written = parseLedgerText(await readFile(path, 'utf8'))
    expect(written.verdicts.map(v => v.fingerprint)).toEqual([first.io.outputs.fingerprint])
    // Nothing went to an issue: the file is the ledger.
    expect(fake.state.issues.filter(i => i.title === 'ci-medic failure ledger')).toHaveLength(0)

    // autofix tried every failure twice and failed (as its outcome records say).
    const failures = JSON.parse(first.io.outputs.failures!) as Failure[]
    expect(failures.length).toBeGreaterThan(0)
    const outcomes = failures.flatMap(f => [failedFix(f, 101), failedFix(f, 102)])
    await writeFile(path, outcomes.map(o => `${JSON.stringify(o)}\n`).join(''), {flag: 'a'})

    const second = await classify(failedRun())
    expect(second.error, everythingSaid(second)).toBeUndefined()
    expect(second.io.outputs['next-action']).toBe('alert')
    expect(second.io.summary).toMatch(/failed to fix this twice already \(runs 101, 102\)/)
    expect(fake.state.dispatches).toHaveLength(1)
    expect(fake.state.issues.filter(i => i.title.startsWith('ci-medic: test_fail'))).toHaveLength(1)
    // The file keeps growing: two verdicts now, and the outcomes untouched.
    const after = parseLedgerText(await readFile(path, 'utf8'))
    expect(after.verdicts.map(v => v.nextAction)).toEqual(['autofix', 'alert'])
    expect(after.outcomes).toEqual(outcomes)
  }, 60_000)
})

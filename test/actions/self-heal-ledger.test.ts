// self-heal and the ledger (ledger: file), in-process on the
// ts-express-node-test fixture (whose real files the Sentry frames name; its
// tests on node:test, since the runner is not the subject), the fake GitHub, the
// fake Sentry and a scripted model (a stand-in for Claude, only in tests):
// each error group it handles gets one outcome record, and a group whose
// fixes failed twice before is skipped without a model session.
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {parseLedgerText} from '../../src/core/ledger/ledger-line.js'
import type {OutcomeRecord} from '../../src/core/ledger/outcome-record.js'
import {
  startFakeAnthropic,
  textTurn,
  toolTurn,
  type FakeAnthropic,
  type Turn
} from '../fakes/anthropic/index.js'
import {startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'
import {buildEvent, startFakeSentry, type FakeSentry} from '../fakes/sentry/index.js'
import {createFixtureRepo, type FixtureRepo} from '../harness/fixture-repo.js'
import {perSession} from '../harness/scripted-sessions.js'
import {cleanupSelfHealRuns, runSelfHealInProcess} from '../harness/self-heal-run.js'
import {
  EXPRESS_NODE_TEST_COMMAND,
  TAX_ERROR,
  taxFrames,
  topFrameIs,
  USERS_ERROR,
  usersFrames
} from '../harness/ts-express-sentry.js'

let repo: FixtureRepo | undefined
let github: FakeGitHub | undefined
let sentry: FakeSentry | undefined
let model: FakeAnthropic | undefined
let dir: string | undefined

afterEach(async () => {
  await cleanupSelfHealRuns()
  await Promise.all([github?.close(), sentry?.close(), model?.close()])
  await repo?.cleanup()
  if (dir) await rm(dir, {recursive: true, force: true})
  repo = github = sentry = model = dir = undefined
})

/** Passes on the current code: no reproduction of the null-name crash. */
const USERS_PASSING_TEST = `import assert from 'node:assert/strict'
import {it} from 'node:test'
import {displayName} from '../src/users.ts'

it('greets a named customer by name', () => {
  assert.equal(displayName({name: 'Ada', email: 'ada@example.com'}), 'Ada')
})
`

function sessionTurns(task: string): Turn[] {
  if (topFrameIs(task, 'displayName'))
    return [
      toolTurn('write_file', {path: 'test/sentry-users.test.ts', content: USERS_PASSING_TEST}),
      textTurn('I could not find the input that crashes it.')
    ]
  return [textTurn('Not here.')]
}

function failedFix(group: string, runId: number, sha: string): OutcomeRecord {
  return {
    v: 1,
    kind: 'outcome',
    time: `2026-11-0${runId}T10:00:00.000Z`,
    source: 'self-heal',
    runId,
    runAttempt: 1,
    sha,
    fingerprint: `sentry:${group}`,
    category: 'production_error',
    title: 'TypeError',
    files: ['src/tax.ts'],
    command: '',
    resolution: 'not-fixed',
    reason: 'the fix did not make the reproduction pass',
    actions: ['reproduced', 'model-fix', 'reverted'],
    attempts: 2,
    tokens: 30_000,
    costUsd: 0.3,
    seconds: 200,
    pr: '',
    commit: '',
    learnings: []
  }
}

describe('self-heal with ledger: file', () => {
  it('writes one outcome record per group, and skips a group whose fixes failed twice', async () => {
    repo = await createFixtureRepo('ts-express-node-test')
    github = await startFakeGitHub({owner: 'octo-org', repo: 'orders-api', seedFrom: repo.dir})
    await repo.git(['remote', 'add', 'origin', github.gitUrl])
    sentry = await startFakeSentry({org: 'acme', tokens: {'sentry-token': {kind: 'integration'}}})
    const tax = sentry.addIssue({
      eventsPerHour: 3,
      events: [buildEvent({...TAX_ERROR, frames: taxFrames('quote')})]
    })
    const users = sentry.addIssue({
      eventsPerHour: 2,
      events: [buildEvent({...USERS_ERROR, frames: usersFrames()})]
    })
    model = await startFakeAnthropic({models: 'any', script: perSession(sessionTurns)})
    dir = await mkdtemp(join(tmpdir(), 'ci-medic-heal-ledger-'))
    const path = join(dir, 'ledger.jsonl')
    const selfHeal = (inputs: Record<string, string>) =>
      runSelfHealInProcess({
        workspace: repo!.dir,
        apiUrl: github!.url,
        repository: 'octo-org/orders-api',
        inputs: {
          'sentry-url': sentry!.url,
          'sentry-token': 'sentry-token',
          'sentry-org': 'acme',
          'github-token': 'ghs_ledger',
          'anthropic-api-key': 'test-key',
          'anthropic-base-url': model!.url,
          'max-attempts-per-failure': '1',
          'lint-command': 'none',
          'typecheck-command': 'none',
          ...EXPRESS_NODE_TEST_COMMAND,
          ledger: 'file',
          'ledger-path': path,
          ...inputs
        }
      })

    // Triage names the groups (and, in triage mode, neither reads nor writes the ledger).
    const triaged = await selfHeal({mode: 'triage'})
    expect(triaged.error).toBeUndefined()
    const groupOf = (id: string) =>
      (JSON.parse(triaged.io.outputs.triage!) as {id: string; group: string}[]).find(
        t => t.id === id
      )!.group
    const taxGroup = groupOf(tax.id)
    const usersGroup = groupOf(users.id)
    const seeded = [failedFix(taxGroup, 1, repo.head), failedFix(taxGroup, 2, repo.head)]
    await writeFile(path, seeded.map(o => `${JSON.stringify(o)}\n`).join(''))

    const run = await selfHeal({})
    expect(run.error).toBeUndefined()
    // The tax group got no model session; the users group got its reproduction attempt.
    const tasks = model.requests.map(r => JSON.stringify(r))
    expect(tasks.some(t => t.includes('taxFor'))).toBe(false)
    expect(tasks.some(t => t.includes('displayName'))).toBe(true)
    const runs = `${github.url}/octo-org/orders-api/actions/runs`
    expect(run.io.summary).toContain(`failed twice (earlier runs: ${runs}/1, ${runs}/2)`)

    const written = parseLedgerText(await readFile(path, 'utf8')).outcomes.slice(seeded.length)
    expect(written.map(o => [o.fingerprint, o.resolution, o.actions])).toEqual(
      expect.arrayContaining([
        [`sentry:${taxGroup}`, 'skipped', ['skipped-failed-twice']],
        [`sentry:${usersGroup}`, 'not-fixed', ['model-fix']]
      ])
    )
    expect(written).toHaveLength(2)
    for (const o of written)
      expect(o).toMatchObject({source: 'self-heal', runId: 7000, sha: repo.head})
    const usersRecord = written.find(o => o.fingerprint === `sentry:${usersGroup}`)!
    expect(usersRecord.title).toContain(users.shortId)
    expect(usersRecord.files).toContain('src/users.ts')
    expect(usersRecord.tokens).toBeGreaterThan(0)
    expect(usersRecord.attempts).toBe(1)
  }, 120_000)
})

// Issue #12 item 5 for self-heal, in-process: an error group self-heal failed
// to fix twice is tried once more when a collaborator with write access puts
// the ci-medic:retry label on its P0 alert issue (fingerprint
// `sentry-p0-<group>`) after the last failed fix; the label comes off after
// the attempt. On the ts-express-node-test fixture (the Express service, its
// tests on node:test: the runner is not the subject), the fake GitHub, the
// fake Sentry and a scripted model (a stand-in for Claude, only in tests) that
// cannot reproduce the crash.
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, expect, it} from 'vitest'
import {parseLedgerText} from '../../src/core/ledger/ledger-line.js'
import type {OutcomeRecord} from '../../src/core/ledger/outcome-record.js'
import {startFakeAnthropic, textTurn, type FakeAnthropic} from '../fakes/anthropic/index.js'
import {startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'
import {buildEvent, startFakeSentry, type FakeSentry} from '../fakes/sentry/index.js'
import {createFixtureRepo, type FixtureRepo} from '../harness/fixture-repo.js'
import {cleanupSelfHealRuns, runSelfHealInProcess} from '../harness/self-heal-run.js'
import {EXPRESS_NODE_TEST_COMMAND, TAX_ERROR, taxFrames} from '../harness/ts-express-sentry.js'

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

it("tries a failed-twice P0 group once more for a writer's ci-medic:retry label on its alert", async () => {
  repo = await createFixtureRepo('ts-express-node-test')
  github = await startFakeGitHub({owner: 'octo-org', repo: 'orders-api', seedFrom: repo.dir})
  await repo.git(['remote', 'add', 'origin', github.gitUrl])
  sentry = await startFakeSentry({org: 'acme', tokens: {'sentry-token': {kind: 'integration'}}})
  // The tax bug thrown outside any handler: a crash, P0.
  const crash = sentry.addIssue({
    eventsPerHour: 2,
    userCount: 2,
    events: [
      buildEvent({
        ...TAX_ERROR,
        mechanism: {type: 'auto.node.onuncaughtexception', handled: false},
        frames: taxFrames('order')
      })
    ]
  })
  model = await startFakeAnthropic({
    models: 'any',
    script: () => textTurn('I could not find the input that crashes it.')
  })
  dir = await mkdtemp(join(tmpdir(), 'ci-medic-heal-retry-'))
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
        'github-token': 'ghs_retry',
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

  const triaged = await selfHeal({mode: 'triage'})
  expect(triaged.error).toBeUndefined()
  const group = (JSON.parse(triaged.io.outputs.triage!) as {id: string; group: string}[]).find(
    t => t.id === crash.id
  )!.group
  await writeFile(
    path,
    [failedFix(group, 1, repo.head), failedFix(group, 2, repo.head)]
      .map(o => `${JSON.stringify(o)}\n`)
      .join('')
  )
  // Its P0 alert, as an earlier run raised it, and a maintainer's label on it.
  const alert = github.addIssue({
    title: `Sentry ${crash.shortId}: P0 TypeError in taxFor`,
    labels: ['ci-medic'],
    body: `<!-- ci-medic:alert fingerprint=sentry-p0-${group} -->\n<!-- ci-medic:occurrences=1 -->\nP0`
  })
  github.state.addCollaborator('octocat')
  github.timeline.label(alert.number, 'ci-medic:retry', 'octocat')

  const run = await selfHeal({})
  expect(run.error).toBeUndefined()
  expect(model.requests.length).toBeGreaterThan(0)
  // The report says who asked where (its journal; the summary's table says what became of the try).
  const report = JSON.parse(await readFile(run.io.outputs['report-path']!, 'utf8')) as {
    journal: {text: string}[]
  }
  expect(report.journal.map(e => e.text).join('\n')).toContain(
    `retry asked by @octocat on #${alert.number}`
  )
  expect(alert.labels).toEqual(['ci-medic'])
  const outcomes = parseLedgerText(await readFile(path, 'utf8')).outcomes
  expect(outcomes.filter(o => o.fingerprint === `sentry:${group}`).map(o => o.resolution)).toEqual([
    'not-fixed',
    'not-fixed',
    'not-fixed'
  ])
}, 120_000)

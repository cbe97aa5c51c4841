// Issue #12 item 5, a person's "try once more" in autofix: a failure autofix
// failed to fix twice is skipped; a ci-medic:retry label on its alert issue
// put on before the last failed fix does not lift that (it was spent), one
// put on after it by a collaborator with write access does: autofix tries
// again, the report says who asked, and the label comes off afterwards.
// In-process on the ts-node-test fixture's real failing test, with ledger: file,
// the fake GitHub and a scripted model (a stand-in for Claude, only in tests)
// that gives up.
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, expect, it} from 'vitest'
import {parseLedgerText} from '../../src/core/ledger/ledger-line.js'
import type {OutcomeRecord} from '../../src/core/ledger/outcome-record.js'
import {startFakeAnthropic, textTurn, type FakeAnthropic} from '../fakes/anthropic/index.js'
import {
  checkout,
  cleanupAutofixRuns,
  inputsFor,
  perAttempt,
  reportOf,
  runAutofixInProcess,
  said,
  NODE_TEST_COMMAND,
  TEST_ONLY,
  type Checkout
} from '../harness/autofix-run.js'

let world: Checkout | undefined
let model: FakeAnthropic | undefined
let dir: string | undefined

afterEach(async () => {
  await cleanupAutofixRuns()
  await world?.github.close()
  await model?.close()
  await world?.repo.cleanup()
  if (dir) await rm(dir, {recursive: true, force: true})
  world = model = dir = undefined
})

const FAILED_AT = '2026-12-01T10:00:00.000Z'

function failedFix(fingerprint: string, sha: string, runId: number): OutcomeRecord {
  return {
    v: 1,
    kind: 'outcome',
    time: FAILED_AT,
    source: 'autofix',
    runId,
    runAttempt: 1,
    sha,
    fingerprint,
    category: 'test_fail',
    title: 'discounts',
    files: ['test/discounts.test.ts'],
    command: 'vitest run',
    resolution: 'not-fixed',
    reason: 'the model gave up',
    actions: ['model-fix', 'reverted'],
    attempts: 1,
    tokens: 100,
    costUsd: 0.001,
    seconds: 10,
    pr: '',
    commit: '',
    learnings: []
  }
}

it('tries a failed-twice failure once more when a writer labels its alert ci-medic:retry', async () => {
  world = await checkout({fixture: 'ts-node-test'})
  model = await startFakeAnthropic({
    models: 'any',
    script: perAttempt([textTurn('I do not see what is wrong.')])
  })
  dir = await mkdtemp(join(tmpdir(), 'ci-medic-retry-label-'))
  const path = join(dir, 'ledger.jsonl')
  const autofix = (withModel: boolean) =>
    runAutofixInProcess({
      workspace: world!.repo.dir,
      apiUrl: world!.github.url,
      repository: world!.github.fullName,
      inputs: inputsFor(withModel ? model : undefined, {
        ...TEST_ONLY,
        ...NODE_TEST_COMMAND,
        'max-attempts-per-failure': '1',
        ledger: 'file',
        'ledger-path': path
      })
    })

  // The failure's fingerprint, as autofix computes it (no model: nothing is tried or recorded).
  const looked = await autofix(false)
  expect(looked.error, said(looked)).toBeUndefined()
  const fingerprint = (await reportOf(looked)).results[0]!.key
  const head = world.repo.head
  await writeFile(
    path,
    [failedFix(fingerprint, head, 6998), failedFix(fingerprint, head, 6999)]
      .map(r => `${JSON.stringify(r)}\n`)
      .join('')
  )
  // classify's alert for the run, naming the failure (as act.ts raises it).
  const github = world.github
  const alert = github.addIssue({
    title: 'ci-medic: test_fail in CI (0123abcd)',
    labels: ['ci-medic'],
    body: [
      '<!-- ci-medic:alert fingerprint=0123abcd0123abcd -->',
      '<!-- ci-medic:occurrences=2 -->',
      `<!-- ci-medic:failures=${fingerprint} -->`,
      '## ci-medic classify: `test_fail`'
    ].join('\n')
  })
  github.state.addCollaborator('octocat')

  // A label from before the last failed fix was spent by it.
  github.timeline.label(alert.number, 'ci-medic:retry', 'octocat', '2026-11-30T09:00:00Z')
  const stale = await autofix(true)
  expect(stale.error, said(stale)).toBeUndefined()
  expect(model.modelCalls).toBe(0)
  expect((await reportOf(stale)).results[0]).toMatchObject({verdict: 'skipped'})
  expect(alert.labels).toContain('ci-medic:retry')

  // The maintainer puts it on again: one more try.
  github.timeline.label(alert.number, 'ci-medic:retry', 'octocat')
  const retried = await autofix(true)
  expect(retried.error, said(retried)).toBeUndefined()
  expect(model.modelCalls).toBeGreaterThan(0)
  const report = await reportOf(retried)
  expect(report.results[0]).toMatchObject({key: fingerprint, verdict: 'not-fixed'})
  expect(report.journal.map(e => e.text).join('\n')).toContain(
    `retry asked by @octocat on #${alert.number}`
  )
  // The label is off (one more try, not forever), and the try is in the ledger.
  expect(alert.labels).toEqual(['ci-medic'])
  expect(github.requestsTo('DELETE', /\/labels\/ci-medic(%3A|:)retry$/)).toHaveLength(1)
  const ledger = parseLedgerText(await readFile(path, 'utf8'))
  expect(ledger.outcomes.map(o => o.resolution)).toEqual([
    'not-fixed',
    'not-fixed',
    'skipped',
    'not-fixed'
  ])
}, 120_000)

// #11, through the bundle: the publish job's dist/publish/index.mjs, run as a runner runs it,
// appends the outcome records the fixing job (in-process autofix with publish: separate-job and
// ledger: issue, fake GitHub, scripted model) put in its proposal, with the PR it opened.
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parseLedgerComment} from '../../src/core/ledger/ledger-comment.js'
import type {OutcomeRecord} from '../../src/core/ledger/outcome-record.js'
import {startFakeAnthropic, type FakeAnthropic} from '../fakes/anthropic/index.js'
import {
  checkout,
  cleanupAutofixRuns,
  fixDiscount,
  inputsFor,
  NODE_TEST_COMMAND,
  perAttempt,
  runAutofixInProcess,
  said,
  TEST_ONLY,
  TOKEN,
  type Checkout
} from '../harness/autofix-run.js'
import {runAction} from '../harness/run-action.js'

let world: Checkout
let model: FakeAnthropic
let proposalDir: string

beforeAll(async () => {
  // ts-node-test: the ledger hand-over is the subject, not the runner (node:test costs a third of vitest).
  world = await checkout({fixture: 'ts-node-test'})
  model = await startFakeAnthropic({models: 'any', script: perAttempt(fixDiscount())})
  const run = await runAutofixInProcess({
    workspace: world.repo.dir,
    apiUrl: world.github.url,
    inputs: inputsFor(model, {
      ...TEST_ONLY,
      ...NODE_TEST_COMMAND,
      fingerprint: 'ledger',
      publish: 'separate-job'
    })
  })
  expect(run.error, said(run)).toBeUndefined()
  proposalDir = run.io.outputs['proposal-path']!
}, 240_000)

afterAll(async () => {
  await cleanupAutofixRuns()
  await world?.github.close()
  await model?.close()
  await world?.repo.cleanup()
})

function ledgerOutcomes(): OutcomeRecord[] {
  const issue = world.github.state.issues.find(i => i.title === 'ci-medic failure ledger')
  if (!issue) return []
  return world.github.state
    .commentsOn(issue.number)
    .flatMap(c => parseLedgerComment(c.body)?.outcomes ?? [])
}

describe('dist/publish', () => {
  it("appends the fixing job's outcome records to the ledger issue, with the PR", async () => {
    expect(ledgerOutcomes()).toEqual([])
    const run = await runAction('publish', {
      apiUrl: world.github.url,
      repository: world.github.fullName,
      inputs: {'proposal-path': proposalDir, 'github-token': TOKEN},
      timeoutMs: 120_000
    })
    expect(run.code, run.stderr + run.log).toBe(0)
    expect(run.groups).toContain('Write the ledger')
    const [kept, ...more] = ledgerOutcomes()
    expect(more).toEqual([])
    expect(kept).toMatchObject({
      source: 'autofix',
      runId: 7000,
      resolution: 'fixed',
      pr: run.outputs['pr-url'],
      actions: expect.arrayContaining(['proposed', 'pr-opened'])
    })
  })
})

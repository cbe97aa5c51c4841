// autofix's own flake evidence, in-process on the ts-vitest fixture with two
// planted tests beside its real ones, the fake GitHub (the issue-comment
// ledger) and a scripted model (a stand-in for Claude, only in tests) that
// gives up:
// - a flaky test: it fails the first time it ever runs and passes after
//   (a marker file outside the checkout, which the test itself writes; no
//   timing involved). Re-run unchanged it passes, alone and in a second full
//   run: skipped with no model call, reported as flaky, recorded as a known
//   flake, and the next run skips it from the ledger without re-running it;
// - an order-dependent test: it passes alone and fails in the full run
//   (another test of its file leaves state behind). It is not a flake: the
//   model works on it, and the report says it passed in isolation.
// The off-by-one of the fixture is fixed beforehand, so these two are the
// only failures.
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {parseLedgerComment} from '../../src/core/ledger/ledger-comment.js'
import type {OutcomeRecord} from '../../src/core/ledger/outcome-record.js'
import {startFakeAnthropic, textTurn, type FakeAnthropic} from '../fakes/anthropic/index.js'
import {
  checkout,
  cleanupAutofixRuns,
  decisionsOf,
  inputsFor,
  perAttempt,
  reportOf,
  RIGHT,
  runAutofixInProcess,
  said,
  sessions,
  TEST_ONLY,
  WRONG,
  type Checkout
} from '../harness/autofix-run.js'
import {FIXTURES_DIR} from '../harness/fixture-repo.js'

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

const FLAKY_TEST = 'converts with the cached exchange rate'
const ORDERED_TEST = 'starts with no currency registered'

/** Fails the first time it runs, passes every time after: the marker is outside the checkout. */
function flakyTest(marker: string): string {
  return `import {existsSync, writeFileSync} from 'node:fs'
import {expect, it} from 'vitest'

it('${FLAKY_TEST}', () => {
  const warm = existsSync(${JSON.stringify(marker)})
  if (!warm) writeFileSync(${JSON.stringify(marker)}, 'seen\\n')
  expect(warm).toBe(true)
})
`
}

/** Passes alone, fails after the test before it: they share the module's list. */
const ORDERED = `import {expect, it} from 'vitest'

const registered: string[] = []

it('registers the euro', () => {
  registered.push('EUR')
  expect(registered).toContain('EUR')
})

it('${ORDERED_TEST}', () => {
  expect(registered).toEqual([])
})
`

/** autofix's outcome records in the ledger issue's comments. */
function ledgerOutcomes(): OutcomeRecord[] {
  const issue = world!.github.state.issues.find(i => i.title === 'ci-medic failure ledger')
  if (!issue) return []
  return world!.github.state
    .commentsOn(issue.number)
    .flatMap(c => parseLedgerComment(c.body)?.outcomes ?? [])
}

describe('autofix re-runs a failing test unchanged before fixing it', () => {
  it('skips a flake with no model call and records it; works on an order-dependent failure', async () => {
    dir = await mkdtemp(join(tmpdir(), 'ci-medic-flaky-'))
    const marker = join(dir, 'rate-cache-warm')
    const discounts = await readFile(join(FIXTURES_DIR, 'ts-vitest/src/discounts.ts'), 'utf8')
    world = await checkout({
      files: {
        'src/discounts.ts': discounts.replace(WRONG, RIGHT),
        'test/flaky.test.ts': flakyTest(marker),
        'test/ordered.test.ts': ORDERED
      }
    })
    model = await startFakeAnthropic({
      models: 'any',
      script: perAttempt([textTurn('I do not see what is wrong.')])
    })
    const autofix = () =>
      runAutofixInProcess({
        workspace: world!.repo.dir,
        apiUrl: world!.github.url,
        inputs: inputsFor(model, {...TEST_ONLY, 'max-attempts-per-failure': '1'})
      })

    const first = await autofix()
    expect(first.error, said(first)).toBeUndefined()
    const report = await reportOf(first)
    const flaky = report.results.find(r => r.failure.includes(FLAKY_TEST))
    const ordered = report.results.find(r => r.failure.includes(ORDERED_TEST))
    expect(report.results, said(first)).toHaveLength(2)
    // The flake: no fixer, no model, the table says why.
    expect(flaky).toMatchObject({verdict: 'skipped', tier: null, attempts: 0})
    expect(flaky!.reason).toMatch(/^flaky: passed when re-run unchanged \(alone: `.*vitest run/)
    expect(first.io.summary).toContain('flaky: passed when re-run unchanged')
    // The order-dependent failure: passed alone, failed again in the full run, so the model tried.
    expect(ordered).toMatchObject({verdict: 'not-fixed', attempts: 1})
    expect(ordered!.reason).toMatch(/^passed in isolation \(`.*vitest run .*`\) but failed again/)
    expect(ordered!.reason).toContain(
      'depends on the order of the tests or on another failing test'
    )
    const asked = sessions(model)
    expect(asked).toHaveLength(1)
    const prompt = JSON.stringify(asked[0]![0]!.messages)
    expect(prompt).toContain(ORDERED_TEST)
    expect(prompt).not.toContain(FLAKY_TEST)
    // Each re-run is in the decision log, the one-test runs naming their failure.
    const prechecks = (await decisionsOf(first)).filter(
      d => d.kind === 'check' && d.stage === 'precheck'
    )
    const alone = prechecks.filter(d => d.failure).map(d => d.failure)
    expect(alone.sort()).toEqual([flaky!.key, ordered!.key].sort())
    expect(prechecks.filter(d => d.passedAlone).map(d => d.command)).toEqual([
      expect.stringMatching(/vitest/)
    ])
    // The ledger: a known flake on this commit.
    expect(ledgerOutcomes().find(o => o.fingerprint === flaky!.key)).toMatchObject({
      source: 'autofix',
      sha: world.repo.head,
      resolution: 'skipped',
      actions: ['skipped-known-flake'],
      attempts: 0
    })

    // The next run: the flake fails again in the baseline, and the ledger already says what it is.
    await rm(marker)
    const calls = model.modelCalls
    const second = await autofix()
    expect(second.error, said(second)).toBeUndefined()
    const again = (await reportOf(second)).results.find(r => r.key === flaky!.key)
    expect(again).toMatchObject({verdict: 'skipped', attempts: 0})
    expect(again!.reason).toMatch(/^a known flake \(the ledger marks this fingerprint flaky/)
    const rechecked = (await decisionsOf(second)).filter(
      d => d.kind === 'check' && d.stage === 'precheck' && d.failure === flaky!.key
    )
    expect(rechecked).toEqual([])
    // Only the order-dependent failure went to the model again.
    expect(sessions(model)).toHaveLength(2)
    expect(model.modelCalls).toBeGreaterThan(calls)
  })
})

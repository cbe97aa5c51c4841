// autofix and the ledger (ledger: file), in-process on the ts-node-test fixture
// with its real failing test, the fake GitHub and a scripted model (a
// stand-in for Claude, only in tests) that gives up: each run writes one
// outcome record per failure; after two failed fixes the next run skips the
// failure without asking the model, and a commit touching its file lifts the
// skip.
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {parseLedgerText} from '../../src/core/ledger/ledger-line.js'
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

describe('autofix with ledger: file', () => {
  it('records a failed fix, skips the failure after two without a model call, and retries once a commit touches its file', async () => {
    world = await checkout({fixture: 'ts-node-test'})
    model = await startFakeAnthropic({
      models: 'any',
      script: perAttempt([textTurn('I do not see what is wrong.')])
    })
    // Outside the checkout, as a downloaded artifact would be (ledger-path's advice).
    dir = await mkdtemp(join(tmpdir(), 'ci-medic-ledger-'))
    const path = join(dir, 'ledger.jsonl')
    const autofix = () =>
      runAutofixInProcess({
        workspace: world!.repo.dir,
        apiUrl: world!.github.url,
        inputs: inputsFor(model, {
          ...TEST_ONLY,
          ...NODE_TEST_COMMAND,
          'max-attempts-per-failure': '1',
          ledger: 'file',
          'ledger-path': path
        })
      })
    const outcomes = async () => parseLedgerText(await readFile(path, 'utf8')).outcomes

    // 1. The model gives up: one not-fixed record, with what it cost and where it failed.
    const first = await autofix()
    expect(first.error, said(first)).toBeUndefined()
    expect(first.io.warnings().filter(w => /ledger/i.test(w))).toEqual([])
    const [failed] = await outcomes()
    expect(failed).toMatchObject({
      kind: 'outcome',
      source: 'autofix',
      runId: 7000,
      sha: world.repo.head,
      category: 'test_fail',
      resolution: 'not-fixed',
      attempts: 1,
      actions: ['model-fix', 'reverted'],
      pr: '',
      commit: ''
    })
    expect(failed!.reason).toMatch(/No file was changed/)
    // The failure points at its test file (an assertion there; no source frame in the output).
    expect(failed!.files).toEqual(['test/discounts.test.ts'])
    expect(failed!.command).toMatch(/^node --test/)
    expect(failed!.tokens).toBeGreaterThan(0)
    const [result] = (await reportOf(first)).results
    expect(failed!.fingerprint).toBe(result!.key)

    // 2. A second failed fix of the same fingerprint, by an earlier run (the ledger's order is not time's).
    const earlier = {...failed, runId: 6999, time: '2026-01-01T00:00:00.000Z'}
    await writeFile(path, `${JSON.stringify(earlier)}\n`, {flag: 'a'})
    const calls = model.modelCalls
    const skipped = await autofix()
    expect(skipped.error, said(skipped)).toBeUndefined()
    expect(model.modelCalls).toBe(calls)
    const [skip] = (await reportOf(skipped)).results
    expect(skip).toMatchObject({key: failed!.fingerprint, verdict: 'skipped', attempts: 0})
    const runs = `${world.github.url}/octo-org/order-pricing/actions/runs`
    expect(skip!.reason).toMatch(
      new RegExp(`^failed twice \\(earlier runs: ${runs}/6999, ${runs}/7000\\): 2 earlier fixes`)
    )
    // The job summary's table keeps the links (its cells are shortened).
    expect(skipped.io.summary).toContain(`${runs}/6999, ${runs}/7000`)
    expect((await outcomes()).at(-1)).toMatchObject({
      fingerprint: failed!.fingerprint,
      resolution: 'skipped',
      actions: ['skipped-failed-twice'],
      attempts: 0
    })

    // 3. A commit touches the failure's file: the model is asked again.
    const testFile = join(world.repo.dir, 'test/discounts.test.ts')
    await writeFile(testFile, `${await readFile(testFile, 'utf8')}\n// Tiers reviewed.\n`)
    await world.repo.git(['commit', '-qam', 'test: note on the tiers'])
    const retried = await autofix()
    expect(retried.error, said(retried)).toBeUndefined()
    expect(model.modelCalls).toBeGreaterThan(calls)
    expect((await reportOf(retried)).results[0]).toMatchObject({verdict: 'not-fixed'})
    expect((await outcomes()).map(o => o.resolution)).toEqual([
      'not-fixed',
      'not-fixed',
      'skipped',
      'not-fixed'
    ])
  }, 120_000)
})

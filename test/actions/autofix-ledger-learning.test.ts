// Issue #12 item 5: a failure autofix failed to fix twice is skipped until a
// new signal; a new or changed learning about it is one. In-process on the
// ts-node-test fixture's real failing test, with ledger: file and a scripted
// model (a stand-in for Claude, only in tests) that gives up: two failed
// outcomes block the failure (no model call), then a commit that adds a
// pattern doc naming its fingerprint lifts the block (the model is asked).
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, expect, it} from 'vitest'
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

function failedFix(fingerprint: string, sha: string, runId: number): OutcomeRecord {
  return {
    v: 1,
    kind: 'outcome',
    time: '2026-12-01T10:00:00.000Z',
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

it('lifts the "failed twice" skip once a commit adds a learning about the failure', async () => {
  world = await checkout({fixture: 'ts-node-test'})
  model = await startFakeAnthropic({
    models: 'any',
    script: perAttempt([textTurn('I do not see what is wrong.')])
  })
  dir = await mkdtemp(join(tmpdir(), 'ci-medic-ledger-'))
  const path = join(dir, 'ledger.jsonl')
  const autofix = (withModel: boolean) =>
    runAutofixInProcess({
      workspace: world!.repo.dir,
      apiUrl: world!.github.url,
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
      .map(r => JSON.stringify(r))
      .join('\n') + '\n'
  )

  const skipped = await autofix(true)
  expect(skipped.error, said(skipped)).toBeUndefined()
  expect(model.modelCalls).toBe(0)
  expect((await reportOf(skipped)).results[0]).toMatchObject({verdict: 'skipped'})

  // A person (or the weekly learnings PR) adds a pattern doc about this failure.
  await mkdir(join(world.repo.dir, 'docs/patterns'), {recursive: true})
  await writeFile(
    join(world.repo.dir, 'docs/patterns/discount-tiers.md'),
    [
      '---',
      'ci-medic: pattern/v1',
      'key: discount-tiers',
      'category: test_fail',
      `fingerprints: [${fingerprint}]`,
      'files: [src/discounts.ts]',
      'count: 3',
      'first-seen: 2026-11-20T00:00:00Z',
      'last-seen: 2026-12-01T00:00:00Z',
      '---',
      '# The tier boundary is inclusive',
      '',
      '## Problem',
      'A quantity equal to a tier minimum gets no discount.',
      ''
    ].join('\n')
  )
  await world.repo.git(['add', 'docs/patterns/discount-tiers.md'])
  await world.repo.git(['commit', '-qm', 'docs: the tier boundary learning'])

  const retried = await autofix(true)
  expect(retried.error, said(retried)).toBeUndefined()
  expect(model.modelCalls).toBeGreaterThan(0)
  expect((await reportOf(retried)).results[0]).toMatchObject({verdict: 'not-fixed'})
  expect(retried.io.lines.map(l => l.message).join('\n')).toContain(
    'a learning for it changed since the last failed fix'
  )
}, 120_000)

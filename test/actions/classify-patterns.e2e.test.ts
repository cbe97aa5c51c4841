// classify mode: patterns through the bundle, offline, as a runner runs it:
// a JSON Lines ledger in the workspace (fingerprint A seen three times, B
// twice, C once, in classify's real verdict schema), no token. Exactly one
// pattern (A, count 3) in the `patterns` output and one doc in the
// workspace; metrics.json and the summary with the dashboard. What the
// analysis decides is tested in test/core/patterns; the GitHub side in
// classify-patterns.test.ts.
import {mkdtemp, readdir, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, expect, it} from 'vitest'
import {cleanupRun, runAction, type ActionRun} from '../harness/run-action.js'
import {FP_A, firstWeek, writeLedger} from './patterns-ledger.js'

let workspace = ''
let run: ActionRun | undefined

afterAll(async () => {
  if (run) await cleanupRun(run)
  await rm(workspace, {recursive: true, force: true})
})

it('finds one pattern in a local ledger and writes its doc, with no token', async () => {
  workspace = await mkdtemp(join(tmpdir(), 'ci-medic-patterns-e2e-'))
  await writeLedger(join(workspace, 'ci-medic-ledger.jsonl'), firstWeek())
  run = await runAction('classify', {
    workspace,
    eventName: 'schedule',
    inputs: {mode: 'patterns', 'ledger-path': 'ci-medic-ledger.jsonl'}
  })
  expect(run.stderr).toBe('')
  expect(run.code).toBe(0)

  const patterns = JSON.parse(run.outputs.patterns ?? '') as Array<Record<string, unknown>>
  expect(patterns).toEqual([
    {
      key: `compile-error-${FP_A}`,
      category: 'compile_error',
      count: 3,
      fingerprints: [FP_A],
      'first-seen': expect.any(String),
      'last-seen': expect.any(String),
      doc: `docs/patterns/compile-error-${FP_A}.md`
    }
  ])
  expect(await readdir(join(workspace, 'docs', 'patterns'))).toEqual([`compile-error-${FP_A}.md`])
  expect(run.outputs['learnings-pr-url']).toBe('')

  const metrics = JSON.parse(await readFile(run.outputs['metrics-path']!, 'utf8')) as {
    period: {failures: number}
    weeks: unknown[]
  }
  expect(metrics.period.failures).toBe(6)
  expect(metrics.weeks).toHaveLength(12)

  expect(run.groups).toContain('Find the patterns')
  expect(run.summary).toContain('xychart-beta')
  // The broken line at the end of the ledger is skipped and counted, never the whole ledger.
  expect(run.annotations.map(a => a.message)).toContain(
    '1 line(s) of the ledger are not ledger records and were skipped.'
  )
})

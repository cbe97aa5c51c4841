// Issue #12's end-to-end case, offline, through dist/classify/index.mjs as a
// runner runs it: classify reads real failure logs (excerpts people pasted in
// public issues, from the real corpus's dev split) with `ledger: file`, one
// run per log: the first log three times, the second twice, the third once.
// Then `mode: patterns` over that ledger with no token finds exactly one
// pattern, the first log's fingerprint seen three times, and writes one doc.
import {mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, expect, it} from 'vitest'
import {loadCorpus, REAL_DEV_DIR} from '../../bench/classify/corpus.mjs'
import {parseLedgerText} from '../../src/core/ledger/ledger-line.js'
import {cleanupRun, runAction, type ActionRun} from '../harness/run-action.js'

const LOGS = ['py-pytest-40', 'go-photon-sdk-5', 'js-pulse-5']
const TIMES = [3, 2, 1]

let workspace = ''
const runs: ActionRun[] = []

afterAll(async () => {
  await Promise.all(runs.map(cleanupRun))
  await rm(workspace, {recursive: true, force: true})
})

it('classify with ledger: file, then mode: patterns: one pattern, the log seen three times', async () => {
  workspace = await mkdtemp(join(tmpdir(), 'ci-medic-learn-e2e-'))
  await mkdir(join(workspace, 'logs'))
  const corpus = loadCorpus(REAL_DEV_DIR) as {id: string; text: string}[]
  for (const id of LOGS) {
    const entry = corpus.find(e => e.id === id)
    expect(entry, id).toBeDefined()
    await writeFile(join(workspace, 'logs', `${id}.log`), entry!.text)
  }

  const fingerprints: string[] = []
  let runId = 9000
  for (const [k, id] of LOGS.entries()) {
    for (let n = 0; n < TIMES[k]!; n++) {
      const run = await runAction('classify', {
        workspace,
        runId: runId++,
        eventName: 'workflow_dispatch',
        inputs: {'log-path': `logs/${id}.log`, ledger: 'file', 'ledger-path': 'ledger.jsonl'}
      })
      runs.push(run)
      expect(run.code, run.stderr).toBe(0)
      if (n === 0) fingerprints.push(run.outputs.fingerprint ?? '')
    }
  }
  // Three different failures, each a verdict per run in the ledger.
  expect(new Set(fingerprints).size).toBe(3)
  const ledger = parseLedgerText(await readFile(join(workspace, 'ledger.jsonl'), 'utf8'))
  expect(ledger.corrupt).toBe(0)
  expect(ledger.verdicts.map(v => v.fingerprint)).toEqual(
    fingerprints.flatMap((fp, k) => Array<string>(TIMES[k]!).fill(fp))
  )

  const patterns = await runAction('classify', {
    workspace,
    runId,
    eventName: 'schedule',
    inputs: {mode: 'patterns', 'ledger-path': 'ledger.jsonl'}
  })
  runs.push(patterns)
  expect(patterns.code, patterns.stderr).toBe(0)
  const found = JSON.parse(patterns.outputs.patterns ?? '') as {
    count: number
    fingerprints: string[]
    doc: string
  }[]
  expect(found).toHaveLength(1)
  expect(found[0]).toMatchObject({count: 3, fingerprints: [fingerprints[0]]})
  expect(await readdir(join(workspace, 'docs', 'patterns'))).toEqual([
    found[0]!.doc.split('/').pop()
  ])
  expect(await readFile(join(workspace, found[0]!.doc), 'utf8')).toContain(
    `fingerprints: [${fingerprints[0]}]`
  )
})

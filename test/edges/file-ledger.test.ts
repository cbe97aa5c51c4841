// The ledger as a local JSON Lines file: read whole, appended to, never
// rewritten. Real files in a temp directory.
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import type {LedgerRecord} from '../../src/core/ledger/ledger-record.js'
import type {OutcomeRecord} from '../../src/core/ledger/outcome-record.js'
import {fileLedger, LedgerFileError} from '../../src/edges/ledger/file-ledger.js'
import {corruptWarning, ledgerJsonLines, withRecords} from '../../src/edges/ledger/store.js'

const verdict: LedgerRecord = {
  v: 1,
  time: '2026-12-05T09:00:00.000Z',
  runId: 1,
  runAttempt: 1,
  workflow: 'CI',
  workflowPath: '.github/workflows/ci.yml',
  jobs: ['test'],
  sha: 'a'.repeat(40),
  branch: 'main',
  category: 'test_fail',
  confidence: 0.9,
  fingerprint: 'fp1',
  nextAction: 'autofix',
  actions: ['autofix-dispatched'],
  outcome: '',
  failureCount: 1,
  rule: 'vitest'
}

const outcome: OutcomeRecord = {
  v: 1,
  kind: 'outcome',
  time: '2026-12-05T10:00:00.000Z',
  source: 'autofix',
  runId: 2,
  runAttempt: 1,
  sha: 'a'.repeat(40),
  fingerprint: 'fp1',
  category: 'test_fail',
  title: 'adds numbers',
  files: ['src/add.ts'],
  command: 'npx vitest run',
  resolution: 'not-fixed',
  reason: 'the affected test still fails',
  actions: ['model-fix', 'reverted'],
  attempts: 2,
  tokens: 5000,
  costUsd: 0.05,
  seconds: 60,
  pr: '',
  commit: '',
  learnings: []
}

const future = JSON.stringify({v: 2, kind: 'outcome', fingerprint: 'fp9', shape: 'new'})

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ci-medic-file-ledger-'))
})
afterEach(async () => {
  await rm(dir, {recursive: true, force: true})
})

describe('the file ledger', () => {
  it('reads both kinds, counts a corrupt line once, keeps a future line, and appends after them', async () => {
    const path = join(dir, 'ledger.jsonl')
    const before = [JSON.stringify(verdict), '{"v":1, torn line', future, JSON.stringify(outcome)]
    // A hand-edited file without a final newline still gets whole lines appended.
    await writeFile(path, before.join('\n'))
    const ledger = fileLedger(path)

    const read = await ledger.read()
    expect(read.verdicts).toEqual([verdict])
    expect(read.outcomes).toEqual([outcome])
    expect(read.future).toEqual([future])
    expect(read.corrupt).toBe(1)
    expect(corruptWarning(read, path)).toMatch(/1 line\(s\) that are not valid records: .*skipped/)

    const second = {...outcome, runId: 3, resolution: 'regressed' as const}
    expect(await ledger.append([second])).toEqual({location: path})
    // Nothing before is rewritten: the corrupt and the future line stay as they were.
    expect(await readFile(path, 'utf8')).toBe(`${before.join('\n')}\n${JSON.stringify(second)}\n`)
    const again = await fileLedger(path).read()
    expect(again.outcomes.map(o => o.runId)).toEqual([2, 3])
    expect(again.future).toEqual([future])
  })

  it('starts from nothing when the file does not exist yet, and creates it (and its folder) on append', async () => {
    const path = join(dir, 'downloaded', 'ledger.jsonl')
    const ledger = fileLedger(path)
    expect(await ledger.read()).toEqual({verdicts: [], outcomes: [], future: [], corrupt: 0})
    expect(corruptWarning(await ledger.read(), path)).toBeUndefined()
    await ledger.append([verdict, outcome])
    expect(await readFile(path, 'utf8')).toBe(
      `${JSON.stringify(verdict)}\n${JSON.stringify(outcome)}\n`
    )
  })

  it('a path that cannot be read or written is one message naming the path, the cause and the fix', async () => {
    const folder = join(dir, 'a-folder')
    await mkdir(folder)
    const error = await fileLedger(folder)
      .read()
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(LedgerFileError)
    expect((error as Error).message).toBe(
      `The ledger file ${folder} could not be read (EISDIR): give 'ledger-path' a readable JSON Lines file, or a path where none exists yet.`
    )
    // Under a plain file, no one can create it (root neither).
    const plain = join(dir, 'plain-file')
    await writeFile(plain, 'x')
    const path = join(plain, 'ledger.jsonl')
    const write = await fileLedger(path)
      .append([outcome])
      .catch((e: unknown) => e)
    expect(write).toBeInstanceOf(LedgerFileError)
    expect((write as Error).message).toMatch(
      /^The ledger file .*plain-file\/ledger\.jsonl could not be written \((?:EEXIST|ENOTDIR)\): give 'ledger-path' a writable path/
    )
  })

  it('a store that rewrites the whole ledger keeps the future lines after the records', () => {
    const text = ledgerJsonLines(
      withRecords({verdicts: [verdict], outcomes: [], future: [future], corrupt: 2}, [outcome])
    )
    expect(text).toBe(`${JSON.stringify(verdict)}\n${JSON.stringify(outcome)}\n${future}\n`)
  })
})

// #11: with publish: separate-job and ledger: issue, the fixing job holds no write token, so it
// cannot write its outcome records to the ledger issue. It puts them in the proposal
// (ledger.jsonl); the publish job, which holds the write token, checks them as records of that
// very run (the fixing job ran repository code: its artifact is untrusted) and appends them
// after it publishes, with the PR it opened, and never twice. One real autofix run (in-process,
// fixture repository, fake GitHub, scripted model) makes the proposal; the publish job runs
// in-process through the real runPublish.
import {cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {PROPOSED_LEDGER_NOTE} from '../../src/actions/fixing-ledger.js'
import {parseLedgerComment} from '../../src/core/ledger/ledger-comment.js'
import type {OutcomeRecord} from '../../src/core/ledger/outcome-record.js'
import {ConfigurationError} from '../../src/errors.js'
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
  type Checkout
} from '../harness/autofix-run.js'
import {cleanupPublishRuns, publishInProcess} from '../harness/publish-run.js'

let world: Checkout
let model: FakeAnthropic
let proposalDir: string
let summary: string
const temps: string[] = []

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
  expect(run.io.outputs.outcome).toBe('fixed')
  proposalDir = run.io.outputs['proposal-path']!
  summary = run.io.summary
}, 240_000)

afterAll(async () => {
  await Promise.all(temps.map(dir => rm(dir, {recursive: true, force: true})))
  await cleanupAutofixRuns()
  await cleanupPublishRuns()
  await world?.github.close()
  await model?.close()
  await world?.repo.cleanup()
})

/** autofix's outcome records in the ledger issue's comments. */
function ledgerOutcomes(): OutcomeRecord[] {
  const issue = world.github.state.issues.find(i => i.title === 'ci-medic failure ledger')
  if (!issue) return []
  return world.github.state
    .commentsOn(issue.number)
    .flatMap(c => parseLedgerComment(c.body)?.outcomes ?? [])
}

async function proposedLines(dir = proposalDir): Promise<string[]> {
  return (await readFile(join(dir, 'ledger.jsonl'), 'utf8')).split('\n').filter(Boolean)
}

/** A copy of the proposal whose ledger.jsonl is `lines`. */
async function withLedger(lines: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ci-medic-proposal-ledger-'))
  temps.push(dir)
  await cp(proposalDir, dir, {recursive: true})
  await writeFile(join(dir, 'ledger.jsonl'), `${lines.join('\n')}\n`)
  return dir
}

describe('the fixing job', () => {
  it('puts its outcome records in the proposal and writes nothing on GitHub', async () => {
    const [line, ...more] = await proposedLines()
    expect(more).toEqual([])
    expect(JSON.parse(line!)).toMatchObject({
      kind: 'outcome',
      source: 'autofix',
      runId: 7000,
      resolution: 'fixed',
      actions: expect.arrayContaining(['proposed']),
      pr: ''
    })
    expect(ledgerOutcomes()).toEqual([])
    expect(summary).toContain(PROPOSED_LEDGER_NOTE)
  })
})

describe('the publish job', () => {
  it('refuses a proposal whose ledger file is not records of its own run', async () => {
    const [line] = await proposedLines()
    const record = JSON.parse(line!) as Record<string, unknown>
    const cases: [string, string[], RegExp][] = [
      ['another run', [JSON.stringify({...record, runId: 7001})], /a record of autofix run 7001/],
      ['another action', [JSON.stringify({...record, source: 'self-heal'})], /self-heal run 7000/],
      ['a field the schema lacks', [JSON.stringify({...record, note: 'x'})], /Unrecognized key/],
      [
        'a mention where the ledger table shows the time',
        [JSON.stringify({...record, time: '@octocat please'})],
        /time: an ISO time/
      ],
      [
        "classify's verdict record",
        [JSON.stringify({v: 1, time: record.time, runId: 7000, category: 'test_fail'})],
        /is not an outcome record/
      ],
      ['not JSON', ['{"v":1,'], /line 1 is not JSON/],
      ['too many records', Array.from({length: 501}, () => line!), /more than the 500/]
    ]
    for (const [why, lines, reason] of cases) {
      const run = await publishInProcess(world.github, await withLedger(lines))
      expect(run.error, why).toBeInstanceOf(ConfigurationError)
      expect((run.error as Error).message, why).toMatch(reason)
      expect((run.error as Error).message, why).toMatch(/^The proposal was refused: ledger\.jsonl/)
    }
    expect(world.github.state.pulls).toHaveLength(0)
    expect(ledgerOutcomes()).toEqual([])
  })

  it('appends them after the PR, naming it, and a re-run appends nothing twice', async () => {
    const first = await publishInProcess(world.github, proposalDir)
    expect(first.error).toBeUndefined()
    const pr = world.github.state.pulls[0]!
    const [kept, ...more] = ledgerOutcomes()
    expect(more).toEqual([])
    const proposed = JSON.parse((await proposedLines())[0]!) as OutcomeRecord
    expect(kept).toEqual({
      ...proposed,
      pr: first.io.outputs['pr-url'],
      actions: [...proposed.actions, 'pr-opened']
    })
    expect(first.io.outputs['pr-url']).toContain(`/pull/${pr.number}`)

    // The job summary says how many went to which ledger issue.
    const ledger = world.github.state.issues.find(i => i.title === 'ci-medic failure ledger')!
    expect(first.io.summary).toMatch(
      new RegExp(
        `\\nLedger: appended the fixing job's 1 outcome record\\(s\\) to the ledger issue 'ci-medic failure ledger': \\S+/issues/${ledger.number}\\.\\n`
      )
    )

    const again = await publishInProcess(world.github, proposalDir)
    expect(again.error).toBeUndefined()
    expect(ledgerOutcomes()).toHaveLength(1)
    expect(again.io.lines.map(l => l.message).join('\n')).toMatch(/are in the ledger already/)
    expect(again.io.summary).toContain(
      "\nLedger: nothing appended: the proposal's 1 outcome record(s) are in the ledger issue 'ci-medic failure ledger' already.\n"
    )
  })

  it('says in the job summary why it appended nothing: no records in the proposal, or a ledger it may not write', async () => {
    const bare = await withLedger([])
    await rm(join(bare, 'ledger.jsonl'))
    const none = await publishInProcess(world.github, bare)
    expect(none.error).toBeUndefined()
    expect(none.io.summary).toMatch(
      /\nLedger: nothing appended: the proposal carries no outcome records \(the fixing job puts them there only with `ledger: issue` and `publish: separate-job`/
    )

    const before = ledgerOutcomes().length
    world.github.setPermissions({issues: 'read'})
    try {
      const refused = await publishInProcess(world.github, proposalDir, {
        inputs: {'ledger-issue-title': 'ci-medic ledger (read only)'}
      })
      expect(refused.error).toBeUndefined()
      expect(refused.io.summary).toMatch(
        /\nLedger: not appended: the fixing job's 1 outcome record\(s\) could not be written to the ledger issue 'ci-medic ledger \(read only\)' \([^\n]*issues: write[^\n]*\)\.\n/
      )
    } finally {
      world.github.setPermissions({issues: 'write'})
    }
    expect(ledgerOutcomes()).toHaveLength(before)
  })
})

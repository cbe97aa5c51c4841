// How far back the artifact ledger reads, against the fake GitHub through the
// real octokit: past the newest 500 artifacts when it must, back to a
// snapshot (which a run that read many deltas uploads instead of its delta),
// not past the window, and no further than its caps, saying so.
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {COMPACT_AFTER, OVERLAP_MS} from '../../src/core/ledger/ledger-walk.js'
import type {LedgerRecord} from '../../src/core/ledger/ledger-record.js'
import {
  artifactLedger,
  LEDGER_FILE,
  RUN_ARTIFACT_LEDGER_FILE,
  type ArtifactLedgerOptions
} from '../../src/edges/github/artifact-ledger.js'
import {createGitHubClient, type GitHubClient} from '../../src/edges/github/client.js'
import {recordingLogger} from '../../src/logger.js'
import {startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'
import type {ArtifactRecord, RunRecord} from '../fakes/github/state.js'

const repo = {owner: 'acme', repo: 'widgets'}
const NOW = Date.parse('2026-12-05T00:00:00Z')
const HOUR = 3_600_000
let fake: FakeGitHub
let client: GitHubClient
let dir: string
let logger: ReturnType<typeof recordingLogger>
let reader: RunRecord

beforeEach(async () => {
  fake = await startFakeGitHub({
    ...repo,
    files: {
      'README.md': '# widgets\n',
      '.github/workflows/ci-medic.yml': 'name: ci-medic\non:\n  workflow_run:\n'
    }
  })
  logger = recordingLogger()
  client = createGitHubClient({
    token: 'ghs_test',
    apiUrl: fake.url,
    logger,
    retries: 0,
    pace: false
  })
  dir = await mkdtemp(join(tmpdir(), 'ci-medic-ledger-walk-'))
  reader = classifyRun()
})
afterEach(async () => {
  await fake.close()
  await rm(dir, {recursive: true, force: true})
})

function classifyRun(): RunRecord {
  return fake.addWorkflowRun({workflow: 'ci-medic.yml', event: 'workflow_run', head_branch: 'main'})
}

function verdict(fingerprint: string, time: string): LedgerRecord {
  return {
    v: 1,
    time,
    runId: 1,
    runAttempt: 1,
    workflow: 'CI',
    workflowPath: '.github/workflows/ci.yml',
    jobs: ['test'],
    sha: 'a'.repeat(40),
    branch: 'main',
    category: 'test_fail',
    confidence: 0.9,
    fingerprint,
    nextAction: 'autofix',
    actions: [],
    outcome: '',
    failureCount: 1,
    rule: 'vitest'
  }
}

const iso = (ms: number) => new Date(ms).toISOString()

/** A classify run's artifact holding `text` as its ledger, created at `created` (ms). */
function uploaded(text: string, created: number): ArtifactRecord {
  const run = classifyRun()
  const artifact = fake.addArtifact(run.id, `ci-medic-classify-${run.id}-1-triage`, {
    'classify-report.json': '{}',
    [RUN_ARTIFACT_LEDGER_FILE]: text
  })
  artifact.created_at = iso(created)
  return artifact
}

/** A delta with one record, as a run writes it. */
function delta(fingerprint: string, created: number): ArtifactRecord {
  const header = JSON.stringify({v: 2, kind: 'ledger-delta', time: iso(created)})
  return uploaded(`${header}\n${JSON.stringify(verdict(fingerprint, iso(created)))}\n`, created)
}

function ledger(options: Partial<ArtifactLedgerOptions> = {}) {
  return artifactLedger(client, repo, join(dir, LEDGER_FILE), {
    currentRunId: reader.id,
    logger,
    now: () => NOW,
    ...options
  })
}

const downloaded = (a: ArtifactRecord) =>
  fake.requestsTo('GET', new RegExp(`/artifacts/${a.id}/zip`)).length > 0

it('finds the ledger behind more than 500 newer artifacts of other kinds', async () => {
  delta('behind', NOW - 2 * HOUR)
  const run = classifyRun()
  for (let i = 0; i < 520; i++) fake.addArtifact(run.id, `coverage-${i}`, {'lcov.info': 'x'})
  expect((await ledger().read()).verdicts.map(r => r.fingerprint)).toEqual(['behind'])
  expect(fake.requestsTo('GET', /\/actions\/artifacts$/).length).toBeGreaterThan(5)
})

it('leaves out an artifact older than the window, without downloading it', async () => {
  const old = delta('old', NOW - 91 * 24 * HOUR)
  delta('recent', NOW - 24 * HOUR)
  expect((await ledger().read()).verdicts.map(r => r.fingerprint)).toEqual(['recent'])
  expect(downloaded(old)).toBe(false)
  // A longer window (patterns mode's period-days) reaches it.
  expect((await ledger({periodDays: 120}).read()).verdicts.map(r => r.fingerprint)).toEqual([
    'old',
    'recent'
  ])
})

it('stops at the cap of artifacts, and says so in one warning', async () => {
  for (let i = 5; i >= 1; i--) delta(`d${i}`, NOW - i * HOUR)
  const read = await ledger({readCaps: {artifacts: 3, bytes: 1 << 20}}).read()
  expect(read.verdicts.map(r => r.fingerprint)).toEqual(['d3', 'd2', 'd1'])
  const warnings = logger.lines.filter(l => l.level === 'warning').map(l => l.message)
  expect(warnings).toEqual([expect.stringMatching(/newest 3 ledger artifact\(s\) only/)])
})

it('stops when the next ledger would pass the cap on bytes together, and says so', async () => {
  for (let i = 3; i >= 1; i--) delta(`d${i}`, NOW - i * HOUR)
  // One delta is about 460 bytes: room for two.
  const read = await ledger({readCaps: {artifacts: 100, bytes: 1000}}).read()
  expect(read.verdicts.map(r => r.fingerprint)).toEqual(['d2', 'd1'])
  const warnings = logger.lines.filter(l => l.level === 'warning').map(l => l.message)
  expect(warnings).toEqual([
    expect.stringMatching(/newest 2 ledger artifact\(s\) only: the cap of 1000 bytes of ledger/)
  ])
})

it('reads on past an artifact that is gone since it was listed', async () => {
  delta('older', NOW - 2 * HOUR)
  const gone = delta('gone', NOW - HOUR)
  fake.fault('GET', new RegExp(`/actions/artifacts/${gone.id}/zip$`), {
    status: 410,
    body: {message: 'Artifact has expired'}
  })
  expect((await ledger().read()).verdicts.map(r => r.fingerprint)).toEqual(['older'])
  expect(logger.lines.map(l => l.message).join('\n')).toContain(
    `artifact ${gone.id} is gone since it was listed`
  )
})

describe('compaction', () => {
  it(`after ${COMPACT_AFTER} deltas a run uploads a snapshot, and the next read stops at it`, async () => {
    const old: ArtifactRecord[] = []
    for (let i = COMPACT_AFTER; i >= 1; i--) old.push(delta(`d${i}`, NOW - (i + 2) * HOUR))
    const newest = NOW - 3 * HOUR
    // The run that reads them all uploads everything it read, plus its own, as a snapshot.
    const {location} = await ledger().append([verdict('compactor', iso(NOW))])
    const text = await readFile(location, 'utf8')
    const [header, ...lines] = text.trim().split('\n')
    expect(JSON.parse(header!)).toEqual({
      v: 2,
      kind: 'ledger-snapshot',
      time: iso(NOW),
      through: iso(newest - OVERLAP_MS)
    })
    expect(lines).toHaveLength(COMPACT_AFTER + 1)

    // Its artifact; a delta still uploading when it listed (created within the overlap); a newer one.
    const inFlight = delta('in-flight', newest - OVERLAP_MS / 2)
    uploaded(text, NOW + HOUR)
    delta('after', NOW + 2 * HOUR)
    const before = fake.requests.length
    const read = await ledger({now: () => NOW + 3 * HOUR}).read()
    // By time: the in-flight delta was written between d2 and d1.
    expect(read.verdicts.map(r => r.fingerprint)).toEqual([
      ...Array.from({length: COMPACT_AFTER - 1}, (_, i) => `d${COMPACT_AFTER - i}`),
      'in-flight',
      'd1',
      'compactor',
      'after'
    ])
    // Read: the newest delta, the snapshot, and what was created in the overlap before its
    // boundary (d1, d2 again, and the in-flight one); not the older deltas the snapshot holds.
    const zips = fake.requests.slice(before).filter(r => /\/artifacts\/\d+\/zip$/.test(r.path))
    const ids = zips.map(r => Number(/\/artifacts\/(\d+)\/zip$/.exec(r.path)![1]))
    expect(ids).toHaveLength(5)
    expect(ids).toContain(inFlight.id)
    expect(ids.filter(id => old.slice(0, COMPACT_AFTER - 2).some(a => a.id === id))).toEqual([])
  })

  it('a run that read fewer deltas uploads only its own record', async () => {
    for (let i = 3; i >= 1; i--) delta(`d${i}`, NOW - i * HOUR)
    const {location} = await ledger().append([verdict('mine', iso(NOW))])
    const [header, ...lines] = (await readFile(location, 'utf8')).trim().split('\n')
    expect(JSON.parse(header!)).toMatchObject({kind: 'ledger-delta'})
    expect(lines.map(l => (JSON.parse(l) as LedgerRecord).fingerprint)).toEqual(['mine'])
  })
})

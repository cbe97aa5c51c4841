// The artifact ledger against the fake GitHub, through the real octokit: only
// an artifact uploaded by a run of classify's own workflow on the default
// branch is read (a fork's pull request can upload one too), and what an
// artifact unzips to is capped.
import {randomBytes} from 'node:crypto'
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import type {LedgerRecord} from '../../src/core/ledger/ledger-record.js'
import {
  artifactLedger,
  LEDGER_ARTIFACT,
  LEDGER_FILE,
  MAX_LEDGER_BYTES
} from '../../src/edges/github/artifact-ledger.js'
import {createGitHubClient, type GitHubClient} from '../../src/edges/github/client.js'
import {recordingLogger} from '../../src/logger.js'
import {startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'
import {createZip} from '../fakes/github/zip.js'
import type {RunRecord} from '../fakes/github/state.js'

const repo = {owner: 'acme', repo: 'widgets'}
const CLASSIFY = 'ci-medic.yml'

let fake: FakeGitHub
let client: GitHubClient
let dir: string
let logger: ReturnType<typeof recordingLogger>
/** The run this classify step is part of. */
let current: RunRecord

beforeEach(async () => {
  fake = await startFakeGitHub({
    ...repo,
    files: {
      'README.md': '# widgets\n',
      '.github/workflows/ci.yml': 'name: CI\non: [push, pull_request]\n',
      [`.github/workflows/${CLASSIFY}`]: 'name: ci-medic\non:\n  workflow_run:\n'
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
  dir = await mkdtemp(join(tmpdir(), 'ci-medic-artifact-ledger-'))
  current = classifyRun({event: 'workflow_run'})
})
afterEach(async () => {
  await fake.close()
  await rm(dir, {recursive: true, force: true})
})

function classifyRun(seed: Parameters<FakeGitHub['addWorkflowRun']>[0] = {}): RunRecord {
  return fake.addWorkflowRun({
    workflow: CLASSIFY,
    name: 'ci-medic',
    event: 'schedule',
    head_branch: 'main',
    ...seed
  })
}

function record(fingerprint: string, overrides: Partial<LedgerRecord> = {}): LedgerRecord {
  return {
    v: 1,
    time: '2026-11-23T10:00:00Z',
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
    rule: 'vitest',
    ...overrides
  }
}

const jsonl = (...records: LedgerRecord[]): string =>
  records.map(r => JSON.stringify(r)).join('\n') + '\n'

function ledger(options: {currentRunId?: number; maxBytes?: number} = {}) {
  return artifactLedger(client, repo, join(dir, LEDGER_FILE), {
    currentRunId: options.currentRunId ?? current.id,
    logger,
    maxBytes: options.maxBytes
  })
}

describe('which ledger artifact is trusted', () => {
  it("reads a default-branch run of classify's own workflow, and ignores a newer poisoned one from a fork", async () => {
    const trusted = classifyRun()
    fake.addArtifact(trusted.id, LEDGER_ARTIFACT, {[LEDGER_FILE]: jsonl(record('trusted'))})
    // A fork's pull request, even from a branch it named main, running the same workflow file.
    const fork = classifyRun({
      event: 'pull_request',
      head_branch: 'main',
      head_repository: 'mallory/widgets'
    })
    const poison = record('trusted', {outcome: 'rerun-passed', runAttempt: 2})
    fake.addArtifact(fork.id, LEDGER_ARTIFACT, {[LEDGER_FILE]: jsonl(poison)})

    const records = (await ledger().read()).verdicts
    expect(records.map(r => [r.fingerprint, r.outcome])).toEqual([['trusted', '']])
    const said = logger.lines.map(l => l.message).join('\n')
    expect(said).toMatch(/passed over 1 ci-medic-ledger artifact\(s\)/)
    expect(said).toContain("another repository's commit (a fork)")
    // The poisoned artifact was never downloaded.
    const poisoned = fake.state.artifacts.find(a => a.run_id === fork.id)!
    expect(fake.requestsTo('GET', new RegExp(`/artifacts/${poisoned.id}/zip`))).toHaveLength(0)
  })

  it.each([
    [
      'a pull request from a branch of this repository',
      {event: 'pull_request', head_branch: 'main'}
    ],
    ['a pull_request_target run', {event: 'pull_request_target', head_branch: 'main'}],
    ['another branch', {event: 'push', head_branch: 'feature'}],
    ['another workflow', {workflow: 'ci.yml', name: 'CI', event: 'push'}]
  ])('passes over an artifact from %s', async (_, seed) => {
    const trusted = classifyRun()
    fake.addArtifact(trusted.id, LEDGER_ARTIFACT, {[LEDGER_FILE]: jsonl(record('trusted'))})
    const other = classifyRun(seed)
    fake.addArtifact(other.id, LEDGER_ARTIFACT, {[LEDGER_FILE]: jsonl(record('poisoned'))})
    expect((await ledger().read()).verdicts.map(r => r.fingerprint)).toEqual(['trusted'])
  })

  it('reads nothing when only untrusted artifacts exist', async () => {
    const fork = classifyRun({event: 'pull_request', head_repository: 'mallory/widgets'})
    fake.addArtifact(fork.id, LEDGER_ARTIFACT, {[LEDGER_FILE]: jsonl(record('poisoned'))})
    expect((await ledger().read()).verdicts).toEqual([])
  })

  it('trusts nothing when it cannot tell which workflow it runs in', async () => {
    const trusted = classifyRun()
    fake.addArtifact(trusted.id, LEDGER_ARTIFACT, {[LEDGER_FILE]: jsonl(record('trusted'))})
    await expect(ledger({currentRunId: 0}).read()).rejects.toThrow(/GITHUB_RUN_ID is not set/)
  })

  it('writes only the new record for upload, marked as a delta, and reads it with the trusted ones', async () => {
    const trusted = classifyRun()
    fake.addArtifact(trusted.id, LEDGER_ARTIFACT, {[LEDGER_FILE]: jsonl(record('trusted'))})
    const fork = classifyRun({event: 'pull_request', head_repository: 'mallory/widgets'})
    fake.addArtifact(fork.id, LEDGER_ARTIFACT, {[LEDGER_FILE]: jsonl(record('poisoned'))})
    const store = ledger()
    const {location} = await store.append([record('new')])
    const [header, ...written] = (await readFile(location, 'utf8')).trim().split('\n')
    expect(JSON.parse(header!)).toMatchObject({v: 2, kind: 'ledger-delta'})
    expect(written.map(l => (JSON.parse(l) as LedgerRecord).fingerprint)).toEqual(['new'])
    expect((await store.read()).verdicts.map(r => r.fingerprint)).toEqual(['trusted', 'new'])
  })
})

/** A zip whose one entry is `size` zero bytes: a few KB zipped. */
function bomb(size: number): Buffer {
  return createZip({[LEDGER_FILE]: Buffer.alloc(size)})
}

/** The same zip with the central directory's uncompressed size rewritten to lie. */
function lyingBomb(size: number, claimed: number): Buffer {
  const zip = bomb(size)
  const central = zip.readUInt32LE(zip.length - 22 + 16)
  zip.writeUInt32LE(claimed, central + 24)
  return zip
}

/** Reads the ledger: the bomb is skipped, and the one warning says why. */
async function skipped(store: ReturnType<typeof ledger>): Promise<string> {
  expect((await store.read()).verdicts).toEqual([])
  const warnings = logger.lines.filter(l => l.level === 'warning').map(l => l.message)
  expect(warnings).toHaveLength(1)
  return warnings[0]!
}

describe('a zip bomb', () => {
  it('is skipped at the cap, naming it, and the rest is read', async () => {
    const older = classifyRun()
    fake.addArtifact(older.id, LEDGER_ARTIFACT, {[LEDGER_FILE]: jsonl(record('older'))})
    const trusted = classifyRun()
    const zip = bomb(MAX_LEDGER_BYTES + 1024 * 1024)
    expect(zip.length).toBeLessThan(100_000)
    fake.addArtifact(trusted.id, LEDGER_ARTIFACT, zip)
    expect((await ledger().read()).verdicts.map(r => r.fingerprint)).toEqual(['older'])
    const warnings = logger.lines.filter(l => l.level === 'warning').map(l => l.message)
    expect(warnings).toEqual([
      expect.stringMatching(/holds more than 32 MiB, the most ci-medic reads/)
    ])
  })

  it('is refused while inflating when its header lies about the size', async () => {
    const trusted = classifyRun()
    fake.addArtifact(trusted.id, LEDGER_ARTIFACT, lyingBomb(MAX_LEDGER_BYTES + 1024 * 1024, 100))
    await expect(skipped(ledger())).resolves.toMatch(/holds more than 32 MiB/)
  })

  it('is refused before download when the artifact itself is over the cap', async () => {
    const trusted = classifyRun()
    const noise = randomBytes(4096) // incompressible: the zip itself is over 1 KiB
    const artifact = fake.addArtifact(trusted.id, LEDGER_ARTIFACT, {[LEDGER_FILE]: noise})
    await expect(skipped(ledger({maxBytes: 1024}))).resolves.toMatch(/holds more than 1 KiB/)
    expect(fake.requestsTo('GET', new RegExp(`/artifacts/${artifact.id}/zip`))).toHaveLength(0)
  })
})

// Two runs at the same time do not lose each other's ledger records (#12):
// a classify and an autofix both start from the same ledger, each adds its
// own record and uploads its artifact through the real @actions/artifact
// (against the loopback artifact service, which serves what was uploaded
// through the fake GitHub's REST API); a third run reads back BOTH new
// records. Before deltas each artifact held the whole rewritten ledger and
// the reader took the newest one only, so the classify run's record was lost.
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, beforeEach, expect, it, vi} from 'vitest'
import type {LedgerRecord} from '../../src/core/ledger/ledger-record.js'
import type {OutcomeRecord} from '../../src/core/ledger/outcome-record.js'
import {runArtifactName, uploadArtifact} from '../../src/edges/artifacts/upload.js'
import {artifactLedger, RUN_ARTIFACT_LEDGER_FILE} from '../../src/edges/github/artifact-ledger.js'
import {createGitHubClient, type GitHubClient} from '../../src/edges/github/client.js'
import {artifactLedgerFile} from '../../src/edges/ledger/open-ledger.js'
import type {LedgerStore} from '../../src/edges/ledger/store.js'
import {recordingLogger} from '../../src/logger.js'
import {startFakeArtifactService, type FakeArtifactService} from '../fakes/artifacts/index.js'
import {readZip, startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'
import type {RunRecord} from '../fakes/github/state.js'

const repo = {owner: 'acme', repo: 'widgets'}
let fake: FakeGitHub
let client: GitHubClient
let dir: string
const services: FakeArtifactService[] = []

beforeEach(async () => {
  fake = await startFakeGitHub({
    ...repo,
    files: {
      'README.md': '# widgets\n',
      '.github/workflows/ci-medic.yml': 'name: ci-medic\non:\n  workflow_run:\n',
      '.github/workflows/ci-medic-autofix.yml':
        'name: ci-medic autofix\non:\n  workflow_dispatch:\n'
    }
  })
  client = createGitHubClient({
    token: 'ghs_test',
    apiUrl: fake.url,
    logger: recordingLogger(),
    retries: 0,
    pace: false
  })
  dir = await mkdtemp(join(tmpdir(), 'ci-medic-concurrent-ledger-'))
})
afterEach(async () => {
  vi.unstubAllEnvs()
  await Promise.all(services.splice(0).map(s => s.close()))
  await fake.close()
  await rm(dir, {recursive: true, force: true})
})

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
    actions: ['autofix-dispatched'],
    outcome: '',
    failureCount: 1,
    rule: 'vitest'
  }
}

function outcome(fingerprint: string, time: string): OutcomeRecord {
  return {
    v: 1,
    kind: 'outcome',
    time,
    source: 'autofix',
    runId: 2,
    runAttempt: 1,
    sha: 'a'.repeat(40),
    fingerprint,
    category: 'test_fail',
    title: 'adds numbers',
    files: ['src/sum.ts'],
    command: 'npm test',
    resolution: 'not-fixed',
    reason: 'every attempt failed verification',
    actions: ['model-fix'],
    attempts: 2,
    tokens: 1000,
    costUsd: 0.01,
    seconds: 30,
    pr: '',
    commit: '',
    learnings: []
  }
}

/** One ci-medic job: its run in the fake GitHub, its artifact service, its temp folder. */
interface Job {
  action: 'classify' | 'autofix'
  run: RunRecord
  service: FakeArtifactService
  tempDir: string
  store: LedgerStore
}

async function job(action: Job['action'], workflow: string): Promise<Job> {
  const run = fake.addWorkflowRun({workflow, event: 'workflow_dispatch', head_branch: 'main'})
  const service = await startFakeArtifactService({github: {state: fake.state, runId: run.id}})
  services.push(service)
  const tempDir = join(dir, `${action}-${run.id}`)
  const store = artifactLedger(client, repo, artifactLedgerFile(tempDir), {currentRunId: run.id})
  return {action, run, service, tempDir, store}
}

/** What actions/artifact-step.ts does at the end of the job: the ledger file goes up in the run's artifact. */
async function uploadLedger(j: Job): Promise<void> {
  for (const [k, v] of Object.entries(j.service.env)) vi.stubEnv(k, v)
  vi.stubEnv('GITHUB_SERVER_URL', 'https://github.com')
  const root = join(j.tempDir, 'ci-medic')
  await uploadArtifact({
    name: runArtifactName(j.action, {runId: j.run.id, runAttempt: 1, job: 'main'}),
    rootDirectory: root,
    files: [artifactLedgerFile(j.tempDir)]
  })
}

const fingerprints = (ledger: Awaited<ReturnType<LedgerStore['read']>>) => [
  ...ledger.verdicts.map(r => `verdict:${r.fingerprint}`),
  ...ledger.outcomes.map(r => `outcome:${r.fingerprint}`)
]

it("a third run reads both concurrent runs' new records", async () => {
  // The ledger both runs start from.
  const seed = await job('classify', 'ci-medic.yml')
  await seed.store.append([verdict('seed', '2026-12-01T09:00:00.000Z')])
  await uploadLedger(seed)

  // classify and autofix start at the same time: both read the same ledger…
  const classify = await job('classify', 'ci-medic.yml')
  const autofix = await job('autofix', 'ci-medic-autofix.yml')
  expect(fingerprints(await classify.store.read())).toEqual(['verdict:seed'])
  expect(fingerprints(await autofix.store.read())).toEqual(['verdict:seed'])
  // …each adds its own record, and classify's upload lands first.
  await classify.store.append([verdict('from-classify', '2026-12-01T10:00:00.000Z')])
  await autofix.store.append([outcome('seed', '2026-12-01T10:00:01.000Z')])
  await uploadLedger(classify)
  await uploadLedger(autofix)

  const third = await job('classify', 'ci-medic.yml')
  expect(fingerprints(await third.store.read())).toEqual([
    'verdict:seed',
    'verdict:from-classify',
    'outcome:seed'
  ])
  // Each artifact carries only what its run added.
  const carried = (s: FakeArtifactService) => {
    const file = readZip(s.artifacts[0]!.zip!)[RUN_ARTIFACT_LEDGER_FILE]!
    return file
      .toString('utf8')
      .trim()
      .split('\n')
      .map(l => JSON.parse(l) as {kind?: string; fingerprint?: string})
  }
  expect(carried(autofix.service).map(l => l.kind ?? l.fingerprint)).toEqual([
    'ledger-delta',
    'outcome'
  ])
})

it('two classify runs from the same ledger: the next one reads both, each record once', async () => {
  const seed = await job('classify', 'ci-medic.yml')
  await seed.store.append([verdict('seed', '2026-12-01T09:00:00.000Z')])
  await uploadLedger(seed)
  const one = await job('classify', 'ci-medic.yml')
  const two = await job('classify', 'ci-medic.yml')
  await Promise.all([one.store.read(), two.store.read()])
  await one.store.append([verdict('one', '2026-12-01T10:00:00.000Z')])
  await two.store.append([verdict('two', '2026-12-01T10:00:00.500Z')])
  await uploadLedger(two)
  await uploadLedger(one)

  const next = await job('classify', 'ci-medic.yml')
  const read = await next.store.read()
  expect(fingerprints(read)).toEqual(['verdict:seed', 'verdict:one', 'verdict:two'])
  expect(read.corrupt).toBe(0)
  expect(read.future).toEqual([])
})

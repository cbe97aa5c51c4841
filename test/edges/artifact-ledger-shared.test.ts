// One ledger for all of ci-medic (#12): with `ledger: artifact`, autofix and
// self-heal read the newest ledger a ci-medic action uploaded in this
// repository (classify's verdicts included), not only their own workflow's;
// still only from default-branch runs of this repository, and only an
// artifact whose name carries the run that uploaded it. Against the fake
// GitHub, through the real octokit.
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, beforeEach, expect, it} from 'vitest'
import type {LedgerRecord} from '../../src/core/ledger/ledger-record.js'
import {
  artifactLedger,
  LEDGER_ARTIFACT,
  LEDGER_FILE,
  RUN_ARTIFACT_LEDGER_FILE
} from '../../src/edges/github/artifact-ledger.js'
import {createGitHubClient, type GitHubClient} from '../../src/edges/github/client.js'
import {recordingLogger} from '../../src/logger.js'
import {startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'
import type {RunRecord} from '../fakes/github/state.js'

const repo = {owner: 'acme', repo: 'widgets'}
let fake: FakeGitHub
let client: GitHubClient
let dir: string
let logger: ReturnType<typeof recordingLogger>
/** The autofix run that reads the ledger. */
let autofix: RunRecord

beforeEach(async () => {
  fake = await startFakeGitHub({
    ...repo,
    files: {
      'README.md': '# widgets\n',
      '.github/workflows/ci-medic.yml': 'name: ci-medic\non:\n  workflow_run:\n',
      '.github/workflows/ci-medic-autofix.yml':
        'name: ci-medic autofix\non:\n  workflow_dispatch:\n',
      '.github/workflows/other.yml': 'name: other\non: [push]\n'
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
  dir = await mkdtemp(join(tmpdir(), 'ci-medic-shared-ledger-'))
  autofix = run('ci-medic-autofix.yml', {event: 'workflow_dispatch'})
})
afterEach(async () => {
  await fake.close()
  await rm(dir, {recursive: true, force: true})
})

function run(workflow: string, seed: Parameters<FakeGitHub['addWorkflowRun']>[0] = {}): RunRecord {
  return fake.addWorkflowRun({workflow, event: 'schedule', head_branch: 'main', ...seed})
}

function verdict(fingerprint: string): LedgerRecord {
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
    rule: 'vitest'
  }
}

/** A ci-medic action's own artifact: its report folder, the ledger under ledger/. */
function upload(by: RunRecord, action: string, fingerprint: string, at: string, name?: string) {
  const artifact = fake.addArtifact(by.id, name ?? `ci-medic-${action}-${by.id}-1-job`, {
    'report.json': '{}',
    [RUN_ARTIFACT_LEDGER_FILE]: `${JSON.stringify(verdict(fingerprint))}\n`
  })
  artifact.created_at = at
  return artifact
}

const read = async () =>
  (
    await artifactLedger(client, repo, join(dir, LEDGER_FILE), {
      currentRunId: autofix.id,
      logger,
      // The artifacts below are dated: the ledger's window ends here, not on the test's day.
      now: () => Date.parse('2026-12-05T00:00:00Z')
    }).read()
  ).verdicts.map(v => v.fingerprint)

it("reads classify's newer ledger from another workflow, not only its own", async () => {
  upload(run('ci-medic-autofix.yml'), 'autofix', 'from-autofix', '2026-12-01T10:00:00Z')
  upload(
    run('ci-medic.yml', {event: 'workflow_run'}),
    'classify',
    'from-classify',
    '2026-12-02T10:00:00Z'
  )
  expect(await read()).toEqual(['from-classify'])
})

it('still reads its own when that is the newest', async () => {
  upload(run('ci-medic.yml'), 'classify', 'from-classify', '2026-12-01T10:00:00Z')
  upload(run('ci-medic-autofix.yml'), 'autofix', 'from-autofix', '2026-12-02T10:00:00Z')
  expect(await read()).toEqual(['from-autofix'])
})

it.each([
  ['a pull request', {event: 'pull_request'}],
  ['another branch', {event: 'push', head_branch: 'feature'}],
  ['a fork', {event: 'pull_request', head_repository: 'mallory/widgets'}]
])("passes over a ci-medic action's artifact from %s", async (_, seed) => {
  upload(run('ci-medic.yml'), 'classify', 'trusted', '2026-12-01T10:00:00Z')
  upload(run('ci-medic.yml', seed), 'classify', 'poisoned', '2026-12-02T10:00:00Z')
  expect(await read()).toEqual(['trusted'])
})

it('passes over a run artifact whose name carries another run, and a manual one from another workflow', async () => {
  upload(run('ci-medic.yml'), 'classify', 'trusted', '2026-12-01T10:00:00Z')
  const other = run('other.yml', {event: 'push'})
  upload(
    other,
    'classify',
    'copied-name',
    '2026-12-02T10:00:00Z',
    `ci-medic-classify-${autofix.id}-1`
  )
  const manual = fake.addArtifact(other.id, LEDGER_ARTIFACT, {
    [LEDGER_FILE]: `${JSON.stringify(verdict('manual'))}\n`
  })
  manual.created_at = '2026-12-03T10:00:00Z'
  expect(await read()).toEqual(['trusted'])
  const said = logger.lines.map(l => l.message).join('\n')
  expect(said).toContain(`its name says run ${autofix.id}, but run ${other.id} uploaded it`)
  expect(said).toMatch(/is of another workflow/)
})

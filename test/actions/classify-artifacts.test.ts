// classify and autofix upload their own files as a workflow artifact through
// the real @actions/artifact, against a loopback stand-in of the artifact
// service (test/fakes/artifacts: its Twirp API and the Azure Blob upload),
// which also serves what was uploaded through the fake GitHub's REST API;
// the next classify run reads the ledger back from it. No runtime token is
// a notice; a service that refuses is a warning; neither fails the run.
import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'
import {loadCorpus, REAL_DEV_DIR} from '../../bench/classify/corpus.mjs'
import {
  ARTIFACT_SERVICE,
  startFakeArtifactService,
  type FakeArtifactService
} from '../fakes/artifacts/index.js'
import {readZip, startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'
import {
  cleanupAutofixRuns,
  PASS,
  runAutofixInProcess,
  said,
  TEST_ONLY
} from '../harness/autofix-run.js'
import {createFixtureRepo} from '../harness/fixture-repo.js'
import {
  classifyInProcess,
  cleanupInProcessRuns,
  everythingSaid,
  type InProcessRun
} from './classify-in-process.js'

const OWNER = 'octo-org'
const REPO = 'octo-repo'
const TOKEN = 'ghs_classifytoken'

let fake: FakeGitHub
const services: FakeArtifactService[] = []
let dir: string
let logFile: string

beforeEach(async () => {
  fake = await startFakeGitHub({owner: OWNER, repo: REPO})
  dir = await mkdtemp(join(tmpdir(), 'ci-medic-artifacts-'))
  // A real CI failure log (the real corpus's dev split): a failing test.
  const entry = (loadCorpus(REAL_DEV_DIR) as {expected: string; text: string}[]).find(
    e => e.expected === 'test_fail'
  )!
  logFile = join(dir, 'failure.log')
  await writeFile(logFile, entry.text)
})
afterEach(async () => {
  vi.unstubAllEnvs()
  await Promise.all(services.splice(0).map(s => s.close()))
  await fake.close()
  await cleanupInProcessRuns()
  await cleanupAutofixRuns()
  await rm(dir, {recursive: true, force: true})
})

/** A run of the classify workflow on the default branch, and the artifact service its job gets. */
async function classifyJob(): Promise<{runId: number; service: FakeArtifactService}> {
  const run = fake.addWorkflowRun({
    workflow: 'ci-medic.yml',
    name: 'ci-medic',
    event: 'workflow_dispatch',
    head_branch: 'main'
  })
  const service = await startFakeArtifactService({github: {state: fake.state, runId: run.id}})
  services.push(service)
  return {runId: run.id, service}
}

/** classify over the log with an artifact ledger; `service` gives the step a runtime token. */
async function classify(
  runId: number,
  service: FakeArtifactService | undefined,
  inputs: Record<string, string> = {}
): Promise<InProcessRun> {
  // @actions/artifact reads the two variables from the process environment itself.
  if (service) for (const [k, v] of Object.entries(service.env)) vi.stubEnv(k, v)
  return classifyInProcess({
    apiUrl: fake.url,
    repository: `${OWNER}/${REPO}`,
    runId,
    env: {...service?.env, GITHUB_JOB: 'triage'},
    inputs: {
      'github-token': TOKEN,
      'log-path': logFile,
      ledger: 'artifact',
      'dispatch-autofix': '',
      'rerun-transient': 'false',
      ...inputs
    }
  })
}

/** The records of the ledger file in an artifact (a delta's header left out). */
function ledgerLines(zip: Buffer): Record<string, unknown>[] {
  const text = readZip(zip)['ledger/ledger.jsonl']?.toString('utf8') ?? ''
  return text
    .trim()
    .split('\n')
    .filter(Boolean)
    .map(l => JSON.parse(l) as Record<string, unknown>)
    .filter(r => r.kind !== 'ledger-delta')
}

describe('classify uploads its report and ledger, and the next run reads the ledger back', () => {
  it('speaks the service protocol, and a second run finds the ledger through the REST API', async () => {
    const first = await classifyJob()
    const one = await classify(first.runId, first.service, {'artifact-retention-days': '7'})
    expect(one.error, everythingSaid(one)).toBeUndefined()

    const [artifact] = first.service.artifacts
    expect(artifact).toMatchObject({
      name: `ci-medic-classify-${first.runId}-1-triage`,
      finalized: true
    })
    expect(artifact!.expiresAt).toBeDefined()
    const zip = readZip(artifact!.zip!)
    expect(Object.keys(zip).sort()).toEqual([
      `classify-report-${first.runId}.json`,
      'ledger/ledger.jsonl'
    ])
    const report = JSON.parse(zip[`classify-report-${first.runId}.json`]!.toString('utf8')) as {
      classification: {fingerprint: string}
    }
    expect(report.classification.fingerprint).toBe(one.io.outputs.fingerprint)
    expect(ledgerLines(artifact!.zip!)).toHaveLength(1)
    // The library's calls, as the service saw them: create, blocks, block list, finalize.
    const calls = first.service.requests.map(r =>
      r.path.startsWith('/twirp/')
        ? r.path.slice(`/twirp/${ARTIFACT_SERVICE}/`.length)
        : `${r.method} blob ${r.query.get('comp') ?? ''}`
    )
    expect(calls[0]).toBe('CreateArtifact')
    expect(calls).toContain('PUT blob block')
    expect(calls.at(-2)).toBe('PUT blob blocklist')
    expect(calls.at(-1)).toBe('FinalizeArtifact')
    expect(
      one.io.lines.some(l => l.message.startsWith(`Uploaded the artifact ${artifact!.name}`))
    ).toBe(true)
    expect(one.io.summary).toContain("this run's artifact carries it to the next run")

    // The next run: the REST API lists the uploaded artifact, and the ledger is read back from it.
    const second = await classifyJob()
    const two = await classify(second.runId, second.service)
    expect(two.error, everythingSaid(two)).toBeUndefined()
    expect(fake.requests.some(r => r.path.endsWith(`/actions/artifacts/${artifact!.id}/zip`))).toBe(
      true
    )
    // Its own artifact carries its own record only (a delta): the next reader merges both.
    const next = second.service.artifacts[0]!
    const records = ledgerLines(next.zip!)
    expect(records).toHaveLength(1)
    expect(records[0]).not.toEqual(ledgerLines(artifact!.zip!)[0])
  })
})

describe('when there is no artifact service', () => {
  it('says so in a notice on GitHub Enterprise Server, before the library would warn', async () => {
    const {runId, service} = await classifyJob()
    const run = await classifyInProcess({
      apiUrl: fake.url,
      repository: `${OWNER}/${REPO}`,
      runId,
      env: {...service.env, GITHUB_SERVER_URL: 'https://github.example.com'},
      inputs: {'github-token': TOKEN, 'log-path': logFile, 'dispatch-autofix': ''}
    })
    expect(run.error, everythingSaid(run)).toBeUndefined()
    const notices = run.io.lines.filter(l => l.level === 'notice').map(l => l.message)
    expect(notices).toEqual([expect.stringMatching(/Enterprise Server/)])
    expect(service.requests).toHaveLength(0)
  })

  it('says so in a notice, and the run succeeds', async () => {
    const {runId, service} = await classifyJob()
    const run = await classify(runId, undefined)
    expect(run.error, everythingSaid(run)).toBeUndefined()
    expect(run.io.outputs.fingerprint).toBeTruthy()
    const notices = run.io.lines.filter(l => l.level === 'notice').map(l => l.message)
    expect(notices).toEqual([
      expect.stringMatching(/^No artifact was uploaded: .*ACTIONS_RUNTIME_TOKEN/)
    ])
    expect(run.io.warnings().filter(w => /artifact/i.test(w))).toEqual([])
    expect(service.requests).toHaveLength(0)
  })

  it('is a warning when the service refuses, and the run still succeeds with its outputs', async () => {
    const {runId, service} = await classifyJob()
    service.failTwirp('CreateArtifact', {
      status: 403,
      code: 'permission_denied',
      msg: 'artifact storage quota has been hit'
    })
    const run = await classify(runId, service)
    expect(run.error, everythingSaid(run)).toBeUndefined()
    expect(run.io.outputs.fingerprint).toBeTruthy()
    expect(run.io.warnings()).toContainEqual(
      expect.stringMatching(
        /^The artifact ci-medic-classify-\d+-1-triage could not be uploaded \(.*403/
      )
    )
    expect(service.artifacts).toHaveLength(0)
  })

  it('takes the next name when another job of the run already used it', async () => {
    const {runId, service} = await classifyJob()
    await classify(runId, service)
    const again = await classify(runId, service)
    expect(again.error, everythingSaid(again)).toBeUndefined()
    expect(service.artifacts.map(a => a.name)).toEqual([
      `ci-medic-classify-${runId}-1-triage`,
      `ci-medic-classify-${runId}-1-triage-2`
    ])
  })
})

describe('autofix uploads its report and decision log', () => {
  it('as one artifact of the run', async () => {
    const repo = await createFixtureRepo('ts-vitest')
    try {
      const run = fake.addWorkflowRun({workflow: 'ci-medic-autofix.yml', head_branch: 'main'})
      const service = await startFakeArtifactService({github: {state: fake.state, runId: run.id}})
      services.push(service)
      for (const [k, v] of Object.entries(service.env)) vi.stubEnv(k, v)
      // Checks that pass: nothing to fix, so the run is quick and writes its report and log.
      const autofix = await runAutofixInProcess({
        workspace: repo.dir,
        // The artifact service serves github.com (and GHE.com): not a GitHub Enterprise Server.
        serverUrl: 'https://github.com',
        inputs: {...TEST_ONLY, 'test-command': PASS, 'dry-run': 'true'},
        env: {...service.env, GITHUB_JOB: 'fix'}
      })
      expect(autofix.error, said(autofix)).toBeUndefined()
      const [artifact] = service.artifacts
      expect(artifact?.name).toBe('ci-medic-autofix-7000-1-fix')
      const zip = readZip(artifact!.zip!)
      expect(Object.keys(zip).sort()).toEqual(['autofix-decisions.jsonl', 'autofix-report.json'])
      const report = JSON.parse(zip['autofix-report.json']!.toString('utf8')) as {
        outcome: {outcome: string}
      }
      expect(report.outcome.outcome).toBe(autofix.io.outputs.outcome)
      expect(zip['autofix-decisions.jsonl']!.toString('utf8')).toContain('"kind":"detected"')
      // The REST side lists it as an artifact of the run.
      expect(fake.state.artifacts.map(a => [a.run_id, a.name])).toEqual([[run.id, artifact!.name]])
    } finally {
      await repo.cleanup()
    }
  })
})

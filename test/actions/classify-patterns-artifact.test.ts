// classify mode: patterns uploads metrics.json and its report
// (patterns-report.json: the patterns output and what the run did) as the
// run's artifact itself, through the real @actions/artifact against the
// loopback artifact service; no workflow step uploads them any more.
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'
import {startFakeArtifactService, type FakeArtifactService} from '../fakes/artifacts/index.js'
import {readZip, startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'
import {classifyInProcess, cleanupInProcessRuns, everythingSaid} from './classify-in-process.js'
import {FP_A, firstWeek, writeLedger} from './patterns-ledger.js'

let fake: FakeGitHub
let service: FakeArtifactService
let dir = ''
let runId = 0

beforeEach(async () => {
  fake = await startFakeGitHub({owner: 'octo-org', repo: 'octo-repo'})
  runId = fake.addWorkflowRun({workflow: 'ci-medic-learn.yml', head_branch: 'main'}).id
  service = await startFakeArtifactService({github: {state: fake.state, runId}})
  dir = await mkdtemp(join(tmpdir(), 'ci-medic-weekly-'))
})
afterEach(async () => {
  vi.unstubAllEnvs()
  await service.close()
  await fake.close()
  await cleanupInProcessRuns()
  await rm(dir, {recursive: true, force: true})
})

async function patterns(inputs: Record<string, string> = {}) {
  const ledger = join(dir, 'ledger.jsonl')
  await writeLedger(ledger, firstWeek())
  // @actions/artifact reads the runtime token and results URL from the process environment.
  for (const [k, v] of Object.entries(service.env)) vi.stubEnv(k, v)
  return classifyInProcess({
    apiUrl: fake.url,
    repository: fake.fullName,
    runId,
    eventName: 'schedule',
    env: {...service.env, GITHUB_JOB: 'learn'},
    inputs: {mode: 'patterns', 'ledger-path': ledger, ...inputs}
  })
}

describe('mode: patterns uploads metrics.json itself', () => {
  it('as the run artifact, with the patterns report, kept for artifact-retention-days', async () => {
    const run = await patterns({'artifact-retention-days': '90'})
    expect(run.error, everythingSaid(run)).toBeUndefined()
    const [artifact] = service.artifacts
    expect(artifact).toMatchObject({name: `ci-medic-classify-${runId}-1-learn`, finalized: true})
    expect(artifact!.expiresAt).toBeDefined()
    const zip = readZip(artifact!.zip!)
    expect(Object.keys(zip).sort()).toEqual(['metrics.json', 'patterns-report.json'])

    // metrics.json is the file the metrics-path output names, byte for byte.
    const metricsPath = run.io.outputs['metrics-path']!
    expect(zip['metrics.json']!.toString('utf8')).toBe(await readFile(metricsPath, 'utf8'))
    const metrics = JSON.parse(zip['metrics.json']!.toString('utf8')) as {
      period: {failures: number}
    }
    expect(metrics.period.failures).toBe(6)

    const report = JSON.parse(zip['patterns-report.json']!.toString('utf8')) as {
      mode: string
      patterns: {key: string; count: number}[]
      journal: {kind: string; code: string}[]
    }
    expect(report.mode).toBe('patterns')
    expect(report.patterns).toEqual(JSON.parse(run.io.outputs.patterns!))
    expect(report.patterns.map(p => [p.key, p.count])).toEqual([[`compile-error-${FP_A}`, 3]])
    expect(report.journal.map(e => e.code)).toContain('ledger-read')
    // The REST side lists it as an artifact of the run (what a person downloads).
    expect(fake.state.artifacts.map(a => [a.run_id, a.name])).toEqual([[runId, artifact!.name]])
  })

  it('upload-artifacts: false leaves it in RUNNER_TEMP, and says nothing about artifacts', async () => {
    const run = await patterns({'upload-artifacts': 'false'})
    expect(run.error, everythingSaid(run)).toBeUndefined()
    expect(service.requests).toHaveLength(0)
    expect(JSON.parse(await readFile(run.io.outputs['metrics-path']!, 'utf8'))).toHaveProperty(
      'period'
    )
    expect(run.io.lines.filter(l => /\bartifact\b/i.test(l.message))).toEqual([])
  })

  it('a refused upload is a warning, and the outputs stand', async () => {
    service.failTwirp('CreateArtifact', {
      status: 403,
      code: 'permission_denied',
      msg: 'artifact storage quota has been hit'
    })
    const run = await patterns()
    expect(run.error, everythingSaid(run)).toBeUndefined()
    expect(JSON.parse(run.io.outputs.patterns!)).toHaveLength(1)
    expect(run.io.warnings()).toContainEqual(
      expect.stringMatching(/^The artifact ci-medic-classify-\d+-1-learn could not be uploaded/)
    )
  })
})

// autofix's baseline through the Actions cache (#13 item 5), in-process: the
// real pipeline on a real fixture checkout, the real @actions/cache client
// against the loopback cache service (test/fakes/cache), which the library
// finds through the variables a github.com runner gives the step. The runs
// share RUNNER_TEMP, as jobs on GitHub-hosted runners do (the cache entry's
// version is a hash of the cached file's path). The test command appends a
// line to a counter file each time it runs, so "the baseline did not run" is
// counted, not timed. No model: the failure is reported not-evaluated, which
// is all a baseline needs.
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {saveCache} from '@actions/cache'
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'
import {baselineRecordOf} from '../../src/core/baseline/record.js'
import {startFakeCacheService, type FakeCacheService} from '../fakes/cache/index.js'
import {createFixtureRepo, type FixtureRepo} from '../harness/fixture-repo.js'
import {
  cleanupAutofixRuns,
  runAutofixInProcess,
  said,
  TEST_ONLY,
  type AutofixRun
} from '../harness/autofix-run.js'

let service: FakeCacheService
let repo: FixtureRepo
/** RUNNER_TEMP of every run: the report, the decision log and the cached file's folder. */
let temp: string
let counter: string

beforeEach(async () => {
  service = await startFakeCacheService()
  temp = await mkdtemp(join(tmpdir(), 'ci-medic-baseline-cache-'))
  counter = join(temp, 'baseline-runs.txt')
  repo = await createFixtureRepo('ts-vitest')
  // @actions/cache reads these from the process environment itself.
  for (const [k, v] of Object.entries(service.env)) vi.stubEnv(k, v)
  vi.stubEnv('RUNNER_TEMP', temp)
  vi.stubEnv('GITHUB_SERVER_URL', 'https://github.com')
  vi.stubEnv('ACTIONS_CACHE_MODE', '')
})
afterEach(async () => {
  vi.unstubAllEnvs()
  await cleanupAutofixRuns()
  await service.close()
  await repo.cleanup()
  await rm(temp, {recursive: true, force: true})
})

/** A test check that fails the same way each time, and counts its runs. */
function failingTest(): string {
  return `echo run >> '${counter}' && node -e "console.error('pricing is wrong'); process.exit(1)"`
}

async function runs(): Promise<number> {
  const text = await readFile(counter, 'utf8').catch(() => '')
  return text.split('\n').filter(Boolean).length
}

async function autofix(
  options: {inputs?: Record<string, string>; env?: Record<string, string>; repository?: string} = {}
): Promise<AutofixRun & {decisions: {kind: string; [k: string]: unknown}[]}> {
  const run = await runAutofixInProcess({
    workspace: repo.dir,
    serverUrl: 'https://github.com',
    repository: options.repository,
    inputs: {
      ...TEST_ONLY,
      'test-command': failingTest(),
      'dry-run': 'true',
      'upload-artifacts': 'false',
      ...options.inputs
    },
    env: {...service.env, RUNNER_TEMP: temp, GITHUB_JOB: 'work', ...options.env}
  })
  expect(run.error, said(run)).toBeUndefined()
  // The runs share RUNNER_TEMP: each run's decision log is read, then removed for the next.
  const log = join(temp, 'ci-medic', 'autofix-decisions.jsonl')
  const decisions = (await readFile(log, 'utf8'))
    .trim()
    .split('\n')
    .map(l => JSON.parse(l) as {kind: string; [k: string]: unknown})
  await rm(log)
  return {...run, decisions}
}

const cacheDecisions = (run: {decisions: {kind: string}[]}): Record<string, unknown>[] =>
  run.decisions.filter(d => d.kind === 'baseline-cache')
/** The warnings about the cache (a dry run without a key or a token has its own). */
const warnings = (run: AutofixRun): string[] =>
  run.io.lines.filter(l => l.level === 'warning' && /cache/i.test(l.message)).map(l => l.message)

async function reportJournal(
  run: AutofixRun
): Promise<{kind: string; code: string; text: string}[]> {
  const report = JSON.parse(await readFile(run.io.outputs['report-path']!, 'utf8')) as {
    journal: {kind: string; code: string; text: string}[]
  }
  return report.journal.filter(e => e.code === 'baseline-cache')
}

describe('the baseline through the cache', () => {
  it('a first run misses, runs the checks and saves them; a rerun on the same commit restores them and runs no baseline', async () => {
    const first = await autofix()
    expect(await runs()).toBe(1)
    const [entry] = service.entries
    expect(entry).toMatchObject({finalized: true})
    expect(entry!.key).toMatch(new RegExp(`^ci-medic-baseline-v1-${repo.head}-[0-9a-f]{16}-none$`))
    expect(cacheDecisions(first)).toEqual([
      expect.objectContaining({key: entry!.key, restored: false, reason: 'not in the cache'}),
      expect.objectContaining({key: entry!.key, saved: true})
    ])

    const rerun = await autofix({env: {GITHUB_RUN_ATTEMPT: '2'}})
    expect(await runs()).toBe(1)
    expect(cacheDecisions(rerun)).toEqual([
      expect.objectContaining({
        key: entry!.key,
        restored: true,
        reason: `baseline restored from cache ${entry!.key}`,
        savedBy: 'run 7000 attempt 1 job work'
      })
    ])
    expect(rerun.io.lines.map(l => l.message)).toContain(
      `baseline restored from cache ${entry!.key}`
    )
    const [fact] = await reportJournal(rerun)
    expect(fact).toMatchObject({kind: 'fact'})
    expect(fact!.text).toContain(`Baseline restored from cache ${entry!.key}`)
    // The restored baseline is the first run's: the same failure, reported the same way.
    expect(rerun.io.outputs['failed-count']).toBe(first.io.outputs['failed-count'])
    expect(rerun.decisions.filter(d => d.kind === 'check' && d.stage === 'baseline')).toEqual(
      first.decisions
        .filter(d => d.kind === 'check' && d.stage === 'baseline')
        .map(d => ({...d, time: expect.any(String)}))
    )
    expect(warnings(rerun)).toEqual([])
    expect(service.entries).toHaveLength(1)
  })

  it('another commit, or changed check commands, is a miss: the baseline runs and is saved under its own key', async () => {
    await autofix()
    await repo.git(['commit', '--quiet', '--allow-empty', '-m', 'next commit'])
    await autofix()
    expect(await runs()).toBe(2)
    await autofix({inputs: {'test-command': `true && ${failingTest()}`}})
    expect(await runs()).toBe(3)
    const keys = service.entries.map(e => e.key)
    expect(new Set(keys).size).toBe(3)
    expect(keys[1]).toContain(await repo.git(['rev-parse', 'HEAD']))
  })

  it('with baseline-cache: false a rerun runs the baseline, though the entry is there, and asks nothing', async () => {
    await autofix()
    await autofix({inputs: {'baseline-cache': 'false'}})
    expect(await runs()).toBe(2)
    expect(service.calls('GetCacheEntryDownloadURL')).toHaveLength(1)
  })
})

describe('an entry that is not this run’s baseline is ignored with a note', () => {
  /** Replaces the saved entry with `content` under the same key, through the real library. */
  async function replaceEntry(key: string, content: string): Promise<void> {
    service.evictAll()
    const dir = join(temp, 'ci-medic-baseline')
    await mkdir(dir, {recursive: true})
    await writeFile(join(dir, 'baseline.json'), content)
    expect(await saveCache([join(dir, 'baseline.json')], key)).toBeGreaterThan(0)
    await rm(join(dir, 'baseline.json'))
  }

  it('a corrupt entry', async () => {
    await autofix()
    const key = service.entries[0]!.key
    await replaceEntry(key, '{"version": 1, "runs": "not JSON you can use"')
    const run = await autofix()
    expect(await runs()).toBe(2)
    expect(cacheDecisions(run)[0]).toMatchObject({
      restored: false,
      reason: 'ignored: it is not JSON'
    })
    const [note] = await reportJournal(run)
    expect(note).toMatchObject({kind: 'skipped'})
    expect(note!.text).toBe(
      `The cached baseline ${key} was ignored (it is not JSON); the checks ran instead.`
    )
  })

  it('a record that names another commit', async () => {
    await autofix()
    const key = service.entries[0]!.key
    const record = baselineRecordOf(
      {
        key,
        repository: 'octo-org/order-pricing',
        sha: 'f'.repeat(40),
        commands: [{check: 'test', command: failingTest()}],
        lockfileHash: 'none',
        savedAt: new Date(0).toISOString(),
        savedBy: 'someone'
      },
      []
    )
    await replaceEntry(key, JSON.stringify(record))
    const run = await autofix()
    expect(await runs()).toBe(2)
    expect(cacheDecisions(run)[0]).toMatchObject({
      restored: false,
      reason: `ignored: it names another commit (${'f'.repeat(40)})`
    })
  })

  it('a record another repository saved', async () => {
    await autofix({repository: 'octo-org/someone-else'})
    const run = await autofix()
    expect(await runs()).toBe(2)
    expect(cacheDecisions(run)[0]).toMatchObject({
      restored: false,
      reason: 'ignored: it names another repository (octo-org/someone-else)'
    })
  })
})

describe('no cache, or a failing one, never fails the run', () => {
  it('no cache service: said once, the baseline runs, nothing is asked', async () => {
    const run = await autofix({env: {ACTIONS_CACHE_SERVICE_V2: ''}})
    expect(await runs()).toBe(1)
    const said = run.io.lines.filter(l => l.message.startsWith('No baseline cache in this run'))
    expect(said).toHaveLength(1)
    expect(said[0]!.message).toContain('ACTIONS_CACHE_SERVICE_V2')
    expect(service.requests).toHaveLength(0)
    expect(warnings(run)).toEqual([])
  })

  it('a refused lookup is one warning; the baseline runs and the cache is off for the rest of the run', async () => {
    service.failTwirp('GetCacheEntryDownloadURL', {
      status: 403,
      code: 'permission_denied',
      msg: 'the token cannot read this cache'
    })
    const run = await autofix()
    expect(await runs()).toBe(1)
    expect(warnings(run)).toEqual([
      expect.stringMatching(
        /^The baseline cache could not be read \(Failed to restore: .*403.*the token cannot read this cache\)/
      )
    ])
    expect(service.calls('CreateCacheEntry')).toHaveLength(0)
    expect(run.io.outputs.outcome).toBe('not-evaluated')
  })
})

describe("the fan-out's plan stage", () => {
  it('saves the baseline it ran, so a later job on the same commit restores it instead of running the checks', async () => {
    // No artifact service here: the plan's upload fails after the baseline was run and saved.
    const plan = await runAutofixInProcess({
      workspace: repo.dir,
      serverUrl: 'https://github.com',
      inputs: {
        ...TEST_ONLY,
        'test-command': failingTest(),
        stage: 'plan',
        'dry-run': 'true',
        'upload-artifacts': 'false'
      },
      env: {...service.env, RUNNER_TEMP: temp, GITHUB_JOB: 'plan'}
    })
    expect(await runs(), said(plan)).toBe(1)
    const [entry] = service.entries
    expect(entry).toMatchObject({finalized: true})
    await rm(join(temp, 'ci-medic', 'autofix-decisions.jsonl'), {force: true})

    const later = await autofix({env: {GITHUB_JOB: 'all-in-one'}})
    expect(await runs()).toBe(1)
    expect(cacheDecisions(later)).toEqual([
      expect.objectContaining({
        key: entry!.key,
        restored: true,
        savedBy: 'run 7000 attempt 1 job plan'
      })
    ])
  })
})

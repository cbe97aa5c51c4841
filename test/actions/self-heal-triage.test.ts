// self-heal triage, in-process (runSelfHeal on deps built as the runner
// builds them): the fake Sentry, a checkout of the fixture project whose files
// the error frames name, and the fake GitHub where a test needs one. What
// the runner itself adds (output and summary files, masks, the one error
// line) is checked through the bundle in self-heal-bundle.e2e.test.ts.
import {writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {isConfigurationError} from '../../src/errors.js'
import {isWriteRequest, startFakeGitHub} from '../fakes/github/index.js'
import {startFakeSentry, type FakeSentry} from '../fakes/sentry/index.js'
import {createFixtureRepo, type FixtureRepo} from '../harness/fixture-repo.js'
import {
  cleanupSelfHealRuns,
  errorText,
  reportJson,
  runSelfHealInProcess,
  type InProcessRun
} from '../harness/self-heal-run.js'
import {addOneOffs, seededSentry} from '../harness/sentry-triage-world.js'

let sentry: FakeSentry | undefined
let repo: FixtureRepo | undefined

afterEach(async () => {
  await cleanupSelfHealRuns()
  await sentry?.close()
  await repo?.cleanup()
  sentry = repo = undefined
})

interface Entry {
  shortId: string
  decision: string
  severity: string
  group: string
  reason: string
  files: string[]
}

async function selfHeal(inputs: Record<string, string>): Promise<InProcessRun> {
  repo ??= await createFixtureRepo('ts-vitest')
  return runSelfHealInProcess({
    workspace: repo.dir,
    inputs: {
      'sentry-url': sentry!.url,
      'sentry-token': 'sentry-token',
      'sentry-org': 'acme',
      ...inputs
    }
  })
}

describe('self-heal triage (in-process)', () => {
  it('decides per issue, groups one bug split by Sentry, skips third-party errors and alerts on a storm', async () => {
    sentry = await seededSentry()
    addOneOffs(sentry, 130)
    const run = await selfHeal({mode: 'triage'})
    expect(run.error).toBeUndefined()
    expect(run.io.outputs.outcome).toBe('triaged')
    const entries = JSON.parse(run.io.outputs.triage ?? '[]') as Entry[]
    // Every page was read: the Link cursor was followed until results="false".
    expect(entries).toHaveLength(135)
    expect(
      sentry.requestsTo('GET', /\/organizations\/acme\/issues\/$/).length
    ).toBeGreaterThanOrEqual(2)
    const oneOffs = entries.filter(e => e.reason.startsWith('below min-events'))
    expect(oneOffs).toHaveLength(130)
    const byValue = (shortIds: string[]): Entry[] =>
      entries.filter(e => shortIds.includes(e.shortId))
    const ids = sentry.state.issues.map(i => i.issue.shortId)
    const [splitA, splitB, other, thirdParty, storm] = ids as [
      string,
      string,
      string,
      string,
      string
    ]
    const split = byValue([splitA, splitB])
    expect(split.map(e => e.decision)).toEqual(['fix', 'fix'])
    expect(split[0]!.group).toBe(split[1]!.group)
    expect(split[0]!.files).toContain('src/tax.ts')
    const different = byValue([other])[0]!
    expect(different.decision).toBe('fix')
    expect(different.group).not.toBe(split[0]!.group)
    expect(byValue([thirdParty])[0]).toMatchObject({decision: 'skip'})
    expect(byValue([storm])[0]).toMatchObject({decision: 'alert'})
    expect(run.io.summary).toContain('## ci-medic self-heal: acme')
    // The report JSON has every decision too.
    expect((await reportJson(run)).triage).toHaveLength(135)
    // Triage writes nothing to Sentry.
    expect(sentry.state.statusUpdates).toHaveLength(0)
    expect(sentry.state.notes).toHaveLength(0)
    expect(run.masks).toContain('sentry-token')
    // Each step in its own log group; triage mode has no fix steps.
    expect(run.io.groups).toEqual([
      'Read the self-heal state',
      'Read and triage Sentry errors',
      'Report'
    ])
  })

  it('fix mode without an anthropic-api-key reports the groups as not evaluated and changes nothing', async () => {
    sentry = await seededSentry()
    const run = await selfHeal({mode: 'fix', 'dry-run': 'true'})
    expect(run.error).toBeUndefined()
    expect(run.io.outputs.outcome).toBe('not-evaluated')
    expect(run.io.outputs['fixed-count']).toBe('0')
    expect(run.io.outputs['pr-urls']).toBe('[]')
    expect(run.io.summary).toContain('### Fixes')
    expect(run.io.summary).toMatch(/not-evaluated \| +\| +\| no anthropic-api-key/)
    expect(run.io.warnings().join('\n')).toMatch(/No anthropic-api-key/)
    expect(await repo!.git(['status', '--porcelain'])).toBe('')
    expect(sentry.state.statusUpdates).toHaveLength(0)
    expect(sentry.state.notes).toHaveLength(0)
  })

  it('fix mode refuses a workspace with uncommitted changes before reading anything', async () => {
    sentry = await seededSentry()
    repo = await createFixtureRepo('ts-vitest', {})
    await writeFile(join(repo.dir, 'src', 'scratch.ts'), 'export const x = 1\n')
    const run = await selfHeal({'dry-run': 'true'})
    // A user's mistake (one error line naming the fix), not a bug.
    expect(isConfigurationError(run.error)).toBe(true)
    expect(errorText(run)).toMatch(/uncommitted changes \(src\/scratch.ts\)/)
    expect(sentry.requests).toHaveLength(0)
    // No output was set, so the runner sets the failure outputs (outcome: not-evaluated).
    expect(run.io.outputs).toEqual({})
  })

  it('an organization token gets a message naming the token to create', async () => {
    sentry = await startFakeSentry({org: 'acme', tokens: {sntrys_orgtoken: {kind: 'org'}}})
    const run = await selfHeal({'sentry-token': 'sntrys_orgtoken', mode: 'triage'})
    expect(isConfigurationError(run.error)).toBe(true)
    expect(errorText(run)).toMatch(/Internal Integration/)
    // The error is the only thing the step reports: no warning before it.
    expect(run.io.warnings()).toEqual([])
    expect(run.io.outputs).toEqual({})
  })

  it('triage mode reads a broken tracking issue with a warning and still reports', async () => {
    sentry = await seededSentry()
    const github = await startFakeGitHub({owner: 'octo-org', repo: 'order-pricing'})
    try {
      github.state.addIssue({
        title: 'ci-medic self-heal: Sentry fixes',
        body: '<!-- ci-medic:self-heal-tracking -->\n<!-- ci-medic:self-heal-state\nnot json\n-->',
        labels: ['ci-medic-self-heal'],
        user: 'github-actions[bot]'
      })
      repo = await createFixtureRepo('ts-vitest')
      const run = await runSelfHealInProcess({
        workspace: repo.dir,
        apiUrl: github.url,
        repository: 'octo-org/order-pricing',
        inputs: {
          'sentry-url': sentry.url,
          'sentry-token': 'sentry-token',
          'sentry-org': 'acme',
          'github-token': 'ghs_triage',
          mode: 'triage'
        }
      })
      expect(run.error).toBeUndefined()
      expect(run.io.outputs.outcome).toBe('triaged')
      expect(
        run.io.warnings().some(w => /could not be read \(the state block is not JSON/.test(w))
      ).toBe(true)
      // The same note is in the report.
      expect(run.io.summary).toMatch(/could not be read \(the state block is not JSON/)
      // Triage writes nothing to GitHub.
      expect(github.requests.filter(isWriteRequest)).toHaveLength(0)
    } finally {
      await github.close()
    }
  })
})

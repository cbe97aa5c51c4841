// self-heal end to end (triage): the bundled action against the fake Sentry,
// on a checkout of the fixture project whose files the error frames name.
import {writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {startFakeGitHub} from '../fakes/github/index.js'
import {
  appFrame,
  buildEvent,
  nodeInternalFrame,
  nodeModulesFrame,
  startFakeSentry,
  type FakeSentry
} from '../fakes/sentry/index.js'
import {createFixtureRepo, type FixtureRepo} from '../harness/fixture-repo.js'
import {cleanupRun, runAction, type ActionRun} from '../harness/run-action.js'

let sentry: FakeSentry | undefined
let repo: FixtureRepo | undefined
const runs: ActionRun[] = []

afterEach(async () => {
  await Promise.all(runs.splice(0).map(cleanupRun))
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

async function seeded(options: {windowSeconds?: number} = {}): Promise<FakeSentry> {
  const fake = await startFakeSentry({
    org: 'acme',
    tokens: {'sentry-token': {kind: 'integration'}},
    ...(options.windowSeconds ? {rateLimit: {windowSeconds: options.windowSeconds}} : {})
  })
  // One bug (a missing rate for a region) reached from two callers: Sentry makes two issues.
  for (const caller of ['checkoutTotal', 'quoteTotal']) {
    fake.addIssue({
      eventsPerHour: 3,
      userCount: 4,
      events: [
        buildEvent({
          type: 'TypeError',
          value: "Cannot read properties of undefined (reading 'rate')",
          handled: false,
          frames: [
            nodeInternalFrame('process/task_queues', 'process.processTicksAndRejections'),
            appFrame('src/cart.ts', caller, 20),
            appFrame('src/tax.ts', 'taxFor', 13)
          ]
        })
      ]
    })
  }
  // A different bug with the same exception type, elsewhere.
  fake.addIssue({
    eventsPerHour: 2,
    events: [
      buildEvent({
        type: 'TypeError',
        value: 'tiers is not iterable',
        frames: [
          appFrame('src/cart.ts', 'checkoutTotal', 25),
          appFrame('src/discounts.ts', 'bulkDiscountRate', 17)
        ]
      })
    ]
  })
  // Third-party only.
  fake.addIssue({
    eventsPerHour: 5,
    events: [
      buildEvent({
        type: 'Error',
        value: 'socket hang up',
        frames: [
          nodeModulesFrame('undici/lib/core/connect.js', 'onConnectTimeout'),
          nodeInternalFrame('net', 'Socket.emit')
        ]
      })
    ]
  })
  // A rate storm: an incident for a human.
  fake.addIssue({
    eventsPerHour: 900,
    userCount: 300,
    events: [
      buildEvent({
        type: 'RangeError',
        value: 'Invalid currency code',
        handled: false,
        frames: [appFrame('src/money.ts', 'formatCents', 9)]
      })
    ]
  })
  return fake
}

/** Many one-off errors: more than one page of the issue list (100 per page). */
function addOneOffs(fake: FakeSentry, n: number): void {
  for (let i = 0; i < n; i++) {
    fake.addIssue({
      // one event, in the current hour
      eventsPerHour: [...Array<number>(24).fill(0), 1],
      events: [
        buildEvent({
          type: 'Error',
          value: `Request aborted by client ${i}`,
          frames: [appFrame('src/index.ts', 'handler', 3)]
        })
      ]
    })
  }
}

async function selfHeal(inputs: Record<string, string>): Promise<ActionRun> {
  repo = await createFixtureRepo('ts-vitest')
  const run = await runAction('self-heal', {
    workspace: repo.dir,
    inputs: {
      'sentry-url': sentry!.url,
      'sentry-token': 'sentry-token',
      'sentry-org': 'acme',
      ...inputs
    }
  })
  runs.push(run)
  return run
}

describe('self-heal triage', () => {
  it('decides per issue, groups one bug split by Sentry, skips third-party errors and alerts on a storm', async () => {
    sentry = await seeded()
    addOneOffs(sentry, 130)
    const run = await selfHeal({mode: 'triage'})
    expect(run.code, run.stdout + run.stderr).toBe(0)
    expect(run.outputs.outcome).toBe('triaged')
    const entries = JSON.parse(run.outputs.triage ?? '[]') as Entry[]
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
    expect(run.summary).toContain('## ci-medic self-heal: acme')
    // Triage writes nothing to Sentry.
    expect(sentry.state.statusUpdates).toHaveLength(0)
    expect(sentry.state.notes).toHaveLength(0)
    expect(run.masks).toContain('sentry-token')
  })

  it('fix mode without an anthropic-api-key reports the groups as not evaluated and changes nothing', async () => {
    sentry = await seeded()
    const run = await selfHeal({mode: 'fix', 'dry-run': 'true'})
    expect(run.code, run.stdout + run.stderr).toBe(0)
    expect(run.outputs.outcome).toBe('not-evaluated')
    expect(run.outputs['fixed-count']).toBe('0')
    expect(run.outputs['pr-urls']).toBe('[]')
    expect(run.summary).toContain('### Fixes')
    expect(run.summary).toMatch(/not-evaluated \| +\| +\| no anthropic-api-key/)
    expect(run.annotations.map(a => a.message).join('\n')).toMatch(/No anthropic-api-key/)
    expect(await repo!.git(['status', '--porcelain'])).toBe('')
    expect(sentry.state.statusUpdates).toHaveLength(0)
    expect(sentry.state.notes).toHaveLength(0)
  })

  it('fix mode refuses a workspace with uncommitted changes before reading anything', async () => {
    sentry = await seeded()
    repo = await createFixtureRepo('ts-vitest', {})
    await writeFile(join(repo.dir, 'src', 'scratch.ts'), 'export const x = 1\n')
    const run = await runAction('self-heal', {
      workspace: repo.dir,
      inputs: {
        'sentry-url': sentry.url,
        'sentry-token': 'sentry-token',
        'sentry-org': 'acme',
        'dry-run': 'true'
      }
    })
    runs.push(run)
    expect(run.code).toBe(1)
    expect(run.annotations.at(-1)?.message).toMatch(/uncommitted changes \(src\/scratch.ts\)/)
    expect(sentry.requests).toHaveLength(0)
    expect(run.outputs.outcome).toBe('not-evaluated')
  })

  it('an organization token gets a message naming the token to create', async () => {
    sentry = await startFakeSentry({org: 'acme', tokens: {sntrys_orgtoken: {kind: 'org'}}})
    repo = await createFixtureRepo('ts-vitest')
    const run = await runAction('self-heal', {
      workspace: repo.dir,
      inputs: {
        'sentry-url': sentry.url,
        'sentry-token': 'sntrys_orgtoken',
        'sentry-org': 'acme',
        mode: 'triage'
      }
    })
    runs.push(run)
    expect(run.code).toBe(1)
    expect(run.annotations[0]?.message).toMatch(/Internal Integration/)
    expect(run.stdout + run.stderr).not.toMatch(/^\s+at /m)
    expect(run.outputs.outcome).toBe('not-evaluated')
  })

  it('triage mode reads a broken tracking issue with a warning and still reports', async () => {
    sentry = await seeded()
    const github = await startFakeGitHub({owner: 'octo-org', repo: 'order-pricing'})
    try {
      github.state.addIssue({
        title: 'ci-medic self-heal: Sentry fixes',
        body: '<!-- ci-medic:self-heal-tracking -->\n<!-- ci-medic:self-heal-state\nnot json\n-->',
        labels: ['ci-medic-self-heal'],
        user: 'github-actions[bot]'
      })
      repo = await createFixtureRepo('ts-vitest')
      const run = await runAction('self-heal', {
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
      runs.push(run)
      expect(run.code, run.stdout + run.stderr).toBe(0)
      expect(run.outputs.outcome).toBe('triaged')
      expect(
        run.annotations.some(
          a =>
            a.level === 'warning' &&
            /could not be read \(the state block is not JSON/.test(a.message)
        )
      ).toBe(true)
      // Triage writes nothing to GitHub.
      expect(github.requests.filter(r => r.method !== 'GET')).toHaveLength(0)
    } finally {
      await github.close()
    }
  })

  it('rides out a 429 storm by sleeping until X-Sentry-Rate-Limit-Reset, and still triages everything', async () => {
    sentry = await seeded({windowSeconds: 1})
    sentry.rateLimitStorm(2, 'organization-group-index')
    sentry.rateLimitStorm(3, 'group-event-details')
    const run = await selfHeal({mode: 'triage'})
    expect(run.code, run.stdout + run.stderr).toBe(0)
    expect(sentry.requests.filter(r => r.status === 429)).toHaveLength(5)
    expect(JSON.parse(run.outputs.triage!)).toHaveLength(5)
    // Each event was read in the end: no issue fell back to "triaged without frames".
    expect(run.stdout).not.toMatch(/triaged without frames/)
  })
})

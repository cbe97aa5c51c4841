// self-heal in fix mode, in-process: runSelfHeal on deps built as the runner
// builds them (GitHub writes unpaced), on a checkout of the Express fixture
// (test/fixtures/ts-express, whose files and lines the Sentry frames name),
// against the fake Sentry, the fake GitHub (with its bare git remote) and the
// fake Anthropic API running a scripted model — a stand-in for Claude, only
// in tests — that writes real tests and real fixes through the real tools,
// checked by real vitest, eslint and tsc.
//
// The runs build on each other, as a schedule would: the first reproduces,
// fixes and opens one PR per group (two: the tax bug, which Sentry split by
// caller and one of whose issues came back after a human resolved it, and
// the discount bug, whose first reproduction attempt is not kept); a re-run of the same workflow run opens
// nothing new; after two PRs are merged, a later run verifies one (and
// resolves its Sentry issues) and reports the other as regressed.
import {writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {
  startFakeAnthropic,
  textTurn,
  toolTurn,
  type FakeAnthropic,
  type Turn
} from '../fakes/anthropic/index.js'
import {startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'
import {
  appFrame,
  buildEvent,
  nodeInternalFrame,
  nodeModulesFrame,
  startFakeSentry,
  type FakeSentry,
  type SentryIssue
} from '../fakes/sentry/index.js'
import {createFixtureRepo, type FixtureRepo} from '../harness/fixture-repo.js'
import {
  cleanupSelfHealRuns,
  runSelfHealInProcess,
  type InProcessRun
} from '../harness/self-heal-run.js'
import {perSession} from '../harness/scripted-sessions.js'
import {
  DISCOUNT_FIX,
  DISCOUNT_TEST,
  discountFrames,
  TAX_ERROR,
  TAX_TEST,
  taxFrames,
  taxSessionTurns
} from '../harness/ts-express-sentry.js'

const TOKEN = 'ghs_selfhealtoken'
const HOUR = 3_600_000
/** The fixable errors happened a while ago, so a merge 30 h ago comes after them. */
const SEEN = Date.now() - 40 * HOUR

let repo: FixtureRepo
let github: FakeGitHub
let sentry: FakeSentry
let model: FakeAnthropic
const issues: Record<
  'taxOrder' | 'taxQuote' | 'taxLate' | 'discount' | 'storm' | 'thirdParty',
  SentryIssue
> = {} as never

// ---------------------------------------------------------------- the scripted model

/** A first try that fails for another reason (an assertion), so it is not a reproduction. */
const DISCOUNT_WRONG_TEST = `import {expect, it} from 'vitest'
import {bulkDiscountRate} from '../src/discounts.js'

it('gives a discount for any quantity', () => {
  expect(bulkDiscountRate(1, [])).toBe(0.5)
})
`
/** The turns of one session, chosen by the error and the step the prompt names. */
function sessionTurns(text: string): Turn[] {
  const reproduce = text.startsWith('Reproduce this production error')
  const retry = text.includes('Earlier attempts at this step were not kept')
  const tax = taxSessionTurns(text)
  if (tax) return tax
  if (text.includes('bulkDiscountRate')) {
    return reproduce
      ? [
          toolTurn('write_file', {
            path: 'test/sentry-discounts.test.ts',
            content: retry ? DISCOUNT_TEST : DISCOUNT_WRONG_TEST
          }),
          textTurn('A SKU without bulk tiers passes undefined to bulkDiscountRate.')
        ]
      : DISCOUNT_FIX
  }
  return [textTurn('This error is not in this repository.')]
}

// ---------------------------------------------------------------- the world

function seed(fake: FakeSentry): void {
  const release = 'orders-api@1.0.0'
  const taxError = TAX_ERROR
  // One bug, two callers: Sentry makes two issues.
  issues.taxOrder = fake.addIssue({
    now: SEEN,
    eventsPerHour: 3,
    userCount: 5,
    events: [
      buildEvent({
        ...taxError,
        release,
        dateCreated: SEEN - HOUR,
        frames: taxFrames('order'),
        request: {method: 'GET', url: 'https://orders.example.com/orders/ord_1003/total'}
      }),
      buildEvent({
        ...taxError,
        release,
        dateCreated: SEEN,
        frames: taxFrames('order'),
        request: {method: 'GET', url: 'https://orders.example.com/orders/ord_1003/total'}
      })
    ]
  })
  // The quote caller's issue was resolved by a human once and is back (Sentry's
  // "regressed"): it is fixed with the rest of its group.
  issues.taxQuote = fake.addIssue({
    now: SEEN,
    eventsPerHour: 2,
    userCount: 3,
    substatus: 'regressed',
    events: [
      buildEvent({
        ...taxError,
        release,
        dateCreated: SEEN,
        frames: taxFrames('quote'),
        request: {
          method: 'POST',
          url: 'https://orders.example.com/quotes',
          data: {lines: [{sku: 'MUG', quantity: 1, unitPrice: 850}], region: 'XX'}
        }
      })
    ]
  })
  // An unhandled rejection in an async handler: same exception type as the tax bug, another bug.
  issues.discount = fake.addIssue({
    now: SEEN,
    eventsPerHour: 2,
    events: [
      buildEvent({
        type: 'TypeError',
        value: 'tiers is not iterable',
        mechanism: {type: 'auto.node.onunhandledrejection', handled: false},
        release,
        dateCreated: SEEN,
        frames: discountFrames()
      })
    ]
  })
  // A rate storm: an incident for a human, never a fix.
  issues.storm = fake.addIssue({
    eventsPerHour: 900,
    userCount: 300,
    events: [
      buildEvent({
        type: 'RangeError',
        value: 'Invalid currency code : EURO',
        handled: false,
        frames: [
          appFrame('src/app.ts', null, 67),
          appFrame('src/money.ts', 'formatCents', 3),
          nodeInternalFrame('intl', 'new NumberFormat')
        ]
      })
    ]
  })
  // Only dependency and runtime frames.
  issues.thirdParty = fake.addIssue({
    eventsPerHour: 4,
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
  fake.state.addRelease({version: release, dateCreated: new Date(SEEN - 48 * HOUR).toISOString()})
}

async function selfHeal(options: {
  runId: number
  runAttempt?: number
  inputs?: Record<string, string>
}): Promise<InProcessRun> {
  return runSelfHealInProcess({
    workspace: repo.dir,
    apiUrl: github.url,
    repository: 'octo-org/orders-api',
    runId: options.runId,
    runAttempt: options.runAttempt,
    inputs: {
      'sentry-url': sentry.url,
      'sentry-token': 'sentry-token',
      'sentry-org': 'acme',
      period: '7d',
      'github-token': TOKEN,
      'anthropic-api-key': 'test-key',
      'anthropic-base-url': model.url,
      ...options.inputs
    }
  })
}

beforeAll(async () => {
  repo = await createFixtureRepo('ts-express')
  github = await startFakeGitHub({owner: 'octo-org', repo: 'orders-api', seedFrom: repo.dir})
  await repo.git(['remote', 'add', 'origin', github.gitUrl])
  sentry = await startFakeSentry({org: 'acme', tokens: {'sentry-token': {kind: 'integration'}}})
  seed(sentry)
  model = await startFakeAnthropic({models: 'any', script: perSession(sessionTurns)})
}, 60_000)

afterAll(async () => {
  await cleanupSelfHealRuns()
  await Promise.all([github?.close(), sentry?.close(), model?.close()])
  await repo?.cleanup()
})

interface Entry {
  shortId: string
  decision: string
  group: string
  reason: string
}

describe('self-heal fix mode (scripted model)', () => {
  it('reproduces each group with a failing test, fixes it, and opens one PR per group', async () => {
    const run = await selfHeal({runId: 101})
    expect(run.error).toBeUndefined()
    expect(run.io.outputs.outcome).toBe('fixed')
    expect(run.io.outputs['fixed-count']).toBe('2')

    // Triage: the split bug is one group; the storm alerts; third-party code is skipped.
    const entries = JSON.parse(run.io.outputs.triage!) as Entry[]
    const entry = (i: SentryIssue): Entry => entries.find(e => e.shortId === i.shortId)!
    expect(entry(issues.taxOrder).group).toBe(entry(issues.taxQuote).group)
    // The issue that came back after a resolve is said to have, and fixed with its group.
    expect(entry(issues.taxQuote)).toMatchObject({decision: 'fix'})
    expect(entry(issues.taxQuote).reason).toMatch(/regressed after a resolve/)
    expect(entry(issues.discount).group).not.toBe(entry(issues.taxOrder).group)
    expect(entry(issues.storm).decision).toBe('alert')
    expect(entry(issues.thirdParty).decision).toBe('skip')

    // One PR per group, on fix/sentry-<shortId>, listing every Sentry issue of its group.
    const prUrls = JSON.parse(run.io.outputs['pr-urls']!) as string[]
    expect(prUrls).toHaveLength(2)
    expect(github.state.pulls).toHaveLength(2)
    const heads = github.state.pulls.map(p => p.head).sort()
    const taxPr = github.state.pulls.find(p => {
      const body = github.state.issue(p.number)!.body ?? ''
      return body.includes(`Fixes ${issues.taxOrder.shortId}`)
    })!
    expect(taxPr).toBeDefined()
    expect(heads).toContain(taxPr.head)
    expect(taxPr.head).toMatch(/^fix\/sentry-[A-Z-]+-\d+$/)
    const taxIssue = github.state.issue(taxPr.number)!
    expect(taxIssue.title).toMatch(/^fix: \[Sentry-[A-Z-]+\d+\] TypeError in taxFor/)
    expect(taxIssue.body).toContain(`Fixes ${issues.taxQuote.shortId}`)
    expect(taxIssue.body).toContain(issues.taxOrder.permalink!)
    expect([...taxIssue.labels].sort()).toEqual(['auto-fix', 'sentry'])
    expect(taxPr.draft).toBe(true)

    // The branch holds the reproduction test and the fix; main is untouched.
    expect(github.git.readFile(taxPr.head, 'test/sentry-tax.test.ts')).toBe(TAX_TEST)
    expect(github.git.readFile(taxPr.head, 'src/tax.ts')).toContain('RATES[region]?.rate ?? 0')
    expect(github.git.readFile('main', 'src/tax.ts')).toContain('RATES[region].rate')
    expect(github.git.readFile(taxPr.head, 'test/sentry-discounts.test.ts')).toBeUndefined()

    // The discount test's first try failed with an assertion, not the TypeError: not kept.
    const discountPr = github.state.pulls.find(p =>
      github.state.issue(p.number)!.body?.includes(`Fixes ${issues.discount.shortId}`)
    )!
    expect(github.git.readFile(discountPr.head, 'test/sentry-discounts.test.ts')).toBe(
      DISCOUNT_TEST
    )

    // Notes on every Sentry issue of the fixed groups, linking the PR; the storm is an alert issue.
    expect(
      sentry.state
        .notesFor(issues.taxOrder.id)
        .map(n => n.text)
        .join()
    ).toContain(taxPr.number.toString())
    expect(sentry.state.notes).toHaveLength(3)
    const alerts = JSON.parse(run.io.outputs.alerts!) as string[]
    expect(alerts).toHaveLength(1)
    const alertIssue = github.state.issues.find(
      i => i.labels.includes('ci-medic') && i.title.includes(issues.storm.shortId)
    )
    expect(alertIssue).toBeDefined()

    // State and report in the tracking issue.
    const tracking = github.state.issues.find(i => i.labels.includes('ci-medic-self-heal'))!
    expect(tracking.body).toContain('ci-medic:self-heal-state')
    expect(github.state.commentsOn(tracking.number)).toHaveLength(1)
    expect(run.io.summary).toContain('### Fixes')
    expect(Number(run.io.outputs['input-tokens'])).toBeGreaterThan(0)
    // One log group per step, and one per error group healed.
    expect(run.io.groups.filter(g => g.startsWith('Heal '))).toHaveLength(2)
    expect(run.io.groups).toContain('Raise alerts')
    expect(run.io.groups.at(-1)).toBe('Write the tracking issue')
  }, 300_000)

  it('the reproduction test fails on the base commit with the production error, and passes on the fix branch', async () => {
    const taxPr = github.state.pulls.find(p =>
      github.state.issue(p.number)!.body?.includes(`Fixes ${issues.taxOrder.shortId}`)
    )!
    // One checkout of the base commit with the branch's test, then the branch's fix on top.
    const check = await createFixtureRepo('ts-express', {
      files: {
        'test/sentry-tax.test.ts': github.git.readFile(taxPr.head, 'test/sentry-tax.test.ts')!
      }
    })
    try {
      const before = await check.tool('vitest', ['run', 'test/sentry-tax.test.ts'])
      expect(before.code).not.toBe(0)
      expect(before.stdout + before.stderr).toContain(
        "TypeError: Cannot read properties of undefined (reading 'rate')"
      )
      await writeFile(join(check.dir, 'src/tax.ts'), github.git.readFile(taxPr.head, 'src/tax.ts')!)
      const after = await check.tool('vitest', ['run', 'test/sentry-tax.test.ts'])
      expect(after.code, after.stdout + after.stderr).toBe(0)
    } finally {
      await check.cleanup()
    }
  }, 120_000)

  it('a re-run of the same workflow run opens no second PR, comment or alert', async () => {
    const calls = model.modelCalls
    const tracking = github.state.issues.find(i => i.labels.includes('ci-medic-self-heal'))!
    const alertIssue = github.state.issues.find(
      i => i.labels.includes('ci-medic') && i.title.includes(issues.storm.shortId)
    )!
    const alertComments = github.state.commentsOn(alertIssue.number).length
    // Meanwhile Sentry opened one more issue for the tax bug: it joins the open fix instead of a second PR.
    issues.taxLate = sentry.addIssue({
      now: SEEN,
      eventsPerHour: 1,
      events: [
        buildEvent({
          ...TAX_ERROR,
          dateCreated: SEEN,
          frames: [...taxFrames('quote').slice(0, 1), ...taxFrames('quote').slice(2)]
        })
      ]
    })
    const run = await selfHeal({runId: 101, runAttempt: 2})
    expect(run.error).toBeUndefined()
    expect(run.io.outputs.outcome).toBe('nothing-to-fix')
    expect(github.state.pulls).toHaveLength(2)
    expect(model.modelCalls).toBe(calls)
    expect(github.state.commentsOn(tracking.number)).toHaveLength(1)
    expect(github.state.commentsOn(alertIssue.number)).toHaveLength(alertComments)
    const entries = JSON.parse(run.io.outputs.triage!) as Entry[]
    const tax = entries.find(e => e.shortId === issues.taxOrder.shortId)!
    expect(tax.decision).toBe('skip')
    expect(tax.reason).toMatch(/already handled: ci-medic PR #\d+ is open/)
    const late = entries.find(e => e.shortId === issues.taxLate.shortId)!
    expect(late.group).toBe(tax.group)
    expect(late.reason).toMatch(/already handled: same root cause as .*PR #\d+ \(open\)/)
    // The fix's record now covers the new issue too, so the check after deploy resolves it.
    expect(tracking.body).toContain(`"${issues.taxLate.shortId}"`)
    expect(sentry.state.notes).toHaveLength(3)
  }, 120_000)

  it('a later run verifies a merged fix and resolves its issues, and reports one whose error continued', async () => {
    const prFor = (i: SentryIssue) =>
      github.state.pulls.find(p =>
        github.state.issue(p.number)!.body?.includes(`Fixes ${i.shortId}`)
      )!
    const mergedAt = new Date(Date.now() - 30 * HOUR)
    github.mergePullRequest(prFor(issues.taxOrder).number, {mergedAt})
    github.mergePullRequest(prFor(issues.discount).number, {mergedAt})
    // The discount error goes on in the release that shipped the fix.
    // The fix shipped in 1.1.0, deployed two hours after the merge: the soak counts from there.
    sentry.state.addRelease({
      version: 'orders-api@1.1.0',
      dateCreated: new Date(mergedAt.getTime() + HOUR).toISOString(),
      deployedAt: mergedAt.getTime() + 2 * HOUR
    })
    sentry.state.addEvent(issues.discount.id, {
      type: 'TypeError',
      value: 'tiers is not iterable',
      mechanism: {type: 'auto.node.onunhandledrejection', handled: false},
      frames: discountFrames(),
      release: 'orders-api@1.1.0',
      dateCreated: Date.now() - HOUR
    })
    // A straggler of the old release after the merge does not count against the tax fix.
    sentry.state.addEvent(issues.taxQuote.id, {
      release: 'orders-api@1.0.0',
      dateCreated: mergedAt.getTime() + HOUR
    })

    const run = await selfHeal({runId: 102})
    expect(run.error).toBeUndefined()
    expect(run.io.summary).toContain('### Earlier fixes')
    expect(run.io.summary).toMatch(/open → \*\*verified\*\*/)
    expect(run.io.summary).toMatch(/open → \*\*regressed\*\*/)
    expect(run.io.summary).toContain('**Regression**')
    // The tax issues resolved in the release that shipped the fix; the regressed one left alone.
    for (const i of [issues.taxOrder, issues.taxQuote, issues.taxLate]) {
      const updates = sentry.state.updatesFor(i.id)
      expect(updates).toHaveLength(1)
      expect(updates[0]!.status).toBe('resolved')
      expect(updates[0]!.body).toMatchObject({
        status: 'resolved',
        statusDetails: {inRelease: 'orders-api@1.1.0'}
      })
    }
    expect(sentry.state.updatesFor(issues.discount.id)).toHaveLength(0)
    expect(sentry.state.issue(issues.taxOrder.id)!.status).toBe('resolved')
    // No new PR for the regressed error: a human's turn.
    expect(github.state.pulls).toHaveLength(2)
    const entries = JSON.parse(run.io.outputs.triage!) as Entry[]
    expect(entries.find(e => e.shortId === issues.discount.shortId)!.reason).toMatch(/regressed/)
    // The state remembers both outcomes.
    const tracking = github.state.issues.find(i => i.labels.includes('ci-medic-self-heal'))!
    expect(tracking.body).toMatch(/"status":"verified"/)
    expect(tracking.body).toMatch(/"release":"orders-api@1\.1\.0"/)
    expect(run.io.summary).toMatch(
      /No new events in the 28 h since release orders-api@\u200b?1\.1\.0 was deployed/
    )
    expect(tracking.body).toMatch(/"status":"regressed"/)
    expect(github.state.commentsOn(tracking.number)).toHaveLength(2)
  }, 120_000)
})

// triageProposals, suspectOf, rowsOfTriage and fanoutTable: integrate's decisions and report table.
import {describe, expect, it} from 'vitest'
import {
  fanoutTable,
  formatDuration,
  formatUsd,
  rowsOfTriage,
  suspectOf,
  triageProposals,
  type WorkProposal
} from '../../../src/core/fanout/integrate.js'
import {failuresIn, vitestBlock, vitestLog} from './fixtures.js'
import {BASE_SHA, RUN, threeGroupPlan} from './plan-fixture.js'

const plan = threeGroupPlan()
const [cart, money, tax] = plan.groups.map(g => g.id) as [string, string, string]

function proposal(group: string, files: string[], extra: Partial<WorkProposal> = {}): WorkProposal {
  return {
    group,
    baseSha: BASE_SHA,
    runId: RUN.runId,
    files,
    commits: 1,
    durationMs: 125_000,
    costUsd: 0.42,
    runner: `GitHub Actions ${group.length}`,
    fixed: 1,
    failed: 0,
    ...extra
  }
}

describe('the plan fixture', () => {
  it('owns cart, money and tax apart', () => {
    expect(plan.groups.map(g => g.files)).toEqual([
      ['src/cart.ts', 'test/cart.test.ts'],
      ['src/money.ts', 'test/money.test.ts'],
      ['src/tax.ts', 'test/tax.test.ts']
    ])
  })
})

describe('triageProposals', () => {
  it('applies proposals in group id order whatever order they arrived in', () => {
    const t = triageProposals(plan, [
      proposal(tax, ['src/tax.ts']),
      proposal(cart, ['src/cart.ts']),
      proposal(money, ['./src/money.ts'])
    ])
    expect(t.apply.map(p => p.group)).toEqual([cart, money, tax].sort())
    expect(t).toMatchObject({refused: [], conflicts: [], missing: []})
  })

  it('refuses a proposal from another run, another base, an unknown group, or a second one', () => {
    const t = triageProposals(plan, [
      proposal(cart, ['src/cart.ts'], {runId: 1}),
      proposal(money, ['src/money.ts'], {baseSha: 'b'.repeat(40)}),
      proposal('g-stranger', ['src/x.ts']),
      proposal(tax, ['src/tax.ts']),
      proposal(tax, ['src/tax.ts'], {commits: 2})
    ])
    expect(t.apply).toEqual([proposal(tax, ['src/tax.ts'])])
    expect(t.refused).toEqual(
      [
        {
          group: cart,
          reason: `the proposal comes from run 1, not from this fan-out's run ${RUN.runId}`
        },
        {
          group: money,
          reason: `the proposal is based on bbbbbbbbbbbb, not on the plan's base aaaaaaaaaaaa`
        },
        {group: 'g-stranger', reason: 'group g-stranger is not in the plan'},
        {group: tax, reason: `a second proposal for group ${tax} (the first one is kept)`}
      ].sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0))
    )
    // A refused proposal's group is not also "missing".
    expect(t.missing).toEqual([])
  })

  it("holds back a proposal touching another group's file, and one touching a file an earlier proposal touched", () => {
    const [first, second, third] = [cart, money, tax].sort() as [string, string, string]
    const owned = (g: string): string => plan.groups.find(x => x.id === g)!.files[0]!
    const t = triageProposals(plan, [
      proposal(first, [owned(first), 'package.json']),
      proposal(second, [owned(second), owned(third)]),
      proposal(third, [owned(third), 'package.json'])
    ])
    expect(t.apply.map(p => p.group)).toEqual([first])
    expect(t.conflicts).toEqual([
      {group: second, files: [owned(third)], owners: [third]},
      {group: third, files: ['package.json'], owners: [first]}
    ])
  })

  it('lists the groups with no proposal as missing, and goes on with the rest', () => {
    const t = triageProposals(plan, [proposal(money, ['src/money.ts'])])
    expect(t.apply.map(p => p.group)).toEqual([money])
    expect(t.missing).toEqual([cart, tax])
    expect(triageProposals(plan, []).missing).toEqual(plan.groups.map(g => g.id))
  })
})

describe('suspectOf', () => {
  const applied = [
    proposal('g-a', ['src/cart.ts', 'src/money.ts']),
    proposal('g-b', ['src/tax.ts']),
    proposal('g-c', ['src/report.ts'])
  ]

  it('reverts first the proposal whose files the new failures point at most', () => {
    const log = vitestLog([
      vitestBlock(
        'test/tax.test.ts',
        'tax > vat',
        'expected 2 to be 2.2',
        ['src/tax.ts:1:40', 'test/tax.test.ts:5:17'],
        1,
        2
      ),
      vitestBlock(
        'test/cart.test.ts',
        'cart > totals',
        'expected 10 to be 11',
        ['src/cart.ts:2:35', 'src/money.ts:1:30', 'test/cart.test.ts:5:17'],
        2,
        2
      )
    ])
    const failures = failuresIn(log)
    expect(suspectOf(applied, failures)).toBe('g-a')
    expect(suspectOf(applied, failures.slice(0, 1))).toBe('g-b')
  })

  it('on a tie, the later applied; with no overlap, the last applied; with none applied, nothing', () => {
    const log = vitestLog([
      vitestBlock(
        'test/x.test.ts',
        'x',
        'expected 1 to be 2',
        ['src/tax.ts:1:1', 'src/report.ts:1:1', 'test/x.test.ts:5:17'],
        1,
        1
      )
    ])
    expect(suspectOf(applied, failuresIn(log))).toBe('g-c')
    expect(suspectOf(applied.slice(0, 2), failuresIn(log))).toBe('g-b')
    const elsewhere = failuresIn(
      vitestLog([
        vitestBlock('test/y.test.ts', 'y', 'expected 1 to be 2', ['test/y.test.ts:5:17'], 1, 1)
      ])
    )
    expect(suspectOf(applied, elsewhere)).toBe('g-c')
    expect(suspectOf([], elsewhere)).toBe('')
  })
})

describe('formatting for people', () => {
  it('durations and costs', () => {
    expect([0, 999, 45_000, 59_499, 65_000, 600_000, 3_725_000].map(formatDuration)).toEqual([
      '0s',
      '1s',
      '45s',
      '59s',
      '1m 05s',
      '10m 00s',
      '1h 02m'
    ])
    expect([0, 0.004, 0.42, 1.5, 12.345, -1, Number.NaN].map(formatUsd)).toEqual([
      '$0.00',
      '<$0.01',
      '$0.42',
      '$1.50',
      '$12.35',
      '$0.00',
      '$0.00'
    ])
  })
})

describe('fanoutTable', () => {
  it('shows every group: applied, conflict, refused and missing with their reasons, then the speed-up', () => {
    const [first, second, third] = [cart, money, tax].sort() as [string, string, string]
    const owned = (g: string): string => plan.groups.find(x => x.id === g)!.files[0]!
    const proposals = [
      proposal(first, [owned(first)], {
        runner: 'ubuntu-24.04 #2',
        durationMs: 65_000,
        costUsd: 0.42
      }),
      proposal(second, [owned(third)], {
        runner: 'ubuntu-24.04 #3',
        durationMs: 95_000,
        costUsd: 0.3,
        fixed: 0,
        failed: 1
      }),
      proposal('g-old', ['src/x.ts'])
    ]
    const t = triageProposals(plan, proposals)
    const rows = rowsOfTriage(t, proposals, {[third]: 'its work job was cancelled'})
    expect(rows.map(r => [r.group, r.status])).toEqual([
      [first, 'applied'],
      [second, 'conflict'],
      ['g-old', 'refused'],
      [third, 'missing']
    ])
    const table = fanoutTable(rows, 100_000)
    expect(table.split('\n')).toEqual([
      '| Group | Runner | Time | Cost | Fixed / failed | Status |',
      '| --- | --- | --- | --- | --- | --- |',
      `| \`${first}\` | ubuntu-24.04 #\u200b2 | 1m 05s | $0.42 | 1 / 0 | applied |`,
      `| \`${second}\` | ubuntu-24.04 #\u200b3 | 1m 35s | $0.30 | 0 / 1 | conflict: touches ${owned(third)}, owned by ${third} |`,
      '| `g-old` |  |  |  |  | refused: group g-old is not in the plan |',
      `| \`${third}\` |  |  |  |  | missing: its work job was cancelled |`,
      '',
      "Wall clock (plan start → integrate end): 1m 40s · sum of the groups: 2m 40s · groups in parallel vs one after another: 1.6× (each group's job start-up and checks counted in it) · total cost of the groups: $0.72"
    ])
  })

  it('says why a group is missing when the stage does not know, and marks a no-change proposal', () => {
    const proposals = [proposal(cart, [], {commits: 0, fixed: 0, failed: 1})]
    const rows = rowsOfTriage(triageProposals(plan, proposals), proposals)
    expect(rows.find(r => r.group === cart)?.status).toBe('unchanged')
    expect(rows.find(r => r.group === tax)?.reason).toBe(
      'no proposal: its work job failed, timed out or was cancelled (see the job log)'
    )
  })

  it('escapes untrusted runner names and reasons, and has no speed-up without times', () => {
    const table = fanoutTable(
      [
        {group: 'g-1', status: 'dropped', runner: 'evil | <b>@octocat</b>', reason: 'line\n| break'}
      ],
      0
    )
    expect(table).toContain('evil \\| &lt;b&gt;@\u200boctocat&lt;/b&gt;')
    expect(table).toContain('dropped: line \\| break')
    expect(table).toContain('groups in parallel vs one after another: —')
    expect(table.split('\n')).toHaveLength(5)
  })
})

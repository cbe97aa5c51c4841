// The PR bodies of a feature build and of a fan-out carry text the model or a
// work job wrote (a stream's goal, a contract's purpose, a runner name, a
// reason). A `Closes #1` in it would close issue #1 when the PR merges, and an
// `@someone` would ping them: every such reference must be inert.
import {describe, expect, it} from 'vitest'
import {emptyTotals} from '../../../src/core/fixing/index.js'
import {fanoutTable} from '../../../src/core/fanout/index.js'
import {renderFeatureReport} from '../../../src/core/feature/report.js'

const HOSTILE = 'Closes #1 and fixes acme/app#2, cc @octocat'

/** A live reference: `#1`, `#2` or `@octocat` with no zero-width space after the sign. */
const LIVE = /(?:^|[^\u200b])(?:#[12]\b|@octocat)/

describe('references in what the model or a work job wrote are inert in PR bodies', () => {
  it('the feature report: goals, contract purposes, re-plan and one-stream reasons', () => {
    const body = renderFeatureReport({
      issue: {number: 7, title: 'Add units'},
      criteria: [{kind: 'task-list', text: 'toCm converts metres'}],
      plan: {
        summary: 'units',
        contracts: [{path: 'src/units.d.ts', purpose: HOSTILE, content: 'export {}'}],
        streams: [
          {id: 'core', goal: HOSTILE, owns: ['src/units.ts'], criteria: [1]},
          {id: 'tests', goal: 'tests', owns: ['test/units.test.ts'], criteria: [1]}
        ]
      },
      replanned: [HOSTILE],
      oneStream: HOSTILE,
      streams: [],
      checks: [],
      metrics: {
        wallSeconds: 1,
        serialSeconds: 1,
        streams: 2,
        integrationFailuresFound: 0,
        integrationFailuresFixed: 0,
        contractChanges: 0
      },
      totals: emptyTotals(),
      model: 'claude-sonnet'
    })
    const outsideFences = body.replace(/```[\s\S]*?```/g, '')
    expect(outsideFences).toContain('Closes')
    expect(outsideFences).not.toMatch(LIVE)
  })

  it("the fan-out table: a work job's runner name and reasons", () => {
    const table = fanoutTable(
      [
        {group: 'g-a', status: 'applied', runner: HOSTILE, durationMs: 1000, fixed: 1, failed: 0},
        {group: 'g-b', status: 'refused', reason: HOSTILE}
      ],
      2000
    )
    expect(table).toContain('Closes')
    expect(table).not.toMatch(LIVE)
  })
})

// #11: "a confidence below the dispatch threshold never dispatches autofix".
// A verdict that is only a guess (the evidence fallback, a failing step's
// name) alerts a human instead of spending model tokens on it.
import {describe, expect, it} from 'vitest'
import {classify} from '../../../src/core/classify/rules.js'
import type {Classification} from '../../../src/core/classify/types.js'
import {DISPATCH_MIN_CONFIDENCE, decideNextAction} from '../../../src/core/decide/next-action.js'

const run = {runAttempt: 1, workflowPath: '.github/workflows/ci.yml', headBranch: 'main', sha: 's'}
const settings = {rerunTransient: true, dispatchAutofix: 'ci-medic-autofix.yml'}

function verdict(confidence: number, failures = 0): Classification {
  return {
    category: 'lint_error',
    confidence,
    fingerprint: 'run-fp',
    rule: 'root.step-hint',
    reason: '',
    failures: Array.from({length: failures}, (_, i) => ({
      category: 'lint_error' as const,
      fingerprint: `f${i}`,
      message: 'x',
      excerpt: '',
      rule: 'eslint',
      confidence
    }))
  } as unknown as Classification
}

describe('dispatching autofix on a guess', () => {
  it('alerts below the threshold, dispatches at or above it', () => {
    const guess = decideNextAction(verdict(0.35), run, settings, {ledger: []})
    expect(guess).toMatchObject({action: 'alert', act: true})
    expect(guess.reason).toMatch(
      /only as a guess \(confidence 0\.35 by root\.step-hint: no failure was recognised/
    )
    expect(
      decideNextAction(verdict(DISPATCH_MIN_CONFIDENCE), run, settings, {ledger: []}).action
    ).toBe('autofix')
    expect(decideNextAction(verdict(0.9, 1), run, settings, {ledger: []}).action).toBe('autofix')
    expect(decideNextAction(verdict(0.4, 2), run, settings, {ledger: []}).reason).toMatch(
      /only weak evidence was recognised/
    )
  })

  it("the rules' own guess from a failing step's command is below it", () => {
    const c = classify([], {
      exitCodes: [1],
      errorMarkers: [],
      failedSteps: ['npm run lint']
    })
    expect(c.category).toBe('lint_error')
    expect(c.confidence).toBeLessThan(DISPATCH_MIN_CONFIDENCE)
    expect(decideNextAction(c, run, settings, {ledger: []}).action).not.toBe('autofix')
  })

  it('the recursion and fork guards still come first', () => {
    const own = decideNextAction(verdict(0.35), {...run, headBranch: 'ci-medic/fix'}, settings, {
      ledger: []
    })
    expect(own.action).toBe('none')
    const fork = decideNextAction(verdict(0.35), {...run, fork: 'mallory/repo'}, settings, {
      ledger: []
    })
    expect(fork.reason).toMatch(/fork/)
  })
})

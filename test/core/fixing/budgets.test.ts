import {describe, expect, it} from 'vitest'
import {
  BudgetTracker,
  budgetLimitsOf,
  DEFAULT_RESERVE_MS,
  worstCaseCost,
  type BudgetLimits
} from '../../../src/core/fixing/budgets.js'
import {priceOf, type TokenUsage} from '../../../src/models/catalog.js'

class FakeClock {
  t = 1_000_000
  now(): number {
    return this.t
  }
  advance(ms: number): void {
    this.t += ms
  }
}

const SONNET = 'claude-sonnet-5-5'
const usage = (u: Partial<TokenUsage>): TokenUsage => ({
  inputTokens: 0,
  outputTokens: 0,
  cacheCreationInputTokens: 0,
  cacheReadInputTokens: 0,
  ...u
})

const generous: BudgetLimits = {
  maxInputTokens: 100_000,
  maxCostUsd: 100,
  maxInputTokensPerFailure: 50_000,
  maxCostUsdPerFailure: 50,
  timeBudgetMs: 20 * 60_000,
  reserveMs: 3 * 60_000
}

describe('BudgetTracker: recording', () => {
  it('counts fresh, cache-write and cache-read tokens as input and prices each at its rate', () => {
    const b = new BudgetTracker(generous, new FakeClock())
    const cost = b.record(
      usage({
        inputTokens: 1_000,
        cacheCreationInputTokens: 2_000,
        cacheReadInputTokens: 10_000,
        outputTokens: 500
      }),
      SONNET,
      'f1'
    )
    // Sonnet: input 3, write 3.75, read 0.3, output 15 USD per million.
    const expected = (1_000 * 3 + 2_000 * 3.75 + 10_000 * 0.3 + 500 * 15) / 1_000_000
    expect(cost).toBeCloseTo(expected, 10)
    expect(b.totals()).toEqual({
      inputTokens: 13_000,
      freshInputTokens: 1_000,
      outputTokens: 500,
      cacheReadTokens: 10_000,
      cacheWriteTokens: 2_000,
      costUsd: expect.closeTo(expected, 10),
      calls: 1
    })
    expect(b.failureTotals('f1').inputTokens).toBe(13_000)
    expect(b.failureTotals('other').inputTokens).toBe(0)
  })

  it('uses price overrides', () => {
    const b = new BudgetTracker(
      {...generous, modelPrices: {'my-model': {input: 1, output: 2, cacheWrite: 0, cacheRead: 0}}},
      new FakeClock()
    )
    expect(b.record(usage({inputTokens: 1_000_000, outputTokens: 1_000_000}), 'my-model')).toBe(3)
  })

  it('keeps per-failure totals apart and run totals summed', () => {
    const b = new BudgetTracker(generous, new FakeClock())
    b.record(usage({inputTokens: 100}), SONNET, 'a')
    b.record(usage({inputTokens: 200}), SONNET, 'b')
    b.record(usage({inputTokens: 300}), SONNET, 'a')
    expect(b.failureTotals('a').inputTokens).toBe(400)
    expect(b.failureTotals('b').inputTokens).toBe(200)
    expect(b.totals().inputTokens).toBe(600)
    expect(Object.keys(b.allFailureTotals()).sort()).toEqual(['a', 'b'])
  })
})

describe('BudgetTracker: the next call', () => {
  const call = {failureKey: 'f1', model: SONNET, maxOutputTokens: 0}

  it('allows a call that lands exactly on the run token limit, refuses one token more', () => {
    const b = new BudgetTracker(
      {...generous, maxInputTokens: 10_000, maxInputTokensPerFailure: 10_000},
      new FakeClock()
    )
    b.record(usage({inputTokens: 6_000}), SONNET, 'f1')
    expect(b.canAffordNextCall({...call, estimatedInputTokens: 4_000})).toEqual({ok: true})
    const r = b.canAffordNextCall({...call, estimatedInputTokens: 4_001})
    expect(r).toMatchObject({ok: false, reason: 'run-tokens'})
    expect(r.ok ? '' : r.message).toContain('max-input-tokens')
  })

  it('refuses when the estimate crosses the run cost limit, counting max output tokens', () => {
    const b = new BudgetTracker(
      {...generous, maxCostUsd: 1, maxInputTokens: 1_000_000},
      new FakeClock()
    )
    b.record(usage({inputTokens: 300_000}), SONNET) // $0.90
    // 10k input at the cache-write rate ($0.0375) is fine; 10k output ($0.15) is not.
    expect(
      b.canAffordNextCall({model: SONNET, estimatedInputTokens: 10_000, maxOutputTokens: 0})
    ).toEqual({ok: true})
    expect(
      b.canAffordNextCall({model: SONNET, estimatedInputTokens: 10_000, maxOutputTokens: 10_000})
    ).toMatchObject({ok: false, reason: 'run-cost'})
  })

  it('prices expected cache reads at the read rate', () => {
    const price = priceOf(SONNET)
    const worst = worstCaseCost({model: SONNET, estimatedInputTokens: 100_000, maxOutputTokens: 0})
    const cached = worstCaseCost({
      model: SONNET,
      estimatedInputTokens: 100_000,
      expectedCacheReadTokens: 90_000,
      maxOutputTokens: 0
    })
    expect(worst).toBeCloseTo((100_000 * price.cacheWrite) / 1e6, 10)
    expect(cached).toBeCloseTo((10_000 * price.cacheWrite + 90_000 * price.cacheRead) / 1e6, 10)
  })

  it('applies per-failure budgets only to that failure', () => {
    const b = new BudgetTracker({...generous, maxInputTokensPerFailure: 5_000}, new FakeClock())
    b.record(usage({inputTokens: 5_000}), SONNET, 'f1')
    expect(b.canAffordNextCall({...call, estimatedInputTokens: 1})).toMatchObject({
      ok: false,
      reason: 'failure-tokens'
    })
    expect(b.canAffordNextCall({...call, failureKey: 'f2', estimatedInputTokens: 5_000})).toEqual({
      ok: true
    })
    expect(b.runStopped()).toBe(false)
    expect(b.failureStopped('f1')?.reason).toBe('failure-tokens')
    expect(b.failureStopped('f2')).toBeUndefined()
  })

  it('applies the per-failure cost budget', () => {
    const b = new BudgetTracker({...generous, maxCostUsdPerFailure: 0.1}, new FakeClock())
    b.record(usage({outputTokens: 6_000}), SONNET, 'f1') // $0.09
    expect(
      b.canAffordNextCall({...call, estimatedInputTokens: 0, maxOutputTokens: 1_000})
    ).toMatchObject({ok: false, reason: 'failure-cost'})
    expect(b.canAffordNextCall({...call, estimatedInputTokens: 0, maxOutputTokens: 600})).toEqual({
      ok: true
    })
  })

  it('remembers the run-level stop before a later per-failure one', () => {
    const b = new BudgetTracker({...generous, maxInputTokens: 1_000}, new FakeClock())
    expect(b.stopped()).toBeUndefined()
    b.canAffordNextCall({...call, estimatedInputTokens: 2_000})
    expect(b.runStopped()).toBe(true)
    expect(b.stopped()).toMatchObject({reason: 'run-tokens', failureKey: 'f1'})
  })
})

describe('BudgetTracker: time', () => {
  it('keeps the reserve: work stops reserveMs before the time budget', () => {
    const clock = new FakeClock()
    const b = new BudgetTracker(
      {...generous, timeBudgetMs: 20 * 60_000, reserveMs: 3 * 60_000},
      clock
    )
    expect(b.timeLeftMs()).toBe(17 * 60_000)
    clock.advance(17 * 60_000 - 1)
    expect(b.timeLeftMs()).toBe(1)
    expect(
      b.canAffordNextCall({model: SONNET, estimatedInputTokens: 10, maxOutputTokens: 10})
    ).toEqual({ok: true})
    clock.advance(1)
    expect(b.timeLeftMs()).toBe(0)
    expect(b.hardTimeLeftMs()).toBe(3 * 60_000)
    const r = b.canAffordNextCall({model: SONNET, estimatedInputTokens: 10, maxOutputTokens: 10})
    expect(r).toMatchObject({ok: false, reason: 'time'})
    expect(b.runStopped()).toBe(true)
  })

  it('refuses a call whose expected duration does not fit', () => {
    const clock = new FakeClock()
    const b = new BudgetTracker({...generous, timeBudgetMs: 10 * 60_000, reserveMs: 60_000}, clock)
    clock.advance(8 * 60_000)
    expect(
      b.canAffordNextCall({
        model: SONNET,
        estimatedInputTokens: 1,
        maxOutputTokens: 1,
        estimatedMs: 60_000
      })
    ).toEqual({ok: true})
    expect(
      b.canAffordNextCall({
        model: SONNET,
        estimatedInputTokens: 1,
        maxOutputTokens: 1,
        estimatedMs: 60_001
      })
    ).toMatchObject({ok: false, reason: 'time'})
    expect(b.hasTimeFor(60_000)).toBe(true)
    expect(b.hasTimeFor(60_001)).toBe(false)
  })

  it('caps timeouts at the work deadline', () => {
    const clock = new FakeClock()
    const b = new BudgetTracker({...generous, timeBudgetMs: 10 * 60_000, reserveMs: 60_000}, clock)
    expect(b.timeoutFor(120_000)).toBe(120_000)
    clock.advance(8 * 60_000 + 30_000)
    expect(b.timeoutFor(120_000)).toBe(30_000)
  })

  it('gives a command its own timeout until the hard end of the budget, and never less than a second', () => {
    const clock = new FakeClock()
    const b = new BudgetTracker({...generous, timeBudgetMs: 10 * 60_000, reserveMs: 60_000}, clock)
    expect(b.commandTimeoutMs(120_000)).toBe(120_000)
    clock.advance(9 * 60_000 + 30_000)
    // The reserve is for wrapping up, but a running check may use it.
    expect(b.commandTimeoutMs(120_000)).toBe(30_000)
    clock.advance(5 * 60_000)
    expect(b.commandTimeoutMs(120_000)).toBe(1_000)
  })

  it('caps the reserve at half of a short budget, and defaults it', () => {
    expect(
      new BudgetTracker(
        {...generous, timeBudgetMs: 60_000, reserveMs: 10 * 60_000},
        new FakeClock()
      ).reserveMs()
    ).toBe(30_000)
    const {reserveMs: _, ...noReserve} = generous
    expect(new BudgetTracker(noReserve, new FakeClock()).reserveMs()).toBe(DEFAULT_RESERVE_MS)
  })

  it('never reports negative time when the clock goes backwards or past the end', () => {
    const clock = new FakeClock()
    const b = new BudgetTracker(generous, clock)
    clock.advance(-5_000)
    expect(b.elapsedMs()).toBe(0)
    clock.advance(10 * 60 * 60_000)
    expect(b.timeLeftMs()).toBe(0)
    expect(b.hardTimeLeftMs()).toBe(0)
  })
})

describe('budgetLimitsOf', () => {
  it('maps the fix-loop settings', () => {
    const limits = budgetLimitsOf({
      maxInputTokens: 3_000_000,
      maxCostUsd: 5,
      maxInputTokensPerFailure: 800_000,
      maxCostUsdPerFailure: 1.5,
      timeBudgetMinutes: 20,
      modelPrices: {}
    })
    expect(limits).toEqual({
      maxInputTokens: 3_000_000,
      maxCostUsd: 5,
      maxInputTokensPerFailure: 800_000,
      maxCostUsdPerFailure: 1.5,
      timeBudgetMs: 1_200_000,
      reserveMs: DEFAULT_RESERVE_MS,
      modelPrices: {}
    })
  })
})

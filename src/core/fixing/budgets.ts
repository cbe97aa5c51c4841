// Hard budgets of a fix loop, in code: input tokens and cost per run and per
// failure, and the run's time. Checked BEFORE every model call with that
// call's worst case, so a run stops cleanly instead of overshooting. Pure: the
// clock is injected, usage comes from each response.
import {costOf, priceOf, type ModelPrice, type TokenUsage} from '../../models/catalog.js'

export interface Clock {
  /** Milliseconds (any epoch; only differences matter). */
  now(): number
}

export interface BudgetLimits {
  /** Input tokens (fresh + cache write + cache read) per run. */
  maxInputTokens: number
  maxCostUsd: number
  maxInputTokensPerFailure: number
  maxCostUsdPerFailure: number
  /** Wall time of the whole run. */
  timeBudgetMs: number
  /**
   * Time kept back at the end for the final verification and the push: work
   * stops this long before the time budget runs out. Capped at half the
   * budget so a short budget still leaves time for work.
   */
  reserveMs?: number
  /** Price overrides by model id (USD per million tokens). */
  modelPrices?: Record<string, ModelPrice>
}

/** Default reserve: room for a full test run, lint, typecheck and a push. */
export const DEFAULT_RESERVE_MS = 3 * 60_000

export interface UsageTotals {
  /** All input tokens: fresh + cache write + cache read. */
  inputTokens: number
  outputTokens: number
  cacheReadTokens: number
  cacheWriteTokens: number
  /** Input tokens sent fresh (neither written to nor read from the cache). */
  freshInputTokens: number
  costUsd: number
  calls: number
}

export interface NextCall {
  /** The failure the call works on (its plan key); '' or omitted for run-level calls. */
  failureKey?: string
  /** Input tokens the request will carry (whole prompt: system, tools, messages). */
  estimatedInputTokens: number
  /** Of those, tokens expected to be read from the cache (priced as cache reads). Default 0: worst case. */
  expectedCacheReadTokens?: number
  /** The request's max_tokens (thinking included): the output worst case. */
  maxOutputTokens: number
  model: string
  /** How long the call may take; refuse it when less time is left. Default 0. */
  estimatedMs?: number
}

export type BudgetReason = 'run-tokens' | 'run-cost' | 'failure-tokens' | 'failure-cost' | 'time'

export interface BudgetStop {
  reason: BudgetReason
  message: string
  failureKey?: string
}

export type Affordability = {ok: true} | {ok: false; reason: BudgetReason; message: string}

/** Usage with nothing spent yet. */
export function emptyTotals(): UsageTotals {
  return {
    inputTokens: 0,
    outputTokens: 0,
    cacheReadTokens: 0,
    cacheWriteTokens: 0,
    freshInputTokens: 0,
    costUsd: 0,
    calls: 0
  }
}

/** Two usages added up (a new object). */
export function addTotals(a: UsageTotals, b: UsageTotals): UsageTotals {
  const sum = emptyTotals()
  for (const k of Object.keys(sum) as (keyof UsageTotals)[]) sum[k] = a[k] + b[k]
  return sum
}

function addTo(t: UsageTotals, usage: TokenUsage, cost: number): void {
  t.inputTokens += usage.inputTokens + usage.cacheCreationInputTokens + usage.cacheReadInputTokens
  t.freshInputTokens += usage.inputTokens
  t.outputTokens += usage.outputTokens
  t.cacheReadTokens += usage.cacheReadInputTokens
  t.cacheWriteTokens += usage.cacheCreationInputTokens
  t.costUsd += cost
  t.calls += 1
}

function usd(n: number): string {
  return `$${n.toFixed(n < 1 ? 4 : 2)}`
}

function tokens(n: number): string {
  return n.toLocaleString('en-US')
}

function nonNegative(n: number): number {
  return Number.isFinite(n) && n > 0 ? n : 0
}

/** Worst-case cost of the next call: uncached input priced at the dearer of fresh and cache-write. */
export function worstCaseCost(
  call: Omit<NextCall, 'failureKey' | 'estimatedMs'>,
  overrides: Record<string, ModelPrice> = {}
): number {
  const price = priceOf(call.model, overrides)
  const input = nonNegative(call.estimatedInputTokens)
  const cached = Math.min(input, nonNegative(call.expectedCacheReadTokens ?? 0))
  const uncachedRate = Math.max(price.input, price.cacheWrite)
  return (
    ((input - cached) * uncachedRate +
      cached * price.cacheRead +
      nonNegative(call.maxOutputTokens) * price.output) /
    1_000_000
  )
}

export class BudgetTracker {
  private readonly limits: Required<BudgetLimits>
  private readonly clock: Clock
  private readonly started: number
  private readonly run = emptyTotals()
  private readonly perFailure = new Map<string, UsageTotals>()
  private runStop: BudgetStop | undefined
  private readonly failureStops = new Map<string, BudgetStop>()

  constructor(limits: BudgetLimits, clock: Clock) {
    const timeBudgetMs = nonNegative(limits.timeBudgetMs)
    this.limits = {
      ...limits,
      timeBudgetMs,
      reserveMs: Math.min(nonNegative(limits.reserveMs ?? DEFAULT_RESERVE_MS), timeBudgetMs / 2),
      modelPrices: limits.modelPrices ?? {}
    }
    this.clock = clock
    this.started = clock.now()
  }

  /** Count one response's usage; returns its cost in USD. */
  record(usage: TokenUsage, model: string, failureKey = ''): number {
    const cost = costOf(usage, priceOf(model, this.limits.modelPrices))
    addTo(this.run, usage, cost)
    if (failureKey !== '') {
      let t = this.perFailure.get(failureKey)
      if (t === undefined) {
        t = emptyTotals()
        this.perFailure.set(failureKey, t)
      }
      addTo(t, usage, cost)
    }
    return cost
  }

  /**
   * Whether the next call fits every budget even in its worst case (all its
   * input tokens counted, its whole max_tokens spent). Landing exactly on a
   * limit is allowed; crossing it is not. A refusal is remembered (see
   * `stopped()`): the run's outcome becomes budget-exceeded.
   */
  canAffordNextCall(call: NextCall): Affordability {
    const refuse = (reason: BudgetReason, message: string): Affordability => {
      if (reason === 'failure-tokens' || reason === 'failure-cost') {
        const key = call.failureKey ?? ''
        if (!this.failureStops.has(key))
          this.failureStops.set(key, {reason, message, failureKey: key})
      } else {
        this.runStop ??= {
          reason,
          message,
          ...(call.failureKey ? {failureKey: call.failureKey} : {})
        }
      }
      return {ok: false, reason, message}
    }
    const left = this.timeLeftMs()
    const needMs = nonNegative(call.estimatedMs ?? 0)
    if (left <= 0 || left < needMs) {
      return refuse(
        'time',
        `time budget: ${Math.round(this.elapsedMs() / 1000)}s of ${Math.round(this.limits.timeBudgetMs / 1000)}s used, ${Math.round(this.limits.reserveMs / 1000)}s kept for the final verification and push${needMs > 0 ? `; the next call may take ${Math.round(needMs / 1000)}s` : ''}`
      )
    }
    const input = nonNegative(call.estimatedInputTokens)
    const cost = worstCaseCost(call, this.limits.modelPrices)
    if (this.run.inputTokens + input > this.limits.maxInputTokens) {
      return refuse(
        'run-tokens',
        `max-input-tokens: ${tokens(this.run.inputTokens)} used + about ${tokens(input)} for the next call > ${tokens(this.limits.maxInputTokens)}`
      )
    }
    if (this.run.costUsd + cost > this.limits.maxCostUsd) {
      return refuse(
        'run-cost',
        `max-cost-usd: ${usd(this.run.costUsd)} spent + up to ${usd(cost)} for the next call > ${usd(this.limits.maxCostUsd)}`
      )
    }
    if (call.failureKey) {
      const f = this.perFailure.get(call.failureKey) ?? emptyTotals()
      if (f.inputTokens + input > this.limits.maxInputTokensPerFailure) {
        return refuse(
          'failure-tokens',
          `max-input-tokens-per-failure: ${tokens(f.inputTokens)} used on this failure + about ${tokens(input)} for the next call > ${tokens(this.limits.maxInputTokensPerFailure)}`
        )
      }
      if (f.costUsd + cost > this.limits.maxCostUsdPerFailure) {
        return refuse(
          'failure-cost',
          `max-cost-usd-per-failure: ${usd(f.costUsd)} spent on this failure + up to ${usd(cost)} for the next call > ${usd(this.limits.maxCostUsdPerFailure)}`
        )
      }
    }
    return {ok: true}
  }

  /** Whether a non-model step (a test run) of this length still fits before the reserve. */
  hasTimeFor(ms: number): boolean {
    return this.timeLeftMs() > 0 && this.timeLeftMs() >= nonNegative(ms)
  }

  elapsedMs(): number {
    return Math.max(0, this.clock.now() - this.started)
  }

  /** Time left for work: the time budget minus the reserve minus what has elapsed (never negative). */
  timeLeftMs(): number {
    return Math.max(0, this.limits.timeBudgetMs - this.limits.reserveMs - this.elapsedMs())
  }

  /** Time left until the hard end of the time budget (the reserve included). */
  hardTimeLeftMs(): number {
    return Math.max(0, this.limits.timeBudgetMs - this.elapsedMs())
  }

  /** A timeout for the next call or command: at most `maxMs`, never past the work deadline. */
  timeoutFor(maxMs: number): number {
    return Math.max(0, Math.min(nonNegative(maxMs), this.timeLeftMs()))
  }

  /**
   * A timeout for one command (a check, a fixer, a test run): at most `maxMs`,
   * never past the hard end of the time budget, and at least a second so a
   * command is never started with no time at all.
   */
  commandTimeoutMs(maxMs: number): number {
    return Math.max(1_000, Math.min(nonNegative(maxMs), this.hardTimeLeftMs()))
  }

  reserveMs(): number {
    return this.limits.reserveMs
  }

  totals(): UsageTotals {
    return {...this.run}
  }

  failureTotals(failureKey: string): UsageTotals {
    return {...(this.perFailure.get(failureKey) ?? emptyTotals())}
  }

  /** Totals of every failure that made a call, by key. */
  allFailureTotals(): Record<string, UsageTotals> {
    return Object.fromEntries([...this.perFailure].map(([k, t]) => [k, {...t}]))
  }

  /** The run-level refusal if any, else the first per-failure one (for the outcome and the log). */
  stopped(): BudgetStop | undefined {
    const first = this.runStop ?? [...this.failureStops.values()][0]
    return first === undefined ? undefined : {...first}
  }

  /** Whether a run-level budget (run tokens, run cost, time) stopped the whole run. */
  runStopped(): boolean {
    return this.runStop !== undefined
  }

  /** The per-failure refusal of one failure, if its own budget stopped it. */
  failureStopped(failureKey: string): BudgetStop | undefined {
    const s = this.failureStops.get(failureKey)
    return s === undefined ? undefined : {...s}
  }
}

/** Limits from the fix-loop settings (minutes and per-run/per-failure caps). */
export function budgetLimitsOf(
  settings: {
    maxInputTokens: number
    maxCostUsd: number
    maxInputTokensPerFailure: number
    maxCostUsdPerFailure: number
    timeBudgetMinutes: number
    modelPrices: Record<string, ModelPrice>
  },
  reserveMs = DEFAULT_RESERVE_MS
): BudgetLimits {
  return {
    maxInputTokens: settings.maxInputTokens,
    maxCostUsd: settings.maxCostUsd,
    maxInputTokensPerFailure: settings.maxInputTokensPerFailure,
    maxCostUsdPerFailure: settings.maxCostUsdPerFailure,
    timeBudgetMs: settings.timeBudgetMinutes * 60_000,
    reserveMs,
    modelPrices: settings.modelPrices
  }
}

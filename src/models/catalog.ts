// The one place that names Claude models and what they cost.
// Defaults are ids the installed @anthropic-ai/sdk lists as current (its
// `Model` type) and does not warn about as deprecated; a test checks both.
// Every model input can override them, and `model-prices` can override prices.

export interface ModelPrice {
  /** USD per million input tokens sent fresh. */
  input: number
  /** USD per million output tokens (thinking included). */
  output: number
  /** USD per million tokens written to the prompt cache (5-minute TTL). */
  cacheWrite: number
  /** USD per million tokens read from the prompt cache. */
  cacheRead: number
}

export const DEFAULT_MODELS = {
  /** classify's second opinion: small and cheap. */
  classify: 'claude-haiku-5-5',
  /** autofix and self-heal: a strong coding model. */
  fix: 'claude-sonnet-5-5',
  /** the last attempt on a hard failure, with extended thinking. */
  escalation: 'claude-opus-5-5'
} as const

/**
 * List prices in USD per million tokens by model family. Cache writes cost
 * 1.25x input and cache reads 0.1x input, as Anthropic prices prompt caching.
 * A model id matches the longest family prefix; an unknown id uses the most
 * expensive family, so budgets err on the safe side.
 */
const FAMILY_PRICES: Record<string, {input: number; output: number}> = {
  'claude-haiku': {input: 1, output: 5},
  'claude-sonnet': {input: 3, output: 15},
  'claude-opus': {input: 5, output: 25},
  'claude-fable': {input: 5, output: 25},
  'claude-mythos': {input: 25, output: 125}
}

const FALLBACK_FAMILY = 'claude-mythos'

export function withCacheRates(price: {input: number; output: number}): ModelPrice {
  return {
    input: price.input,
    output: price.output,
    cacheWrite: price.input * 1.25,
    cacheRead: price.input * 0.1
  }
}

/** The price of a model id, from overrides first, then the family table. */
export function priceOf(model: string, overrides: Record<string, ModelPrice> = {}): ModelPrice {
  const exact = overrides[model]
  if (exact) return exact
  const family = Object.keys(FAMILY_PRICES)
    .filter(prefix => model.startsWith(prefix))
    .sort((a, b) => b.length - a.length)[0]
  return withCacheRates(FAMILY_PRICES[family ?? FALLBACK_FAMILY] as {input: number; output: number})
}

export interface TokenUsage {
  inputTokens: number
  outputTokens: number
  cacheCreationInputTokens: number
  cacheReadInputTokens: number
}

/** The cost in USD of one response's usage. */
export function costOf(usage: TokenUsage, price: ModelPrice): number {
  return (
    (usage.inputTokens * price.input +
      usage.outputTokens * price.output +
      usage.cacheCreationInputTokens * price.cacheWrite +
      usage.cacheReadInputTokens * price.cacheRead) /
    1_000_000
  )
}

/** The `thinking` parameter of a request that asks for extended thinking. */
export type ThinkingParam = {type: 'adaptive'} | {type: 'enabled'; budget_tokens: number}

/**
 * Models that take extended thinking only as a fixed budget (`type: enabled`):
 * Claude 3.x and the 4, 4.1 and 4.5 families. Later models decide how much to
 * think (`type: adaptive`): the fixed budget is deprecated from 4.6 and refused
 * from Opus 4.7, so an id not listed here (an unknown, newer one too) is asked
 * adaptively.
 */
const BUDGET_THINKING_MODELS = /^claude-(?:3-|(?:opus|sonnet|haiku)-4(?:-[015])?(?:-\d{8})?$)/

/** How to ask `model` for extended thinking, with `budgetTokens` where the model needs a budget. */
export function thinkingFor(model: string, budgetTokens: number): ThinkingParam {
  return BUDGET_THINKING_MODELS.test(model)
    ? {type: 'enabled', budget_tokens: budgetTokens}
    : {type: 'adaptive'}
}

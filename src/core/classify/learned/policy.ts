// When the evidence model is consulted, and what its answer changes. The rules decide
// whenever they recognised a failure with some confidence; the model is asked only where
// they are weak: an `unknown` or a guess below the dispatch confidence (evidence words, a
// step name, a hint), on text that does report a failure. A confident rule is never asked
// about: overriding one between the classes the rules confuse most (compile error, missing
// dependency, changed API) can be switched on (minConfusableP) but is off, because it would
// load the model for every such verdict, a one-line tsc log included, for 4 of 229 fresh
// excerpts in cross-validation (bench/corpus-real/README.md, "Evidence model"). Where it is
// asked, the model's class replaces the rules' when the model finds it enough times more
// likely than the rules' own class (a margin on the log-odds, one for `unknown` and one for a
// weak guess, chosen by nested cross-validation: bench/classify/learned-combination.ts): a
// model that merely leans away from a guess the rules made leaves it. A verdict the model
// decides carries the model's probability as its confidence, capped below a confident rule's,
// so a guess (below 0.5) never dispatches autofix.
import {failureEvidence} from '../evidence.js'
import {isCategory, type Category, type Classification} from '../types.js'
import type {Posterior} from './model.js'

export interface Policy {
  /** A rule verdict below this confidence is weak: the model may replace it. */
  weakBelow: number
  /**
   * …with its top class k when ln(p(k) / p(the rules' class)) exceeds this margin, for a rules'
   * `unknown` (0: whenever the model names a failure class ahead of `unknown`)…
   */
  unknownMargin: number
  /** …and for a weak guess of another class (1: k at least e ≈ 2.7 times as likely). */
  weakMargin: number
  /**
   * Ask the model about text whose only failure line is an exit status ("exited with 1",
   * "make: *** [all] Error 2")? Such text says that something failed, not why: the model reads
   * the rest of it (a build's progress, a runner's set-up) as the evidence of a class.
   */
  askOnExitStatus: boolean
  /** Between confusable classes, the model overrides a confident rule at this probability (unset: never). */
  minConfusableP?: number
}

/** weakBelow is DISPATCH_MIN_CONFIDENCE (core/decide): a verdict autofix would not act on. */
export const POLICY: Policy = {
  weakBelow: 0.5,
  unknownMargin: 0,
  weakMargin: 1,
  askOnExitStatus: false
}

/** A verdict the model decides is never confident enough to skip a second opinion. */
export const MODEL_CONFIDENCE_CAP = 0.65
export const LEARNED_RULE = 'learned.evidence'

const CONFUSABLE: readonly Category[] = [
  'compile_error',
  'dependency_missing',
  'contract_violation'
]

function weak(c: Classification, policy: Policy): boolean {
  return c.rule !== 'root.binary' && c.confidence < policy.weakBelow
}

/** Is the model worth loading for this verdict and the text the scanner kept? */
export function needsModel(c: Classification, text: string, policy: Policy = POLICY): boolean {
  if (c.category === 'budget_exceeded') return false
  const asked =
    weak(c, policy) || (CONFUSABLE.includes(c.category) && policy.minConfusableP !== undefined)
  if (!asked) return false
  const evidence = failureEvidence(text)
  return evidence === 'described' || (evidence === 'exit-status' && policy.askOnExitStatus)
}

/** ln(p(top) / p(the rules' class)): how much likelier the model finds its class than the rules'. */
function logOdds(c: Classification, posterior: readonly Posterior[]): number {
  const own = posterior.find(p => p.category === c.category)?.p ?? 0
  return own > 0 ? Math.log(posterior[0].p / own) : Infinity
}

function odds(c: Classification, posterior: readonly Posterior[]): string {
  const r = Math.exp(logOdds(c, posterior))
  return Number.isFinite(r)
    ? `${r.toFixed(1)} times as likely as ${c.category}`
    : `${c.category} unlikely`
}

/** The verdict once the model's probabilities are known: the rules' unless the policy says otherwise. */
export function applyModel(
  c: Classification,
  posterior: readonly Posterior[],
  policy: Policy = POLICY
): Classification {
  const top = posterior[0]
  if (!top || !isCategory(top.category) || top.category === 'unknown') return c
  const category = top.category
  const confusable = CONFUSABLE.includes(c.category) && CONFUSABLE.includes(category)
  const margin = c.category === 'unknown' ? policy.unknownMargin : policy.weakMargin
  const decides = weak(c, policy)
    ? logOdds(c, posterior) > margin
    : confusable && top.p >= (policy.minConfusableP ?? Infinity)
  if (!decides || category === c.category) return c
  const p = top.p.toFixed(2)
  return {
    ...c,
    category,
    confidence: Math.round(Math.min(MODEL_CONFIDENCE_CAP, top.p) * 100) / 100,
    rule: LEARNED_RULE,
    reason: `The rules were unsure (${c.category} by ${c.rule}, confidence ${c.confidence.toFixed(2)}); the evidence model trained on the labelled corpora reads the output as ${category} (probability ${p}, ${odds(c, posterior)}). ${c.reason}`
  }
}

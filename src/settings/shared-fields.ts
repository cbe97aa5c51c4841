// Input fields that several actions share, so each is parsed one way everywhere.
// The ones classify reads too live in common-fields.ts (re-exported here).
import {z} from 'zod'
import {DEFAULT_MODELS, withCacheRates, type ModelPrice} from '../models/catalog.js'
import {
  bool,
  decimal,
  int,
  invalid,
  json,
  list,
  oneOf,
  schemaOf,
  splitList,
  text,
  type InputField
} from './fields.js'

import {artifactFields} from './common-fields.js'

export {
  artifactFields,
  githubFields,
  ledgerIssueTitleField,
  modelFields,
  runId
} from './common-fields.js'

const modelPricesSchema = z.record(
  z.string().min(1),
  z.object({
    input: z.number().nonnegative(),
    output: z.number().nonnegative(),
    cacheWrite: z.number().nonnegative().optional(),
    cacheRead: z.number().nonnegative().optional()
  })
)

const LOGIN = /^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/
const TEAM = /^@?(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/)?[A-Za-z0-9_.-]+$/

/** A comma- or newline-separated list whose every item must match `pattern`. */
function names(pattern: RegExp, what: string, example: string): InputField<string[]> {
  return {
    schema: schemaOf(v => {
      const items = splitList(v)
      const bad = items.find(item => !pattern.test(item))
      return bad === undefined ? items : invalid(`"${bad.slice(0, 60)}" is not ${what}`)
    }),
    example,
    default: ''
  }
}

/** Who a fix PR asks for review (core/fixing/review-request.ts). */
export function reviewFields() {
  return {
    reviewers: names(LOGIN, 'a GitHub login', 'octocat, hubot'),
    'team-reviewers': names(TEAM, 'a team slug (slug or org/slug)', 'my-org/backend'),
    'request-codeowners': bool(false)
  }
}

/** Budgets and guards of a fix loop (autofix and self-heal share them). */
export const fixLoopFields = {
  'escalation-model': text(DEFAULT_MODELS.escalation, DEFAULT_MODELS.escalation),
  'max-attempts-per-failure': int(3, 1, 10),
  'max-input-tokens': int(3_000_000, 1_000, 100_000_000),
  'max-cost-usd': decimal(5, 0, 1_000),
  'max-input-tokens-per-failure': int(800_000, 1_000, 100_000_000),
  'max-cost-usd-per-failure': decimal(1.5, 0, 1_000),
  'max-files-changed': int(10, 1, 200),
  // Added to the built-in set (core/fixing/protected-paths.ts); the override replaces that set.
  'protected-paths': list('src/money/**, db/seeds/**', ''),
  'protected-paths-override': list('.github/**, **/*.lock, src/auth/**', ''),
  'model-prices': json(modelPricesSchema, '{"my-model": {"input": 3, "output": 15}}'),
  'test-command': text('npm test', ''),
  'lint-command': text('npm run lint', ''),
  'typecheck-command': text('npx tsc --noEmit', ''),
  'command-timeout-minutes': decimal(10, 0.05, 180),
  sandbox: oneOf(['auto', 'required', 'off'] as const, 'auto'),
  'check-network': oneOf(['allow', 'none'] as const, 'allow'),
  'base-branch': text('main', ''),
  draft: bool(true),
  'dry-run': bool(false),
  ...reviewFields(),
  // Pattern docs of the weekly analysis: the ones about a failure go into its prompt.
  'learnings-path': text('docs/patterns', 'docs/patterns'),
  ...artifactFields
}

/** Price overrides with cache rates filled in from the input rate when left out. */
export function normalizePrices(
  raw:
    | Record<string, {input: number; output: number; cacheWrite?: number; cacheRead?: number}>
    | undefined
): Record<string, ModelPrice> {
  const prices: Record<string, ModelPrice> = {}
  for (const [model, price] of Object.entries(raw ?? {})) {
    const base = withCacheRates(price)
    prices[model] = {
      ...base,
      cacheWrite: price.cacheWrite ?? base.cacheWrite,
      cacheRead: price.cacheRead ?? base.cacheRead
    }
  }
  return prices
}

// Input fields that several actions share, so each is parsed one way everywhere.
import {z} from 'zod'
import {DEFAULT_MODELS, withCacheRates, type ModelPrice} from '../models/catalog.js'
import {
  bool,
  decimal,
  int,
  json,
  list,
  oneOf,
  secret,
  text,
  url,
  type InputField
} from './fields.js'

/** A workflow run id: '' for "not given". */
export function runId(): InputField<number | undefined> {
  return {
    schema: z.string().transform((v, ctx) => {
      if (v === '') return undefined
      if (!/^\d{1,16}$/.test(v) || Number(v) <= 0) {
        ctx.addIssue({code: 'custom', message: 'must be a workflow run id (a positive number)'})
        return z.NEVER
      }
      return Number(v)
    }),
    example: '1234567890'
  }
}

/** The tracking issue that holds classify's failure ledger (autofix reads it for known flakes). */
export const ledgerIssueTitleField = text('CI failure ledger', 'ci-medic failure ledger')

export const githubFields = {
  'github-token': secret('${{ github.token }}')
}

export function modelFields(defaultModel: string): {
  'anthropic-api-key': InputField<string>
  'anthropic-base-url': InputField<string>
  model: InputField<string>
} {
  return {
    'anthropic-api-key': secret('${{ secrets.ANTHROPIC_API_KEY }}'),
    'anthropic-base-url': url('https://llm-gateway.example.com', ''),
    model: text(defaultModel, defaultModel)
  }
}

const modelPricesSchema = z.record(
  z.string().min(1),
  z.object({
    input: z.number().nonnegative(),
    output: z.number().nonnegative(),
    cacheWrite: z.number().nonnegative().optional(),
    cacheRead: z.number().nonnegative().optional()
  })
)

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
  'dry-run': bool(false)
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

import {ConfigurationError} from '../errors.js'
import {DEFAULT_MODELS, type ModelPrice} from '../models/catalog.js'
import {int, lines, list, readFields, text, type InputFields, type ValuesOf} from './fields.js'
import type {InputSource} from './input-source.js'
import {
  fixLoopFields,
  githubFields,
  ledgerIssueTitleField,
  modelFields,
  normalizePrices,
  runId
} from './shared-fields.js'

export const autofixFields = {
  ...fixLoopFields,
  'fix-commands': lines('npx eslint --fix .\nnpx prettier --write .', ''),
  ...modelFields(DEFAULT_MODELS.fix),
  'max-failures': int(10, 1, 100),
  'time-budget-minutes': int(20, 1, 360),
  'run-id': runId(),
  fingerprint: text('a1b2c3d4e5f6', ''),
  'branch-prefix': text('ci-medic/autofix/', 'ci-medic/autofix/'),
  labels: list('ci-medic, autofix', 'ci-medic, autofix'),
  'ledger-issue-title': ledgerIssueTitleField,
  ...githubFields
} satisfies InputFields

/** Budgets, guards and commands of a fix loop, shared by autofix and self-heal. */
export interface FixLoopSettings {
  anthropicApiKey: string
  anthropicBaseUrl: string
  model: string
  escalationModel: string
  maxAttemptsPerFailure: number
  maxInputTokens: number
  maxCostUsd: number
  maxInputTokensPerFailure: number
  maxCostUsdPerFailure: number
  maxFilesChanged: number
  /** Globs no change may touch (`.github/workflows` is always protected too). */
  protectedPaths: string[]
  /** Price overrides by model id, USD per million tokens. */
  modelPrices: Record<string, ModelPrice>
  /** '' = detect from the project. */
  testCommand: string
  lintCommand: string
  typecheckCommand: string
  /** A check command is killed after this long. */
  commandTimeoutMinutes: number
  timeBudgetMinutes: number
  /** '' = the repository's default branch. */
  baseBranch: string
  draft: boolean
  labels: string[]
  dryRun: boolean
  githubToken: string
}

export interface AutofixSettings extends FixLoopSettings {
  /** Deterministic fixers; [] = detect ('none' turns them off). */
  fixCommands: string[]
  maxFailures: number
  /** The failed run classify dispatched us for, if any. */
  runId?: number
  fingerprint: string
  branchPrefix: string
  /** classify's ledger issue, read for known flakes. */
  ledgerIssueTitle: string
}

type FixLoopValues = ValuesOf<
  typeof fixLoopFields & ReturnType<typeof modelFields> & typeof githubFields
>

/** Opening a PR needs a token; a dry run writes nothing to GitHub. */
export function requireTokenUnlessDryRun(token: string, dryRun: boolean, command: string): void {
  if (token === '' && !dryRun) {
    throw new ConfigurationError(
      `Input 'github-token' is empty, and ${command} needs it to push a branch and open a pull request. Example: github-token: \${{ github.token }} (with permissions contents: write, pull-requests: write), or set dry-run: true.`
    )
  }
}

/** Maps the shared fix-loop inputs (read with any action's fields) into settings. */
export function fixLoopSettingsOf(
  v: FixLoopValues
): Omit<FixLoopSettings, 'timeBudgetMinutes' | 'labels'> {
  return {
    anthropicApiKey: v['anthropic-api-key'],
    anthropicBaseUrl: v['anthropic-base-url'],
    model: v.model,
    escalationModel: v['escalation-model'],
    maxAttemptsPerFailure: v['max-attempts-per-failure'],
    maxInputTokens: v['max-input-tokens'],
    maxCostUsd: v['max-cost-usd'],
    maxInputTokensPerFailure: v['max-input-tokens-per-failure'],
    maxCostUsdPerFailure: v['max-cost-usd-per-failure'],
    maxFilesChanged: v['max-files-changed'],
    protectedPaths: v['protected-paths'],
    modelPrices: normalizePrices(v['model-prices']),
    testCommand: v['test-command'],
    lintCommand: v['lint-command'],
    typecheckCommand: v['typecheck-command'],
    commandTimeoutMinutes: v['command-timeout-minutes'],
    baseBranch: v['base-branch'],
    draft: v.draft,
    dryRun: v['dry-run'],
    githubToken: v['github-token']
  }
}

export function readAutofixSettings(
  source: InputSource,
  onSecret: (value: string) => void
): AutofixSettings {
  const v = readFields(autofixFields, source, onSecret)
  requireTokenUnlessDryRun(v['github-token'], v['dry-run'], 'autofix')
  return {
    ...fixLoopSettingsOf(v),
    timeBudgetMinutes: v['time-budget-minutes'],
    labels: v.labels,
    fixCommands: v['fix-commands'],
    maxFailures: v['max-failures'],
    runId: v['run-id'],
    fingerprint: v.fingerprint,
    branchPrefix: v['branch-prefix'],
    ledgerIssueTitle: v['ledger-issue-title']
  }
}

// The settings both fixing actions share (model, budgets, guards, check
// commands, PR options), read from the inputs defined once in
// shared-fields.ts. autofix and self-heal extend them with their own.
import {effectiveProtectedPaths} from '../core/fixing/protected-paths.js'
import type {ReviewSettings} from '../core/fixing/review-request.js'
import {ConfigurationError} from '../errors.js'
import type {ModelPrice} from '../models/catalog.js'
import type {ArtifactSettings} from './common-fields.js'
import type {ValuesOf} from './fields.js'
import {fixLoopFields, githubFields, modelFields, normalizePrices} from './shared-fields.js'

/** Budgets, guards and commands of a fix loop, shared by autofix and self-heal. */
export interface FixLoopSettings extends ArtifactSettings {
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
  /**
   * Globs no change may touch: the built-in set (or `protected-paths-override`)
   * plus `protected-paths`. The floor (.git, .github/workflows, .github/actions)
   * is added by every matcher on top.
   */
  protectedPaths: string[]
  /** Price overrides by model id, USD per million tokens. */
  modelPrices: Record<string, ModelPrice>
  /** '' = detect from the project. */
  testCommand: string
  lintCommand: string
  typecheckCommand: string
  /** A check command is killed after this long. */
  commandTimeoutMinutes: number
  /**
   * Where the repository's commands run: `auto` in a sandbox when one can be
   * set up (else plainly), `required` in one or not at all, `off` plainly.
   */
  sandbox: 'auto' | 'required' | 'off'
  /** `none`: the commands get no network (loopback only); needs the sandbox. */
  checkNetwork: 'allow' | 'none'
  timeBudgetMinutes: number
  /** '' = the repository's default branch. */
  baseBranch: string
  draft: boolean
  labels: string[]
  /** Who each fix PR asks for review, after it is opened or updated. */
  review: ReviewSettings
  dryRun: boolean
  githubToken: string
  /** The folder of the pattern docs (learnings), relative to the checkout; tracked files only. */
  learningsPath: string
}

/** Each action defines `time-budget-minutes` and `labels` with its own defaults; they are read alike. */
type FixLoopValues = ValuesOf<
  typeof fixLoopFields & ReturnType<typeof modelFields> & typeof githubFields
> & {'time-budget-minutes': number; labels: string[]}

/** Opening a PR needs a token; a dry run writes nothing to GitHub. */
export function requireTokenUnlessDryRun(token: string, dryRun: boolean, command: string): void {
  if (token === '' && !dryRun) {
    throw new ConfigurationError(
      `Input 'github-token' is empty, and ${command} needs it to push a branch and open a pull request. Example: github-token: \${{ github.token }} (with permissions contents: write, pull-requests: write), or set dry-run: true.`
    )
  }
}

/** Only the sandbox can take the network away from the checks. */
export function requireSandboxForNetwork(
  sandbox: FixLoopSettings['sandbox'],
  checkNetwork: FixLoopSettings['checkNetwork']
): void {
  if (sandbox === 'off' && checkNetwork === 'none') {
    throw new ConfigurationError(
      "Input 'check-network' is 'none', but input 'sandbox' is 'off': only the sandbox can take the network away from the checks. Set sandbox: auto (or required), or check-network: allow."
    )
  }
}

/** Maps the shared fix-loop inputs (read with any action's fields) into settings. */
export function fixLoopSettingsOf(v: FixLoopValues): FixLoopSettings {
  requireSandboxForNetwork(v.sandbox, v['check-network'])
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
    protectedPaths: effectiveProtectedPaths(v['protected-paths'], v['protected-paths-override']),
    modelPrices: normalizePrices(v['model-prices']),
    testCommand: v['test-command'],
    lintCommand: v['lint-command'],
    typecheckCommand: v['typecheck-command'],
    commandTimeoutMinutes: v['command-timeout-minutes'],
    sandbox: v.sandbox,
    checkNetwork: v['check-network'],
    timeBudgetMinutes: v['time-budget-minutes'],
    baseBranch: v['base-branch'],
    draft: v.draft,
    labels: v.labels,
    review: {
      reviewers: v.reviewers,
      teamReviewers: v['team-reviewers'],
      requestCodeowners: v['request-codeowners']
    },
    dryRun: v['dry-run'],
    githubToken: v['github-token'],
    learningsPath: v['learnings-path'],
    uploadArtifacts: v['upload-artifacts'],
    artifactRetentionDays: v['artifact-retention-days']
  }
}

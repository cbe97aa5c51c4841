// Public API of autofix's pure decision modules: data in, decisions out.
// No I/O, no @actions/*, no child processes, no SDK calls.
export {
  affectedTestCommand,
  detectProject,
  filesToRead,
  type AffectedTest,
  type CommandOverrides,
  type DetectedProject,
  type DetectOptions,
  type Ecosystem,
  type PackageManager,
  type ProjectFiles,
  type TestReporter,
  type TestTool
} from './project-detection.js'
export {
  ALWAYS_PROTECTED,
  checkDiff,
  describeVerdict,
  type FileChange,
  type GuardContext,
  type GuardRule,
  type GuardVerdict,
  type GuardViolation
} from './diff-guards.js'
export {
  BudgetTracker,
  budgetLimitsOf,
  DEFAULT_RESERVE_MS,
  worstCaseCost,
  type Affordability,
  type BudgetLimits,
  type BudgetReason,
  type BudgetStop,
  type Clock,
  type NextCall,
  type UsageTotals
} from './budgets.js'
export {
  causeOf,
  filesInText,
  planFailures,
  type FailurePlan,
  type Phase,
  type PlanOptions,
  type PlannedFailure,
  type SkippedFailure
} from './failure-plan.js'
export {
  computeOutcome,
  outcomeOutputs,
  renderReportTable,
  type FailureResult,
  type FailureVerdict,
  type Outcome,
  type OutcomeInput,
  type RunOutcome
} from './outcome.js'
export {
  buildFixPrompt,
  countCacheBreakpoints,
  errorHint,
  MAX_CACHE_BREAKPOINTS,
  repositoryMap,
  systemRules,
  tailTrim,
  withConversationBreakpoint,
  type ErrorHint,
  type FixPrompt,
  type FixPromptInput,
  type PreviousAttempt,
  type PromptFile
} from './prompt.js'
export {isSnapshotFile, isSourceFile, isTestFile, normalizePath} from './source-text.js'
export {protectedMatcher, protectedPatterns, protectingGlob} from './protected-paths.js'

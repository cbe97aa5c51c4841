// The fix engine's pure parts, shared by autofix and self-heal: project
// detection, diff guards and protected paths, budgets, source-file kinds, and
// the prompt pieces both actions' prompts are built from. Data in, decisions
// out: no I/O, no @actions/*, no child processes, no SDK calls.
export {
  affectedTestCommand,
  detectProject,
  filesToRead,
  LOCAL_BIN_DIR,
  LOCAL_TOOLS,
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
  addTotals,
  BudgetTracker,
  budgetLimitsOf,
  DEFAULT_RESERVE_MS,
  emptyTotals,
  worstCaseCost,
  type Affordability,
  type BudgetLimits,
  type BudgetReason,
  type BudgetStop,
  type Clock,
  type NextCall,
  type UsageTotals
} from './budgets.js'
export {isSnapshotFile, isSourceFile, isTestFile, normalizePath} from './source-text.js'
export {
  BUILT_IN_GROUPS,
  BUILT_IN_PROTECTED,
  effectiveProtectedPaths,
  protectedMatcher,
  protectedPatterns,
  protectingGlob
} from './protected-paths.js'
export {
  packageScriptFindings,
  type PackageFileChange,
  type PackageScriptFinding
} from './package-scripts.js'

export {
  countCacheBreakpoints,
  EPHEMERAL,
  MAX_CACHE_BREAKPOINTS,
  repositoryMap,
  tailTrim,
  withConversationBreakpoint,
  type ErrorHint,
  type FixPrompt,
  type PreviousAttempt,
  type PromptFile
} from './prompt-parts.js'
export {commitSafe, failureLabel, pathsOf} from './labels.js'
export {
  decideLease,
  divertedBranch,
  divertedNote,
  pushedMarker,
  readPushedMarker,
  withPushedMarker,
  type LeaseDecision
} from './branch-lease.js'
export {modelWithheld, type ModelGateInput} from './model-gate.js'

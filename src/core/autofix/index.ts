// Public API of autofix's own pure decisions: which failures to fix in what
// order, the run's outcome and report table, and the prompt for one failure.
// The engine's shared parts (guards, budgets, detection) are in ../fixing.
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
  renderAutofixReport,
  renderAutofixSummary,
  renderReportTable,
  reportNotes,
  type AutofixReportInput,
  type FailureResult,
  type FailureVerdict,
  type Outcome,
  type OutcomeInput,
  type RunOutcome,
  type SummaryHeading
} from './outcome.js'
export {autofixBranchName, branchOfRef} from './branch-name.js'
export {buildFixPrompt, errorHint, systemRules, type FixPromptInput} from './prompt.js'

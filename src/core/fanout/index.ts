// Public API of the fan-out's pure core (issue 13, item 1): the import graph,
// independent groups, the matrix output, the budgets' split, the plan file,
// and integrate's decisions and table. The stages (plan, work, integrate)
// build on these; nothing here does I/O.
export {
  barrelFiles,
  buildImportGraph,
  importSpecifiers,
  isBarrel,
  resolveSpecifier,
  type ImportGraph
} from './import-graph.js'
export {
  clampGroups,
  fileSets,
  groupId,
  independentGroups,
  MAX_MATRIX_JOBS,
  type FanoutGroup,
  type GroupingOptions
} from './groups.js'
export {groupLabel, inertLabel, matrixOf, MAX_LABEL, type MatrixEntry} from './matrix.js'
export {
  budgetShortfall,
  divideBudgets,
  fundableGroups,
  MIN_GROUP_BUDGET,
  remainingBudgets,
  type FanoutBudgets
} from './budget-split.js'
export {
  FANOUT_PLAN_FILE,
  FANOUT_PLAN_VERSION,
  fanoutPlanSchema,
  MAX_BASELINE_FAILURES,
  MAX_PLAN_FILES,
  MAX_PLAN_GROUPS,
  parseFanoutPlan,
  streamKey,
  usageTotalsSchema,
  type FanoutPlan,
  type FeatureSection,
  type PlanExpectation
} from './plan-file.js'
export {
  fanoutTable,
  formatDuration,
  formatUsd,
  rowsOfTriage,
  suspectOf,
  triageProposals,
  type FanoutRow,
  type FanoutStatus,
  type Triage,
  type WorkProposal
} from './integrate.js'

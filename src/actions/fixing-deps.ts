// What both fixing actions (autofix, self-heal) run with besides their own
// settings and edges: the workspace's git, the sandboxed runner, the decision
// log, the budget, the clock, and the run's cancellation. Built by each
// action's deps.ts.
import type {BudgetTracker} from '../core/fixing/index.js'
import type {CommandRunner, GitWorkspace, Sandbox} from '../edges/workspace/index.js'
import type {DecisionLog} from '../engine/decision-log.js'

export interface FixingRunDeps {
  git: GitWorkspace
  /** Runs the repository's commands, in `sandbox`. */
  runner: CommandRunner
  /** Where the repository's commands run (the `sandbox` output). */
  sandbox: Sandbox
  log: DecisionLog
  /** Counts from the start: what runs before the fixing (reading state, detecting checks) takes time too. */
  budget: BudgetTracker
  /** Epoch milliseconds. */
  clock: () => number
  /** Where the decision log, the report JSON and the checks' reports are written. */
  reportDir: string
  /** Redacted from command output and git errors. */
  secrets: string[]
  /**
   * Aborted when the runner cancels the step (SIGINT/SIGTERM, run-wrapper.ts):
   * the runner kills its commands, the engine stops and restores the
   * workspace, the report says `cancelled`, nothing is pushed.
   */
  cancel: AbortSignal
  /** The environment the push's git starts from (sanitized there). */
  parentEnv: NodeJS.ProcessEnv
}

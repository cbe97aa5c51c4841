// What one self-heal run knows as its steps go: the tracking issue's state,
// what became of earlier fixes, the triage, the alerts raised and each
// group's result, and the journal every step writes what it did, skipped
// or could not do into (the run's notes and warnings come from it alone).
import type {FailedTwiceGate} from '../fixing-ledger.js'
import {RunJournal} from '../../core/journal.js'
import {
  EMPTY_STATE,
  type FixCheck,
  type HealResult,
  type HealState,
  type RaisedAlert,
  type TriageCandidate,
  type TriageResult
} from '../../core/self-heal/index.js'
import type {ProposedAlert} from '../../core/proposal/proposal.js'
import type {OutcomeRecord} from '../../core/ledger/outcome-record.js'
import type {LedgerStore} from '../../edges/ledger/store.js'
import {cancelReason} from '../../errors.js'
import type {WorkflowContext} from '../../settings/workflow-context.js'
import type {SelfHealDeps} from './deps.js'

export interface SelfHealRun {
  journal: RunJournal
  /** Epoch ms at the start: triage, the soak and pruning all use the same "now". */
  now: number
  fixMode: boolean
  state: HealState
  /** The tracking issue was read: only then is it written back (never over a state not seen). */
  stateRead: boolean
  checks: FixCheck[]
  /** `git ls-files` of the workspace, read once; undefined when it is not a git checkout. */
  tracked: string[] | undefined
  candidates: TriageCandidate[]
  triage: TriageResult
  alerts: RaisedAlert[]
  results: HealResult[]
  /**
   * Self-heal PRs this token opened in the 24 hours before the run (the daily
   * cap's count); `error` when they could not be counted, undefined when not
   * counted (triage mode, no github-token).
   */
  prsToday?: {count: number; error?: string}
  /** The incident report (markdown), once rendered. */
  report: string
  /**
   * A publishing failure (push or PR refused): the remaining groups are not
   * attempted, the report and state are still written, then the step fails.
   */
  publishError?: unknown
  /**
   * The ledger (fix mode): where the outcome records go, the group
   * fingerprints (`sentry:<group>`) that failed twice before with the reason
   * they are skipped, and the commit the run started from.
   */
  ledger?: {
    store?: LedgerStore
    failedTwice: ReadonlyMap<string, string>
    startSha: string
    /** Groups a ci-medic:retry label on their P0 alert lets through (the label comes off after the attempt). */
    retried?: FailedTwiceGate['retried']
  }
  /**
   * Set when the run was cancelled (`cancelled by SIGTERM`): the steps left
   * are skipped but the report, nothing is pushed or written after it.
   */
  cancelled?: string
  /** publish: separate-job: what the proposal carries (nothing is written to GitHub here). */
  proposed: Proposed
  /** The proposal's directory, once written (the proposal-path output). */
  proposalPath?: string
  /** publish: separate-job with ledger: issue: the outcome records the proposal hands to the publish job. */
  proposedOutcomes?: OutcomeRecord[]
}

/** A verified group for the publish job: its branch (local, not pushed) and its PR. */
export interface ProposedFix {
  result: HealResult
  /** The branch its PR targets, and the commit every group's branch starts from. */
  base: string
  baseSha: string
  title: string
  body: string
  projectId?: string
  issueIds: string[]
}

export interface Proposed {
  fixes: ProposedFix[]
  alerts: ProposedAlert[]
}

export function startRun(deps: SelfHealDeps): SelfHealRun {
  return {
    journal: new RunJournal(),
    now: deps.clock(),
    fixMode: deps.settings.mode === 'fix',
    state: {...EMPTY_STATE, fixes: []},
    stateRead: false,
    checks: [],
    tracked: undefined,
    candidates: [],
    triage: {issues: [], groups: [], alerts: []},
    alerts: [],
    results: [],
    report: '',
    proposed: {fixes: [], alerts: []}
  }
}

/** Records the cancellation once: the journal says what stopped and what was kept. */
export function noteCancelled(deps: SelfHealDeps, run: SelfHealRun): void {
  if (run.cancelled !== undefined) return
  run.cancelled = cancelReason(deps.cancel).message
  run.journal.skipped(
    'cancelled',
    `The run was ${run.cancelled}: the change being verified was reverted, and nothing more was pushed or written.`
  )
  deps.log.record('cancelled', {reason: run.cancelled})
}

/** Fix mode, a GitHub token, not a dry run, and publish: same-job: the run may write to GitHub. */
export function writes(deps: SelfHealDeps, run: SelfHealRun): boolean {
  return proposesOrWrites(deps, run) && deps.settings.publish === 'same-job' && !!deps.github
}

/** Fix mode, publish: separate-job, not a dry run: GitHub's writes go into the proposal instead. */
export function proposes(deps: SelfHealDeps, run: SelfHealRun): boolean {
  return proposesOrWrites(deps, run) && deps.settings.publish === 'separate-job'
}

function proposesOrWrites(deps: SelfHealDeps, run: SelfHealRun): boolean {
  return run.fixMode && !deps.settings.dryRun
}

export function runUrlOf(context: WorkflowContext): string {
  return `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`
}

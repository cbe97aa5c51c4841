// What classify does about a failed run, decided from the classification,
// the run, the settings and the ledger. Every decision carries its reason in
// plain words, for the job summary and the ledger.
import {NONDETERMINISTIC_RULE} from '../classify/flake-evidence.js'
import {VERSION_DRIFT_RULE, type Category, type Classification} from '../classify/types.js'
import type {LedgerRecord} from '../ledger/ledger-record.js'
import {isKnownFlake} from '../ledger/record-history.js'
import {contractGate} from './contract-gate.js'
import {retriedFlakeDecision, retriedFlakesOf, type RetriedFlakes} from './retry-flake.js'
import type {OutcomeRecord} from '../ledger/outcome-record.js'
import {
  blockedFingerprints,
  retryAskedText,
  retryAskFor,
  type FailedHistory,
  type RetryAsk
} from '../ledger/retry-policy.js'

export type NextAction = 'rerun' | 'autofix' | 'alert' | 'none'

export interface RunFacts {
  runAttempt: number
  /** `.github/workflows/ci.yml`; '' when classifying local files. */
  workflowPath: string
  headBranch: string
  sha: string
  /** `owner/repo` of a fork the run's branch lives in; '' for this repository's own branches. */
  fork?: string
  /** The run's id: its other attempts tested the same code (retry-flake.ts). */
  runId?: number
  /** The event that started the run (`push`, `pull_request`…): which other runs tested the same code. */
  event?: string
}

export interface DecisionSettings {
  rerunTransient: boolean
  /** Workflow file of autofix; '' = dispatch off. */
  dispatchAutofix: string
}

export interface Decision {
  action: NextAction
  reason: string
  /** Whether classify should call the API for this action (rerun, dispatch, alert). */
  act: boolean
}

/** Fixable by a change in the repository. */
const FIXABLE: ReadonlySet<Category> = new Set([
  'compile_error',
  'test_fail',
  'lint_error',
  'contract_violation',
  'dependency_missing'
])

/**
 * The workflow's file name from a run's `path`: `.github/workflows/ci.yml`, or
 * the full form the REST description shows (`octocat/octo-repo/.github/workflows/ci.yml@main`).
 */
export function workflowFileOf(path: string): string {
  return (path.split('@')[0] ?? '').split('/').pop() ?? ''
}

/** Branches ci-medic itself pushes: their failures are never sent back to autofix. */
export const OWN_BRANCH_PREFIXES = ['ci-medic/', 'fix/sentry-']

/** A dependency problem the repository can fix (lockfile, manifest), not the registry or the machine. */
export function isRepoDependencyProblem(classification: Classification): boolean {
  return classification.failures.some(
    f =>
      f.category === 'dependency_missing' &&
      /lockfile|lock file|package-lock|in sync|outdated_lockfile|YN0028|Cannot find module|ERR_MODULE_NOT_FOUND|No module named|TS2307|unresolved import|could not resolve|ERESOLVE|peer/i.test(
        `${f.errorCode ?? ''} ${f.rule} ${f.message}`
      )
  )
}

/**
 * The failed fixes that stop autofix for this classification: its run
 * fingerprint's, or those of every one of its failures (autofix would skip
 * them all). The block is lifted by a commit since the last failed fix that
 * touched the files (classify asks GitHub's compare API: RetryLifts.touched),
 * a person dispatching autofix with retry-fingerprints, or the
 * ci-medic:retry label on the alert issue (retryAskOf).
 */
export function failedTwice(
  classification: Classification,
  outcomes: readonly OutcomeRecord[]
): FailedHistory[] | undefined {
  if (outcomes.length === 0) return undefined
  const blocked = blockedFingerprints(outcomes)
  const run = blocked.get(classification.fingerprint)
  if (run) return [run]
  const prints = [...new Set(classification.failures.map(f => f.fingerprint))]
  const each = prints.map(p => blocked.get(p))
  if (prints.length === 0 || each.some(h => h === undefined)) return undefined
  return each as FailedHistory[]
}

/**
 * A person's ci-medic:retry label that lifts every failed-twice block of this
 * classification: on its alert (or one about the failures), put on after the
 * last failed fix of each.
 */
export function retryAskOf(
  classification: Classification,
  failed: readonly FailedHistory[],
  asks: readonly RetryAsk[]
): RetryAsk | undefined {
  const each = failed.map(h => retryAskFor(h, asks, classification.fingerprint))
  return each.every(a => a !== undefined) ? each[0] : undefined
}

/**
 * Two failed fixes: the alert, unless a person's ci-medic:retry label asks
 * for one more try (autofix is dispatched again). Undefined when not blocked.
 */
/** What classify found that may lift a failed-twice block. */
export interface RetryLifts {
  /** ci-medic:retry labels put on by people with write access. */
  asks?: readonly RetryAsk[]
  /** Per blocked fingerprint: its files that a commit since its last failed fix changed. */
  touched?: ReadonlyMap<string, readonly string[]>
}

/** The files a commit touched since each block's last failed fix, when every block has some. */
function touchedByCommits(
  failed: readonly FailedHistory[],
  touched: ReadonlyMap<string, readonly string[]> | undefined
): string[] | undefined {
  const each = failed.map(h => touched?.get(h.fingerprint) ?? [])
  return each.every(files => files.length > 0) ? [...new Set(each.flat())].sort() : undefined
}

function failedTwiceDecision(
  classification: Classification,
  settings: DecisionSettings,
  outcomes: readonly OutcomeRecord[],
  lifts: RetryLifts
): Decision | undefined {
  const failed = failedTwice(classification, outcomes)
  if (!failed) return undefined
  const dispatch = settings.dispatchAutofix
  const ask = dispatch ? retryAskOf(classification, failed, lifts.asks ?? []) : undefined
  const files = dispatch ? touchedByCommits(failed, lifts.touched) : undefined
  if (ask || files) {
    const why = ask
      ? retryAskedText(ask)
      : `a commit since the last failed fix touched ${files!.join(', ')}`
    return {
      action: 'autofix',
      act: true,
      reason: `autofix failed to fix this twice already, but ${why}: ${dispatch} is dispatched for one more try.`
    }
  }
  const runs = [...new Set(failed.flatMap(h => h.failed.map(o => o.runId)))]
  return {
    action: 'alert',
    act: true,
    reason: `autofix failed to fix this twice already (runs ${runs.join(', ')}): it is not tried a third time, so a human looks at it. Put the ci-medic:retry label on the alert issue (or dispatch autofix with retry-fingerprints) to try again.`
  }
}

/** What the ledger says about earlier runs: classify's verdicts, the fixing actions' outcomes, retry labels. */
export interface DecisionHistory {
  ledger: LedgerRecord[]
  outcomes?: readonly OutcomeRecord[]
  lifts?: RetryLifts
  /** The repository files a contract break's JVM frames were found to be (contract-gate.ts). */
  frameFiles?: readonly string[]
}

/** Why a failure of a category no change to the repository fixes goes to a human. */
const NOT_FIXABLE: Record<Category, string> = {
  timeout: 'The job ran out of time; a fix needs a human to decide what is slow.',
  resource_exhausted: 'The job ran out of memory or disk; that is a runner or workload problem.',
  orchestration_error:
    'The workflow itself is misconfigured (permissions, secrets, git or action references).',
  budget_exceeded: "ci-medic's own budget ran out.",
  dependency_missing:
    'A dependency could not be installed, and nothing in the repository points at the fix.',
  unknown: 'No rule recognised the failure with confidence.',
  compile_error: '',
  test_fail: '',
  lint_error: '',
  contract_violation: '',
  transient: ''
}

export function decideNextAction(
  classification: Classification,
  run: RunFacts,
  settings: DecisionSettings,
  history: DecisionHistory = {ledger: []}
): Decision {
  const {ledger, outcomes = [], lifts = {}, frameFiles = []} = history
  const {category} = classification

  if (classification.failures.length === 0 && category === 'unknown') {
    return {
      action: 'none',
      act: false,
      reason: 'No failure could be recognised in the logs, so there is nothing to act on.'
    }
  }

  const workflowFile = workflowFileOf(run.workflowPath)
  const ownBranch = OWN_BRANCH_PREFIXES.find(p => run.headBranch.startsWith(p))
  const isAutofixRun = settings.dispatchAutofix !== '' && workflowFile === settings.dispatchAutofix

  if (category === 'transient') {
    if (!settings.rerunTransient) {
      return {
        action: 'alert',
        act: true,
        reason: 'The failure looks transient, and rerun-transient is off: a human decides.'
      }
    }
    if (run.runAttempt > 1) {
      return {
        action: 'alert',
        act: true,
        reason: `The failure looks transient but this is attempt ${run.runAttempt}: it was rerun once already and failed again, so it is not retried blindly.`
      }
    }
    return {
      action: 'rerun',
      act: true,
      reason:
        'The failure looks transient (network, registry or runner trouble): the failed jobs are rerun once.'
    }
  }

  if (classification.rule === VERSION_DRIFT_RULE) {
    // A contract break is fixed by a pin or a person, not by rewriting the repository's code.
    return {
      action: 'alert',
      act: true,
      reason:
        'A tool or package the failure names changed version since the last green run: a new release likely broke the workflow (the verdict says whether the repository changed too). autofix is not dispatched for that; a human decides whether to pin the old version or adapt.'
    }
  }

  // Not for a run of autofix itself: a rerun of it would start another fix (and model budget).
  const retried = isAutofixRun ? undefined : retriedFlakes(classification, run, ledger, outcomes)
  if (retried) return retriedFlakeDecision(retried, run, settings)

  const fixable =
    FIXABLE.has(category) &&
    (category !== 'dependency_missing' || isRepoDependencyProblem(classification))
  if (fixable)
    return fixableDecision(classification, run, settings, {
      ledger,
      outcomes,
      lifts,
      frameFiles,
      recursion: isAutofixRun ? 'autofix-run' : ownBranch ? 'own-branch' : undefined
    })

  return {
    action: 'alert',
    act: true,
    reason: `${NOT_FIXABLE[category] || 'A human decides.'} An alert issue tracks it.`
  }
}

/** Below this confidence (an evidence or step-hint guess, no recognised failure) autofix is not dispatched. */
export const DISPATCH_MIN_CONFIDENCE = 0.5

/**
 * Flaky on this commit: the run's fingerprint passed there (classify's
 * records), or every one of its failures did (autofix's records are per failure).
 */
function knownFlake(
  classification: Classification,
  sha: string,
  ledger: readonly LedgerRecord[],
  outcomes: readonly OutcomeRecord[]
): boolean {
  if (isKnownFlake(ledger, classification.fingerprint, sha, outcomes)) return true
  const prints = [...new Set(classification.failures.map(f => f.fingerprint))]
  return prints.length > 0 && prints.every(p => isKnownFlake(ledger, p, sha, outcomes))
}

/**
 * Every failure passed on a retry in a run of the same code (or is otherwise flaky on the
 * commit): rerun, not autofix. Failures that all failed and passed on the commit without a
 * retry plugin (knownFlake) are alerted as before, in fixableDecision.
 */
function retriedFlakes(
  classification: Classification,
  run: RunFacts,
  ledger: readonly LedgerRecord[],
  outcomes: readonly OutcomeRecord[]
): RetriedFlakes | undefined {
  if (knownFlake(classification, run.sha, ledger, outcomes)) return undefined
  // Without a run id or event only what the facts prove counts: -1 is no run's id.
  const code = {id: run.runId ?? -1, sha: run.sha, event: run.event ?? ''}
  return retriedFlakesOf(classification, code, ledger, outcomes)
}

/** A failure the repository can fix: autofix, unless a guard, the ledger or a guess says otherwise. */
function fixableDecision(
  classification: Classification,
  run: RunFacts,
  settings: DecisionSettings,
  history: {
    ledger: LedgerRecord[]
    outcomes: readonly OutcomeRecord[]
    lifts: RetryLifts
    frameFiles: readonly string[]
    recursion: 'autofix-run' | 'own-branch' | undefined
  }
): Decision {
  const {ledger, outcomes, lifts} = history
  const {category, confidence} = classification
  const workflowFile = workflowFileOf(run.workflowPath)
  if (history.recursion) {
    return {
      action: 'none',
      act: false,
      reason:
        history.recursion === 'autofix-run'
          ? `This is a run of the autofix workflow (${workflowFile}) itself: it is not sent back to autofix (recursion guard).`
          : `This run is on ci-medic's own branch (${run.headBranch}): it is not sent back to autofix (recursion guard).`
    }
  }
  if (run.fork) {
    return {
      action: 'alert',
      act: true,
      reason: `The failure is on a branch of the fork ${run.fork}: autofix never runs for a fork (ci-medic cannot push there, and would run code this repository did not write), so a human is told instead.`
    }
  }
  if (confidence < DISPATCH_MIN_CONFIDENCE && classification.rule === NONDETERMINISTIC_RULE) {
    return {
      action: 'alert',
      act: true,
      reason: `The tests failed, but their output points to a flaky test (confidence ${confidence.toFixed(2)} by ${classification.rule}): autofix is not dispatched for a failure that may not be in the code, so a human looks at it.`
    }
  }
  if (confidence < DISPATCH_MIN_CONFIDENCE) {
    return {
      action: 'alert',
      act: true,
      reason: `The failure looks like ${category}, but only as a guess (confidence ${confidence.toFixed(2)} by ${classification.rule}: ${classification.failures.length ? 'only weak evidence was recognised' : 'no failure was recognised in the output'}); below ${DISPATCH_MIN_CONFIDENCE} autofix is not dispatched, so a human looks at it.`
    }
  }
  const contract = contractGate(classification, history.frameFiles)
  if (contract && contract.files.length === 0)
    return {action: 'alert', act: true, reason: contract.reason}
  if (knownFlake(classification, run.sha, ledger, outcomes)) {
    return {
      action: 'alert',
      act: true,
      reason:
        'The ledger shows this failure passing on the same commit (a rerun, another run of the workflow, or autofix re-running it unchanged): it is flaky, so a human looks at it instead of autofix.'
    }
  }
  const failed = failedTwiceDecision(classification, settings, outcomes, lifts)
  if (failed) return failed
  const fixable = contract ? contract.reason : 'The failure can be fixed in the repository'
  if (!settings.dispatchAutofix) {
    return {
      action: 'autofix',
      act: false,
      reason: `${fixable}. Set dispatch-autofix to start the autofix workflow automatically.`
    }
  }
  return {
    action: 'autofix',
    act: true,
    reason: `${fixable}: ${settings.dispatchAutofix} is dispatched with the run id and fingerprint.`
  }
}

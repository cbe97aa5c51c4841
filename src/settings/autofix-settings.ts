import {ConfigurationError} from '../errors.js'
import {DEFAULT_MODELS} from '../models/catalog.js'
import {
  bool,
  int,
  lines,
  list,
  matching,
  oneOf,
  optionalInt,
  readFields,
  text,
  type InputFields
} from './fields.js'
import type {InputSource} from './input-source.js'
import {
  fixLoopSettingsOf,
  requireTokenUnlessDryRun,
  type FixLoopSettings
} from './fixing-settings.js'
import {
  ledgerFields,
  ledgerSettingsOf,
  retryFingerprintsField,
  type LedgerSettings
} from './ledger-fields.js'
import {fixLoopFields, githubFields, modelFields, runId} from './shared-fields.js'
import {fanoutFields, fanoutSettingsOf, type FanoutSettings} from './fanout-fields.js'

export const autofixFields = {
  ...fixLoopFields,
  'fix-commands': lines('npx eslint --fix .\nnpx prettier --write .', ''),
  ...modelFields(DEFAULT_MODELS.fix),
  'max-failures': int(10, 1, 100),
  'time-budget-minutes': int(20, 1, 360),
  'run-id': runId(),
  fingerprint: text('a1b2c3d4e5f6', ''),
  'head-sha': matching(
    /^[0-9a-f]{40}$/,
    "must be a full 40-character commit sha (classify passes the failed run's head_sha)",
    '3f786850e387550fdab836ed7e6dc881de23001b'
  ),
  'branch-prefix': text('ci-medic/autofix/', 'ci-medic/autofix/'),
  labels: list('ci-medic, autofix', 'ci-medic, autofix'),
  ...ledgerFields,
  'retry-fingerprints': retryFingerprintsField,
  publish: oneOf(['same-job', 'separate-job'] as const, 'same-job'),
  'baseline-cache': bool(true),
  task: oneOf(['failures', 'issue'] as const, 'failures'),
  'issue-number': optionalInt(1, 999_999_999, '42'),
  ...fanoutFields,
  ...githubFields
} satisfies InputFields

export type {FixLoopSettings}

export interface AutofixSettings extends FixLoopSettings, LedgerSettings, FanoutSettings {
  /** Deterministic fixers; [] = detect ('none' turns them off). */
  fixCommands: string[]
  maxFailures: number
  /** The failed run classify dispatched us for, if any. */
  runId?: number
  fingerprint: string
  /** The failed commit classify dispatched us for (a pull request branch's); '' = whatever is checked out. */
  headSha: string
  branchPrefix: string
  /** Fingerprints to attempt again although they failed twice (`all` for every one). */
  retryFingerprints: string[]
  /**
   * same-job: push and open the PR here (needs a write token). separate-job:
   * write a proposal (proposal-path) for the publish command of a later job.
   */
  publish: 'same-job' | 'separate-job'
  /** Restore the checks' results on the base commit from the Actions cache, or run and save them. */
  baselineCache: boolean
  /** failures: fix the failing checks. issue: build the feature an issue describes (src/actions/autofix/feature/). */
  task: 'failures' | 'issue'
  /** task: issue: the issue to build (else the labeled event's issue). */
  issueNumber?: number
}

export function readAutofixSettings(
  source: InputSource,
  onSecret: (value: string) => void
): AutofixSettings {
  const v = readFields(autofixFields, source, onSecret)
  const fanout = fanoutSettingsOf(v)
  // A proposal needs no token: the publish job pushes it (and plan and work never publish).
  if (fanout.publish === 'same-job')
    requireTokenUnlessDryRun(v['github-token'], v['dry-run'], 'autofix')
  // task: issue on matrix jobs (stage: plan | work | integrate) publishes from integrate, either way.
  if (v.task === 'issue' && v.publish === 'separate-job' && v.stage === 'all')
    throw new ConfigurationError(
      "Input 'task' is 'issue' with stage: all, which builds and publishes in one job: publish: separate-job is supported only on the fan-out (stage: plan, work, integrate, then the publish job). Set publish: same-job, or run the build as a fan-out."
    )
  return {
    ...fixLoopSettingsOf(v),
    fixCommands: v['fix-commands'],
    maxFailures: v['max-failures'],
    runId: v['run-id'],
    fingerprint: v.fingerprint,
    headSha: v['head-sha'],
    branchPrefix: v['branch-prefix'],
    ...ledgerSettingsOf(v),
    retryFingerprints: v['retry-fingerprints'],
    baselineCache: v['baseline-cache'],
    task: v.task,
    issueNumber: v['issue-number'],
    ...fanout
  }
}

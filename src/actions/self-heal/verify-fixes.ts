// The check after deploy: for each PR self-heal opened earlier, read whether
// it was merged or closed, and for merged ones whether the error stopped
// (see core/self-heal/verification.ts). Verified fixes resolve their Sentry
// issues when resolve-on-verify is set; regressions are reported. Reading
// one PR or one issue's events may fail without failing the others.
import type {RunJournal} from '../../core/journal.js'
import {updateFixRecord, type FixRecord, type HealState} from '../../core/self-heal/heal-state.js'
import type {FixCheck} from '../../core/self-heal/heal-report.js'
import {assessFix, type FixDeploy} from '../../core/self-heal/verification.js'
import type {GitHubClient} from '../../edges/github/client.js'
import {describeGitHubError, isGitHubApiError, missingPermission} from '../../edges/github/errors.js'
import type {RepoRef} from '../../edges/github/workflow-runs.js'
import {
  SentryApiError,
  SentryAuthError,
  SentryPermissionError,
  sentryScopeMissing,
  type SentryClient
} from '../../edges/sentry/index.js'
import {errorMessage} from '../../errors.js'
import type {SelfHealSettings} from '../../settings/self-heal-settings.js'

export interface VerifyDeps {
  client: GitHubClient
  repo: RepoRef
  sentry: SentryClient
  settings: SelfHealSettings
  /** What could not be read or resolved goes here (checked again next run). */
  journal: RunJournal
  now: number
}

/** Before the events before the merge that tell old releases apart. */
const LOOKBACK_MS = 24 * 3_600_000

/** One fix record after one question (merged? did the error stop?), and what to report. */
interface Step {
  record: FixRecord
  check?: FixCheck
}

export async function verifyEarlierFixes(
  deps: VerifyDeps,
  state: HealState
): Promise<{state: HealState; checks: FixCheck[]}> {
  let next = state
  const checks: FixCheck[] = []
  for (const record of state.fixes) {
    if (record.status !== 'open' && record.status !== 'merged') continue
    // 1. Was the PR merged or closed?
    const pr: Step = record.status === 'open' ? await readPullRequest(deps, record) : {record}
    // 2. Merged: did the error stop?
    const {status, mergedAt} = pr.record
    const fix =
      status === 'merged' && mergedAt ? await checkMerged(deps, record, pr.record) : undefined
    for (const step of [pr, fix]) if (step?.check) checks.push(step.check)
    const current = (fix ?? pr).record
    if (current !== record) next = updateFixRecord(next, record.prNumber, current)
  }
  if (checks.length)
    deps.journal.done('earlier-fixes-checked', `Checked ${checks.length} earlier fix(es).`)
  return {state: next, checks}
}

async function readPullRequest(deps: VerifyDeps, record: FixRecord): Promise<Step> {
  const settledAt = new Date(deps.now).toISOString()
  try {
    const {data} = await deps.client.rest.pulls.get({...deps.repo, pull_number: record.prNumber})
    if (data.merged_at) return {record: {...record, status: 'merged', mergedAt: data.merged_at}}
    if (data.state !== 'closed') return {record}
    return {
      record: {...record, status: 'closed', settledAt},
      check: check(
        record,
        'closed',
        'the PR was closed without merging; these issues may be fixed again',
        []
      )
    }
  } catch (error) {
    if (isGitHubApiError(error) && error.kind === 'not-found') {
      return {
        record: {...record, status: 'closed', settledAt},
        check: check(record, 'closed', 'the PR no longer exists', [])
      }
    }
    deps.journal.couldNot(
      'earlier-fixes-checked',
      `PR #${record.prNumber} could not be read (${describeGitHubError(error, 'pull-requests: read')}); it is checked again next run.`,
      missingPermission(error)
    )
    return {record}
  }
}

/**
 * A merged fix: its issues' events since shortly before the merge, judged by
 * assessFix. `was` is the record as this run found it (its status is the
 * check's "was"), `record` the same after step 1 (merged).
 */
async function checkMerged(deps: VerifyDeps, was: FixRecord, record: FixRecord): Promise<Step> {
  const mergedMs = Date.parse(record.mergedAt!)
  const settledAt = new Date(deps.now).toISOString()
  try {
    const events = []
    for (const id of record.issueIds) {
      events.push(
        ...(await deps.sentry.listIssueEvents(deps.settings.sentryOrg, id, {
          start: new Date(mergedMs - LOOKBACK_MS).toISOString(),
          environment: deps.settings.environment || undefined
        }))
      )
    }
    const deploy = await fixDeploy(deps, record)
    const current = typeof deploy === 'object' ? {...record, release: deploy.release} : record
    const verdict = assessFix({
      mergedAt: new Date(mergedMs).toISOString(),
      deploy,
      events,
      now: deps.now,
      soakHours: deps.settings.verifySoakHours
    })
    if (verdict.status === 'regressed') {
      const {eventsAfterFix, releasesAfterFix} = verdict
      return {
        record: {...current, status: 'regressed', settledAt, eventsAfterFix, releasesAfterFix},
        check: check(was, 'regressed', verdict.summary, [])
      }
    }
    if (verdict.status !== 'verified')
      return {record: current, check: check(was, 'merged', verdict.summary, [])}
    const resolved = await resolveAll(deps, current)
    return {
      record: {...current, status: 'verified', settledAt, resolved: resolved.length > 0},
      check: check(was, 'verified', `${verdict.summary}${resolvedNote(deps, resolved)}`, resolved)
    }
  } catch (error) {
    if (error instanceof SentryAuthError || error instanceof SentryPermissionError) throw error
    deps.journal.couldNot(
      'earlier-fixes-checked',
      `The events of ${record.shortIds.join(', ')} could not be read (${errorMessage(error)}); the fix is checked again next run.`
    )
    return {record, check: check(was, 'merged', `not checked: ${errorMessage(error)}`, [])}
  }
}

function resolvedNote(deps: VerifyDeps, resolved: readonly string[]): string {
  if (resolved.length) return ` Resolved in Sentry: ${resolved.join(', ')}.`
  return deps.settings.resolveOnVerify
    ? ''
    : ' (resolve-on-verify is off: the Sentry issues were left as they are.)'
}

/**
 * The release that shipped the fix: the first one created after the merge in
 * the lead issue's project. `pending` when the project has releases but none
 * since; undefined when it has none or they cannot be read (the soak then
 * counts from the merge).
 */
async function fixDeploy(
  deps: VerifyDeps,
  record: FixRecord
): Promise<FixDeploy | 'pending' | undefined> {
  if (!record.projectId || !record.mergedAt) return undefined
  let releases
  try {
    releases = await deps.sentry.listReleases(deps.settings.sentryOrg, record.projectId)
  } catch (error) {
    deps.journal.couldNot(
      'earlier-fixes-checked',
      `The releases of Sentry project ${record.projectId} could not be read (${errorMessage(error)}); the soak counts from the merge.`,
      sentryScopeMissing(error, 'project:read')
    )
    return undefined
  }
  if (releases.length === 0) return undefined
  const merged = Date.parse(record.mergedAt)
  const after = releases
    .filter(r => Date.parse(r.dateCreated) >= merged)
    .sort((a, b) => Date.parse(a.dateCreated) - Date.parse(b.dateCreated))[0]
  if (!after) return 'pending'
  return {
    release: after.version,
    at: after.lastDeploy?.dateFinished ?? after.dateReleased ?? after.dateCreated
  }
}

async function resolveAll(deps: VerifyDeps, record: FixRecord): Promise<string[]> {
  if (!deps.settings.resolveOnVerify || deps.settings.dryRun) return []
  const resolved: string[] = []
  for (const [i, id] of record.issueIds.entries()) {
    try {
      await resolveVerified(deps, id, record.release)
      resolved.push(record.shortIds[i] ?? id)
    } catch (error) {
      deps.journal.couldNot(
        'sentry-resolved',
        `Sentry issue ${record.shortIds[i] ?? id} could not be resolved (${errorMessage(error)}); resolve it by hand.`,
        sentryScopeMissing(error, 'event:write')
      )
    }
  }
  if (resolved.length)
    deps.journal.done('sentry-resolved', `Resolved ${resolved.join(', ')} in Sentry.`)
  return resolved
}

/**
 * Resolved in the release that shipped the fix (else the latest, which after
 * the soak carries it), so Sentry reopens the issue (regressed) on an event
 * from that release or a newer one, while stragglers from older deployments
 * do not. A project without releases cannot resolve by release (Sentry
 * answers 400): then a plain resolve, which any new event reopens.
 */
async function resolveVerified(deps: VerifyDeps, id: string, release?: string): Promise<void> {
  try {
    await deps.sentry.resolveIssue(deps.settings.sentryOrg, id, {inRelease: release ?? 'latest'})
  } catch (error) {
    if (!(error instanceof SentryApiError) || error.kind !== 'bad-request') throw error
    await deps.sentry.resolveIssue(deps.settings.sentryOrg, id, {})
  }
}

function check(
  record: FixRecord,
  now: FixRecord['status'],
  detail: string,
  resolved: string[]
): FixCheck {
  return {
    prNumber: record.prNumber,
    prUrl: record.prUrl,
    shortIds: record.shortIds,
    was: record.status,
    now,
    detail,
    resolved
  }
}

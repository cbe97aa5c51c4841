// The check after deploy: for each PR self-heal opened earlier, read whether
// it was merged or closed, and for merged ones whether the error stopped
// (see core/self-heal/verification.ts). Verified fixes resolve their Sentry
// issues when resolve-on-verify is set; regressions are reported. Reading
// one PR or one issue's events may fail without failing the others.
import {updateFixRecord, type FixRecord, type HealState} from '../../core/self-heal/heal-state.js'
import type {FixCheck} from '../../core/self-heal/heal-report.js'
import {assessFix, type FixDeploy} from '../../core/self-heal/verification.js'
import type {GitHubClient} from '../../edges/github/client.js'
import {statusOf} from '../../edges/github/http-status.js'
import type {RepoRef} from '../../edges/github/workflow-runs.js'
import {
  SentryApiError,
  SentryAuthError,
  SentryPermissionError,
  type SentryClient
} from '../../edges/sentry/index.js'
import {errorMessage} from '../../errors.js'
import type {Logger} from '../../logger.js'
import type {SelfHealSettings} from '../../settings/self-heal-settings.js'

export interface VerifyDeps {
  client: GitHubClient
  repo: RepoRef
  sentry: SentryClient
  settings: SelfHealSettings
  logger: Logger
  now: number
}

/** Before the events before the merge that tell old releases apart. */
const LOOKBACK_MS = 24 * 3_600_000

export async function verifyEarlierFixes(
  deps: VerifyDeps,
  state: HealState
): Promise<{state: HealState; checks: FixCheck[]}> {
  let next = state
  const checks: FixCheck[] = []
  const nowIso = new Date(deps.now).toISOString()
  for (const record of state.fixes) {
    if (record.status !== 'open' && record.status !== 'merged') continue
    let current = record
    // 1. Was the PR merged or closed?
    if (current.status === 'open') {
      try {
        const {data} = await deps.client.rest.pulls.get({
          ...deps.repo,
          pull_number: current.prNumber
        })
        if (data.merged_at) {
          current = {...current, status: 'merged', mergedAt: data.merged_at}
        } else if (data.state === 'closed') {
          current = {...current, status: 'closed', settledAt: nowIso}
          checks.push(
            check(
              record,
              'closed',
              'the PR was closed without merging; these issues may be fixed again',
              []
            )
          )
        }
      } catch (error) {
        if (statusOf(error) === 404) {
          current = {...current, status: 'closed', settledAt: nowIso}
          checks.push(check(record, 'closed', 'the PR no longer exists', []))
        } else {
          deps.logger.warning(
            `PR #${current.prNumber} could not be read (${errorMessage(error)}); it is checked again next run.`
          )
        }
      }
    }
    // 2. Merged: did the error stop?
    if (current.status === 'merged' && current.mergedAt) {
      const mergedMs = Date.parse(current.mergedAt)
      try {
        const events = []
        for (const id of current.issueIds) {
          events.push(
            ...(await deps.sentry.listIssueEvents(deps.settings.sentryOrg, id, {
              start: new Date(mergedMs - LOOKBACK_MS).toISOString(),
              environment: deps.settings.environment || undefined
            }))
          )
        }
        const deploy = await fixDeploy(deps, current)
        if (typeof deploy === 'object') current = {...current, release: deploy.release}
        const verdict = assessFix({
          mergedAt: new Date(mergedMs).toISOString(),
          deploy,
          events,
          now: deps.now,
          soakHours: deps.settings.verifySoakHours
        })
        if (verdict.status === 'regressed') {
          current = {
            ...current,
            status: 'regressed',
            settledAt: nowIso,
            eventsAfterFix: verdict.eventsAfterFix,
            releasesAfterFix: verdict.releasesAfterFix
          }
          checks.push(check(record, 'regressed', verdict.summary, []))
        } else if (verdict.status === 'verified') {
          const resolved = await resolveAll(deps, current)
          current = {
            ...current,
            status: 'verified',
            settledAt: nowIso,
            resolved: resolved.length > 0
          }
          checks.push(
            check(
              record,
              'verified',
              `${verdict.summary}${resolved.length ? ` Resolved in Sentry: ${resolved.join(', ')}.` : deps.settings.resolveOnVerify ? '' : ' (resolve-on-verify is off: the Sentry issues were left as they are.)'}`,
              resolved
            )
          )
        } else {
          checks.push(check(record, 'merged', verdict.summary, []))
        }
      } catch (error) {
        if (error instanceof SentryAuthError || error instanceof SentryPermissionError) throw error
        deps.logger.warning(
          `The events of ${current.shortIds.join(', ')} could not be read (${errorMessage(error)}); the fix is checked again next run.`
        )
        checks.push(check(record, 'merged', `not checked: ${errorMessage(error)}`, []))
      }
    }
    if (current !== record) next = updateFixRecord(next, record.prNumber, current)
  }
  return {state: next, checks}
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
    deps.logger.warning(
      `The releases of Sentry project ${record.projectId} could not be read (${errorMessage(error)}); the soak counts from the merge. Give the token project:read.`
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
      deps.logger.warning(
        `Sentry issue ${record.shortIds[i] ?? id} could not be resolved (${errorMessage(error)}); resolve it by hand or give the token event:write.`
      )
    }
  }
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
    if (!(error instanceof SentryApiError) || error.info.status !== 400) throw error
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

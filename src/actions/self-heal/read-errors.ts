// Reading what triage needs from Sentry: every unresolved issue of the
// period, then each one's latest event (a few at a time, within Sentry's
// concurrency limit). An event that cannot be read leaves its issue to be
// triaged without frames; a configuration error (token, org) ends the run.
import type {RunJournal} from '../../core/journal.js'
import type {ErrorIssue, TriageCandidate} from '../../core/self-heal/index.js'
import {SentryNotFoundError, type SentryClient} from '../../edges/sentry/index.js'
import {ConfigurationError, errorMessage} from '../../errors.js'
import type {Logger} from '../../logger.js'
import type {SelfHealSettings} from '../../settings/self-heal-settings.js'

/** Events fetched at once: enough to be quick, few enough for Sentry's concurrency limit. */
const EVENT_CONCURRENCY = 4

export interface ReadDeps {
  sentry: SentryClient
  settings: Pick<SelfHealSettings, 'sentryOrg' | 'sentryProjects' | 'environment' | 'period'>
  logger: Logger
  /** Events that cannot be read are noted here. */
  journal: RunJournal
}

export async function readCandidates(deps: ReadDeps): Promise<TriageCandidate[]> {
  const {sentry, settings} = deps
  const issues = await sentry.listUnresolvedIssues({
    org: settings.sentryOrg,
    projects: settings.sentryProjects,
    environment: settings.environment || undefined,
    period: settings.period
  })
  const read = `${issues.length} unresolved Sentry issue(s) in the last ${settings.period}.`
  deps.logger.info(read)
  deps.journal.done('sentry-read', read)
  const candidates: TriageCandidate[] = []
  for (let i = 0; i < issues.length; i += EVENT_CONCURRENCY) {
    const batch = issues.slice(i, i + EVENT_CONCURRENCY)
    candidates.push(...(await Promise.all(batch.map(issue => withLatestEvent(deps, issue)))))
  }
  return candidates
}

async function withLatestEvent(deps: ReadDeps, issue: ErrorIssue): Promise<TriageCandidate> {
  const {settings} = deps
  try {
    return {
      issue,
      event: await deps.sentry.latestEvent(
        settings.sentryOrg,
        issue.id,
        settings.environment || undefined
      )
    }
  } catch (error) {
    // A missing event is this issue's problem; a token or organization problem is everyone's.
    const missingEvent = error instanceof SentryNotFoundError && error.resource === 'event'
    if (error instanceof ConfigurationError && !missingEvent) throw error
    deps.journal.couldNot(
      'sentry-read',
      `The latest event of ${issue.shortId} could not be read (${errorMessage(error)}); it is triaged without frames.`
    )
    return {issue}
  }
}

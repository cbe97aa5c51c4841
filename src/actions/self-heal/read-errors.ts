// Reading what triage needs from Sentry: every unresolved issue of the
// period, then each one's latest event (a few at a time, within Sentry's
// concurrency limit). An event that cannot be read leaves its issue to be
// triaged without frames; a configuration error (token, org) ends the run.
import type {TriageCandidate} from '../../core/self-heal/index.js'
import {SentryNotFoundError, type SentryClient} from '../../edges/sentry/index.js'
import {ConfigurationError, errorMessage} from '../../errors.js'
import type {Logger} from '../../logger.js'
import type {SelfHealSettings} from '../../settings/self-heal-settings.js'

/** Events fetched at once: enough to be quick, few enough for Sentry's concurrency limit. */
const EVENT_CONCURRENCY = 4

export async function readCandidates(
  sentry: SentryClient,
  settings: Pick<SelfHealSettings, 'sentryOrg' | 'sentryProjects' | 'environment' | 'period'>,
  logger: Logger
): Promise<TriageCandidate[]> {
  const issues = await sentry.listUnresolvedIssues({
    org: settings.sentryOrg,
    projects: settings.sentryProjects,
    environment: settings.environment || undefined,
    period: settings.period
  })
  logger.info(`${issues.length} unresolved Sentry issue(s) in the last ${settings.period}.`)
  const candidates: TriageCandidate[] = []
  for (let i = 0; i < issues.length; i += EVENT_CONCURRENCY) {
    const batch = issues.slice(i, i + EVENT_CONCURRENCY)
    candidates.push(
      ...(await Promise.all(
        batch.map(async issue => {
          try {
            return {
              issue,
              event: await sentry.latestEvent(
                settings.sentryOrg,
                issue.id,
                settings.environment || undefined
              )
            }
          } catch (error) {
            // A missing event is this issue's problem; a token or organization problem is everyone's.
            const missingEvent = error instanceof SentryNotFoundError && error.resource === 'event'
            if (error instanceof ConfigurationError && !missingEvent) throw error
            logger.warning(
              `The latest event of ${issue.shortId} could not be read (${errorMessage(error)}); it is triaged without frames.`
            )
            return {issue}
          }
        })
      ))
    )
  }
  return candidates
}

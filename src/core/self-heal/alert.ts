// The alert issue for a rate storm: an incident for a human, not a bug to
// patch, so self-heal opens (or comments on) one issue per Sentry issue
// instead of attempting a fix. Pure: the text of the issue, and whether this
// workflow run already raised it (a re-run raises nothing new).
import type {AlertRecord, HealState} from './heal-state.js'
import type {TriagedIssue} from './triage.js'

/** What an alert issue says (the shape edges/github/alert-issues.ts writes). */
export interface StormAlertContent {
  /** One alert issue per fingerprint. */
  fingerprint: string
  title: string
  /** The first occurrence's body (the error's own text fenced: it is untrusted). */
  details: string
  /** The comment of a later occurrence. */
  occurrence: string
}

export interface StormAlertInput {
  issue: TriagedIssue
  /** The Sentry organization slug. */
  org: string
  runId: string
  /** The workflow run's page. */
  runUrl: string
}

export function stormAlert(input: StormAlertInput): StormAlertContent {
  const {issue, org, runId, runUrl} = input
  return {
    fingerprint: `sentry-${issue.id}`,
    title: `Sentry ${issue.shortId}: ${issue.eventsPerHour} events/h, above the rate guard`,
    details: [
      `ci-medic self-heal found a rate storm in Sentry organization \`${org.replace(/`/g, '')}\`: an incident for a human, not a bug to patch, so no fix was attempted.`,
      '',
      `- Issue: ${issue.permalink ?? issue.shortId}`,
      `- ${issue.eventsPerHour} events in the last hour (peak ${issue.peakPerHour}/h), ${issue.count} in the period, ${issue.userCount} users, severity ${issue.severity}`,
      `- Found by [this run](${runUrl})`,
      '',
      'The error as Sentry reports it (untrusted text):',
      '',
      '```text',
      `${issue.exceptionType}: ${issue.exceptionValue}`.replace(/```/g, "'''").slice(0, 500),
      '```'
    ].join('\n'),
    occurrence: `Still above the rate guard: ${issue.eventsPerHour} events/h in [run ${runId}](${runUrl})`
  }
}

/** The alert this workflow run already raised for `issueId` (a re-run of the same run), if any. */
export function alertRaisedBy(
  state: HealState,
  issueId: string,
  runId: string
): AlertRecord | undefined {
  const known = state.alerts?.find(a => a.issueId === issueId)
  return known?.runId === runId ? known : undefined
}

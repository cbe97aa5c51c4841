// Alerts for a human: one issue per failure fingerprint. A later occurrence
// of the same fingerprint comments on that issue (and bumps its counter)
// instead of opening another, and reopens it if it was closed.
import type {GitHubClient} from './client.js'
import type {RepoRef} from './workflow-runs.js'

export const ALERT_LABEL = 'ci-medic'

export interface AlertContent {
  fingerprint: string
  title: string
  /** Markdown describing this occurrence (untrusted text already fenced by the caller). */
  details: string
  /** A one-line mention for later occurrences, e.g. "Seen again in run #123". */
  occurrence: string
  /** The fingerprints of the run's failures (a ci-medic:retry label on the issue asks to retry them). */
  failures?: readonly string[]
}

export interface AlertResult {
  action: 'opened' | 'updated' | 'reopened'
  number: number
  url: string
  occurrences: number
}

const markerOf = (fingerprint: string): string =>
  `<!-- ci-medic:alert fingerprint=${fingerprint} -->`
const COUNT = /<!-- ci-medic:occurrences=(\d+) -->/
const FAILURES = /<!-- ci-medic:failures=([0-9A-Za-z:,_-]*) -->\n?/
const failuresMarker = (failures: readonly string[] = []): string =>
  failures.length ? `<!-- ci-medic:failures=${failures.join(',')} -->\n` : ''

/** The fingerprints an alert issue's body is about: the alert's own, then its failures'. */
export function alertFingerprintsOf(body: string): string[] {
  const own = /<!-- ci-medic:alert fingerprint=([0-9A-Za-z:_-]+) -->/.exec(body)?.[1]
  if (!own) return []
  const failures = FAILURES.exec(body)?.[1]?.split(',').filter(Boolean) ?? []
  return [...new Set([own, ...failures])]
}

export async function raiseAlert(
  client: GitHubClient,
  repo: RepoRef,
  botLogin: string,
  alert: AlertContent
): Promise<AlertResult> {
  const marker = markerOf(alert.fingerprint)
  const issues = await client.paginate(client.rest.issues.listForRepo, {
    ...repo,
    state: 'all',
    labels: ALERT_LABEL,
    per_page: 100
  })
  const existing = issues.find(
    i => !i.pull_request && i.user?.login === botLogin && (i.body ?? '').includes(marker)
  )

  if (!existing) {
    const body = `${marker}\n<!-- ci-medic:occurrences=1 -->\n${failuresMarker(alert.failures)}${alert.details}`
    const {data} = await client.rest.issues.create({
      ...repo,
      title: alert.title,
      body,
      labels: [ALERT_LABEL]
    })
    return {action: 'opened', number: data.number, url: data.html_url, occurrences: 1}
  }

  const occurrences = Number(COUNT.exec(existing.body ?? '')?.[1] ?? '1') + 1
  const counted = (existing.body ?? '').replace(
    COUNT,
    `<!-- ci-medic:occurrences=${occurrences} -->`
  )
  // The failures' marker follows the latest occurrence (older issues gain one).
  const body = FAILURES.test(counted)
    ? counted.replace(FAILURES, failuresMarker(alert.failures))
    : counted.replace(
        /(<!-- ci-medic:occurrences=\d+ -->\n)/,
        `$1${failuresMarker(alert.failures)}`
      )
  const reopen = existing.state === 'closed'
  await client.rest.issues.update({
    ...repo,
    issue_number: existing.number,
    body: COUNT.test(existing.body ?? '')
      ? body
      : `${marker}\n<!-- ci-medic:occurrences=${occurrences} -->\n${existing.body ?? ''}`,
    ...(reopen ? {state: 'open' as const} : {})
  })
  await client.rest.issues.createComment({
    ...repo,
    issue_number: existing.number,
    body: `${alert.occurrence} (occurrence ${occurrences}).`
  })
  return {
    action: reopen ? 'reopened' : 'updated',
    number: existing.number,
    url: existing.html_url,
    occurrences
  }
}

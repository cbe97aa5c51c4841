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
    const body = `${marker}\n<!-- ci-medic:occurrences=1 -->\n${alert.details}`
    const {data} = await client.rest.issues.create({
      ...repo,
      title: alert.title,
      body,
      labels: [ALERT_LABEL]
    })
    return {action: 'opened', number: data.number, url: data.html_url, occurrences: 1}
  }

  const occurrences = Number(COUNT.exec(existing.body ?? '')?.[1] ?? '1') + 1
  const body = (existing.body ?? '').replace(COUNT, `<!-- ci-medic:occurrences=${occurrences} -->`)
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

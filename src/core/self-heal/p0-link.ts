// The fix PR of a P0 group links its alert issue. The PR is opened before
// the alert (the alert links the PR, so it is raised after the heal), so the
// link is a comment on the PR rather than a line of its body: a body line
// would be dropped each time a later run rewrites the body, and put back by
// the alert step, an update and a notification per run. A hidden marker
// makes the comment once-only; `#N` makes GitHub show the PR on the alert
// issue's timeline too.
import {inertReferences} from '../report/markdown.js'

export interface P0PullLink {
  /** Hidden marker the comment carries (and is found by). */
  marker: string
  body: string
}

export function p0PullLink(input: {
  alertNumber: number
  /** The group's Sentry short ids (untrusted text). */
  shortIds: readonly string[]
}): P0PullLink {
  const marker = `<!-- ci-medic:p0-alert #${input.alertNumber} -->`
  const ids = inertReferences(
    input.shortIds
      .join(', ')
      .replace(/[\r\n`]/g, ' ')
      .slice(0, 200)
  )
  return {
    marker,
    body: [
      marker,
      `**P0**: ci-medic self-heal rated this error (Sentry ${ids}) P0, so a human was alerted as well: #${input.alertNumber}.`
    ].join('\n')
  }
}

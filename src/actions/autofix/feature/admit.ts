// The feature build's first step: which issue, who asked, whether its text
// is a spec ci-medic may act on, and whether it says how to tell the build
// is done. A refusal leaves one comment on the issue (not in a dry run) and
// ends the run without a branch or a PR.
import {
  askForCriteria,
  findAcceptanceCriteria,
  gate,
  refusalComment,
  startRequest,
  type Criterion
} from '../../../core/feature/index.js'
import type {RunJournal} from '../../../core/journal.js'
import type {AutofixDeps, GitHubSide} from '../deps.js'
import {commentOnIssue, permissionOf, readIssue, type FeatureIssue} from './issue.js'

export type Admission =
  | {ok: true; issue: FeatureIssue; criteria: Criterion[]}
  | {ok: false; reason: string; commented: boolean}

export async function admitIssue(deps: AutofixDeps, journal: RunJournal): Promise<Admission> {
  const {context, settings, github} = deps
  const start = startRequest({
    eventName: context.eventName,
    event: context.event,
    issueNumber: settings.issueNumber
  })
  if (!start.ok) return refuse(journal, start.reason)
  if (!github) return refuse(journal, 'no github-token: the issue cannot be read')
  const issue = await readIssue(github, start.issueNumber)
  const permission = start.via === 'label' ? await permissionOf(github, start.sender) : undefined
  const verdict = gate(start, issue, permission)
  if (!verdict.ok) {
    const commented = verdict.comment
      ? await comment(deps, github, issue.number, {
          what: 'refused',
          body: refusalComment(issue.number, verdict.reason)
        })
      : false
    return refuse(journal, verdict.reason, commented)
  }
  const criteria = findAcceptanceCriteria(issue.body)
  if (criteria.length === 0) {
    const commented = await comment(deps, github, issue.number, {
      what: 'needs-criteria',
      body: askForCriteria(issue.number)
    })
    return refuse(journal, `issue #${issue.number} has no testable acceptance criteria`, commented)
  }
  journal.fact(
    'run-context',
    `Building issue #${issue.number} (${start.via === 'label' ? `labeled by @${start.sender}, ${permission}` : 'dispatched'}): ${criteria.length} acceptance criteria.`
  )
  return {ok: true, issue, criteria}
}

function refuse(journal: RunJournal, reason: string, commented = false): Admission {
  journal.skipped('run-context', `Nothing was built: ${reason}.`)
  return {ok: false, reason, commented}
}

async function comment(
  deps: AutofixDeps,
  github: GitHubSide,
  number: number,
  comment: {what: string; body: string}
): Promise<boolean> {
  if (deps.settings.dryRun) {
    deps.io.logger.info(`Dry run: would comment on #${number}.`)
    return false
  }
  await commentOnIssue(github, number, comment)
  return true
}

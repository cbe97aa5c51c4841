// Who may start a feature build, and whose issue text counts as the spec.
// Two ways in: the `issues` event `labeled` with the build label, applied by
// someone whose repository permission is admin, maintain or write (the edge
// asks GitHub for the sender's permission), or a `workflow_dispatch` with
// `issue-number` (dispatching a workflow already needs write access). Then
// the issue body is the spec only when its author is the repository's
// OWNER, a MEMBER of its organization or a COLLABORATOR: anyone else's text
// is refused, with a comment that says why, and no PR.

/** The label that asks ci-medic to build an issue. */
export const BUILD_LABEL = 'ci-medic:build'

/** Repository permissions that may start a build (GitHub's legacy roles plus `maintain`). */
export const MAY_START: readonly string[] = ['admin', 'maintain', 'write']

/** `author_association` values whose issue text is trusted as the spec. */
export const TRUSTED_AUTHORS: readonly string[] = ['OWNER', 'MEMBER', 'COLLABORATOR']

/** How the run was started, read from the event (and the issue-number input). */
export type StartRequest =
  | {ok: true; issueNumber: number; via: 'label'; sender: string}
  | {ok: true; issueNumber: number; via: 'dispatch'}
  | {ok: false; reason: string}

export interface StartInput {
  eventName: string
  event: Record<string, unknown>
  /** The `issue-number` input, if given. */
  issueNumber?: number
}

function field(value: unknown, key: string): unknown {
  return value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined
}

/** Which issue to build and who asked, or why this event starts nothing. */
export function startRequest(input: StartInput): StartRequest {
  const {eventName, event} = input
  if (eventName === 'issues') {
    const action = field(event, 'action')
    const label = field(field(event, 'label'), 'name')
    const sender = field(field(event, 'sender'), 'login')
    const number = field(field(event, 'issue'), 'number')
    if (action !== 'labeled' || label !== BUILD_LABEL)
      return {
        ok: false,
        reason: `the issues event is '${String(action)}' with label '${String(label ?? '')}': only the '${BUILD_LABEL}' label being applied starts a build`
      }
    if (typeof sender !== 'string' || sender === '')
      return {ok: false, reason: 'the labeled event names no sender'}
    if (typeof number !== 'number' || !Number.isInteger(number) || number < 1)
      return {ok: false, reason: 'the labeled event names no issue number'}
    if (input.issueNumber !== undefined && input.issueNumber !== number)
      return {
        ok: false,
        reason: `input 'issue-number' (${input.issueNumber}) is not the labeled issue (#${number})`
      }
    return {ok: true, issueNumber: number, via: 'label', sender}
  }
  if (eventName === 'workflow_dispatch') {
    if (input.issueNumber === undefined)
      return {
        ok: false,
        reason:
          "a workflow_dispatch build needs input 'issue-number' (the issue to build), e.g. issue-number: ${{ inputs.issue-number }}"
      }
    return {ok: true, issueNumber: input.issueNumber, via: 'dispatch'}
  }
  return {
    ok: false,
    reason: `task: issue runs on an issues 'labeled' event or a workflow_dispatch, not on '${eventName || 'an unknown event'}'`
  }
}

/** The issue as the gate sees it. */
export interface GateIssue {
  number: number
  state: string
  authorAssociation: string
  author: string
  isPullRequest: boolean
}

export type GateVerdict = {ok: true} | {ok: false; reason: string; comment: boolean}

/**
 * Whether this build may go on. `senderPermission` is the labeler's
 * repository permission (only for `via: label`). `comment` says whether the
 * refusal is worth a comment on the issue (not for a PR or a closed issue).
 */
export function gate(
  start: Extract<StartRequest, {ok: true}>,
  issue: GateIssue,
  senderPermission?: string
): GateVerdict {
  if (issue.isPullRequest)
    return {ok: false, reason: `#${issue.number} is a pull request, not an issue`, comment: false}
  if (issue.state !== 'open')
    return {ok: false, reason: `issue #${issue.number} is ${issue.state}`, comment: false}
  if (start.via === 'label' && !MAY_START.includes(senderPermission ?? 'none'))
    return {
      ok: false,
      reason: `the '${BUILD_LABEL}' label was applied by @${start.sender}, whose permission on this repository is ${senderPermission ?? 'unknown'}; only admin, maintain or write starts a build`,
      comment: true
    }
  if (!TRUSTED_AUTHORS.includes(issue.authorAssociation))
    return {
      ok: false,
      reason: `the issue was written by @${issue.author} (author_association ${issue.authorAssociation || 'NONE'}): only an issue by the repository's owner, a member or a collaborator is taken as a spec; someone with write access can open a new issue with the same text`,
      comment: true
    }
  return {ok: true}
}

// Who owns a fix branch: ci-medic replaces a branch only when it is still at
// the commit ci-medic itself pushed last (kept in its own state: a hidden
// marker in the PR body for autofix, the fix record for self-heal). A
// branch someone else committed on is never force-pushed: the fix goes to
// a new branch instead, and the other commits stay where they are. Pure.

export type LeaseDecision =
  /** The branch does not exist: create it (a lease on "absent"). */
  | {kind: 'create'}
  /** The branch is where ci-medic left it: replace it, with a lease on that sha. */
  | {kind: 'replace'; lease: string}
  /** The branch already holds the new head: nothing to push. */
  | {kind: 'up-to-date'}
  /** Someone else's commits are on it: leave it, push elsewhere. */
  | {kind: 'diverged'; theirs: string}

/**
 * What to do with `branch`, seen on the remote at `remote` (null: absent),
 * when ci-medic last pushed `lastPushed` there (null: never, as far as its
 * state knows) and now has `head` to publish.
 */
export function decideLease(
  remote: string | null,
  lastPushed: string | null | undefined,
  head: string
): LeaseDecision {
  if (remote === null) return {kind: 'create'}
  if (remote === head) return {kind: 'up-to-date'}
  if (lastPushed && remote === lastPushed) return {kind: 'replace', lease: lastPushed}
  return {kind: 'diverged', theirs: remote}
}

/** The branch a fix goes to when its own branch has someone else's commits: one per run. */
export function divertedBranch(branch: string, runId: number): string {
  return `${branch}-${runId}`
}

const MARKER = /<!--\s*ci-medic:pushed\s+([0-9a-f]{40,64})\s*-->/g

/** The hidden line autofix ends a PR body with: the sha it pushed to the PR's branch. */
export function pushedMarker(sha: string): string {
  return `<!-- ci-medic:pushed ${sha} -->`
}

/** The sha the last marker in a PR body names (ci-medic's last push), or null. */
export function readPushedMarker(body: string | null | undefined): string | null {
  let found: string | null = null
  for (const match of (body ?? '').matchAll(MARKER)) found = match[1]!
  return found
}

/** `body` with its pushed marker replaced by one for `sha` (at the end). */
export function withPushedMarker(body: string, sha: string): string {
  return `${body.replace(MARKER, '').trimEnd()}\n\n${pushedMarker(sha)}\n`
}

/** Why a fix went to another branch: for the journal, the report and the new PR's body. */
export function divertedNote(branch: string, theirs: string, diverted: string): string {
  return `${branch} has commits ci-medic did not push (it is at ${theirs.slice(0, 12)}), so it was left as it is and this fix was pushed to ${diverted} instead.`
}

// The branch a run's fixes go to. A run scoped to one failure (classify's
// dispatch passes its fingerprint) gets that failure's branch; any other run
// (a weekly schedule, a manual dispatch) gets one branch per target branch,
// so next week's run updates the PR this week's opened (the lease in the PR
// body keeps a maintainer's own commits there from being overwritten)
// instead of opening a new dated PR every week.
export function autofixBranchName(input: {
  prefix: string
  /** The failure this run is scoped to, or ''. */
  fingerprint: string
  /** The branch the fix PR targets (base-branch, else the ref the run is on), or ''. */
  target: string
}): string {
  const suffix = input.fingerprint || input.target || 'checks'
  return `${input.prefix}${suffix}`.replace(/[^\w./-]+/g, '-')
}

/** `refs/heads/<name>` → `<name>`; anything else (a tag, a PR merge ref) → ''. */
export function branchOfRef(ref: string): string {
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : ''
}

// The feature build's one PR: the verified commits (contract first, then the
// streams) pushed to ci-medic/feature-<issue> through autofix's own publish
// path (its lease, its PR upsert, its review requests). The body refers to
// the issue (`Refs #N`); it never closes it.
import {featureBranchName} from '../../../core/feature/index.js'
import {commitSafe} from '../../../core/fixing/labels.js'
import type {AutofixDeps, GitHubSide} from '../deps.js'
import {pushAndOpenPr, type Publication} from '../publish.js'

export interface FeatureDraft {
  issue: {number: number; title: string}
  head: string
  files: string[]
  body: string
}

export function featurePrTitle(issue: {number: number; title: string}): string {
  return `feat: ${commitSafe(issue.title, 80)} (ci-medic build of #${issue.number})`
}

export function publishFeature(
  deps: AutofixDeps,
  github: GitHubSide,
  draft: FeatureDraft
): Promise<Publication> {
  return pushAndOpenPr(deps, github, {
    branch: featureBranchName(draft.issue.number),
    head: draft.head,
    title: featurePrTitle(draft.issue),
    body: draft.body,
    files: draft.files
  })
}

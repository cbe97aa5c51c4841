// The publish command's inputs: where the proposal is, and the write token.
import {ConfigurationError} from '../errors.js'
import type {ReviewSettings} from '../core/fixing/review-request.js'
import {readFields, requiredText, secret, type InputFields} from './fields.js'
import type {InputSource} from './input-source.js'
import {reviewFields} from './shared-fields.js'
import {ledgerIssueTitleField} from './common-fields.js'

export const publishFields = {
  'proposal-path': requiredText('${{ runner.temp }}/proposal'),
  'github-token': secret('${{ github.token }}'),
  // The fixing job's ledger issue: the outcome records its proposal carries are appended there.
  'ledger-issue-title': ledgerIssueTitleField,
  // The fixing job's review inputs belong here: the publish job opens the PRs.
  ...reviewFields()
} satisfies InputFields

export interface PublishSettings {
  /** The directory holding proposal.json and fixes.bundle. */
  proposalPath: string
  githubToken: string
  /** Who each PR asks for review; CODEOWNERS is read from the workspace when asked for. */
  review: ReviewSettings
  /** The ledger issue the proposal's outcome records go to (the fixing job's ledger-issue-title). */
  ledgerIssueTitle: string
}

export function readPublishSettings(
  source: InputSource,
  onSecret: (value: string) => void
): PublishSettings {
  const v = readFields(publishFields, source, onSecret)
  if (v['github-token'] === '')
    throw new ConfigurationError(
      "Input 'github-token' is empty, and publish needs it to push the branch and open the pull request. Example: github-token: ${{ github.token }} (with permissions contents: write, pull-requests: write)."
    )
  return {
    proposalPath: v['proposal-path'],
    githubToken: v['github-token'],
    review: {
      reviewers: v.reviewers,
      teamReviewers: v['team-reviewers'],
      requestCodeowners: v['request-codeowners']
    },
    ledgerIssueTitle: v['ledger-issue-title']
  }
}

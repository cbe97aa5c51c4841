// Everything classify does through the GitHub API, in one module that is
// loaded only when a token is given: classifying a local log with no token
// never loads octokit (less start-up time and memory on large logs).
export {raiseAlert} from '../../edges/github/alert-issues.js'
export {artifactLedger, LEDGER_FILE} from '../../edges/github/artifact-ledger.js'
export {resolveBotLogin} from '../../edges/github/bot-identity.js'
export {createGitHubClient} from '../../edges/github/client.js'
export {
  compareCommits,
  describeCompareError,
  filesChangedSince
} from '../../edges/github/compare.js'
export {issueLedger} from '../../edges/github/issue-ledger.js'
export {repositoryTree} from '../../edges/github/repo-tree.js'
export {findRetryLabels} from '../../edges/github/retry-label.js'
export {dispatchWorkflow, rerunFailedJobs} from '../../edges/github/run-control.js'
export {
  getWorkflowRun,
  listFailedJobs,
  otherRunFailedOnCommit,
  streamJobLog
} from '../../edges/github/workflow-runs.js'

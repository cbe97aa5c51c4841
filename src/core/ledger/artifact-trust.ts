// Which `ci-medic-ledger` artifacts classify may read. Any run can upload an
// artifact of that name, a fork's pull request included, and the newest one
// would otherwise decide what classify calls flaky. Only a run of the
// workflow classify itself runs in, on this repository's default branch, by
// an event other than a pull request's, is trusted: that run executed the
// default branch's own workflow and wrote the ledger with ci-medic. Pure:
// the run's facts in, a reason out.

/** What GitHub says about the run that uploaded an artifact. */
export interface UploadingRun {
  id: number
  event: string
  workflowId: number
  headBranch: string | null
  /** The repository the run's commit came from (a fork for a fork's pull request). */
  headRepositoryId: number | null
  /** The repository the run belongs to. */
  repositoryId: number | null
}

/** This repository and the workflow classify runs in. */
export interface LedgerTrust {
  repositoryId: number
  defaultBranch: string
  workflowId: number
}

/** Why an artifact of this run is not trusted; undefined when it is. */
export function untrustedBecause(run: UploadingRun, trust: LedgerTrust): string | undefined {
  if (run.event.startsWith('pull_request')) return `run ${run.id} ran for a ${run.event} event`
  if (run.repositoryId !== null && run.repositoryId !== trust.repositoryId) {
    return `run ${run.id} belongs to another repository`
  }
  if (run.headRepositoryId !== trust.repositoryId) {
    return `run ${run.id} ran on another repository's commit (a fork)`
  }
  if (run.headBranch !== trust.defaultBranch) {
    return `run ${run.id} ran on ${run.headBranch === null ? 'no branch' : `branch ${run.headBranch}`}, not ${trust.defaultBranch}`
  }
  if (run.workflowId !== trust.workflowId) {
    return `run ${run.id} is of another workflow (id ${run.workflowId}, not ${trust.workflowId})`
  }
  return undefined
}

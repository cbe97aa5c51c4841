// Which ledger artifacts ci-medic may read. Any run can upload an artifact of
// a ledger's name, a fork's pull request included, and the newest one would
// otherwise decide what is called flaky or failed twice. Only a run on this
// repository's default branch, by an event other than a pull request's, is
// trusted: it executed the default branch's own workflow. A ci-medic action's
// own run artifact (`ci-medic-<action>-<run id>-<attempt>…`, uploaded by
// classify, autofix or self-heal) is read from any such run whose id its name
// carries, so classify's verdicts and the fixing actions' outcomes are one
// ledger; a manually uploaded `ci-medic-ledger` only from the reader's own
// workflow, as before. Pure: the run's facts in, a reason out.
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

/**
 * Why an artifact of this run is not trusted; undefined when it is.
 * `anyWorkflow`: a ci-medic action's own run artifact, read from every workflow.
 */
export function untrustedBecause(
  run: UploadingRun,
  trust: LedgerTrust,
  {anyWorkflow = false}: {anyWorkflow?: boolean} = {}
): string | undefined {
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
  if (!anyWorkflow && run.workflowId !== trust.workflowId) {
    return `run ${run.id} is of another workflow (id ${run.workflowId}, not ${trust.workflowId})`
  }
  return undefined
}

const RUN_ARTIFACT = /^ci-medic-(?:classify|autofix|self-heal)-(\d+)-\d+(?:-.+)?$/

/** The run id a ci-medic action's own artifact name carries; undefined for any other name. */
export function runIdOfRunArtifact(name: string): number | undefined {
  const id = RUN_ARTIFACT.exec(name)?.[1]
  return id === undefined ? undefined : Number(id)
}

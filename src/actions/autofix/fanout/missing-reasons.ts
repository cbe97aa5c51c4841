// Why a group's work job left no proposal: its job in this run's latest
// attempt (the matrix names each job after its group) failed, timed out or
// was cancelled, as the Actions API says. Best effort: without a token or
// `actions: read` the report gives the generic reason.
import type {FailedJob} from '../../../edges/github/workflow-runs.js'
import {listFailedJobs} from '../../../edges/github/workflow-runs.js'
import {errorMessage} from '../../../errors.js'
import type {AutofixDeps} from '../deps.js'
import type {IntegrateFacts} from './integrate-report.js'

const WORDED: Record<string, string> = {
  failure: 'failed',
  timed_out: 'timed out',
  cancelled: 'was cancelled'
}

function reasonOf(job: FailedJob): string {
  const steps = job.failedSteps.length ? ` at step "${job.failedSteps[0]}"` : ''
  return `its work job "${job.name}" ${WORDED[job.conclusion] ?? job.conclusion}${steps}, so it left no proposal`
}

/** group → why it is missing, for the groups whose job the API names. */
export async function missingReasons(
  deps: AutofixDeps,
  missing: readonly string[]
): Promise<Record<string, string>> {
  const {github, context} = deps
  if (!missing.length || !github) return {}
  let jobs: FailedJob[]
  try {
    jobs = await listFailedJobs(github.client, github.repo, context.runId)
  } catch (error) {
    deps.io.logger.info(
      `Why ${missing.join(', ')} left no proposal could not be read (${errorMessage(error).split('\n')[0]}); the job token needs actions: read for it.`
    )
    return {}
  }
  const out: Record<string, string> = {}
  for (const group of missing) {
    const job = jobs.find(j => j.name.includes(group))
    if (job) out[group] = reasonOf(job)
  }
  return out
}

/** The groups of the plan with no proposal, leaving out those whose proposal was refused. */
export function missingGroups(facts: Pick<IntegrateFacts, 'triage' | 'refused'>): string[] {
  return facts.triage.missing.filter(g => !facts.refused.some(r => r.group === g))
}

/** Integrate's facts, completed with why each missing group's work job left no proposal. */
export async function withMissingReasons(
  deps: AutofixDeps,
  facts: Omit<IntegrateFacts, 'missingReasons'>
): Promise<IntegrateFacts> {
  return {...facts, missingReasons: await missingReasons(deps, missingGroups(facts))}
}

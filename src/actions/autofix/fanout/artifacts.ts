// The fan-out's artifacts: the plan (one per run attempt) and one proposal
// per work job, uploaded and read back through this run's artifact service
// (src/edges/artifacts). Unlike the run's report artifact (best effort), the
// stages cannot work without them: no artifact service is a clear error.
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {parseFanoutPlan, FANOUT_PLAN_FILE, type FanoutPlan} from '../../../core/fanout/index.js'
import {
  downloadRunArtifact,
  listRunArtifacts,
  type RunArtifact
} from '../../../edges/artifacts/download.js'
import {isNameTaken, uploadArtifact} from '../../../edges/artifacts/upload.js'
import {ConfigurationError, errorMessage} from '../../../errors.js'
import {artifactHost} from '../../artifact-step.js'
import type {AutofixDeps} from '../deps.js'

/** A plan artifact larger than this is not read (a plan is kilobytes). */
const MAX_PLAN_ARTIFACT_BYTES = 16 * 1024 * 1024
/** A work artifact larger than this is not read (the bundle's cap, plus the reports). */
const MAX_WORK_ARTIFACT_BYTES = 40 * 1024 * 1024

export const planArtifactPrefix = (runId: number): string => `ci-medic-fanout-plan-${runId}-`
export const workArtifactPrefix = (runId: number): string => `ci-medic-fanout-work-${runId}-`

/** Where the stages keep their files: RUNNER_TEMP/ci-medic/fanout/<part>. */
export function fanoutDir(deps: Pick<AutofixDeps, 'reportDir'>, part: string): string {
  return join(deps.reportDir, 'fanout', part)
}

/** The stages need the runner's artifact service; a step without it gets this error. */
export function requireArtifactService(deps: AutofixDeps): void {
  if (!artifactHost(deps.context.serverUrl))
    throw new ConfigurationError(
      `stage: ${deps.settings.stage} hands the plan and the proposals between jobs as artifacts of the run, and ${deps.context.serverUrl} is a GitHub Enterprise Server, where @actions/artifact v2+ does not work. Use stage: all there.`
    )
  if (deps.context.artifactService) return
  throw new ConfigurationError(
    `stage: ${deps.settings.stage} needs the workflow run's artifact service (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL, which the runner gives a JavaScript action's step), to hand the plan and the proposals between the jobs. Run ci-medic as a step of a GitHub Actions job (github.com or GHE.com), or use stage: all.`
  )
}

/** Uploads files under `dir` as `name`; a name taken by an earlier attempt gets `-<attempt>`. */
export async function uploadStageFiles(
  deps: AutofixDeps,
  name: string,
  dir: string,
  files: readonly string[]
): Promise<string> {
  const retentionDays = deps.settings.artifactRetentionDays
  for (const candidate of [name, `${name}-${deps.context.runAttempt}`]) {
    try {
      await uploadArtifact({name: candidate, rootDirectory: dir, files, retentionDays})
      return candidate
    } catch (error) {
      if (candidate === name && isNameTaken(error)) continue
      throw new Error(`The artifact ${candidate} could not be uploaded: ${errorMessage(error)}`, {
        cause: error
      })
    }
  }
  throw new Error(`The artifact ${name} could not be uploaded: the name is taken`)
}

/** The newest plan of this run (a rerun's attempt makes a new one), checked against this job. */
export async function downloadPlan(deps: AutofixDeps): Promise<FanoutPlan> {
  const {context} = deps
  const prefix = planArtifactPrefix(context.runId)
  const plans = await listRunArtifacts(prefix)
  const attempt = (a: RunArtifact): number => Number(a.name.slice(prefix.length)) || 0
  const newest = plans.sort((a, b) => attempt(b) - attempt(a))[0]
  if (!newest)
    throw new ConfigurationError(
      `No fan-out plan of this run (an artifact ${prefix}<attempt>) was found: run ci-medic autofix with stage: plan in an earlier job of the same run, and make this job need it (needs: plan).`
    )
  if (newest.size > MAX_PLAN_ARTIFACT_BYTES)
    throw new ConfigurationError(
      `The plan artifact ${newest.name} is ${newest.size} bytes, more than the ${MAX_PLAN_ARTIFACT_BYTES} a plan may be; it was not read.`
    )
  const dir = fanoutDir(deps, 'plan-in')
  await downloadRunArtifact(newest, dir)
  const text = await readFile(join(dir, FANOUT_PLAN_FILE), 'utf8').catch(() => undefined)
  if (text === undefined)
    throw new ConfigurationError(
      `The artifact ${newest.name} holds no ${FANOUT_PLAN_FILE}: it was not written by ci-medic autofix's plan stage.`
    )
  const parsed = parseFanoutPlan(text, {
    owner: context.owner,
    repo: context.repo,
    runId: context.runId
  })
  if ('error' in parsed)
    throw new ConfigurationError(`The fan-out plan was refused: ${parsed.error}.`)
  const building = deps.settings.task === 'issue'
  if (building !== (parsed.plan.feature !== undefined))
    throw new ConfigurationError(
      `This run's plan is ${parsed.plan.feature ? 'a feature build (task: issue)' : 'a fan-out of failing checks'}, but this job has task: ${deps.settings.task}. Give every stage of the fan-out the same task input.`
    )
  return parsed.plan
}

/** One work job's artifact as downloaded: its directory, or why it could not be read. */
export type DownloadedWork = {name: string; dir: string} | {name: string; error: string}

/** Every work artifact of this run, each in its own directory. */
export async function downloadWorkArtifacts(deps: AutofixDeps): Promise<DownloadedWork[]> {
  const listed = await listRunArtifacts(workArtifactPrefix(deps.context.runId))
  const out: DownloadedWork[] = []
  for (const [index, artifact] of listed.entries()) {
    if (artifact.size > MAX_WORK_ARTIFACT_BYTES) {
      out.push({
        name: artifact.name,
        error: `it is ${artifact.size} bytes, more than the ${MAX_WORK_ARTIFACT_BYTES} a proposal may be`
      })
      continue
    }
    const dir = fanoutDir(deps, join('work-in', String(index + 1)))
    try {
      out.push({name: artifact.name, dir: await downloadRunArtifact(artifact, dir)})
    } catch (error) {
      out.push({name: artifact.name, error: `it could not be downloaded (${errorMessage(error)})`})
    }
  }
  return out
}

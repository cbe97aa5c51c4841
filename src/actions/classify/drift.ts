// Step 3b, compare with the last green run: the same workflow's newest
// successful run on the same branch, the log of its job with the failed job's
// name, and the tool versions both logs state; when a version moved, what the
// repository's own commits changed between the two (GitHub's compare API: is
// it pure drift?). Only for a workflow run read through the API (never a local
// log); four requests at most, and anything GitHub refuses is one warning
// naming the cause, never a failed classify.
import {codeChange, describeCodeChange, sameCommit} from '../../core/classify/code-change.js'
import {repositoryFilesOf} from '../../core/classify/failure-files.js'
import {
  driftVerdict,
  greenRunLabel,
  versionDrift,
  type DriftReport
} from '../../core/classify/version-drift.js'
import type {Classification} from '../../core/classify/types.js'
import type {ClassifyDeps, GitHubAccess} from './deps.js'
import type {Sources} from './read-sources.js'

/** The failures' own text searched for drifted names (bounded). */
const MAX_FAILURE_TEXT = 64 * 1024

export async function compareWithLastGreen(
  deps: ClassifyDeps,
  sources: Sources,
  classification: Classification
): Promise<DriftReport | undefined> {
  const {run, versions} = sources
  const job = Object.keys(versions ?? {})[0]
  if (deps.settings.logPath || !run || !versions || job === undefined) return undefined
  const {logger} = deps.io
  if (!run.headBranch || !run.workflowId) {
    logger.info('The run names no branch or workflow: there is no last green run to compare with.')
    return undefined
  }
  const gh = await deps.github()
  if (!gh) return undefined
  const edge = await import('../../edges/github/last-green.js')
  const {readVersions} = await import('../../edges/logs/version-tee.js')
  try {
    const green = await edge.lastGreenRun(gh.client, gh.repo, run)
    if (!green) {
      logger.info(`No green run of this workflow on ${run.headBranch} to compare with.`)
      return undefined
    }
    const jobId = await edge.jobNamed(gh.client, gh.repo, green.id, job)
    if (jobId === undefined) {
      logger.info(
        `The last green run #${green.runNumber} has no job named '${job}' to compare with.`
      )
      return undefined
    }
    const before = await readVersions(await edge.streamJobLog(gh.client, gh.repo, jobId))
    const drift = versionDrift(before, versions[job] as NonNullable<(typeof versions)[string]>)
    const report: DriftReport = {
      green: {id: green.id, runNumber: green.runNumber, sha: green.headSha, url: green.htmlUrl},
      job,
      drift
    }
    logger.info(
      `Compared '${job}' with the last green run ${greenRunLabel(report.green)}: ${drift.changed.length} version(s) changed, ${drift.added.length} new.`
    )
    if (drift.changed.length) await compareCode(deps, gh, report, {run, classification})
    return report
  } catch (error) {
    logger.warning(
      `The last green run could not be compared with this one (${edge.describeGreenRunError(error)}); classify goes on without it.`
    )
    return undefined
  }
}

/** Commit ids only go into an API path. */
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/

/**
 * What the repository's commits changed from the green run's commit to the failed one
 * (one request; none for the same commit), into `report.code`; a refusal is one warning.
 */
async function compareCode(
  deps: ClassifyDeps,
  gh: GitHubAccess,
  report: DriftReport,
  failed: {run: {headSha: string}; classification: Classification}
): Promise<void> {
  const {logger} = deps.io
  const [base, head] = [report.green.sha, failed.run.headSha]
  if (!SHA.test(base) || !SHA.test(head)) return
  if (base === head) {
    report.code = sameCommit(head)
  } else {
    try {
      const comparison = await gh.api.compareCommits(gh.client, gh.repo, base, head)
      const named = repositoryFilesOf(failed.classification.failures)
      report.code = codeChange(comparison, {base, head}, named)
    } catch (error) {
      report.codeNotCompared = gh.api.describeCompareError(error)
      logger.warning(
        `The repository's commits between the green run's ${base.slice(0, 7)} and this run's ${head.slice(0, 7)} could not be compared (${report.codeNotCompared}); the changed versions are reported without it.`
      )
      return
    }
  }
  logger.info(`Between the two commits: ${describeCodeChange(report.code)}.`)
}

/** The verdict, raised to contract_violation when the failure names a drifted tool (version-drift.ts). */
export function withDrift(
  deps: ClassifyDeps,
  classification: Classification,
  sources: Sources,
  report: DriftReport | undefined
): Classification {
  if (!report?.drift.changed.length) return classification
  const raised = driftVerdict(classification, {
    drift: report.drift,
    failureText: failureText(classification, sources),
    greenRun: greenRunLabel(report.green),
    code: report.code
  })
  if (!raised) return classification
  deps.io.logger.info(`contract_violation suspected: ${raised.reason}`)
  return raised
}

/** Lines of an excerpt that only state what was installed: naming a package there is no failure's doing. */
const INSTALL_LINE =
  /Successfully installed|Requirement already satisfied|Collecting |Downloading|Downloaded|Compiling |Installed package|Found in cache/

function failureText(c: Classification, sources: Sources): string {
  const excerpt = (text: string): string =>
    text
      .split('\n')
      .filter(line => !INSTALL_LINE.test(line))
      .join('\n')
  const parts = [
    ...c.failures.flatMap(f => [f.message, f.test ?? '', f.step ?? '', excerpt(f.excerpt)]),
    ...sources.scans.flatMap(s => s.signals.errorMarkers)
  ]
  return parts.join('\n').slice(0, MAX_FAILURE_TEXT)
}

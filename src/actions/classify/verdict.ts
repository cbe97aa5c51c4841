// The verdict: the rules' classification of what was read (with the evidence
// model where the rules are weak), a second opinion from Claude when the rules
// are unsure, then the next action, decided
// from the classification, the run, the settings and the ledger.
import {classifyFailuresWithModel} from '../../core/classify/combine.js'
import {filesOfFrames} from '../../core/classify/jvm-frames.js'
import {asksSecondOpinion, secondOpinionTail} from '../../core/classify/second-opinion.js'
import type {Classification} from '../../core/classify/types.js'
import {
  decideNextAction,
  failedTwice,
  type Decision,
  type RetryLifts
} from '../../core/decide/next-action.js'
import {frameSourcesOf} from '../../core/decide/contract-gate.js'
import type {LedgerRecord} from '../../core/ledger/ledger-record.js'
import type {OutcomeRecord} from '../../core/ledger/outcome-record.js'
import type {FailedHistory} from '../../core/ledger/retry-policy.js'
import {describeGitHubError} from '../../edges/github/errors.js'
import type {ClassifyOutcome} from '../../core/report/classify-summary.js'
import {codeRunOf} from './code-run.js'
import type {ClassifyDeps, GitHubAccess} from './deps.js'
import {runFacts} from './report.js'
import type {Sources} from './read-sources.js'

export interface Opinion {
  classification: Classification
  secondOpinion?: ClassifyOutcome['secondOpinion']
}

export async function classifySources(
  {io}: ClassifyDeps,
  sources: Sources
): Promise<Classification> {
  const classification = await classifyFailuresWithModel(sources.scans)
  io.logger.info(
    `${classification.category} (${classification.confidence.toFixed(2)}) by rule ${classification.rule}: ${classification.failures.length} failure(s) in ${sources.names.length} log(s).`
  )
  return classification
}

/** Asks the model only when the rules are unsure and there is something to show it. */
export async function secondOpinion(
  deps: ClassifyDeps,
  classification: Classification,
  sources: Sources
): Promise<Opinion> {
  const logTail = secondOpinionTail(sources.scans)
  if (!deps.secondOpinion || !asksSecondOpinion(classification, logTail)) return {classification}
  const opinion = await deps.secondOpinion(classification, logTail)
  deps.io.logger.info(`Second opinion (${opinion.report.model}): ${opinion.report.verdict}`)
  return {classification: opinion.classification, secondOpinion: opinion.report}
}

export async function decide(
  deps: ClassifyDeps,
  classification: Classification,
  sources: Sources,
  ledger: {records: LedgerRecord[]; outcomes: readonly OutcomeRecord[]}
): Promise<Decision> {
  const {settings, context, io} = deps
  const {run} = sources
  const code = codeRunOf(context, run && runFacts(run))
  const {sha} = code
  const decision = decideNextAction(
    classification,
    {
      runAttempt: run?.runAttempt ?? context.runAttempt,
      workflowPath: run?.path ?? '',
      headBranch: run?.headBranch ?? context.ref.replace(/^refs\/heads\//, ''),
      sha,
      fork: forkOf(run?.headRepository ?? '', `${context.owner}/${context.repo}`),
      runId: code.id,
      event: code.event
    },
    settings,
    {
      ledger: ledger.records,
      outcomes: ledger.outcomes,
      lifts: await retryLifts(deps, classification, ledger.outcomes, sha),
      frameFiles: await jvmFrameFiles(deps, classification, sha)
    }
  )
  io.logger.info(`Next action: ${decision.action}: ${decision.reason}`)
  return decision
}

/**
 * The repository's files among a contract break's JVM frames (`Invoice.java:42` below
 * `com.acme.billing`), looked up in the commit's tree: one request, only for a
 * contract_violation that names no repository file otherwise. Without a token, or when the
 * tree cannot be read, none: the break is alerted, and the log says why.
 */
async function jvmFrameFiles(
  deps: ClassifyDeps,
  classification: Classification,
  sha: string
): Promise<string[]> {
  const sources = frameSourcesOf(classification)
  if (sources.length === 0) return []
  const {logger} = deps.io
  const named = sources.slice(0, 3).join(', ') + (sources.length > 3 ? ', …' : '')
  const gh = await deps.github()
  if (!gh) {
    logger.info(
      `The contract break's stack names ${named}; without a github-token the repository's tree cannot be read to tell whether they are its own files.`
    )
    return []
  }
  try {
    const tree = await gh.api.repositoryTree(gh.client, gh.repo, sha)
    const files = filesOfFrames(sources, tree.paths)
    const partly = tree.truncated ? ' (GitHub listed only part of the tree)' : ''
    logger.info(
      files.length
        ? `The contract break's stack names the repository's ${files.join(', ')}${partly}.`
        : `The contract break's stack names ${named}: none is a file of the repository at ${sha.slice(0, 7)}${partly}.`
    )
    return files
  } catch (error) {
    logger.warning(
      `The repository's tree could not be read to find the files of the contract break's stack (${describeGitHubError(error, 'contents: read')}); it is alerted instead.`
    )
    return []
  }
}

/**
 * What may lift a failed-twice block, looked for only when autofix would be
 * dispatched but for two failed fixes: first a commit since each block's last
 * failed fix that touched its files (GitHub's compare API: classify has no
 * checkout), else the ci-medic:retry labels on alert issues (one more try, if a
 * person with write access asked). What cannot be read is a warning, and the
 * alert stands.
 */
async function retryLifts(
  deps: ClassifyDeps,
  classification: Classification,
  outcomes: readonly OutcomeRecord[],
  headSha: string
): Promise<RetryLifts> {
  const failed = deps.settings.dispatchAutofix ? failedTwice(classification, outcomes) : undefined
  if (!failed) return {}
  const gh = await deps.github()
  if (!gh) return {}
  const touched = await touchedSince(deps, gh, failed, headSha)
  if (failed.every(h => touched.get(h.fingerprint)?.length)) return {touched}
  try {
    const found = await gh.api.findRetryLabels(gh.client, gh.repo, await gh.botLogin())
    for (const why of found.ignored) deps.io.logger.warning(`Not a retry: ${why}.`)
    return {asks: found.asks, touched}
  } catch (error) {
    deps.io.logger.warning(
      `The ci-medic:retry labels could not be read (${describeGitHubError(error, 'issues: read')}).`
    )
    return {touched}
  }
}

/** Per blocked fingerprint, its files changed between its last failed fix's commit and the run's. */
async function touchedSince(
  deps: ClassifyDeps,
  gh: GitHubAccess,
  failed: readonly FailedHistory[],
  headSha: string
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>()
  if (!headSha) return out
  const changed = new Map<string, Set<string> | undefined>()
  for (const history of failed) {
    const base = history.last.sha
    // A commit id or nothing: the ledger's text goes into an API path only as a sha.
    if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(base) || history.files.length === 0) continue
    if (!changed.has(base)) {
      try {
        const since = await gh.api.filesChangedSince(gh.client, gh.repo, base, headSha)
        if (since === undefined)
          deps.io.logger.info(
            `Commits since ${base.slice(0, 12)} (the last failed fix of ${history.fingerprint}) cannot be compared on GitHub: only a label or retry-fingerprints lifts its block.`
          )
        changed.set(base, since && new Set(since.files))
      } catch (error) {
        deps.io.logger.warning(
          `The commits since the last failed fix could not be compared (${describeGitHubError(error, 'contents: read')}).`
        )
        changed.set(base, undefined)
      }
    }
    const files = changed.get(base)
    const hit = history.files.filter(f => files?.has(f))
    if (hit.length) out.set(history.fingerprint, hit)
  }
  return out
}

/** The fork a run's branch lives in, or '' when it is this repository (GitHub compares names case-insensitively). */
function forkOf(headRepository: string, repository: string): string {
  return headRepository && headRepository.toLowerCase() !== repository.toLowerCase()
    ? headRepository
    : ''
}

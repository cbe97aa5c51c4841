// The contract, then the streams. The contract files are written by code
// (the plan's text, confined to the workspace) and committed first. Each
// stream is one run of the engine's attempt loop with its own write guard:
// the tools refuse any path the stream does not own, and a contract file is
// never writable. A stream is verified by the full checks on a clean
// checkout of the combination (the contract, the earlier streams, this
// change): nothing may fail that did not fail before the build. A stream
// that breaks the contract or the checks is reverted (the loop restores its
// snapshot) and reported; one that is verified is committed.
//
// In one job the streams run one after another, each on top of the ones
// before, so every stream is checked against the others: this is where a
// stream breaking another (an integration failure) is found, and fixed by a
// later attempt of that stream. On the fan-out (a work job per stream,
// `alone`), a stream has the contract but not the other streams' files: a
// new failure that names one of them waits for integrate, which has them all.
import {mkdir, writeFile} from 'node:fs/promises'
import {dirname} from 'node:path'
import {
  awaitingOtherStreams,
  buildStreamPrompt,
  ownershipGuard,
  type Criterion,
  type FeaturePlan,
  type IssueSpec,
  type Stream,
  type StreamReport
} from '../../../core/feature/index.js'
import type {Failure} from '../../../core/classify/types.js'
import {
  commitSafe,
  failureLabel,
  type DetectedProject,
  type FileChange
} from '../../../core/fixing/index.js'
import {FEEDBACK_TAIL_PER_CHECK} from '../../../core/fixing/limits.js'
import {resolveInWorkspace, toolDefinitions} from '../../../edges/workspace/index.js'
import {attemptLoop, type Engine, type Verdict} from '../../../engine/attempt-loop.js'
import {failuresOf, newFailures, outputTail} from '../../../engine/checks.js'
import {BOT_AUTHOR} from '../../../engine/commit-identity.js'
import {fullChecks, onCleanCheckout} from '../../../engine/verify-steps.js'

export interface BuildContext {
  engine: Engine
  issue: IssueSpec
  criteria: readonly Criterion[]
  plan: FeaturePlan
  project: DetectedProject
  repoFiles: readonly string[]
  /** What failed before the build: a stream may add no failure to it. */
  baseline: readonly Failure[]
  clock: () => number
  /**
   * A fan-out work job: the other streams' files are not here, so a new
   * failure naming one of them waits for integrate (awaitingOtherStreams).
   */
  alone?: boolean
}

/** Counts of the checks that found a stream broke the combination, and of those a later attempt fixed. */
export interface IntegrationCount {
  found: number
  fixed: number
}

/** Writes the plan's contract files and commits them: the first commit of the build. */
export async function commitContract(
  ctx: Pick<BuildContext, 'plan' | 'issue'> & {engine: Pick<Engine, 'git' | 'log'>}
): Promise<string | undefined> {
  const {engine, plan, issue} = ctx
  if (plan.contracts.length === 0) return undefined
  const paths = plan.contracts.map(c => c.path.replace(/^\.\//, ''))
  const ignored = await engine.git.ignored(paths)
  if (ignored.length)
    throw new Error(`the contract names files git ignores (${ignored.join(', ')})`)
  for (const contract of plan.contracts) {
    // resolveInWorkspace refuses anything outside the checkout (.., symlinks out, .git).
    const target = resolveInWorkspace(engine.git.root, contract.path)
    await mkdir(dirname(target), {recursive: true})
    await writeFile(
      target,
      contract.content.endsWith('\n') ? contract.content : `${contract.content}\n`
    )
  }
  const message = `feat: contract for ${commitSafe(issue.title, 50)}\n\nci-medic feature build of issue ${issue.number}: the interface contracts of the plan, written before the streams.`
  const sha = await engine.git.commit(message, paths, BOT_AUTHOR)
  engine.log.record('committed', {key: 'feature-contract', sha, files: paths})
  return sha
}

/** The commit message of a verified stream. */
export function streamCommitMessage(issueNumber: number, stream: Stream): string {
  return `feat(${stream.id}): ${commitSafe(stream.goal, 60)}\n\nci-medic feature build of issue ${issueNumber}, stream ${stream.id}: verified on the full checks on a clean checkout.`
}

export async function runStream(
  ctx: BuildContext,
  stream: Stream,
  count: IntegrationCount
): Promise<StreamReport> {
  const {engine, plan, project} = ctx
  const started = ctx.clock()
  const key = `stream:${stream.id}`
  const contractPaths = plan.contracts.map(c => c.path)
  const broke = {now: 0}
  const outcome = await attemptLoop<Failure[]>(engine, {
    key,
    stage: 'fix',
    files: contractPaths,
    buildPrompt: ({files, previous}) =>
      buildStreamPrompt({
        issue: ctx.issue,
        criteria: ctx.criteria,
        plan,
        stream,
        contracts: files,
        repoFiles: ctx.repoFiles,
        protectedPaths: engine.settings.protectedPaths,
        testCommand: project.testCommand,
        previous,
        tools: toolDefinitions()
      }),
    testCommand: () => project.testCommand,
    nothingToRun: 'No test command was found; the full checks judge the change.',
    refuseWrite: ownershipGuard(plan, stream),
    verify: diff => verifyStream(ctx, stream, diff, broke)
  })
  const seconds = Math.round((ctx.clock() - started) / 1000)
  const base = {id: stream.id, goal: stream.goal, owns: stream.owns, seconds}
  count.found += broke.now
  if (outcome.kind === 'verified') {
    if (broke.now > 0) count.fixed += broke.now
    const message = streamCommitMessage(ctx.issue.number, stream)
    const sha = await engine.git.commit(message, outcome.files, BOT_AUTHOR)
    engine.log.record('committed', {key, sha, files: outcome.files})
    const note = outcome.note
    return {...base, verdict: 'built', attempts: outcome.attempt, files: outcome.files, note, sha}
  }
  if (outcome.kind === 'stopped')
    return {...base, verdict: 'stopped', attempts: outcome.attempt, files: [], note: outcome.reason}
  const last = outcome.previous.at(-1)?.outcome.split('\n')[0] ?? outcome.reason
  return {...base, verdict: 'not-built', attempts: outcome.attempts, files: [], note: last}
}

/**
 * Verified = every changed file is the stream's own (the tools already
 * refuse others; a test run may still write one), and the full checks on a
 * clean checkout of the combination show nothing new failing.
 */
async function verifyStream(
  ctx: BuildContext,
  stream: Stream,
  diff: FileChange[],
  broke: {now: number}
): Promise<Verdict<Failure[]>> {
  const {engine, plan, project} = ctx
  const guard = ownershipGuard(plan, stream)
  const foreign = diff
    .flatMap(d => [d.path, ...(d.oldPath ? [d.oldPath] : [])])
    .filter(p => guard(p))
  if (foreign.length)
    return {
      ok: false,
      why: `it changed files stream '${stream.id}' does not own (${foreign.join(', ')})`
    }
  const at = {key: `stream:${stream.id}`, stage: 'verify' as const}
  const paths = diff.flatMap(d => [d.path, ...(d.oldPath ? [d.oldPath] : [])])
  const full = await onCleanCheckout(engine, at, paths, root =>
    fullChecks(engine, project, at.key, root)
  )
  const fresh = newFailures(ctx.baseline, failuresOf(full))
  const {own: broken, awaiting} = ctx.alone
    ? awaitingOtherStreams(plan, stream, fresh)
    : {own: fresh, awaiting: []}
  if (broken.length === 0)
    return {
      ok: true,
      why: awaiting.length
        ? `the full checks on a clean checkout of the contract and this stream show nothing new failing but ${awaiting.length} failure(s) that name other streams' files (${awaiting.slice(0, 3).map(failureLabel).join('; ')}): integrate judges those with every stream applied`
        : 'the full checks on a clean checkout of the combination show nothing new failing',
      value: failuresOf(full)
    }
  broke.now += 1
  const why = `it broke ${broken.slice(0, 5).map(failureLabel).join('; ')}`
  const tails = full
    .filter(r => r.failures.length)
    .map(r => `$ ${r.command}\n${outputTail(r, FEEDBACK_TAIL_PER_CHECK)}`)
  return {
    ok: false,
    why,
    feedback: `Reverted: ${why} (the full checks ran on a clean checkout of the contract, ${ctx.alone ? "not the other streams' files (failures naming those wait for integration)" : 'the earlier streams'} and your change).\n${tails.join('\n')}`
  }
}

// The fix loop's baseline through the baseline cache (#13): the checks'
// results on the checked-out commit, restored when an earlier job of the
// same commit, commands and lockfiles saved them (a fan-out's `plan` for its
// `work` jobs, a first run for its rerun), else run and saved.
//
// Restoring is safe because the baseline only decides which failures exist
// before fixing: which ones are attempted, and what counts as new later. No
// fix is kept on its strength: every attempt is verified by the affected test
// and by fresh full checks on a clean checkout of the change. The record
// names its repository, commit and commands, and one that is corrupt or names
// another is ignored with a note; the baseline then runs. A baseline in which
// a check timed out or could not start is not saved: that says more about
// the machine than about the commit.
import {baselineCacheKey, type BaselineIdentity} from '../../core/baseline/key.js'
import {baselineRecordOf, foreignReason} from '../../core/baseline/record.js'
import type {DetectedProject} from '../../core/fixing/index.js'
import type {RunJournal} from '../../core/journal.js'
import type {BaselineCache} from '../../edges/cache/baseline-cache.js'
import {lockfilesHash} from '../../edges/cache/lockfiles.js'
import type {GitWorkspace} from '../../edges/workspace/index.js'
import {commandsOf, type CheckRun} from '../../engine/checks.js'
import type {DecisionLog} from '../../engine/decision-log.js'
import type {Logger} from '../../logger.js'
import type {WorkflowContext} from '../../settings/workflow-context.js'
import type {AutofixDeps} from './deps.js'

export type BaselineHook = (run: () => Promise<CheckRun[]>) => Promise<CheckRun[]>

export interface BaselineHookDeps {
  cache: BaselineCache
  git: GitWorkspace
  project: DetectedProject
  context: WorkflowContext
  log: DecisionLog
  journal: RunJournal
  logger: Logger
  clock: () => number
}

/** autofix's hook from its deps (fix step and plan stage); undefined with baseline-cache: false. */
export function baselineHookOf(
  deps: AutofixDeps,
  project: DetectedProject,
  journal: RunJournal
): BaselineHook | undefined {
  if (!deps.baselineCache) return undefined
  return cachedBaseline({
    ...deps,
    cache: deps.baselineCache,
    project,
    journal,
    logger: deps.io.logger
  })
}

/** The hook, or undefined (the checks just run) when there is no cache: said once, here. */
export function cachedBaseline(deps: BaselineHookDeps): BaselineHook | undefined {
  if (deps.cache.disabled) {
    deps.logger.info(`No baseline cache in this run: ${deps.cache.disabled}. The checks run.`)
    deps.log.record('baseline-cache', {reason: `off: ${deps.cache.disabled}`})
    return undefined
  }
  return async run => {
    const identity = await identityOf(deps)
    if (!identity) return run()
    const restored = await restore(deps, identity)
    if (restored) return restored
    const runs = await run()
    await save(deps, identity, runs)
    return runs
  }
}

type Identity = BaselineIdentity & {key: string}

async function identityOf(deps: BaselineHookDeps): Promise<Identity | undefined> {
  const sha = await deps.git.head()
  if (!sha) return undefined
  const commands = commandsOf(deps.project)
  const lockfileHash = await lockfilesHash(deps.git.root)
  const repository = `${deps.context.owner}/${deps.context.repo}`
  return {
    repository,
    sha,
    commands,
    lockfileHash,
    key: baselineCacheKey({sha, commands, lockfileHash})
  }
}

async function restore(
  deps: BaselineHookDeps,
  identity: Identity
): Promise<CheckRun[] | undefined> {
  const {key} = identity
  const entry = await deps.cache.restore(key)
  if (!entry) {
    deps.log.record('baseline-cache', {key, restored: false, reason: 'not in the cache'})
    return undefined
  }
  const ignored = entry.ok ? foreignReason(entry.record, identity) : entry.reason
  if (ignored !== undefined || !entry.ok) {
    const why = ignored ?? 'unreadable'
    deps.log.record('baseline-cache', {key, restored: false, reason: `ignored: ${why}`})
    deps.journal.skipped(
      'baseline-cache',
      `The cached baseline ${key} was ignored (${why}); the checks ran instead.`
    )
    return undefined
  }
  const {savedAt, savedBy} = entry.record
  const said = `baseline restored from cache ${key}`
  deps.logger.info(said)
  deps.log.record('baseline-cache', {key, restored: true, reason: said, savedAt, savedBy})
  deps.journal.fact(
    'baseline-cache',
    `Baseline restored from cache ${key} (the checks' results on this commit, saved by ${savedBy} at ${savedAt}): the checks were not run again before fixing. Every fix was still verified by fresh full checks.`
  )
  return entry.record.runs as CheckRun[]
}

async function save(deps: BaselineHookDeps, identity: Identity, runs: CheckRun[]): Promise<void> {
  const {key} = identity
  const unsure = runs.find(r => r.result.timedOut || r.result.error !== undefined)
  if (unsure) {
    deps.log.record('baseline-cache', {
      key,
      saved: false,
      reason: `${unsure.command} did not finish`
    })
    return
  }
  const {runId, runAttempt, job} = deps.context
  const record = baselineRecordOf(
    {
      ...identity,
      savedAt: new Date(deps.clock()).toISOString(),
      savedBy: `run ${runId} attempt ${runAttempt}${job ? ` job ${job}` : ''}`
    },
    runs
  )
  if (!record) {
    deps.log.record('baseline-cache', {key, saved: false, reason: 'the record is over its cap'})
    return
  }
  await deps.cache.save(key, record)
  const saved = !deps.cache.disabled
  deps.log.record('baseline-cache', {key, saved, ...(saved ? {} : {reason: deps.cache.disabled})})
  if (saved) deps.logger.info(`Saved the baseline to the cache as ${key}.`)
}

// self-heal in-process: the real pipeline (runSelfHeal) on deps built the way
// the runner builds them (buildSelfHealDeps), from inputs read by the real
// settings reader and a workflow context as a runner gives it, pointed at the
// loopback fakes and a fixture repository. Only the runner's own files are
// replaced: outputs, summary and log lines go to an in-memory ActionIO, and
// GitHub's write pacing is off. The bundle smoke tests
// (self-heal-bundle.e2e.test.ts) cover the runner's side of the contract.
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {buildSelfHealDeps} from '../../src/actions/self-heal/deps.js'
import {runSelfHeal} from '../../src/actions/self-heal/run.js'
import {inputsFromRecord} from '../../src/settings/input-source.js'
import {readSelfHealSettings} from '../../src/settings/self-heal-settings.js'
import {readWorkflowContext} from '../../src/settings/workflow-context.js'
import {cleanEnv} from './fixture-repo.js'
import type {ActionIO} from '../../src/runtime/action-io.js'
import {memoryIO, teeIO, type MemoryIO} from './memory-io.js'

export interface InProcessOptions {
  /** The checkout (GITHUB_WORKSPACE). */
  workspace: string
  /** Inputs by their action.yml names. */
  inputs: Record<string, string>
  /** GITHUB_API_URL: a fake GitHub's URL; an address nothing listens on when absent. */
  apiUrl?: string
  /** GITHUB_SERVER_URL (where fix branches are pushed); default `apiUrl`. */
  serverUrl?: string
  /** `owner/repo`. */
  repository?: string
  runId?: number
  runAttempt?: number
  /** A second IO that hears everything too (e.g. the runner's, writing to a captured stdout). */
  tee?: ActionIO
  /** The run's cancellation, as the run wrapper hands it down (default: never cancelled). */
  cancel?: AbortSignal
}

export interface InProcessRun {
  io: MemoryIO
  /** What the settings reader masked. */
  masks: string[]
  /** What runSelfHeal threw (the runner would print it as the step's one error). */
  error?: unknown
  /** RUNNER_TEMP of the run: the report JSON and the decision log are under ci-medic/. */
  tempDir: string
}

const runs: InProcessRun[] = []

export async function runSelfHealInProcess(options: InProcessOptions): Promise<InProcessRun> {
  const tempDir = await mkdtemp(join(tmpdir(), 'ci-medic-self-heal-'))
  const masks: string[] = []
  const settings = readSelfHealSettings(inputsFromRecord(options.inputs), value =>
    masks.push(value)
  )
  const context = readWorkflowContext(
    {
      GITHUB_REPOSITORY: options.repository ?? 'octo-org/octo-repo',
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_RUN_ID: String(options.runId ?? 7000),
      GITHUB_RUN_ATTEMPT: String(options.runAttempt ?? 1),
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
      // The fake serves the API and the repository's git remote from one origin.
      GITHUB_SERVER_URL: options.serverUrl ?? options.apiUrl ?? 'http://127.0.0.1:9',
      RUNNER_TEMP: tempDir
    },
    {},
    tempDir
  )
  const io = memoryIO()
  // The repository's commands and git start from what a runner step has: no vitest markers, CI set.
  const parentEnv = cleanEnv({CI: 'true', GITHUB_ACTIONS: 'true'})
  const deps = await buildSelfHealDeps({
    settings,
    context,
    io: options.tee ? teeIO(io, options.tee) : io,
    parentEnv,
    pace: false,
    cancel: options.cancel
  })
  const run: InProcessRun = {io, masks, tempDir}
  runs.push(run)
  try {
    await runSelfHeal(deps)
  } catch (error) {
    run.error = error
  }
  return run
}

/** The report JSON the run wrote (report-path). */
export async function reportJson(run: InProcessRun): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(run.io.outputs['report-path']!, 'utf8')) as Record<
    string,
    unknown
  >
}

/** The message of what the run threw, as the runner's one error line would carry it. */
export function errorText(run: InProcessRun): string {
  return run.error instanceof Error ? run.error.message : String(run.error)
}

/** Removes the temp dirs of every run so far. */
export async function cleanupSelfHealRuns(): Promise<void> {
  await Promise.all(runs.splice(0).map(r => rm(r.tempDir, {recursive: true, force: true})))
}

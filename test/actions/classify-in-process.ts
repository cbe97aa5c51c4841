// Runs classify's pipeline in this process, the way the runner would run
// the bundle, but with the deps built from plain values: the inputs, the
// GITHUB_* variables of a step and an event payload go through the same
// settings and context readers, the GitHub side is the real octokit pointed
// at a loopback fake (write pacing off), and what the action says lands in
// a MemoryIO. Only the runner's own files and process are left out; the
// bundle smoke tests in classify.e2e.test.ts cover those.
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {classifyDeps} from '../../src/actions/classify/deps.js'
import {runClassify} from '../../src/actions/classify/run.js'
import {readClassifySettings} from '../../src/settings/classify-settings.js'
import {inputsFromRecord} from '../../src/settings/input-source.js'
import {readWorkflowContext} from '../../src/settings/workflow-context.js'
import {memoryIO, type MemoryIO} from '../harness/memory-io.js'

export interface InProcessOptions {
  /** Inputs by their action.yml names, as `with:` gives them. */
  inputs?: Record<string, string>
  event?: Record<string, unknown>
  eventName?: string
  /** GITHUB_WORKSPACE; a fresh temp dir when absent. */
  workspace?: string
  /** GITHUB_API_URL: a fake's URL, else an address nothing listens on. */
  apiUrl?: string
  repository?: string
  runId?: number
  runAttempt?: number
  /** More variables the runner gives the step (e.g. ACTIONS_RUNTIME_TOKEN, GITHUB_JOB). */
  env?: Record<string, string>
}

export interface InProcessRun {
  io: MemoryIO
  /** Values handed to the masker (the runner's add-mask). */
  masks: string[]
  /** RUNNER_TEMP of this run. */
  tempDir: string
  /** What the pipeline threw; the runner would end the step with it (exit 1). */
  error?: unknown
}

const dirs: string[] = []

export async function classifyInProcess(options: InProcessOptions = {}): Promise<InProcessRun> {
  const runnerDir = await mkdtemp(join(tmpdir(), 'ci-medic-classify-'))
  dirs.push(runnerDir)
  const tempDir = join(runnerDir, 'temp')
  const repository = options.repository ?? 'octo-org/octo-repo'
  // The variables a runner gives a step (as test/harness/run-action.ts sets them).
  const env: Record<string, string> = {
    GITHUB_EVENT_NAME: options.eventName ?? 'workflow_dispatch',
    GITHUB_REPOSITORY: repository,
    GITHUB_RUN_ID: String(options.runId ?? 7000),
    GITHUB_RUN_ATTEMPT: String(options.runAttempt ?? 1),
    GITHUB_WORKFLOW: 'ci-medic',
    GITHUB_SHA: 'c'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_WORKSPACE: options.workspace ?? runnerDir,
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    RUNNER_TEMP: tempDir,
    ...options.env
  }
  const io = memoryIO()
  const masks: string[] = []
  const run: InProcessRun = {io, masks, tempDir}
  try {
    const context = readWorkflowContext(env, options.event ?? {}, tmpdir())
    const inputs = inputsFromRecord(options.inputs ?? {})
    const settings = readClassifySettings(inputs, context, secret => masks.push(secret))
    await runClassify(classifyDeps({settings, context, io, client: {pace: false}}))
  } catch (error) {
    run.error = error
  }
  return run
}

/** Removes what the runs left on disk. */
export async function cleanupInProcessRuns(): Promise<void> {
  await Promise.all(dirs.splice(0).map(dir => rm(dir, {recursive: true, force: true})))
}

/** Everything a person could read: log lines, summary and outputs. */
export function everythingSaid(run: InProcessRun): string {
  const {io} = run
  return [...io.lines.map(l => l.message), io.summary, JSON.stringify(io.outputs)].join('\n')
}

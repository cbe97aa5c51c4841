// Runs a bundled action exactly as a GitHub runner does: `node dist/<name>/index.mjs`
// with INPUT_<NAME> variables (hyphens kept), fresh command files, an event
// payload on disk and the GITHUB_* variables a step sees.
import {spawn, type ChildProcess} from 'node:child_process'
import {mkdtemp, mkdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {
  annotationsOf,
  parseKeyValueFile,
  readAsRunner,
  type Annotation,
  type WorkflowCommand
} from './workflow-commands.js'

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))

export type ActionName = 'main' | 'classify' | 'autofix' | 'self-heal' | 'publish'

export interface RunActionOptions {
  /** Inputs by their action.yml names (`max-fixes`), as `with:` gives them. */
  inputs?: Record<string, string>
  /** Extra or overriding environment variables. */
  env?: Record<string, string>
  /** The event payload written to GITHUB_EVENT_PATH. */
  event?: Record<string, unknown>
  eventName?: string
  /** GITHUB_WORKSPACE and the working directory; a fresh empty temp dir when absent. */
  workspace?: string
  /** GITHUB_API_URL, e.g. a fake GitHub's URL. */
  apiUrl?: string
  /** `owner/repo`. */
  repository?: string
  runId?: number
  runAttempt?: number
  /** Kill the action after this long (a hung action fails the test instead of hanging it). */
  timeoutMs?: number
  /** Called with the action's process once it is started (to signal it, as a cancelling runner does). */
  onSpawn?: (child: ChildProcess) => void
}

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  state: Record<string, string>
  envFile: Record<string, string>
  /** The job summary markdown the step wrote. */
  summary: string
  /** What the runner would run: stdout's workflow commands, then stderr's (it reads both). */
  commands: WorkflowCommand[]
  annotations: Annotation[]
  /** Values masked with ::add-mask::. */
  masks: string[]
  /** Names of ::group:: blocks, in order. */
  groups: string[]
  /** stdout without the lines the runner runs as commands: what a person reads in the log. */
  log: string
  /** The temp dir holding the command files, event and RUNNER_TEMP. */
  runnerDir: string
  timedOut: boolean
}

/** Environment variable for an input, as the runner names it. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

export async function runAction(
  name: ActionName,
  options: RunActionOptions = {}
): Promise<ActionRun> {
  const runnerDir = await mkdtemp(join(tmpdir(), `ci-medic-runner-${name}-`))
  const files = {
    output: join(runnerDir, 'github_output'),
    state: join(runnerDir, 'github_state'),
    env: join(runnerDir, 'github_env'),
    path: join(runnerDir, 'github_path'),
    summary: join(runnerDir, 'step_summary.md'),
    event: join(runnerDir, 'event.json')
  }
  await Promise.all(
    [files.output, files.state, files.env, files.path, files.summary].map(f => writeFile(f, ''))
  )
  await writeFile(files.event, JSON.stringify(options.event ?? {}))
  const runnerTemp = join(runnerDir, 'temp')
  await mkdir(runnerTemp)
  const workspace = options.workspace ?? (await mkdtemp(join(runnerDir, 'workspace-')))

  const env: Record<string, string> = {
    // Only what a runner gives a step: never the developer's own tokens.
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runnerDir,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: options.eventName ?? 'workflow_dispatch',
    GITHUB_REPOSITORY: options.repository ?? 'octo-org/octo-repo',
    GITHUB_REPOSITORY_OWNER: (options.repository ?? 'octo-org/octo-repo').split('/')[0] as string,
    GITHUB_RUN_ID: String(options.runId ?? 7000),
    GITHUB_RUN_NUMBER: '12',
    GITHUB_RUN_ATTEMPT: String(options.runAttempt ?? 1),
    GITHUB_WORKFLOW: 'ci-medic',
    GITHUB_JOB: 'ci-medic',
    GITHUB_ACTION: '__run',
    GITHUB_ACTOR: 'octocat',
    GITHUB_SHA: 'c'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_WORKSPACE: workspace,
    // An address nothing listens on, unless the test gives a fake's URL.
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    // The fakes serve the API and the git remote from one origin, as GITHUB_SERVER_URL names it.
    GITHUB_SERVER_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    ...options.env
  }
  for (const [input, value] of Object.entries(options.inputs ?? {}))
    env[inputVariable(input)] = value

  const script = join(REPO_ROOT, 'dist', name, 'index.mjs')
  const result = await spawnNode(script, env, workspace, {
    timeoutMs: options.timeoutMs ?? 300_000,
    onSpawn: options.onSpawn
  })

  const read = (path: string): Promise<string> => readFile(path, 'utf8')
  const stdout = readAsRunner(result.stdout)
  const commands = [...stdout.commands, ...readAsRunner(result.stderr).commands]
  return {
    ...result,
    outputs: parseKeyValueFile(await read(files.output)),
    state: parseKeyValueFile(await read(files.state)),
    envFile: parseKeyValueFile(await read(files.env)),
    summary: await read(files.summary),
    commands,
    annotations: annotationsOf(commands),
    masks: commands.filter(c => c.command === 'add-mask').map(c => c.message),
    groups: commands.filter(c => c.command === 'group').map(c => c.message),
    log: stdout.lines.join('\n'),
    runnerDir
  }
}

/** Removes what runAction left on disk. */
export async function cleanupRun(run: ActionRun): Promise<void> {
  await rm(run.runnerDir, {recursive: true, force: true})
}

function spawnNode(
  script: string,
  env: Record<string, string>,
  cwd: string,
  {timeoutMs, onSpawn}: {timeoutMs: number; onSpawn?: (child: ChildProcess) => void}
): Promise<{code: number | null; stdout: string; stderr: string; timedOut: boolean}> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], {cwd, env, stdio: ['ignore', 'pipe', 'pipe']})
    onSpawn?.(child)
    let stdout = ''
    let stderr = ''
    let timedOut = false
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, timeoutMs)
    child.on('error', error => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', code => {
      clearTimeout(timer)
      resolve({code, stdout, stderr, timedOut})
    })
  })
}

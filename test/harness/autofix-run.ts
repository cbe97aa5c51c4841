// autofix in-process: the real pipeline (runAutofix) on deps built the way
// the runner builds them (buildAutofixDeps), from inputs read by the real
// settings reader (readAutofixSettings) and a workflow context as a runner
// gives it, pointed at the loopback fakes and a fixture repository checked
// out from the fake GitHub's bare remote. Only the runner's own files are
// replaced: outputs, summary and log lines go to an in-memory ActionIO, and
// GitHub's write pacing is off. The bundle smoke tests
// (autofix-bundle.e2e.test.ts) cover the runner's side of the contract.
//
// Also here: the scripted model's pieces the autofix tests share (a stand-in
// for Claude, only in tests, that edits files through the real tools).
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {expect} from 'vitest'
import {buildAutofixDeps} from '../../src/actions/autofix/deps.js'
import {noSandbox} from '../../src/edges/workspace/sandbox.js'
import {runAutofix} from '../../src/actions/autofix/run.js'
import {failureMessage} from '../../src/runtime/failure-report.js'
import {readAutofixSettings} from '../../src/settings/autofix-settings.js'
import {inputsFromRecord} from '../../src/settings/input-source.js'
import {readWorkflowContext} from '../../src/settings/workflow-context.js'
import {
  textTurn,
  toolTurn,
  type FakeAnthropic,
  type MessagesRequest,
  type ScriptFn,
  type Turn
} from '../fakes/anthropic/index.js'
import {startFakeGitHub, type FakeGitHub} from '../fakes/github/index.js'
import {cleanEnv, createFixtureRepo, type FixtureName, type FixtureRepo} from './fixture-repo.js'
import {memoryIO, type MemoryIO} from './memory-io.js'

export const TOKEN = 'ghs_autofixtoken'

export interface AutofixRunOptions {
  /** The checkout (GITHUB_WORKSPACE). */
  workspace: string
  /** Inputs by their action.yml names, as `with:` gives them. */
  inputs: Record<string, string>
  /** GITHUB_API_URL: a fake GitHub's URL; an address nothing listens on when absent. */
  apiUrl?: string
  /** GITHUB_SERVER_URL (where the fix branch is pushed); default `apiUrl`. */
  serverUrl?: string
  /** `owner/repo`. */
  repository?: string
  eventName?: string
  event?: Record<string, unknown>
  /** The run's cancellation, as the run wrapper hands it down (default: never cancelled). */
  cancel?: AbortSignal
  /** A runner where no sandbox can be set up (self-hosted without root, sudo or user namespaces). */
  noSandboxHere?: boolean
  /** More variables the runner gives the step (e.g. ACTIONS_RUNTIME_TOKEN, GITHUB_JOB). */
  env?: Record<string, string>
}

export interface AutofixRun {
  io: MemoryIO
  /** What the settings reader masked (the runner's add-mask). */
  masks: string[]
  /** RUNNER_TEMP of the run: the report JSON and the decision log are under ci-medic/. */
  tempDir: string
  /** What the pipeline (or reading its settings) threw: the runner ends the step with it. */
  error?: unknown
}

const runs: AutofixRun[] = []

export async function runAutofixInProcess(options: AutofixRunOptions): Promise<AutofixRun> {
  const tempDir = await mkdtemp(join(tmpdir(), 'ci-medic-autofix-'))
  const run: AutofixRun = {io: memoryIO(), masks: [], tempDir}
  runs.push(run)
  try {
    const settings = readAutofixSettings(inputsFromRecord(options.inputs), value =>
      run.masks.push(value)
    )
    // The variables a runner gives a step (as test/harness/run-action.ts sets them).
    const env = {
      GITHUB_REPOSITORY: options.repository ?? 'octo-org/order-pricing',
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_RUN_ID: '7000',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_EVENT_NAME: options.eventName ?? 'workflow_dispatch',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
      // The fake serves the API and the repository's git remote from one origin.
      GITHUB_SERVER_URL: options.serverUrl ?? options.apiUrl ?? 'http://127.0.0.1:9',
      RUNNER_TEMP: tempDir,
      ...options.env
    }
    const context = readWorkflowContext(env, options.event ?? {}, tempDir)
    // The repository's commands and git start from what a runner step has: no vitest markers, CI set.
    const runner = options.env?.RUNNER_NAME
    const parentEnv = cleanEnv({
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      ...(runner ? {RUNNER_NAME: runner} : {})
    })
    const io = run.io
    const cancel = options.cancel
    const deps = await buildAutofixDeps({settings, context, io, parentEnv, pace: false, cancel})
    if (options.noSandboxHere) deps.sandbox = noSandbox('no sandbox on this runner (test)')
    await runAutofix(deps)
  } catch (error) {
    run.error = error
  }
  return run
}

/** The one ::error:: line the runner's wrapper would end the step with. */
export function errorLine(run: AutofixRun): string {
  expect(run.error, 'the run did not fail').toBeDefined()
  return failureMessage('autofix', run.error)
}

/** Everything a person could read: log lines, summary and outputs (for failure messages). */
export function said(run: AutofixRun): string {
  const {io} = run
  return [
    ...io.lines.map(l => `${l.level}: ${l.message}`),
    io.summary,
    JSON.stringify(io.outputs),
    run.error === undefined ? '' : `threw: ${String(run.error)}`
  ].join('\n')
}

export interface Report {
  outcome: {outcome: string; summary: string}
  results: {
    key: string
    failure: string
    category: string
    verdict: string
    tier: number | null
    attempts: number
    reason?: string
    files: string[]
  }[]
  fixes: {sha: string; files: string[]; tier: number}[]
  project: {ecosystem: string; testCommand: string}
  publication: {branch: string; prUrl: string; prNumber: number; action: string}
  notes: string[]
  journal: {kind: string; code: string; text: string}[]
}

/** The report JSON the run wrote (report-path). */
export async function reportOf(run: AutofixRun): Promise<Report> {
  const path = run.io.outputs['report-path']
  expect(path, 'no report-path output').toBeTruthy()
  return JSON.parse(await readFile(path!, 'utf8')) as Report
}

export interface Decision {
  kind: string
  [field: string]: unknown
}

/** The decision log (JSON Lines) the run wrote. */
export async function decisionsOf(run: AutofixRun): Promise<Decision[]> {
  const text = await readFile(join(run.tempDir, 'ci-medic', 'autofix-decisions.jsonl'), 'utf8')
  return text
    .trim()
    .split('\n')
    .map(line => JSON.parse(line) as Decision)
}

/** Removes the temp dirs of every run so far. */
export async function cleanupAutofixRuns(): Promise<void> {
  await Promise.all(runs.splice(0).map(r => rm(r.tempDir, {recursive: true, force: true})))
}

// ---------------------------------------------------------------- the world

export interface Checkout {
  repo: FixtureRepo
  github: FakeGitHub
}

/** A fixture as a checkout of the fake's repository, as actions/checkout leaves it. */
export async function checkout(
  options: {fixture?: FixtureName; repo?: string; files?: Record<string, string | null>} = {}
): Promise<Checkout> {
  const repo = await createFixtureRepo(options.fixture ?? 'ts-vitest', {files: options.files})
  const github = await startFakeGitHub({
    owner: 'octo-org',
    repo: options.repo ?? 'order-pricing',
    seedFrom: repo.dir
  })
  await repo.git(['remote', 'add', 'origin', github.gitUrl])
  return {repo, github}
}

/** Inputs that point autofix at a fake GitHub and, when given, a fake Anthropic API. */
export function inputsFor(
  anthropic: FakeAnthropic | undefined,
  inputs: Record<string, string>
): Record<string, string> {
  return {
    'github-token': TOKEN,
    ...(anthropic ? {'anthropic-api-key': 'test-key', 'anthropic-base-url': anthropic.url} : {}),
    ...inputs
  }
}

/** Commands that always pass: for checks a test is not about. */
export const PASS = 'node -e "process.exit(0)"'

/**
 * Only the failing vitest test is left to fix: no fixers, no lint, no
 * typecheck (`none`, the settings' way to turn a check off). The real vitest
 * suite still judges every fix; a trivial command in their place would only
 * start two more sandboxed processes per baseline and per verification.
 */
export const TEST_ONLY = {
  'fix-commands': 'none',
  'lint-command': 'none',
  'typecheck-command': 'none'
}

/**
 * The ts-node-test fixture's tests as its package.json runs them, without npm
 * in front (about 0.5 CPU s per run, more than node:test itself): for the
 * tests that are about what autofix does around a failing test, not about
 * detecting or reading the runner (those keep the ts-vitest fixture). The
 * output is read as text, as for any test-command given.
 */
export const NODE_TEST_COMMAND = {'test-command': 'node --test --test-isolation=none'}

// ---------------------------------------------------------------- the scripted model

export const WRONG = 'quantity > tier.minQuantity'
export const RIGHT = 'quantity >= tier.minQuantity'

/** The right fix of the off-by-one in the fixture's src/discounts.ts, through the tools. */
export function fixDiscount(): Turn[] {
  return [
    toolTurn('read_file', {path: 'src/discounts.ts'}),
    toolTurn('replace_in_file', {path: 'src/discounts.ts', old_string: WRONG, new_string: RIGHT}),
    toolTurn('run_affected_test', {}),
    textTurn('The tier check excluded the minimum quantity; it is inclusive now.')
  ]
}

/** discounts.ts as the right fix leaves it, from the remote's main branch. */
export function rightlyFixed(github: FakeGitHub): string {
  const source = github.git.readFile('main', 'src/discounts.ts') as string
  expect(source).toContain(WRONG)
  return source.replace(WRONG, RIGHT)
}

/**
 * A scripted model that plays one script per fix attempt: an attempt's
 * session starts with a request holding no assistant turn, and within it the
 * Nth request gets turn N. The last script (and a script's last turn) repeats.
 */
export function perAttempt(...attempts: Turn[][]): ScriptFn {
  let attempt = -1
  return request => {
    const turn = request.messages.filter(m => m.role === 'assistant').length
    if (turn === 0) attempt += 1
    const script = attempts[Math.min(attempt, attempts.length - 1)] as Turn[]
    return script[Math.min(turn, script.length - 1)] as Turn
  }
}

/** The requests the fake received, split into one list per session (fix attempt). */
export function sessions(anthropic: FakeAnthropic): MessagesRequest[][] {
  const out: MessagesRequest[][] = []
  for (const request of anthropic.requests as MessagesRequest[]) {
    if (!request.messages.some(m => m.role === 'assistant')) out.push([])
    out.at(-1)?.push(request)
  }
  return out
}

// Issue #10, end to end: the repository's commands must not find ci-medic's
// secrets in any process's environment. A stand-in for the action's process
// starts with the secrets a runner step has (INPUT_GITHUB-TOKEN,
// INPUT_ANTHROPIC-API-KEY, INPUT_SENTRY-TOKEN, ACTIONS_RUNTIME_TOKEN,
// ACTIONS_ID_TOKEN_REQUEST_TOKEN) in its initial environment, builds its
// command runner the way autofix and self-heal build theirs, from those
// inputs, and runs the reproduced attack through it: walk /proc, read every
// environ, follow the ancestors. One such process per action runs the attack
// three times, with check-network and sandbox (not secrets) given over its
// INPUT_* for the second and third runner: one start of it instead of three.
import {spawn} from 'node:child_process'
import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {clearSandboxCache, detectSandbox} from '../../src/edges/workspace/index.js'
import {parseProbe, procProbe, runVariantsInParent, type ParentRun} from '../harness/proc-probe.js'

const SECRETS = {
  'INPUT_GITHUB-TOKEN': 'ghs_canaryGitHubToken0123456789abcdef',
  'INPUT_ANTHROPIC-API-KEY': 'sk-ant-canary-anthropic-key-0123456789',
  'INPUT_SENTRY-TOKEN': 'sntryu_canary_sentry_token_0123456789',
  ACTIONS_RUNTIME_TOKEN: 'canary-actions-runtime-token-0123456789',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'canary-oidc-request-token-0123456789'
}

let workspace: string
let runnerTemp: string
beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'ci-medic-proc-environ-'))
  runnerTemp = await mkdtemp(join(tmpdir(), 'ci-medic-proc-environ-temp-'))
  await new Promise<void>((resolve, reject) =>
    spawn('git', ['init', '-q'], {cwd: workspace})
      .on('error', reject)
      .on('close', code => (code === 0 ? resolve() : reject(new Error(`git init: ${code}`))))
  )
  await writeFile(join(workspace, 'README.md'), 'hello\n')
})
afterAll(async () => {
  await rm(workspace, {recursive: true, force: true})
  await rm(runnerTemp, {recursive: true, force: true})
})

const available = await (async () => {
  if (process.platform !== 'linux') return false
  const dir = await mkdtemp(join(tmpdir(), 'ci-medic-proc-environ-probe-'))
  try {
    return (
      (await detectSandbox({setting: 'auto', network: 'allow', workspace: dir})).mode !== 'none'
    )
  } finally {
    clearSandboxCache()
    await rm(dir, {recursive: true, force: true})
  }
})()

/** What a runner step's environment looks like for the action's process. */
function stepEnv(inputs: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    ...SECRETS
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  return env
}

const ACTIONS = {
  autofix: {'dry-run': 'false'},
  'self-heal': {'sentry-org': 'octo', mode: 'fix'}
} as const

describe.runIf(available).each(Object.keys(ACTIONS) as (keyof typeof ACTIONS)[])(
  '%s: a check that walks /proc',
  how => {
    const attack = procProbe(Object.values(SECRETS))
    let runs: Record<'plain' | 'noNetwork' | 'off', ParentRun>
    beforeAll(async () => {
      runs = (await runVariantsInParent(
        {how, command: attack, timeoutMs: 60_000, workspace},
        stepEnv(ACTIONS[how]),
        {plain: {}, noNetwork: {'check-network': 'none'}, off: {sandbox: 'off'}}
      )) as typeof runs
    }, 180_000)

    it('finds none of the action’s secrets, and no process of ci-medic', () => {
      const run = runs.plain
      expect(run.sandbox).toBe('pid-namespace')
      const report = parseProbe(run.result.stdout)
      expect(report.visible, run.result.stderr).toBeGreaterThan(0)
      expect(report.found).toEqual([])
      expect(report.chain.at(-1)).toEqual({pid: 1, ppid: 0})
      expect(report.cmdlines.join('\n')).not.toMatch(/sandbox-parent|vitest/)
      for (const value of Object.values(SECRETS)) expect(run.result.stdout).not.toContain(value)
    })

    it('with check-network: none, gets the sandbox without network', () => {
      const run = runs.noNetwork
      expect(run.sandbox).toBe('pid-namespace+net')
      expect(parseProbe(run.result.stdout).found).toEqual([])
    })

    it('with sandbox: off, finds them: what the sandbox prevents', () => {
      const run = runs.off
      expect(run.sandbox).toBe('none')
      expect(parseProbe(run.result.stdout).found.length).toBeGreaterThan(0)
    })
  }
)

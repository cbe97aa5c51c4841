// The command runner against real processes: sanitized environment, redaction,
// process-group kills on timeout, and output caps.
import {readFileSync} from 'node:fs'
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {
  createCommandRunner,
  redact,
  safeEnvironment,
  secretValues
} from '../../../src/edges/workspace/index.js'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ci-medic-runner-'))
})
afterEach(async () => {
  await rm(dir, {recursive: true, force: true})
})

const GITHUB_TOKEN_VALUE = 'ghs_plantedGitHubToken1234567890'
const ANTHROPIC_VALUE = 'sk-ant-planted-key-0987654321'

function actionEnv(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: '/home/runner',
    CI: 'true',
    LANG: 'C.UTF-8',
    NODE_OPTIONS: '--max-old-space-size=4096',
    GOPATH: '/home/runner/go',
    PYTHONPATH: '/opt/py',
    GITHUB_WORKSPACE: '/home/runner/work/repo',
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_AUTHOR_MODE: 'x',
    GIT_AUTHOR_NAME: 'ci-medic',
    RUNNER_TEMP: '/home/runner/_temp',
    'INPUT_GITHUB-TOKEN': GITHUB_TOKEN_VALUE,
    'INPUT_ANTHROPIC-API-KEY': ANTHROPIC_VALUE,
    'INPUT_DRY-RUN': 'false',
    GITHUB_TOKEN: GITHUB_TOKEN_VALUE,
    ANTHROPIC_API_KEY: ANTHROPIC_VALUE,
    ANTHROPIC_BASE_URL: 'https://api.anthropic.com',
    SENTRY_AUTH_TOKEN: 'sntrys_planted_sentry_token',
    ACTIONS_RUNTIME_TOKEN: 'runtime-token-planted',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token-planted',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/x',
    ACTIONS_RESULTS_URL: 'https://results.example/',
    ACTIONS_CACHE_URL: 'https://cache.example/',
    ACTIONS_STEP_DEBUG: 'true',
    NPM_TOKEN: 'npm_planted_token_value',
    DB_PASSWORD: 'hunter2-planted',
    AWS_SECRET_ACCESS_KEY: 'aws-planted-secret',
    DEPLOY_PRIVATE_KEY: '-----BEGIN KEY-----\nplantedkeybody123\n-----END KEY-----',
    NPM_CONFIG__AUTH: 'planted-npm-auth',
    SSH_AUTH_SOCK: '/tmp/agent.sock',
    GITHUB_OUTPUT: '/home/runner/_temp/output',
    GITHUB_ENV: '/home/runner/_temp/env'
  }
}

describe('safeEnvironment', () => {
  it('drops inputs, tokens, runtime URLs, Anthropic and Sentry settings and secret-looking names', () => {
    const env = safeEnvironment(actionEnv())
    for (const name of [
      'INPUT_GITHUB-TOKEN',
      'INPUT_ANTHROPIC-API-KEY',
      'INPUT_DRY-RUN',
      'GITHUB_TOKEN',
      'ANTHROPIC_API_KEY',
      'ANTHROPIC_BASE_URL',
      'SENTRY_AUTH_TOKEN',
      'ACTIONS_RUNTIME_TOKEN',
      'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
      'ACTIONS_ID_TOKEN_REQUEST_URL',
      'ACTIONS_RESULTS_URL',
      'ACTIONS_CACHE_URL',
      'NPM_TOKEN',
      'DB_PASSWORD',
      'AWS_SECRET_ACCESS_KEY',
      'DEPLOY_PRIVATE_KEY',
      'NPM_CONFIG__AUTH',
      'SSH_AUTH_SOCK',
      'GITHUB_OUTPUT',
      'GITHUB_ENV'
    ]) {
      expect(env, name).not.toHaveProperty([name])
    }
  })

  it('keeps the toolchain, locale and non-secret GitHub context', () => {
    const env = safeEnvironment(actionEnv())
    for (const name of [
      'PATH',
      'HOME',
      'CI',
      'LANG',
      'NODE_OPTIONS',
      'GOPATH',
      'PYTHONPATH',
      'GITHUB_WORKSPACE',
      'GITHUB_REPOSITORY',
      'GITHUB_SHA',
      'GIT_AUTHOR_NAME',
      'RUNNER_TEMP',
      'ACTIONS_STEP_DEBUG'
    ]) {
      expect(env[name], name).toBe(actionEnv()[name])
    }
  })

  it('drops every ACTIONS_* variable and secret-looking name, except the few known to be harmless', () => {
    const env = safeEnvironment({
      ACTIONS_ORCHESTRATION_ID: 'x',
      ACTIONS_CACHE_SERVICE_V2: 'True',
      ACTIONS_RUNNER_DEBUG: 'true',
      actions_step_debug: 'true',
      TOKENIZERS_PARALLELISM: 'false',
      HF_TOKEN: 'hf_planted',
      STRIPE_SECRET: 'sk_planted',
      SIGNING_KEY: 'planted',
      INPUT_SANDBOX: 'auto'
    })
    expect(Object.keys(env).sort()).toEqual([
      'ACTIONS_RUNNER_DEBUG',
      'TOKENIZERS_PARALLELISM',
      'actions_step_debug'
    ])
  })

  it('applies extra variables last', () => {
    const env = safeEnvironment(actionEnv(), {FORCE_COLOR: '0', CI: undefined})
    expect(env.FORCE_COLOR).toBe('0')
    expect(env).not.toHaveProperty(['CI'])
  })

  it('collects secret values but not ordinary inputs', () => {
    const values = secretValues(actionEnv())
    expect(values).toContain(GITHUB_TOKEN_VALUE)
    expect(values).toContain(ANTHROPIC_VALUE)
    expect(values).toContain('hunter2-planted')
    expect(values).not.toContain('false')
    expect(values).not.toContain('https://api.anthropic.com')
  })
})

describe('redact', () => {
  it('replaces every occurrence, longest first, and the Basic form of a token', () => {
    const basic = Buffer.from(`x-access-token:${GITHUB_TOKEN_VALUE}`).toString('base64')
    const text = `token=${GITHUB_TOKEN_VALUE} again ${GITHUB_TOKEN_VALUE}\nAuthorization: basic ${basic}\n`
    const out = redact(text, [GITHUB_TOKEN_VALUE])
    expect(out).not.toContain(GITHUB_TOKEN_VALUE)
    expect(out).not.toContain(basic)
    expect(out).toBe('token=*** again ***\nAuthorization: basic ***\n')
  })

  it('redacts each line of a multi-line secret and ignores tiny values', () => {
    const key = '-----BEGIN KEY-----\nplantedkeybody123\n-----END KEY-----'
    expect(redact('leaked: plantedkeybody123', [key])).toBe('leaked: ***')
    expect(redact('a b c', ['a', ''])).toBe('a b c')
  })
})

describe('createCommandRunner', () => {
  it('runs shell strings in cwd and reports exit codes', async () => {
    const runner = createCommandRunner({parentEnv: actionEnv()})
    const result = await runner.run('echo hello && pwd && echo oops >&2 && exit 3', {
      cwd: dir,
      timeoutMs: 30_000
    })
    expect(result.exitCode).toBe(3)
    expect(result.signal).toBeNull()
    expect(result.timedOut).toBe(false)
    expect(result.stdout).toContain('hello')
    expect(result.stdout).toContain(dir.split('/').pop())
    expect(result.stderr).toBe('oops\n')
    expect(result.outputTruncated).toBe(false)
    expect(result.command).toBe('echo hello && pwd && echo oops >&2 && exit 3')
  })

  it('never hands the child an input or secret, and redacts what it prints', async () => {
    const runner = createCommandRunner({parentEnv: actionEnv(), secrets: ['extra-secret-value']})
    const result = await runner.run(
      `env; echo "echoed ${GITHUB_TOKEN_VALUE} ${ANTHROPIC_VALUE} extra-secret-value"`,
      {cwd: dir, timeoutMs: 30_000, env: {EXTRA_SETTING: 'on'}}
    )
    expect(result.exitCode).toBe(0)
    const env = result.stdout
    expect(env).not.toContain('INPUT_')
    expect(env).not.toContain('ANTHROPIC_API_KEY')
    expect(env).not.toContain('GITHUB_TOKEN=')
    expect(env).not.toContain('ACTIONS_RUNTIME_TOKEN')
    expect(env).toContain('EXTRA_SETTING=on')
    expect(env).toContain('GITHUB_REPOSITORY=acme/widgets')
    // The planted values appear only where the command itself printed them, redacted.
    expect(env).not.toContain(GITHUB_TOKEN_VALUE)
    expect(env).not.toContain(ANTHROPIC_VALUE)
    expect(env).not.toContain('extra-secret-value')
    expect(env).toContain('echoed *** *** ***')
  })

  it('kills a hung command and everything it started at the timeout', async () => {
    const runner = createCommandRunner({parentEnv: {PATH: process.env.PATH}, killGraceMs: 500})
    const pidFile = join(dir, 'child.pid')
    // A shell that starts a grandchild ignoring SIGTERM, then waits on it.
    const script = `node -e "process.on('SIGTERM', () => {}); require('fs').writeFileSync('${pidFile}', String(process.pid)); setInterval(() => {}, 1000)" & wait`
    const result = await runner.run(script, {cwd: dir, timeoutMs: 3_000})
    expect(result.timedOut).toBe(true)
    expect(result.exitCode).toBeNull()
    const pid = Number(await readFile(pidFile, 'utf8'))
    // SIGKILL is sent before the result settles, but the kernel ends the process a moment
    // later: on a loaded machine it could still be listed right after. A survivor stays.
    await waitUntil(() => !alive(pid), 5_000)
    expect(alive(pid)).toBe(false)
  })

  it('kills a descendant that left the process group (setsid) at the timeout', async () => {
    const runner = createCommandRunner({parentEnv: {PATH: process.env.PATH}, killGraceMs: 500})
    const pidFile = join(dir, 'escaped.pid')
    const script = `setsid sh -c 'trap "" TERM; echo $$ > ${pidFile}; while :; do sleep 1; done' & wait`
    const result = await runner.run(script, {cwd: dir, timeoutMs: 1_500})
    expect(result.timedOut).toBe(true)
    const pid = Number(await readFile(pidFile, 'utf8'))
    await waitUntil(() => !alive(pid))
    expect(alive(pid)).toBe(false)
  })

  it('kills a plain sleep at its timeout', async () => {
    const runner = createCommandRunner({parentEnv: {PATH: process.env.PATH}, killGraceMs: 500})
    const result = await runner.run('sleep 100', {cwd: dir, timeoutMs: 300})
    expect(result.timedOut).toBe(true)
    expect(result.signal).toBe('SIGTERM')
  })

  it('does not leave background processes behind when the command exits', async () => {
    const runner = createCommandRunner({parentEnv: {PATH: process.env.PATH}})
    const result = await runner.run('sleep 100 > /dev/null 2>&1 & echo $!', {
      cwd: dir,
      timeoutMs: 30_000
    })
    expect(result.exitCode).toBe(0)
    expect(result.timedOut).toBe(false)
    const pid = Number(result.stdout.trim())
    await waitUntil(() => !alive(pid))
    expect(alive(pid)).toBe(false)
  })

  it('keeps the head and tail of a flood of output', async () => {
    const runner = createCommandRunner({
      parentEnv: {PATH: process.env.PATH},
      maxOutputBytes: 64 * 1024
    })
    const result = await runner.run(
      `node -e "console.log('FIRST'); for (let i = 0; i < 20000; i++) console.log('line ' + i); console.log('LAST')"`,
      {cwd: dir, timeoutMs: 60_000}
    )
    expect(result.exitCode).toBe(0)
    expect(result.outputTruncated).toBe(true)
    expect(result.stdout.startsWith('FIRST\n')).toBe(true)
    expect(result.stdout.trimEnd().endsWith('LAST')).toBe(true)
    expect(result.stdout).toMatch(/bytes of output omitted/)
    expect(result.stdout.length).toBeLessThan(40 * 1024)
  })

  it('reports a working directory that does not exist instead of throwing', async () => {
    const runner = createCommandRunner({parentEnv: {PATH: process.env.PATH}})
    const result = await runner.run('true', {cwd: join(dir, 'missing'), timeoutMs: 10_000})
    expect(result.exitCode).toBeNull()
    expect(result.error).toMatch(/could not start/)
  })
})

/** Running (a zombie waiting for a reaper counts as gone). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
  } catch {
    return true
  }
}

async function waitUntil(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs
  while (!check() && Date.now() < end) await new Promise(r => setTimeout(r, 50))
}

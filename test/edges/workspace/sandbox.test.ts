// The sandbox against real processes: what a command run through the runner
// can see of /proc, whom it runs as, what it may write, whether it reaches
// the network, and that a timeout leaves nothing behind. Then the argv of
// each strategy, built from plain data (the sudo path cannot run here: this
// machine is root without sudo; a stand-in sudo that resets the environment
// runs the rest of it).
import {spawn} from 'node:child_process'
import {chmod, chown, mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {createServer, type Server} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest'
import {ConfigurationError} from '../../../src/errors.js'
import {
  clearSandboxCache,
  createCommandRunner,
  detectSandbox,
  environmentScript,
  findTools,
  gitConfigPaths,
  planSandbox,
  sandboxArgv,
  type SandboxPlan,
  type SandboxTools
} from '../../../src/edges/workspace/index.js'
import {ownBundles} from '../../../src/actions/sandboxed-runner.js'
import {parseProbe, procProbe, runInParent, type ParentRun} from '../../harness/proc-probe.js'

const TOOLS: SandboxTools = {
  unshare: '/usr/bin/unshare',
  setpriv: '/usr/bin/setpriv',
  mount: '/usr/bin/mount',
  ip: '/usr/sbin/ip',
  sudo: '/usr/bin/sudo',
  env: '/usr/bin/env'
}

const CANARY = 'canary-4c1d-secret-value-9a7e'
const isRoot = process.getuid?.() === 0

let root: string
let workspace: string
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ci-medic-sandbox-'))
  workspace = join(root, 'ws')
  await mkdir(workspace)
  await git(workspace, 'init', '-q')
  await writeFile(join(workspace, 'README.md'), 'hello\n')
})
afterAll(async () => {
  await rm(root, {recursive: true, force: true})
})
beforeEach(() => clearSandboxCache())

/** Whether this machine can sandbox at all (the real-process tests need it). */
const available = await (async () => {
  if (process.platform !== 'linux') return false
  const dir = await mkdtemp(join(tmpdir(), 'ci-medic-sandbox-probe-'))
  try {
    const sandbox = await detectSandbox({setting: 'auto', network: 'allow', workspace: dir})
    return sandbox.mode !== 'none'
  } finally {
    clearSandboxCache()
    await rm(dir, {recursive: true, force: true})
  }
})()

describe.runIf(available)('a command in the sandbox', () => {
  it('finds no process whose environment holds the parent’s secret, and no ancestor beyond its PID 1', async () => {
    const sandboxed = await viaParent('auto')
    expect(sandboxed.sandbox).toMatch(/^pid-namespace/)
    const report = parseProbe(sandboxed.result.stdout)
    expect(report.found, sandboxed.result.stderr).toEqual([])
    // The ancestors it can walk: its shell, the supervisor… and PID 1 has no parent it can see.
    expect(report.chain.at(-1)).toEqual({pid: 1, ppid: 0})
    expect(report.pid1).toContain('ci-medic-sandbox')
    expect(report.cmdlines.join('\n')).not.toContain('sandbox-parent')
    expect(report.visible).toBeLessThan(10)

    // The same probe without the sandbox does find it: the probe is not blind.
    const plain = await viaParent('off')
    expect(plain.sandbox).toBe('none')
    const exposed = parseProbe(plain.result.stdout)
    expect(exposed.found.length).toBeGreaterThan(0)
    expect(exposed.cmdlines.join('\n')).toContain('sandbox-parent')
  })

  it('cannot undo its /proc, raise privileges or change .git, but writes the workspace', async () => {
    const runner = createCommandRunner({
      parentEnv: {PATH: process.env.PATH},
      sandbox: await detectSandbox({setting: 'required', network: 'allow', workspace})
    })
    const result = await runner.run(
      [
        'umount /proc 2>/dev/null && echo UNMOUNTED',
        'echo "[core] fsmonitor = evil" >> .git/config 2>/dev/null && echo CONFIG-WRITTEN',
        'touch .git/hooks/pre-commit 2>/dev/null && echo HOOK-WRITTEN',
        'echo fixed > README.md && mkdir -p coverage && echo ok > coverage/out && echo WORKSPACE-OK',
        'echo tmp > "${TMPDIR:-/tmp}/ci-medic-sandbox-$$" && rm "${TMPDIR:-/tmp}/ci-medic-sandbox-$$" && echo TMP-OK',
        'grep CapEff /proc/self/status'
      ].join('; '),
      {cwd: workspace, timeoutMs: 60_000}
    )
    expect(result.stdout).not.toContain('UNMOUNTED')
    expect(result.stdout).not.toContain('CONFIG-WRITTEN')
    expect(result.stdout).not.toContain('HOOK-WRITTEN')
    expect(result.stdout).toContain('WORKSPACE-OK')
    expect(result.stdout).toContain('TMP-OK')
    // No capability beyond file access (chown, dac_override, dac_read_search, fowner, fsetid = 0x1f).
    const caps = BigInt(`0x${/CapEff:\s*([0-9a-f]+)/.exec(result.stdout)?.[1] ?? 'ffff'}`)
    expect(caps & ~0x1fn).toBe(0n)
    expect(await readFile(join(workspace, '.git', 'config'), 'utf8')).not.toContain('evil')
    await writeFile(join(workspace, 'README.md'), 'hello\n')
    await rm(join(workspace, 'coverage'), {recursive: true, force: true})
  })

  it.runIf(isRoot)('runs as the checkout’s owner when that is not root', async () => {
    const owned = join(root, 'owned')
    await mkdir(owned)
    await git(owned, 'init', '-q')
    await chownTree(owned, 65534, 65534)
    const sandbox = await detectSandbox({setting: 'required', network: 'allow', workspace: owned})
    const runner = createCommandRunner({parentEnv: {PATH: process.env.PATH}, sandbox})
    const result = await runner.run(
      'id -u; id -g; id -G; touch made-here && echo WROTE; touch /etc/ci-medic-x 2>/dev/null && echo ETC; grep CapEff /proc/self/status',
      {cwd: owned, timeoutMs: 60_000}
    )
    const [uid, gid, groups] = result.stdout.split('\n')
    expect([uid, gid, groups]).toEqual(['65534', '65534', '65534'])
    expect(result.stdout).toContain('WROTE')
    expect(result.stdout).not.toContain('ETC')
    expect(result.stdout).toMatch(/CapEff:\s*0+\n/)
  })

  it('with check-network none, cannot connect to a loopback server of the test; with allow it can', async () => {
    const {server, port} = await listen()
    try {
      const connect = `node -e "require('net').connect(${port}, '127.0.0.1').on('connect', () => { console.log('CONNECTED'); process.exit(0) }).on('error', e => { console.log('REFUSED ' + e.code); process.exit(3) })"`
      const offline = createCommandRunner({
        parentEnv: {PATH: process.env.PATH},
        sandbox: await detectSandbox({setting: 'required', network: 'none', workspace})
      })
      const blocked = await offline.run(connect, {cwd: workspace, timeoutMs: 60_000})
      expect(blocked.stdout).toContain('REFUSED')
      expect(blocked.exitCode).toBe(3)
      // Loopback itself is up: a server inside the sandbox is reachable from inside.
      const inside = await offline.run(
        `node -e "const s = require('net').createServer(c => c.end()).listen(0, '127.0.0.1', () => require('net').connect(s.address().port, '127.0.0.1').on('connect', () => { console.log('LOOPBACK'); process.exit(0) }))"`,
        {cwd: workspace, timeoutMs: 60_000}
      )
      expect(inside.stdout).toContain('LOOPBACK')

      const online = createCommandRunner({
        parentEnv: {PATH: process.env.PATH},
        sandbox: await detectSandbox({setting: 'required', network: 'allow', workspace})
      })
      expect((await online.run(connect, {cwd: workspace, timeoutMs: 60_000})).stdout).toContain(
        'CONNECTED'
      )
    } finally {
      server.close()
    }
  })

  it('is killed at the timeout with everything it started, even a grandchild that left the group and ignores SIGTERM', async () => {
    const marker = `${Math.floor(Math.random() * 1e6) + 1e6}.5`
    const runner = createCommandRunner({
      parentEnv: {PATH: process.env.PATH},
      killGraceMs: 500,
      sandbox: await detectSandbox({setting: 'required', network: 'allow', workspace})
    })
    const script = `setsid sh -c 'trap "" TERM; exec sleep ${marker}' & sh -c 'trap "" TERM; sleep ${marker}' & wait`
    const result = await runner.run(script, {cwd: workspace, timeoutMs: 1_500})
    expect(result.timedOut).toBe(true)
    await waitUntil(async () => (await processesWith(`sleep ${marker}`)).length === 0)
    expect(await processesWith(`sleep ${marker}`)).toEqual([])
  })

  it('leaves nothing behind when the command exits on its own', async () => {
    const marker = `${Math.floor(Math.random() * 1e6) + 2e6}.5`
    const runner = createCommandRunner({
      parentEnv: {PATH: process.env.PATH},
      sandbox: await detectSandbox({setting: 'required', network: 'allow', workspace})
    })
    const result = await runner.run(`setsid sleep ${marker} > /dev/null 2>&1 & echo started`, {
      cwd: workspace,
      timeoutMs: 30_000
    })
    expect(result.exitCode).toBe(0)
    await waitUntil(async () => (await processesWith(`sleep ${marker}`)).length === 0)
    expect(await processesWith(`sleep ${marker}`)).toEqual([])
  })

  it('passes the sanitized environment through the sudo strategy’s file, quotes and newlines intact', async () => {
    const fake = join(root, 'fake-sudo')
    await mkdir(fake, {recursive: true})
    // Like sudo's env_reset: the command starts with a nearly empty environment.
    await writeFile(
      join(fake, 'sudo'),
      '#!/bin/sh\n[ "$1" = -n ] && shift\n[ "$1" = -- ] && shift\nexec /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin SUDO_USER=runner "$@"\n'
    )
    await chmod(join(fake, 'sudo'), 0o755)
    const sandbox = await detectSandbox({
      setting: 'required',
      network: 'allow',
      workspace,
      strategies: ['sudo'],
      searchPath: `${fake}:${process.env.PATH}`
    })
    expect(sandbox.strategy).toBe('sudo')
    const runner = createCommandRunner({
      parentEnv: {
        PATH: process.env.PATH,
        PYTHONPATH: '/opt/py',
        ODD: "it's\nmulti-line $HOME `x`",
        'INPUT_GITHUB-TOKEN': CANARY
      },
      sandbox
    })
    const result = await runner.run('env', {cwd: workspace, timeoutMs: 30_000})
    expect(result.exitCode, result.stderr).toBe(0)
    expect(result.stdout).toContain(`PATH=${process.env.PATH}\n`)
    expect(result.stdout).toContain('PYTHONPATH=/opt/py\n')
    expect(result.stdout).toContain("ODD=it's\nmulti-line $HOME `x`\n")
    expect(result.stdout).not.toContain('SUDO_USER')
    expect(result.stdout).not.toContain(CANARY)
    // The environment file is gone once the command is.
    const left = await readdir(tmpdir())
    for (const dir of left.filter(d => d.startsWith('ci-medic-sandbox-'))) {
      const files = await readdir(join(tmpdir(), dir)).catch(() => [])
      expect(files.filter(f => f.startsWith(`env-${process.pid}-`))).toEqual([])
    }
  })

  it('refuses to run when a read-only mount stays writable (a mount that ignores -o ro)', async () => {
    // An old util-linux binds and ignores `ro`: the wrapper must notice, not run the checks.
    const fake = await mkdtemp(join(tmpdir(), 'ci-medic-fake-mount-'))
    const real = await findTools(process.env.PATH ?? '')
    await writeFile(
      join(fake, 'mount'),
      `#!/bin/sh\nif [ "$2" = -o ]; then exec ${real.mount} --rbind -- "$5" "$6"; fi\nexec ${real.mount} "$@"\n`
    )
    await chmod(join(fake, 'mount'), 0o755)
    try {
      const attempt = detectSandbox({
        setting: 'required',
        network: 'allow',
        workspace,
        searchPath: `${fake}:${process.env.PATH}`
      })
      await expect(attempt).rejects.toThrow(/could not make \S+ read-only/)
    } finally {
      await rm(fake, {recursive: true, force: true})
    }
  })

  it('works in an unprivileged user namespace too', async () => {
    const sandbox = await detectSandbox({
      setting: 'required',
      network: 'none',
      workspace,
      strategies: ['userns']
    })
    expect(sandbox.mode).toBe('pid-namespace+net')
    const runner = createCommandRunner({parentEnv: {PATH: process.env.PATH}, sandbox})
    const result = await runner.run('ls /proc | grep -c "^[0-9]"; echo x >> .git/config', {
      cwd: workspace,
      timeoutMs: 30_000
    })
    expect(Number(result.stdout.trim())).toBeLessThan(10)
    expect(result.stderr).toMatch(/Read-only file system/)
  })

  it('shows the checks the git config without the token actions/checkout persisted', async () => {
    const repo = join(root, 'persisted')
    await mkdir(repo)
    await git(repo, 'init', '-q')
    const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${CANARY}`).toString('base64')}`
    await git(repo, 'config', 'http.https://github.com/.extraheader', header)
    // actions/checkout v6: the credentials live in an included file.
    const creds = join(root, 'git-credentials-1234.config')
    await writeFile(creds, `[http "https://github.com/"]\n\textraheader = ${header}\n`)
    await git(repo, 'config', `includeIf.gitdir:${repo}/.git.path`, creds)
    expect(await gitConfigPaths(repo, {HOME: root})).toEqual([join(repo, '.git'), creds])

    const runner = createCommandRunner({
      parentEnv: {PATH: process.env.PATH},
      sandbox: await detectSandbox({setting: 'required', network: 'allow', workspace: repo})
    })
    const result = await runner.run(
      `cat .git/config ${creds}; git config --get-all http.https://github.com/.extraheader; echo x >> ${creds} && echo WROTE`,
      {cwd: repo, timeoutMs: 30_000}
    )
    expect(result.stdout).toContain('[core]')
    expect(result.stdout).not.toContain('extraheader')
    expect(result.stdout).not.toContain(Buffer.from(`x-access-token:${CANARY}`).toString('base64'))
    expect(result.stdout).not.toContain('WROTE')
    // Outside, nothing changed.
    expect(await readFile(creds, 'utf8')).toContain('extraheader')
  })
})

describe('choosing the sandbox', () => {
  it('runs plainly with sandbox: off', async () => {
    const sandbox = await detectSandbox({setting: 'off', network: 'allow', workspace})
    expect(sandbox).toMatchObject({mode: 'none', strategy: undefined})
    expect(sandbox.reason).toMatch(/off/)
    const runner = createCommandRunner({parentEnv: {PATH: process.env.PATH}, sandbox})
    const result = await runner.run(`test -e /proc/${process.pid} && echo SEES-THE-TEST`, {
      cwd: workspace,
      timeoutMs: 30_000
    })
    expect(result.stdout).toContain('SEES-THE-TEST')
  })

  it('falls back to none under auto, and names the cause under required or check-network: none', async () => {
    const fake = join(root, 'broken-unshare')
    await mkdir(fake, {recursive: true})
    await writeFile(
      join(fake, 'unshare'),
      '#!/bin/sh\necho "unshare: unshare failed: Operation not permitted" >&2\nexit 1\n'
    )
    await chmod(join(fake, 'unshare'), 0o755)
    const broken = {workspace, strategies: ['unshare' as const], searchPath: fake}

    const auto = await detectSandbox({...broken, setting: 'auto', network: 'allow'})
    expect(auto.mode).toBe('none')
    expect(auto.reason).toContain(
      'unshare: exit 1: unshare: unshare failed: Operation not permitted'
    )

    const required = detectSandbox({...broken, setting: 'required', network: 'allow'})
    await expect(required).rejects.toThrow(ConfigurationError)
    await expect(required).rejects.toThrow(
      /Input 'sandbox' is 'required', but no sandbox could be set up on this runner \(unshare: exit 1: .*Operation not permitted\).*passwordless sudo/
    )
    await expect(detectSandbox({...broken, setting: 'auto', network: 'none'})).rejects.toThrow(
      /Input 'check-network' is 'none', but no sandbox could be set up/
    )
    await expect(detectSandbox({workspace, setting: 'off', network: 'none'})).rejects.toThrow(
      /'check-network' is 'none', but input 'sandbox' is 'off'/
    )
  })
})

describe('the wrapper’s argv', () => {
  const base: SandboxPlan = {
    strategy: 'unshare',
    network: 'allow',
    uid: 1001,
    gid: 118,
    mounts: [{path: '/w/repo/.git', access: 'ro'}],
    tools: TOOLS
  }

  it('unshare as root: new PID and mount namespaces with their own /proc, then setpriv to the checkout’s owner', () => {
    const {file, args} = sandboxArgv(base, 'npm test')
    expect(file).toBe('/usr/bin/unshare')
    expect(args.slice(0, args.indexOf('--'))).toEqual([
      '--pid',
      '--fork',
      '--kill-child',
      '--mount',
      '--mount-proc'
    ])
    const init = args.indexOf('ci-medic-sandbox')
    expect(args.slice(init + 1, init + 7)).toEqual([
      '/usr/bin/mount',
      '',
      'ro',
      '/w/repo/.git',
      '/w/repo/.git',
      '--'
    ])
    const setpriv = args.indexOf('/usr/bin/setpriv')
    expect(args.slice(setpriv + 1, args.indexOf('--', setpriv))).toEqual([
      '--reuid=1001',
      '--regid=118',
      '--clear-groups',
      '--no-new-privs',
      '--inh-caps=-all',
      '--bounding-set=-all'
    ])
    expect(args.at(-1)).toBe('npm test')
    expect(args.at(-2)).toBe('') // no environment file: the environment is inherited
    expect(args).not.toContain('/usr/bin/env')
  })

  it('sudo: unshare through sudo -n, back to the runner user, the environment from a file', () => {
    const {file, args} = sandboxArgv({...base, strategy: 'sudo'}, 'pytest', '/tmp/x/env-1.sh')
    expect(file).toBe('/usr/bin/sudo')
    expect(args.slice(0, 3)).toEqual(['-n', '--', '/usr/bin/unshare'])
    const setpriv = args.indexOf('/usr/bin/setpriv')
    const afterSetpriv = args.slice(args.indexOf('--', setpriv) + 1)
    expect(afterSetpriv.slice(0, 4)).toEqual(['/usr/bin/env', '-i', '/bin/sh', '-c'])
    expect(afterSetpriv.slice(-3)).toEqual(['ci-medic-sandbox', '/tmp/x/env-1.sh', 'pytest'])
    expect(args).toContain('--reuid=1001')
    expect(args).toContain('--clear-groups')
    expect(args).toContain('--no-new-privs')
  })

  it('userns with no network: a user namespace, a network namespace with loopback, uid 0 with file access only', () => {
    const {file, args} = sandboxArgv(
      {...base, strategy: 'userns', network: 'none', uid: 0, gid: 0},
      'go test ./...'
    )
    expect(file).toBe('/usr/bin/unshare')
    expect(args.slice(0, 2)).toEqual(['--user', '--map-root-user'])
    expect(args).toContain('--net')
    expect(args[args.indexOf('ci-medic-sandbox') + 2]).toBe('/usr/sbin/ip')
    const setpriv = args.indexOf('/usr/bin/setpriv')
    expect(args.slice(setpriv + 1, args.indexOf('--', setpriv))).toEqual([
      '--no-new-privs',
      '--inh-caps=-all',
      '--bounding-set=-all,+chown,+dac_override,+dac_read_search,+fowner,+fsetid'
    ])
  })

  it('plans uid 0 with the system read-only, the workspace kept writable under it', async () => {
    const plan = await planSandbox('userns', {
      workspace: '/usr/src/app',
      network: 'allow',
      tools: TOOLS,
      uid: 0,
      gid: 0
    })
    expect(plan.uid).toBe(0)
    expect(plan.mounts[0]).toEqual({path: '/usr/src/app', access: 'rw'})
    expect(plan.mounts).toContainEqual({path: '/usr', access: 'ro'})
    expect(plan.mounts).toContainEqual({path: '/etc', access: 'ro'})
    const sudo = await planSandbox('sudo', {
      workspace,
      network: 'allow',
      tools: TOOLS,
      uid: 1001,
      gid: 118,
      env: {HOME: root}
    })
    expect(sudo).toMatchObject({uid: 1001, gid: 118})
    expect(sudo.mounts.map(m => m.path)).toEqual([join(workspace, '.git')])
  })

  it('keeps ci-medic’s own bundles read-only when it runs from one', async () => {
    expect(ownBundles('/home/runner/work/_actions/o/ci-medic/v1/dist/autofix/index.mjs')).toEqual([
      '/home/runner/work/_actions/o/ci-medic/v1/dist'
    ])
    expect(ownBundles('/repo/test/harness/sandbox-parent.ts')).toEqual([])
    const plan = await planSandbox('sudo', {
      workspace,
      network: 'allow',
      tools: TOOLS,
      uid: 1001,
      gid: 118,
      env: {HOME: root},
      readOnly: [root, join(root, 'missing')]
    })
    expect(plan.mounts).toEqual([
      {path: root, access: 'ro'},
      {path: join(workspace, '.git'), access: 'ro'}
    ])
  })

  it('writes the environment as shell that restores it exactly', async () => {
    const env = {A: "x'y", B: 'line1\nline2', C: '$(touch /tmp/nope) `id`', 'NOT-A-NAME': 'dropped'}
    const script = environmentScript(env)
    expect(script).not.toContain('NOT-A-NAME')
    const file = join(root, 'env.sh')
    await writeFile(file, script)
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn('/usr/bin/env', ['-i', '/bin/sh', '-c', `. ${file}; env`])
      let text = ''
      child.stdout.on('data', chunk => (text += String(chunk)))
      child.on('error', reject)
      child.on('close', () => resolve(text))
    })
    expect(out).toContain("A=x'y\n")
    expect(out).toContain('B=line1\nline2\n')
    expect(out).toContain('C=$(touch /tmp/nope) `id`\n')
  })
})

// ---------------------------------------------------------------------------

/** The probe, from an intermediate parent whose initial environment holds the canary. */
function viaParent(setting: 'auto' | 'off'): Promise<ParentRun> {
  return runInParent(
    {how: 'runner', setting, command: procProbe([CANARY]), timeoutMs: 60_000, workspace},
    {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      CANARY_SECRET: CANARY,
      'INPUT_GITHUB-TOKEN': CANARY
    }
  )
}

async function git(cwd: string, ...args: string[]): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const child = spawn('git', args, {
      cwd,
      env: {PATH: process.env.PATH, HOME: root, GIT_CONFIG_NOSYSTEM: '1'},
      stdio: 'ignore'
    })
    child.on('error', reject)
    child.on('close', code =>
      code === 0 ? resolve() : reject(new Error(`git ${args.join(' ')}: ${code}`))
    )
  })
}

async function chownTree(dir: string, uid: number, gid: number): Promise<void> {
  await chown(dir, uid, gid)
  for (const entry of await readdir(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) await chownTree(path, uid, gid)
    else await chown(path, uid, gid)
  }
}

function listen(): Promise<{server: Server; port: number}> {
  return new Promise(resolve => {
    const server = createServer(socket => socket.end())
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      resolve({server, port: typeof address === 'object' && address ? address.port : 0})
    })
  })
}

/** Host pids whose command line contains `text`. */
async function processesWith(text: string): Promise<number[]> {
  const out: number[] = []
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '')
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '')
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3)
    if (state !== 'Z' && cmdline.split('\0').join(' ').includes(text)) out.push(Number(entry))
  }
  return out
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs
  while (!(await check()) && Date.now() < end) await new Promise(r => setTimeout(r, 100))
}

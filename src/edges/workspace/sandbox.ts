// Running the repository's commands where they cannot reach ci-medic's secrets.
//
// The commands ci-medic runs (tests, linters, fixers, the model's run tool)
// are the repository's code, and a pull request can change them. Their
// environment is sanitized (command-runner.ts), but on Linux any process can
// read /proc/<pid>/environ of the processes of its own user: a test could walk
// up to `node dist/autofix/index.mjs` and read INPUT_GITHUB-TOKEN,
// INPUT_ANTHROPIC-API-KEY and ACTIONS_RUNTIME_TOKEN there. The sandbox runs
// each command in its own PID namespace with its own /proc, so no process
// outside the command (ci-medic, the runner, sudo) exists for it, as the user
// the checkout belongs to and without the capabilities that could undo that.
//
// How a command is started (`sandboxArgv`):
//
//   [sudo -n --] unshare [--user --map-root-user] --pid --fork --kill-child
//       --mount --mount-proc [--net] -- /bin/sh -c INIT …        (root in the namespaces)
//     INIT: bind-mounts read-only what the command must not change, brings
//       up loopback in a new network namespace, then
//     setpriv <drop privileges> -- [env -i] /bin/sh -c SUPERVISOR … (PID 1)
//     SUPERVISOR: runs `/bin/sh -c <command>` as its child and exits with its
//       status; when PID 1 exits the kernel kills everything left in the
//       namespace, so nothing the command started outlives it (not even a
//       process that left the process group), and on a timeout the runner's
//       SIGKILL to the group reaches PID 1, which runs as the command's user.
//       A command killed by a signal is reported as exit 128+N (the
//       supervisor's status), not as the signal; `timedOut` says a timeout.
//
// Strategies, tried in this order, the first whose probe (`true` run through
// the whole wrapper) succeeds wins, once per process:
// - `unshare` (ci-medic runs as root: containers, self-hosted root runners):
//   the command runs as the owner of the checkout (of its .git) when that is
//   not root, with no capabilities. When the checkout belongs to root (a
//   checkout made inside a root container), the command stays uid 0, since
//   another uid (65534) could not write the workspace, but keeps only the
//   file-access capabilities (chown, dac_override, dac_read_search, fowner,
//   fsetid): it can write the workspace and temp dirs, but cannot mount,
//   unmount the private /proc, trace or signal outside, or raise privileges
//   again (no_new_privs). /usr, /etc, /bin, /sbin and /lib* are then mounted
//   read-only for it, so it cannot replace the git, libraries or ld.so
//   configuration ci-medic uses afterwards outside the sandbox.
// - `sudo` (not root, passwordless sudo: GitHub-hosted runners): unshare as
//   root through `sudo -n`, then setpriv back to ci-medic's own uid and gid
//   with no supplementary groups (the runner user's `docker` group would be a
//   way back to root) and no_new_privs (so `sudo` inside fails). sudo resets
//   the environment, so the sanitized one travels in a file (0600, shell
//   quoted) that the supervisor sources after `env -i`.
// - `userns` (neither; or root without CAP_SYS_ADMIN, as in a default Docker
//   container): an unprivileged user namespace mapping ci-medic's uid to root
//   inside, then the same capability drop as for root. Ubuntu 24.04 forbids
//   these to unconfined processes (AppArmor), so on GitHub-hosted runners the
//   sudo strategy is the one that works.
//
// Always read-only in the sandbox: every git config file ci-medic's own git
// reads (git-config-files.ts): the repository's git directory (with a linked
// worktree's `.git` file, its gitdir and common dir), the global config
// ci-medic pins, and the existing files either includes (actions/checkout v6
// keeps its credentials in such a file under RUNNER_TEMP). ci-medic runs git
// there afterwards, outside the sandbox, and hooks, `core.fsmonitor`, filter
// drivers or `url.*.insteadOf` planted in that config would run with
// ci-medic's rights or send its token elsewhere. So checks cannot write to
// .git at all (git status still works; `git commit` or `git stash` in a
// check fail). Those of the files that hold an `http.*.extraheader` (the
// token actions/checkout persists) are shown as copies without it. The
// caller adds its own code (`readOnly`: the action's dist/, which ci-medic
// still loads chunks from).
//
// The command keeps the environment it was given: HOME and TMPDIR stay
// ci-medic's. When ci-medic is root and the checkout belongs to another user,
// that HOME may not be writable for the command.
import {constants} from 'node:fs'
import {access, chmod, lstat, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {delimiter, isAbsolute, join, resolve, sep} from 'node:path'
import {ConfigurationError} from '../../errors.js'
import {runProcess} from './command-runner.js'
import {gitConfigPaths, maskCredentials} from './git-config-files.js'

/** What the workflow asked for: a sandbox when one works, one or fail, or none. */
export type SandboxSetting = 'auto' | 'required' | 'off'
/** `none`: the commands also get a network namespace of their own (loopback only). */
export type CheckNetwork = 'allow' | 'none'
/** What the commands of this run got (the `sandbox` output). */
export type SandboxMode = 'pid-namespace' | 'pid-namespace+net' | 'none'
export type SandboxStrategy = 'unshare' | 'sudo' | 'userns'

export interface SandboxMount {
  path: string
  /**
   * `ro`: bind-mounted read-only over itself (or `source` over it). `rw`:
   * bind-mounted over itself first, so a read-only mount of a parent made
   * later does not cover it.
   */
  access: 'ro' | 'rw'
  /** Shown at `path` instead of what is there (a config copy without credentials). */
  source?: string
}

/** The programs the wrapper runs, by absolute path. */
export interface SandboxTools {
  unshare: string
  setpriv: string
  mount: string
  /** Brings up loopback in a new network namespace; without it loopback stays down. */
  ip?: string
  /** Only for the sudo strategy. */
  sudo?: string
  env: string
}

/** Everything `sandboxArgv` needs; pure data, so the argv can be tested on any machine. */
export interface SandboxPlan {
  strategy: SandboxStrategy
  network: CheckNetwork
  /** The command's uid and gid as seen inside the namespaces (0 = root without most capabilities). */
  uid: number
  gid: number
  /** Mounted in this order, before privileges are dropped. */
  mounts: SandboxMount[]
  tools: SandboxTools
}

/** How the runner starts one command. */
export interface SandboxLaunch {
  file: string
  args: string[]
  env: NodeJS.ProcessEnv
  /** Removes what `launch` wrote (the sudo strategy's environment file). */
  cleanup(): Promise<void>
}

export interface Sandbox {
  readonly mode: SandboxMode
  /** The strategy in use; undefined when mode is `none`. */
  readonly strategy: SandboxStrategy | undefined
  /** Why mode is `none`: the setting, or what each strategy's probe said. Empty otherwise. */
  readonly reason: string
  /** How to start `/bin/sh -c <command>` with `env` (already sanitized) in the sandbox. */
  launch(command: string, env: NodeJS.ProcessEnv): Promise<SandboxLaunch>
}

export interface SandboxOptions {
  setting: SandboxSetting
  network: CheckNetwork
  /** The checkout the commands run in. */
  workspace: string
  /** Strategies to try, in order; default: by whether ci-medic runs as root (see the top of this file). */
  strategies?: SandboxStrategy[]
  /** Where to look for unshare, setpriv, mount, ip, sudo and env; default PATH plus the sbin directories. */
  searchPath?: string
  /** Per-probe timeout; default 20 s. */
  probeTimeoutMs?: number
  /** ci-medic's environment (HOME, XDG_CONFIG_HOME and GIT_CONFIG_GLOBAL name git's global config); default process.env. */
  env?: NodeJS.ProcessEnv
  /** More paths the commands must not change (ci-medic's own code, which it may still load). */
  readOnly?: string[]
}

const CAPS_KEPT_AS_ROOT = ['chown', 'dac_override', 'dac_read_search', 'fowner', 'fsetid']
/** Read-only for a command that runs as uid 0: what ci-medic's own git and its libraries load. */
const SYSTEM_DIRS = ['/usr', '/etc', '/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32']
const EXTRA_SEARCH_PATH = [
  '/usr/local/sbin',
  '/usr/local/bin',
  '/usr/sbin',
  '/usr/bin',
  '/sbin',
  '/bin'
]
const DEFAULT_PROBE_TIMEOUT_MS = 20_000
const ARG0 = 'ci-medic-sandbox'

/**
 * Runs as root inside the namespaces: $1 mount, $2 ip or '', then `access
 * source path` triples, `--`, the setpriv argv. A read-only mount is one
 * `mount --rbind -o ro` (util-linux 2.27 and later bind and then remount
 * read-only in that one run: one process per path instead of two, which was
 * half of the wrapper's cost per command), and then checked: a mount that
 * ignored `ro` (an older util-linux) leaves the path writable, and the
 * command does not start.
 */
const INIT = `mount=$1; ip=$2; shift 2
while [ "$1" != -- ]; do
  access=$1; source=$2; path=$3; shift 3
  if [ "$access" = ro ]; then
    "$mount" --rbind -o ro -- "$source" "$path" || { echo "${ARG0}: could not bind-mount $path read-only" >&2; exit 125; }
    if [ -w "$path" ]; then echo "${ARG0}: could not make $path read-only" >&2; exit 125; fi
  else
    "$mount" --rbind -- "$source" "$path" || { echo "${ARG0}: could not bind-mount $path" >&2; exit 125; }
  fi
done
shift
if [ -n "$ip" ]; then "$ip" link set lo up || { echo "${ARG0}: could not bring up loopback" >&2; exit 125; }; fi
exec "$@"`

/**
 * PID 1, as the command's user: $1 an environment file to source ('' = keep
 * the environment), $2 the command. Runs the command as a child (not exec:
 * PID 1 ignores signals it has no handler for, the command should not).
 */
const SUPERVISOR = `if [ -n "$1" ]; then . "$1" || exit 125; fi
/bin/sh -c "$2"
exit $?`

/** The process to start for `command` under `plan`; `envFile` only for the sudo strategy. */
export function sandboxArgv(
  plan: SandboxPlan,
  command: string,
  envFile?: string
): {file: string; args: string[]} {
  const {tools} = plan
  const none = plan.network === 'none'
  const unshare = [
    ...(plan.strategy === 'userns' ? ['--user', '--map-root-user'] : []),
    '--pid',
    '--fork',
    '--kill-child',
    '--mount',
    '--mount-proc',
    ...(none ? ['--net'] : []),
    '--',
    '/bin/sh',
    '-c',
    INIT,
    ARG0,
    tools.mount,
    none ? (tools.ip ?? '') : '',
    ...plan.mounts.flatMap(m => [m.access, m.source ?? m.path, m.path]),
    '--',
    tools.setpriv,
    ...privilegeArgs(plan),
    '--',
    ...(envFile === undefined ? [] : [tools.env, '-i']),
    '/bin/sh',
    '-c',
    SUPERVISOR,
    ARG0,
    envFile ?? '',
    command
  ]
  if (plan.strategy === 'sudo') {
    if (!tools.sudo) throw new Error('The sudo strategy needs sudo.')
    return {file: tools.sudo, args: ['-n', '--', tools.unshare, ...unshare]}
  }
  return {file: tools.unshare, args: unshare}
}

/** setpriv's options: a plain user without capabilities, or uid 0 with file access only. */
function privilegeArgs(plan: SandboxPlan): string[] {
  const common = ['--no-new-privs', '--inh-caps=-all']
  if (plan.uid !== 0) {
    return [
      `--reuid=${plan.uid}`,
      `--regid=${plan.gid}`,
      '--clear-groups',
      ...common,
      '--bounding-set=-all'
    ]
  }
  // In a user namespace setgroups is denied, and uid/gid 0 there is already ci-medic's own.
  const groups = plan.strategy === 'userns' ? [] : ['--clear-groups']
  return [
    ...groups,
    ...common,
    `--bounding-set=-all,${CAPS_KEPT_AS_ROOT.map(c => `+${c}`).join(',')}`
  ]
}

/**
 * The environment as a file of `export NAME='value'` lines for the
 * supervisor to source. Names that are not shell identifiers cannot be
 * exported by a shell and are left out.
 */
export function environmentScript(env: NodeJS.ProcessEnv): string {
  const lines: string[] = []
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) continue
    lines.push(`export ${name}=${shellQuote(value)}`)
  }
  return lines.length ? `${lines.join('\n')}\n` : ''
}

function shellQuote(value: string): string {
  return `'${value.split("'").join(`'\\''`)}'`
}

// ---------------------------------------------------------------------------
// Planning: who the command runs as, and what is mounted read-only

export interface PlanInput {
  workspace: string
  network: CheckNetwork
  tools: SandboxTools
  /** ci-medic's own uid and gid; default the process's. */
  uid?: number
  gid?: number
  /** Where HOME and XDG_CONFIG_HOME come from (git's global config); default process.env. */
  env?: NodeJS.ProcessEnv
  /** More paths mounted read-only (those that exist). */
  readOnly?: string[]
}

/** The plan for one strategy on this machine (reads the checkout's ownership and git metadata). */
export async function planSandbox(
  strategy: SandboxStrategy,
  input: PlanInput
): Promise<SandboxPlan> {
  const workspace = resolve(input.workspace)
  const ownUid = input.uid ?? process.getuid?.() ?? 0
  const ownGid = input.gid ?? process.getgid?.() ?? 0
  let uid = 0
  let gid = 0
  if (strategy === 'sudo') {
    uid = ownUid
    gid = ownGid
  } else if (strategy === 'unshare') {
    const owner = await checkoutOwner(workspace)
    if (owner.uid !== 0) ({uid, gid} = owner)
  }
  // A command that is uid 0 outside too must not be able to change the system.
  const rootOutside = uid === 0 && (strategy === 'unshare' || ownUid === 0)
  const mounts: SandboxMount[] = []
  if (rootOutside) {
    const system = await existingDirectories(SYSTEM_DIRS)
    if (system.some(dir => within(workspace, dir))) mounts.push({path: workspace, access: 'rw'})
    for (const dir of system) mounts.push({path: dir, access: 'ro'})
  }
  for (const path of input.readOnly ?? []) {
    if (
      await lstat(path).then(
        () => true,
        () => false
      )
    )
      mounts.push({path: resolve(path), access: 'ro'})
  }
  const gitPaths = await gitConfigPaths(workspace, input.env ?? process.env)
  for (const path of gitPaths) mounts.push({path, access: 'ro'})
  for (const {path, source} of await maskCredentials(gitPaths))
    mounts.push({path, source, access: 'ro'})
  return {strategy, network: input.network, uid, gid, mounts, tools: input.tools}
}

/** The owner of the checkout's .git (of the workspace when there is none). */
async function checkoutOwner(workspace: string): Promise<{uid: number; gid: number}> {
  for (const path of [join(workspace, '.git'), workspace]) {
    try {
      const info = await lstat(path)
      return {uid: info.uid, gid: info.gid}
    } catch {
      // Try the next.
    }
  }
  return {uid: 0, gid: 0}
}

async function existingDirectories(paths: readonly string[]): Promise<string[]> {
  const out: string[] = []
  for (const path of paths) {
    try {
      // Symbolic links (merged /usr: /bin -> usr/bin) are covered by their target.
      if ((await lstat(path)).isDirectory()) out.push(path)
    } catch {
      // Not on this system.
    }
  }
  return out
}

function within(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir.endsWith(sep) ? dir : `${dir}${sep}`)
}

// ---------------------------------------------------------------------------
// Detection: probe the strategies once, then hand out the winner

/** The tools on `searchPath`; undefined for the ones not found. */
export async function findTools(searchPath: string): Promise<Partial<SandboxTools>> {
  const dirs = [...searchPath.split(delimiter).filter(isAbsolute), ...EXTRA_SEARCH_PATH]
  const find = async (name: string): Promise<string | undefined> => {
    for (const dir of dirs) {
      const path = join(dir, name)
      try {
        await access(path, constants.X_OK)
        return path
      } catch {
        // Not here.
      }
    }
    return undefined
  }
  const [unshare, setpriv, mount, ip, sudo, env] = await Promise.all(
    ['unshare', 'setpriv', 'mount', 'ip', 'sudo', 'env'].map(find)
  )
  return {unshare, setpriv, mount, ip, sudo, env}
}

/** The strategies worth trying for a process of this uid. */
export function defaultStrategies(uid = process.getuid?.() ?? 0): SandboxStrategy[] {
  return uid === 0 ? ['unshare', 'userns'] : ['sudo', 'userns']
}

const cache = new Map<string, Promise<Sandbox>>()

/**
 * The sandbox for this run's commands: probed once per process and setting.
 * `off` gives none; `auto` the first strategy that works, else none;
 * `required` (and `check-network: none`, which only a sandbox can enforce)
 * throws a ConfigurationError when none works.
 */
export function detectSandbox(options: SandboxOptions): Promise<Sandbox> {
  const {env: _env, ...rest} = options
  const key = JSON.stringify({...rest, workspace: resolve(options.workspace)})
  let found = cache.get(key)
  if (!found) {
    found = probeSandbox(options)
    cache.set(key, found)
    // A failed detection (a configuration error) is not remembered.
    found.catch(() => cache.delete(key))
  }
  return found
}

/** Forgets probed sandboxes (tests). */
export function clearSandboxCache(): void {
  cache.clear()
}

/** A sandbox that is none: commands run plainly. */
export function noSandbox(reason: string): Sandbox {
  return {
    mode: 'none',
    strategy: undefined,
    reason,
    launch: async (command, env) => ({
      file: '/bin/sh',
      args: ['-c', command],
      env,
      cleanup: async () => undefined
    })
  }
}

async function probeSandbox(options: SandboxOptions): Promise<Sandbox> {
  if (options.setting === 'off') {
    if (options.network === 'none') {
      throw new ConfigurationError(
        "Input 'check-network' is 'none', but input 'sandbox' is 'off': only the sandbox can take the network away from the checks. Set sandbox: auto (or required), or check-network: allow."
      )
    }
    return noSandbox('the sandbox input is off')
  }
  const failures: string[] = []
  if (process.platform !== 'linux') {
    failures.push(`the sandbox needs Linux namespaces (this is ${process.platform})`)
  } else {
    const tools = await findTools(options.searchPath ?? (options.env ?? process.env).PATH ?? '')
    for (const strategy of options.strategies ?? defaultStrategies()) {
      const missing = missingTools(strategy, tools, options.network)
      if (missing.length) {
        failures.push(`${strategy}: ${missing.join(', ')} not found`)
        continue
      }
      const plan = await planSandbox(strategy, {
        workspace: options.workspace,
        network: options.network,
        tools: tools as SandboxTools,
        env: options.env,
        readOnly: options.readOnly
      })
      const sandbox = await sandboxFor(plan)
      const problem = await probe(sandbox, options)
      if (problem === undefined) return sandbox
      failures.push(`${strategy}: ${problem}`)
    }
  }
  const reason = failures.join('; ')
  if (options.setting === 'required' || options.network === 'none') {
    const input =
      options.setting === 'required' ? "'sandbox' is 'required'" : "'check-network' is 'none'"
    throw new ConfigurationError(
      `Input ${input}, but no sandbox could be set up on this runner (${reason}). The sandbox needs Linux with util-linux's unshare and setpriv, and either root with CAP_SYS_ADMIN, passwordless sudo (GitHub-hosted runners have it) or unprivileged user namespaces. Run on such a runner, or set sandbox: auto and check-network: allow to run the checks without one (their code can then read ci-medic's tokens).`
    )
  }
  return noSandbox(reason)
}

function missingTools(
  strategy: SandboxStrategy,
  tools: Partial<SandboxTools>,
  network: CheckNetwork
): string[] {
  const needed: (keyof SandboxTools)[] = ['unshare', 'setpriv', 'mount']
  if (strategy === 'sudo') needed.push('sudo', 'env')
  if (network === 'none') needed.push('ip')
  return needed.filter(name => !tools[name])
}

/** Runs `true` through the wrapper: undefined when it worked, else what went wrong. */
async function probe(sandbox: Sandbox, options: SandboxOptions): Promise<string | undefined> {
  const env: NodeJS.ProcessEnv = {
    PATH: (options.env ?? process.env).PATH ?? EXTRA_SEARCH_PATH.join(delimiter)
  }
  const launch = await sandbox.launch('true', env)
  try {
    const result = await runProcess(launch.file, launch.args, {
      cwd: resolve(options.workspace),
      env: launch.env,
      timeoutMs: options.probeTimeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS,
      killGraceMs: 1_000,
      maxOutputBytes: 16 * 1024
    })
    if (result.exitCode === 0) return undefined
    const said = (result.error ?? result.stderr.toString('utf8')).trim().split('\n').slice(-2)
    const how = result.timedOut
      ? 'timed out'
      : result.exitCode === null
        ? `killed by ${result.signal ?? 'a signal'}`
        : `exit ${result.exitCode}`
    return `${how}${said.length && said[0] ? `: ${said.join(' | ')}` : ''}`
  } finally {
    await launch.cleanup()
  }
}

async function sandboxFor(plan: SandboxPlan): Promise<Sandbox> {
  const mode: SandboxMode = plan.network === 'none' ? 'pid-namespace+net' : 'pid-namespace'
  if (plan.strategy !== 'sudo') {
    return {
      mode,
      strategy: plan.strategy,
      reason: '',
      launch: async (command, env) => ({
        ...sandboxArgv(plan, command),
        env,
        cleanup: async () => undefined
      })
    }
  }
  // sudo resets the environment: it travels in a file only ci-medic's user can read.
  let dir: Promise<string> | undefined
  let count = 0
  return {
    mode,
    strategy: plan.strategy,
    reason: '',
    launch: async (command, env) => {
      dir ??= mkdtemp(join(tmpdir(), 'ci-medic-sandbox-'))
      const file = join(await dir, `env-${process.pid}-${++count}.sh`)
      await writeFile(file, environmentScript(env), {mode: 0o600})
      await chmod(file, 0o600)
      return {
        ...sandboxArgv(plan, command, file),
        env,
        cleanup: () => rm(file, {force: true})
      }
    }
  }
}

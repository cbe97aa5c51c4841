// The repository as the fix loop sees it, over the real `git` CLI (spawned
// without a shell, with a sanitized environment and hooks disabled).
//
// The repository's commands run between these git calls and may try to
// make git run their code here, outside the sandbox: so git is found once,
// by absolute path, when the workspace is created (before any check could
// drop a `git` earlier on PATH); hooks and core.fsmonitor are switched off on
// every command line; the global config is the one that existed at that
// moment (git-config-files.ts), and the sandbox keeps it, .git and the files
// they include read-only for the checks.
//
// Snapshots are trees: the whole working tree (tracked changes and untracked,
// non-ignored files) is staged into a private index inside the git directory
// and written with `git write-tree`. The private index keeps its stat cache
// between snapshots, so only files that changed are hashed again. Restoring
// compares the current tree with the snapshot's and touches only the files
// that differ: added files are deleted, the rest is checked out of the
// snapshot through a second private index. Neither the real index nor HEAD
// is touched by snapshot, restore or diff.
import {accessSync, constants} from 'node:fs'
import {
  chmod,
  copyFile,
  lchown,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  rm,
  rmdir,
  symlink,
  unlink
} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {delimiter, dirname, isAbsolute, join, resolve} from 'node:path'
import {redact, runProcess, safeEnvironment, type ProcessResult} from './command-runner.js'
import {pinnedGlobalConfig} from './git-config-files.js'
import {DEPENDENCY_DIRECTORIES, isBinary} from './model-tools.js'

export interface Snapshot {
  /** The tree object holding the working tree at the time of the snapshot. */
  readonly tree: string
  /** HEAD's commit then; null in a repository without commits. */
  readonly head: string | null
}

export type ChangeStatus = 'added' | 'modified' | 'deleted' | 'renamed'

export interface FileChange {
  /** Workspace-relative, `/` separators. */
  path: string
  status: ChangeStatus
  /** The path before a rename. */
  oldPath?: string
  /** Text before; null when absent, binary, a submodule or too large. */
  before: string | null
  /** Text now; null when absent (deleted), binary, a submodule or too large. */
  after: string | null
  /** True when either side is binary (its text is then null). */
  binary: boolean
}

export interface StatusEntry {
  /** The two porcelain status letters, e.g. ` M`, `??`, `R `. */
  code: string
  path: string
  oldPath?: string
}

/** A throw-away checkout of one commit (see GitWorkspace.cleanCheckout). */
export interface CleanCheckout {
  /** Its absolute, symlink-free root. */
  readonly root: string
  /** The commit checked out: HEAD plus the paths, never on any branch. */
  readonly commit: string
  /** The dependency directories linked in, workspace-relative. */
  readonly linked: readonly string[]
  /** Removes the checkout and git's record of it. */
  dispose(): Promise<void>
}

export interface GitAuthor {
  name: string
  email: string
}

export interface PushOptions {
  /**
   * Force-with-lease: the sha the remote branch must be at for the push to
   * replace it; null when the branch must not exist yet. Undefined: a plain
   * (fast-forward only) push.
   */
  expectedSha?: string | null
  /** What to push; default HEAD. */
  source?: string
}

export interface PushAuth {
  token: string
}

export interface PushResult {
  remote: string
  branch: string
  /** The sha pushed. */
  sha: string
}

export type PushErrorKind = 'rejected' | 'auth' | 'network' | 'other'

/** A push that did not land, with why: `rejected` (the branch moved: non-fast-forward, stale lease, or refused by the remote), `auth`, `network` or `other`. */
export class GitPushError extends Error {
  override readonly name = 'GitPushError'
  constructor(
    readonly kind: PushErrorKind,
    message: string,
    /** git's own words, secrets redacted. */
    readonly detail: string
  ) {
    super(message)
  }
}

/** A git command that failed (secrets redacted from its output). */
export class GitCommandError extends Error {
  override readonly name = 'GitCommandError'
  constructor(
    readonly args: readonly string[],
    readonly exitCode: number | null,
    readonly stderr: string
  ) {
    super(
      `git ${args.join(' ')} failed (${exitCode === null ? 'killed' : `exit ${exitCode}`}): ${stderr.trim().split('\n').slice(-5).join(' | ')}`
    )
  }
}

export interface GitWorkspace {
  readonly root: string
  /** True when `root` is inside a git work tree. */
  isRepository(): Promise<boolean>
  /** `git status --porcelain` (untracked files listed one by one); empty when nothing is uncommitted. */
  status(): Promise<StatusEntry[]>
  /** HEAD's commit; null when the repository has no commits. */
  head(): Promise<string | null>
  /** The checked-out branch; null on a detached HEAD. */
  currentBranch(): Promise<string | null>
  snapshot(): Promise<Snapshot>
  /** Brings the working tree back to the snapshot exactly (ignored files aside). */
  restore(snapshot: Snapshot): Promise<void>
  /**
   * Which of `paths` (workspace-relative) git ignores: `git check-ignore`,
   * so a tracked file is never among them, whatever the ignore rules say.
   */
  ignored(paths: readonly string[]): Promise<string[]>
  /** What changed in the working tree since the snapshot, renames detected. */
  diff(from: Snapshot): Promise<FileChange[]>
  /**
   * Commits the current content of `paths` (deletions included) on top of
   * HEAD, and nothing else: other changes, staged or not, stay as they are.
   * Hooks do not run. Returns the new commit's sha.
   */
  commit(message: string, paths: readonly string[], author: GitAuthor): Promise<string>
  /**
   * A clean linked worktree (detached, in a temp directory) of the commit
   * that committing `paths` would make: HEAD plus their current content, and
   * nothing untracked or ignored from the working tree. The workspace's
   * installed dependencies (node_modules, virtualenvs; see
   * DEPENDENCY_DIRECTORIES) and its checked-out submodules are symlinked in,
   * not copied. HEAD, the index and the working tree are not touched. Hooks
   * do not run.
   */
  cleanCheckout(paths: readonly string[]): Promise<CleanCheckout>
  /** Creates (or resets) branch `name` at `from` (default HEAD) and switches to it; local changes are carried over. */
  createBranch(name: string, from?: string): Promise<void>
  /**
   * Switches back to `to` (a branch name, else the commit `to.sha`, detached)
   * and deletes the local branch `name`: a branch that got no commit is not
   * left behind. Local changes are carried over, as with createBranch.
   */
  dropBranch(name: string, to: {branch: string | null; sha: string}): Promise<void>
  /**
   * Pushes `options.source` (default HEAD) to `refs/heads/<branch>` on `remote`
   * (a remote name or URL). For http(s) remotes `auth.token` is sent as a Basic
   * `x-access-token:<token>` header through command-scoped config: never written
   * to .git/config, never on the command line, redacted from errors. Hooks do
   * not run. Throws `GitPushError`.
   */
  push(remote: string, branch: string, options?: PushOptions, auth?: PushAuth): Promise<PushResult>
  /** The sha of `branch` on the remote, or null when it does not exist there (git ls-remote). */
  remoteBranchSha(remote: string, branch: string, auth?: PushAuth): Promise<string | null>
}

export interface GitWorkspaceOptions {
  /** Environment to sanitize for git; default `process.env`. */
  parentEnv?: NodeJS.ProcessEnv
  /** Values to redact from git's output in errors. */
  secrets?: string[]
  /** Per-command timeout; default 5 minutes. */
  timeoutMs?: number
  /** Files larger than this get null text in `diff`; default 2 MB. */
  maxContentBytes?: number
}

/**
 * Files the checks themselves write (bytecode and tool caches) in repositories
 * that do not git-ignore them: never part of a change, never restored, so a
 * test run between snapshot and diff does not look like an edit.
 */
export const TOOL_CACHES: readonly string[] = [
  '**/__pycache__/**',
  '**/*.py[co]',
  '**/.pytest_cache/**',
  '**/.mypy_cache/**',
  '**/.ruff_cache/**',
  '**/.eslintcache',
  '**/*.tsbuildinfo',
  '**/node_modules/.vite/**',
  '**/node_modules/.cache/**'
]

const DEFAULT_TIMEOUT_MS = 5 * 60_000
const DEFAULT_MAX_CONTENT_BYTES = 2 * 1024 * 1024
const GIT_MAX_OUTPUT = 256 * 1024 * 1024

/** Variables that would point git at another repository or index. */
export const GIT_REDIRECTS = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_PREFIX',
  'GIT_NAMESPACE',
  'GIT_COMMON_DIR'
]

/** Options on every git command line: no hooks, no fsmonitor (both run programs). */
export const GIT_SAFETY = ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false']

const resolvedGit = new Map<string, string>()

/**
 * git's absolute path on `env`'s PATH (plain `git` when it is not found
 * there), looked up once per PATH for the whole process: the first lookup
 * happens when the workspace is created, before the checks run.
 */
export function resolveGit(env: NodeJS.ProcessEnv): string {
  const path = env.PATH ?? ''
  let found = resolvedGit.get(path)
  if (found === undefined) {
    found = 'git'
    for (const dir of path.split(delimiter)) {
      if (!isAbsolute(dir)) continue
      try {
        accessSync(join(dir, 'git'), constants.X_OK)
        found = join(dir, 'git')
        break
      } catch {
        // Not here.
      }
    }
    resolvedGit.set(path, found)
  }
  return found
}

/** The environment and program for ci-medic's own git: sanitized, redirects removed, global config pinned. */
function gitLaunch(parent: NodeJS.ProcessEnv): {git: string; env: NodeJS.ProcessEnv} {
  const env = safeEnvironment(parent, {
    GIT_TERMINAL_PROMPT: '0',
    GIT_LITERAL_PATHSPECS: '1',
    GIT_OPTIONAL_LOCKS: '0',
    LC_ALL: 'C',
    LANGUAGE: 'C',
    GIT_CONFIG_GLOBAL: pinnedGlobalConfig(parent)
  })
  for (const name of GIT_REDIRECTS) delete env[name]
  return {git: resolveGit(env), env}
}

export function createGitWorkspace(root: string, options: GitWorkspaceOptions = {}): GitWorkspace {
  const workRoot = resolve(root)
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const maxContentBytes = options.maxContentBytes ?? DEFAULT_MAX_CONTENT_BYTES
  const {git: gitPath, env: baseEnv} = gitLaunch(options.parentEnv ?? process.env)
  const secrets = [...(options.secrets ?? [])]

  interface GitCall {
    env?: NodeJS.ProcessEnv
    input?: string | Buffer
    /** Exit codes that are not failures. */
    allow?: number[]
  }

  const raw = async (args: readonly string[], call: GitCall = {}): Promise<ProcessResult> => {
    const fullArgs = [...GIT_SAFETY, '-c', 'core.quotePath=false', ...args]
    const result = await runProcess(gitPath, fullArgs, {
      cwd: workRoot,
      env: {...baseEnv, ...call.env},
      timeoutMs,
      killGraceMs: 2_000,
      maxOutputBytes: GIT_MAX_OUTPUT,
      input: call.input
    })
    if (result.error !== undefined)
      throw new GitCommandError(args, null, redact(result.error, secrets))
    if (result.outputTruncated) throw new GitCommandError(args, result.exitCode, 'output too large')
    return result
  }
  const git = async (args: readonly string[], call: GitCall = {}): Promise<string> => {
    const result = await raw(args, call)
    if (result.exitCode !== 0 && !(call.allow ?? []).includes(result.exitCode ?? -1)) {
      throw new GitCommandError(
        args,
        result.exitCode,
        redact(result.stderr.toString('utf8'), secrets)
      )
    }
    return result.stdout.toString('utf8')
  }

  // Operations sharing the private indexes run one at a time.
  let queue: Promise<unknown> = Promise.resolve()
  const exclusive = <T>(run: () => Promise<T>): Promise<T> => {
    const next = queue.then(run, run)
    queue = next.catch(() => undefined)
    return next
  }

  // Private indexes live in the git directory, out of the model's reach.
  let privateDir: Promise<string> | undefined
  const privateIndexes = (): Promise<string> => {
    privateDir ??= (async () => {
      const dir = resolve(workRoot, (await git(['rev-parse', '--git-path', 'ci-medic'])).trim())
      await mkdir(dir, {recursive: true})
      const realIndex = resolve(workRoot, (await git(['rev-parse', '--git-path', 'index'])).trim())
      // Seeding from the real index gives the stat cache, and tracked files that are ignored.
      await copyFile(realIndex, join(dir, 'scan.index')).catch(() => undefined)
      return dir
    })()
    return privateDir
  }
  const withIndex = async (name: string): Promise<NodeJS.ProcessEnv> => ({
    GIT_INDEX_FILE: join(await privateIndexes(), name)
  })

  /** The working tree as a tree object (tool caches left out, see TOOL_CACHES). */
  const scanTree = async (): Promise<string> => {
    const env = await withIndex('scan.index')
    // Our own constant patterns: pathspec magic is switched on for this call only.
    await git(['add', '-A', '--', '.', ...TOOL_CACHES.map(glob => `:(exclude,glob)${glob}`)], {
      env: {...env, GIT_LITERAL_PATHSPECS: '0'}
    })
    return (await git(['write-tree'], {env})).trim()
  }

  const headSha = async (): Promise<string | null> => {
    const out = await git(['rev-parse', '--verify', '-q', 'HEAD^{commit}'], {allow: [1, 128]})
    return out.trim() || null
  }

  interface RawChange {
    status: string
    oldMode: string
    newMode: string
    oldSha: string
    newSha: string
    path: string
    oldPath?: string
  }

  const treeDiff = async (from: string, to: string, renames: boolean): Promise<RawChange[]> => {
    const out = await git([
      'diff-tree',
      '-r',
      '-z',
      '--raw',
      renames ? '-M' : '--no-renames',
      from,
      to
    ])
    const fields = out.split('\0')
    const changes: RawChange[] = []
    for (let i = 0; i < fields.length; i++) {
      const head = fields[i]!
      if (!head.startsWith(':')) continue
      const [oldMode, newMode, oldSha, newSha, status] = head.slice(1).split(' ') as [
        string,
        string,
        string,
        string,
        string
      ]
      const letter = status.charAt(0)
      if (letter === 'R' || letter === 'C') {
        changes.push({
          status: letter,
          oldMode,
          newMode,
          oldSha,
          newSha,
          oldPath: fields[i + 1]!,
          path: fields[i + 2]!
        })
        i += 2
      } else {
        changes.push({status: letter, oldMode, newMode, oldSha, newSha, path: fields[i + 1]!})
        i += 1
      }
    }
    return changes
  }

  /** Blob texts by sha (null: binary, too large, missing). */
  const blobTexts = async (
    shas: string[]
  ): Promise<Map<string, {text: string | null; binary: boolean}>> => {
    const out = new Map<string, {text: string | null; binary: boolean}>()
    const wanted = [...new Set(shas)]
    if (wanted.length === 0) return out
    const check = await git(['cat-file', '--batch-check'], {
      input: wanted.map(s => `${s}\n`).join('')
    })
    const small: string[] = []
    for (const line of check.split('\n')) {
      const [sha, type, size] = line.split(' ')
      if (!sha || type !== 'blob') {
        if (sha) out.set(sha, {text: null, binary: false})
        continue
      }
      if (Number(size) > maxContentBytes) out.set(sha, {text: null, binary: false})
      else small.push(sha)
    }
    if (small.length === 0) return out
    const batch = (await raw(['cat-file', '--batch'], {input: small.map(s => `${s}\n`).join('')}))
      .stdout
    let at = 0
    while (at < batch.length) {
      const newline = batch.indexOf(10, at)
      if (newline === -1) break
      const [sha, , size] = batch.subarray(at, newline).toString('utf8').split(' ')
      const length = Number(size)
      const body = batch.subarray(newline + 1, newline + 1 + length)
      at = newline + 1 + length + 1
      if (!sha) continue
      out.set(
        sha,
        isBinary(body) ? {text: null, binary: true} : {text: body.toString('utf8'), binary: false}
      )
    }
    return out
  }

  const removeEmptyParents = async (file: string): Promise<void> => {
    let dir = dirname(file)
    while (dir !== workRoot && dir.startsWith(`${workRoot}/`)) {
      try {
        await rmdir(dir)
      } catch {
        return
      }
      dir = dirname(dir)
    }
  }

  const ZERO = '0'.repeat(40)
  const GITLINK = '160000'

  return {
    root: workRoot,

    async isRepository(): Promise<boolean> {
      try {
        return (await git(['rev-parse', '--is-inside-work-tree'])).trim() === 'true'
      } catch {
        return false
      }
    },

    async status(): Promise<StatusEntry[]> {
      const out = await git(
        [
          'status',
          '--porcelain=v1',
          '-z',
          '--untracked-files=all',
          '--',
          '.',
          ...TOOL_CACHES.map(glob => `:(exclude,glob)${glob}`)
        ],
        {env: {GIT_LITERAL_PATHSPECS: '0'}}
      )
      const fields = out.split('\0')
      const entries: StatusEntry[] = []
      for (let i = 0; i < fields.length; i++) {
        const field = fields[i]!
        if (field.length < 4) continue
        const code = field.slice(0, 2)
        const entry: StatusEntry = {code, path: field.slice(3)}
        if (code.includes('R') || code.includes('C')) {
          entry.oldPath = fields[i + 1]
          i++
        }
        entries.push(entry)
      }
      return entries
    },

    head: headSha,

    async currentBranch(): Promise<string | null> {
      const out = await git(['symbolic-ref', '-q', '--short', 'HEAD'], {allow: [1, 128]})
      return out.trim() || null
    },

    snapshot(): Promise<Snapshot> {
      return exclusive(async () => {
        const [tree, head] = await Promise.all([scanTree(), headSha()])
        return {tree, head}
      })
    },

    restore(snapshot: Snapshot): Promise<void> {
      return exclusive(async () => {
        const current = await scanTree()
        if (current === snapshot.tree) return
        const changes = await treeDiff(snapshot.tree, current, false)
        const toDelete = changes.filter(c => c.status === 'A').map(c => c.path)
        const toCheckout = changes
          .filter(c => c.status !== 'A' && c.oldMode !== GITLINK)
          .map(c => c.path)
        for (const path of toDelete) {
          const absolute = join(workRoot, path)
          await unlink(absolute).catch(async (error: NodeJS.ErrnoException) => {
            if (error.code === 'EISDIR' || error.code === 'EPERM')
              await rm(absolute, {recursive: true, force: true})
          })
          await removeEmptyParents(absolute)
        }
        if (toCheckout.length > 0) {
          const env = await withIndex('restore.index')
          await git(['read-tree', snapshot.tree], {env})
          await git(['checkout-index', '-f', '-z', '--stdin'], {
            env,
            input: toCheckout.map(p => `${p}\0`).join('')
          })
        }
        const after = await scanTree()
        if (after !== snapshot.tree) {
          const left = await treeDiff(snapshot.tree, after, false)
          throw new Error(
            `Restoring the workspace left differences: ${left.map(c => `${c.status} ${c.path}`).join(', ')}`
          )
        }
      })
    },

    async ignored(paths: readonly string[]): Promise<string[]> {
      if (paths.length === 0) return []
      // check-ignore refuses literal pathspecs; `./` keeps a leading `:` from reading as magic.
      // Exit 1: none of them is ignored.
      const out = await git(['check-ignore', '-z', '--stdin'], {
        env: {GIT_LITERAL_PATHSPECS: '0'},
        input: paths.map(p => `./${p}\0`).join(''),
        allow: [1]
      })
      return out
        .split('\0')
        .filter(Boolean)
        .map(p => p.replace(/^\.\//, ''))
    },

    diff(from: Snapshot): Promise<FileChange[]> {
      return exclusive(async () => {
        const current = await scanTree()
        if (current === from.tree) return []
        const changes = await treeDiff(from.tree, current, true)
        const texts = await blobTexts(
          changes.flatMap(c => [c.oldSha, c.newSha]).filter(sha => sha !== ZERO)
        )
        const textOf = (sha: string, mode: string): {text: string | null; binary: boolean} =>
          sha === ZERO || mode === GITLINK
            ? {text: null, binary: false}
            : (texts.get(sha) ?? {text: null, binary: false})
        return changes.map(c => {
          const before =
            c.status === 'A' ? {text: null, binary: false} : textOf(c.oldSha, c.oldMode)
          const after = c.status === 'D' ? {text: null, binary: false} : textOf(c.newSha, c.newMode)
          const status: ChangeStatus =
            c.status === 'A'
              ? 'added'
              : c.status === 'D'
                ? 'deleted'
                : c.status === 'R'
                  ? 'renamed'
                  : c.status === 'C'
                    ? 'added'
                    : 'modified'
          const change: FileChange = {
            path: c.path,
            status,
            before: before.text,
            after: after.text,
            binary: before.binary || after.binary
          }
          if (c.oldPath !== undefined && status === 'renamed') change.oldPath = c.oldPath
          return change
        })
      })
    },

    commit(message: string, paths: readonly string[], author: GitAuthor): Promise<string> {
      return exclusive(async () => {
        if (paths.length === 0) throw new Error('Nothing to commit: no paths given.')
        for (const path of paths) {
          if (isAbsolute(path) || path.split('/').includes('..'))
            throw new Error(`Not a workspace-relative path: ${path}`)
        }
        const parent = await headSha()
        const env = await withIndex('commit.index')
        if (parent) await git(['read-tree', parent], {env})
        else await rm(env.GIT_INDEX_FILE!, {force: true})
        const list = paths.map(p => `${p}\0`).join('')
        await git(['update-index', '--add', '--remove', '-z', '--stdin'], {env, input: list})
        const tree = (await git(['write-tree'], {env})).trim()
        if (parent && tree === (await git(['rev-parse', `${parent}^{tree}`])).trim()) {
          throw new Error(
            `Nothing to commit: ${paths.join(', ')} ${paths.length === 1 ? 'has' : 'have'} no changes.`
          )
        }
        const who = {
          GIT_AUTHOR_NAME: author.name,
          GIT_AUTHOR_EMAIL: author.email,
          GIT_COMMITTER_NAME: author.name,
          GIT_COMMITTER_EMAIL: author.email
        }
        const args = [
          'commit-tree',
          '--no-gpg-sign',
          tree,
          ...(parent ? ['-p', parent] : []),
          '-F',
          '-'
        ]
        const sha = (
          await git(args, {env: who, input: message.endsWith('\n') ? message : `${message}\n`})
        ).trim()
        await git([
          'update-ref',
          '-m',
          `ci-medic: ${message.split('\n')[0]}`,
          'HEAD',
          sha,
          parent ?? ''
        ])
        // The real index follows the commit for these paths (and only these).
        await git(['update-index', '--add', '--remove', '-z', '--stdin'], {input: list})
        return sha
      })
    },

    cleanCheckout(paths: readonly string[]): Promise<CleanCheckout> {
      return exclusive(async () => {
        const commit = await commitOf(paths)
        const dir = await mkdtemp(join(tmpdir(), 'ci-medic-verify-'))
        const root = join(dir, 'checkout')
        const dispose = async (): Promise<void> => {
          // Removed by hand (git would read the checkout's .git file, which a check could rewrite).
          await rm(dir, {recursive: true, force: true})
          await git(['worktree', 'prune']).catch(() => undefined)
        }
        try {
          await git(['worktree', 'add', '--detach', '--quiet', root, commit])
          const linked = [
            ...(await linkDependencies(workRoot, root)),
            ...(await linkSubmodules(commit, root))
          ]
          await shareWithOwner(workRoot, dir)
          return {root, commit, linked, dispose}
        } catch (error) {
          await dispose()
          throw error
        }
      })
    },

    async createBranch(name: string, from = 'HEAD'): Promise<void> {
      await git(['check-ref-format', '--branch', name])
      // -C: a local branch of that name (an earlier attempt in this checkout) is reset, not an error.
      await git(['switch', '-q', '--no-track', '-C', name, from])
    },

    async dropBranch(name: string, to: {branch: string | null; sha: string}): Promise<void> {
      await git(['check-ref-format', '--branch', name])
      if (to.branch && to.branch !== name) await git(['switch', '-q', to.branch])
      else await git(['switch', '-q', '--detach', to.sha])
      await git(['branch', '-q', '-D', '--', name])
    },

    async push(
      remote: string,
      branch: string,
      options: PushOptions = {},
      auth?: PushAuth
    ): Promise<PushResult> {
      await git(['check-ref-format', '--branch', branch])
      const source = options.source ?? 'HEAD'
      const sha = (await git(['rev-parse', '--verify', `${source}^{commit}`])).trim()
      const ref = `refs/heads/${branch}`
      const pushSecrets = auth ? [...secrets, auth.token] : [...secrets]
      const env = await authEnv(remote, auth)
      const lease =
        options.expectedSha === undefined
          ? []
          : [`--force-with-lease=${ref}:${options.expectedSha ?? ''}`]
      const args = ['push', '--porcelain', '--no-verify', ...lease, remote, `${sha}:${ref}`]
      const result = await raw(args, {env})
      const stdout = redact(result.stdout.toString('utf8'), pushSecrets)
      const stderr = redact(result.stderr.toString('utf8'), pushSecrets)
      if (result.exitCode === 0 && !/^!/m.test(stdout))
        return {remote: redact(remote, pushSecrets), branch, sha}
      throw classifyPushFailure(branch, stdout, stderr, result.timedOut)
    },

    async remoteBranchSha(remote: string, branch: string, auth?: PushAuth): Promise<string | null> {
      const env = await authEnv(remote, auth)
      const result = await raw(['ls-remote', '--heads', remote, `refs/heads/${branch}`], {env})
      if (result.exitCode !== 0) {
        const detail = redact(
          result.stderr.toString('utf8'),
          auth ? [...secrets, auth.token] : secrets
        )
        throw new GitCommandError(
          ['ls-remote', '--heads', '<remote>', branch],
          result.exitCode,
          detail
        )
      }
      const line = result.stdout
        .toString('utf8')
        .split('\n')
        .find(l => l.endsWith(`refs/heads/${branch}`))
      return line ? (line.split(/\s+/)[0] ?? null) : null
    }
  }

  /**
   * The commit's submodules, which a new worktree leaves as empty
   * directories: linked to the workspace's checkout of them, where it has one.
   */
  async function linkSubmodules(commit: string, checkout: string): Promise<string[]> {
    const out = await git(['ls-tree', '-r', '-z', commit])
    const linked: string[] = []
    for (const entry of out.split('\0')) {
      const [meta, path] = entry.split('\t') as [string, string | undefined]
      if (!path || !meta.startsWith(`${GITLINK} `)) continue
      const there = await readdir(join(workRoot, path)).catch(() => [])
      if (there.length === 0) continue
      await rmdir(join(checkout, path)).catch(() => undefined)
      await symlink(join(workRoot, path), join(checkout, path)).catch(() => undefined)
      linked.push(path)
    }
    return linked
  }

  /** A commit of HEAD plus `paths` as they are now, on no branch (for cleanCheckout). */
  async function commitOf(paths: readonly string[]): Promise<string> {
    const parent = await headSha()
    const env = await withIndex('clean.index')
    if (parent) await git(['read-tree', parent], {env})
    else await rm(env.GIT_INDEX_FILE!, {force: true})
    if (paths.length > 0) {
      await git(['update-index', '--add', '--remove', '-z', '--stdin'], {
        env,
        input: paths.map(p => `${p}\0`).join('')
      })
    }
    const tree = (await git(['write-tree'], {env})).trim()
    const who = {
      GIT_AUTHOR_NAME: 'ci-medic',
      GIT_AUTHOR_EMAIL: 'ci-medic@localhost',
      GIT_COMMITTER_NAME: 'ci-medic',
      GIT_COMMITTER_EMAIL: 'ci-medic@localhost'
    }
    const args = ['commit-tree', '--no-gpg-sign', tree, ...(parent ? ['-p', parent] : [])]
    return (
      await git([...args, '-m', 'ci-medic: the change under verification'], {env: who})
    ).trim()
  }

  /** Environment that sends `auth.token` to an http(s) remote for one git command. */
  async function authEnv(remote: string, auth: PushAuth | undefined): Promise<NodeJS.ProcessEnv> {
    if (!auth) return {}
    const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(remote) ? remote : await remoteUrl(remote)
    if (!url || !/^https?:\/\//i.test(url)) return {}
    // The most specific key wins over (and its empty value clears) headers that
    // actions/checkout persisted for the host; command-scoped, never written.
    const key = `http.${stripCredentials(url)}.extraheader`
    const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${auth.token}`).toString('base64')}`
    return configEnv([
      [key, ''],
      [key, header],
      ['credential.helper', '']
    ])
  }

  async function remoteUrl(name: string): Promise<string | null> {
    const out = await git(['remote', 'get-url', '--push', name], {allow: [2, 128]})
    return out.trim() || null
  }
}

const DEPENDENCY_SEARCH_DEPTH = 3

/**
 * The installed dependency directories of a workspace (node_modules,
 * virtualenvs; see DEPENDENCY_DIRECTORIES), workspace-relative, down to a few
 * levels (monorepo packages), not looking inside one or inside `.git`.
 */
export async function dependencyDirectories(workspace: string): Promise<string[]> {
  const found: string[] = []
  const walk = async (rel: string, depth: number): Promise<void> => {
    const entries = await readdir(join(workspace, rel), {withFileTypes: true}).catch(() => [])
    for (const entry of entries) {
      if (!entry.isDirectory() || entry.name === '.git') continue
      const child = rel ? `${rel}/${entry.name}` : entry.name
      if (DEPENDENCY_DIRECTORIES.has(entry.name)) found.push(child)
      else if (depth < DEPENDENCY_SEARCH_DEPTH) await walk(child, depth + 1)
    }
  }
  await walk('', 1)
  return found.sort()
}

/**
 * Symlinks the workspace's dependency directories into `checkout` at the
 * same place, where the checkout has the parent directory and nothing there.
 */
async function linkDependencies(workspace: string, checkout: string): Promise<string[]> {
  const linked: string[] = []
  for (const rel of await dependencyDirectories(workspace)) {
    const there = join(checkout, rel)
    const parentThere = await lstat(dirname(there)).then(
      i => i.isDirectory(),
      () => false
    )
    const taken = await lstat(there).then(
      () => true,
      () => false
    )
    if (!parentThere || taken) continue
    await symlink(join(workspace, rel), there)
    linked.push(rel)
  }
  return linked
}

/**
 * When ci-medic runs as root and the workspace belongs to another user, the
 * checks run as that user (sandbox.ts): the checkout is handed to them, so
 * they can write their caches and reports there as in the workspace.
 */
async function shareWithOwner(workspace: string, dir: string): Promise<void> {
  await chmod(dir, 0o755)
  if (process.getuid?.() !== 0) return
  const owner = await lstat(join(workspace, '.git')).catch(() => lstat(workspace))
  if (owner.uid === 0) return
  const walk = async (path: string): Promise<void> => {
    await lchown(path, owner.uid, owner.gid)
    const info = await lstat(path)
    if (!info.isDirectory()) return
    for (const name of await readdir(path)) await walk(join(path, name))
  }
  await walk(dir)
}

/** Command-scoped configuration through the environment (not in argv, where `ps` would show it). */
export function configEnv(entries: Array<[string, string]>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {GIT_CONFIG_COUNT: String(entries.length)}
  entries.forEach(([key, value], i) => {
    env[`GIT_CONFIG_KEY_${i}`] = key
    env[`GIT_CONFIG_VALUE_${i}`] = value
  })
  return env
}

export function stripCredentials(url: string): string {
  try {
    const parsed = new URL(url)
    parsed.username = ''
    parsed.password = ''
    return parsed.toString()
  } catch {
    return url
  }
}

export function classifyPushFailure(
  branch: string,
  stdout: string,
  stderr: string,
  timedOut: boolean
): GitPushError {
  const detail = [stdout.trim(), stderr.trim()].filter(Boolean).join('\n')
  const line = stdout.split('\n').find(l => l.startsWith('!')) ?? ''
  if (timedOut) return new GitPushError('network', `Pushing ${branch} timed out.`, detail)
  if (
    /\[rejected\]/.test(line) ||
    /\[rejected\]|non-fast-forward|fetch first|stale info/.test(stderr)
  ) {
    const why = /stale info/.test(detail)
      ? 'the remote branch is not at the expected commit (stale lease)'
      : /already exists/.test(detail)
        ? 'the branch already exists on the remote'
        : 'the remote branch has commits this push does not have (non-fast-forward)'
    return new GitPushError('rejected', `Push of ${branch} rejected: ${why}.`, detail)
  }
  if (
    /Authentication failed|could not read (Username|Password)|terminal prompts disabled|Invalid username or (password|token)|returned error: 40[13]|HTTP 40[13]|Permission to .* denied|403 Forbidden|401 Unauthorized|Write access to repository not granted/i.test(
      detail
    )
  ) {
    return new GitPushError(
      'auth',
      `Push of ${branch} was refused for lack of permission: check that the token may write contents.`,
      detail
    )
  }
  if (/\[remote rejected\]/.test(line)) {
    const reason = /\[remote rejected\]\s*\(([^)]*)\)/.exec(line)?.[1] ?? 'refused by the remote'
    return new GitPushError(
      'rejected',
      `Push of ${branch} refused by the remote: ${reason}.`,
      detail
    )
  }
  if (
    /Could not resolve host|Failed to connect|Connection (refused|reset|timed out)|Operation timed out|unable to access/i.test(
      detail
    )
  ) {
    return new GitPushError(
      'network',
      `Push of ${branch} failed: the remote could not be reached.`,
      detail
    )
  }
  return new GitPushError(
    'other',
    `Push of ${branch} failed: ${detail.split('\n').slice(-3).join(' | ') || 'git gave no reason'}.`,
    detail
  )
}

/** The files git tracks under `root` (`git ls-files`), or undefined when `root` is not a git checkout. */
export async function listTrackedFiles(root: string): Promise<string[] | undefined> {
  const {git, env} = gitLaunch(process.env)
  const result = await runProcess(git, [...GIT_SAFETY, 'ls-files', '-z'], {
    cwd: root,
    env,
    timeoutMs: 60_000
  })
  if (result.exitCode !== 0) return undefined
  return result.stdout.toString('utf8').split('\0').filter(Boolean)
}

/**
 * Whether a commit after `since`, up to HEAD, touched any of `paths`
 * (`git log <since>..HEAD -- <paths>`): the "never a third time" rule lifts
 * its block on it. 'unknown' when `since` is not in the checkout (a shallow
 * clone) or git cannot tell. Run before the repository's checks, so only the
 * checkout's own config is read.
 */
export async function touchedSince(
  root: string,
  since: string,
  paths: readonly string[]
): Promise<boolean | 'unknown'> {
  const {git, env} = gitLaunch(process.env)
  const run = (args: string[]): Promise<ProcessResult> =>
    runProcess(git, [...GIT_SAFETY, ...args], {cwd: root, env, timeoutMs: 60_000})
  // Asked first even with no paths: a shallow clone is said so, not taken for "nothing touched".
  const known = await run(['cat-file', '-e', `${since}^{commit}`])
  if (known.exitCode !== 0) return 'unknown'
  if (paths.length === 0) return false
  const log = await run([
    'log',
    '--no-show-signature',
    '--format=%H',
    `${since}..HEAD`,
    '--',
    ...paths
  ])
  if (log.exitCode !== 0) return 'unknown'
  return log.stdout.toString('utf8').trim() !== ''
}

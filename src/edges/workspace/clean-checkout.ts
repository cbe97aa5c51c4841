// Clean checkouts of the change under verification (GitWorkspace.cleanCheckout):
// a detached linked worktree in a temp directory, with the workspace's
// installed dependencies and checked-out submodules symlinked in.
import {chmod, lchown, lstat, mkdtemp, readdir, rm, rmdir, symlink} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import type {RepoGit} from './git-command.js'
import {verificationCommit} from './git-commits.js'
import {GITLINK} from './git-snapshots.js'
import {DEPENDENCY_DIRECTORIES} from './workspace-files.js'

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

/** A clean linked worktree of HEAD plus `paths` (see GitWorkspace.cleanCheckout). */
export async function createCleanCheckout(
  git: RepoGit,
  paths: readonly string[]
): Promise<CleanCheckout> {
  const commit = await verificationCommit(git, paths)
  const dir = await mkdtemp(join(tmpdir(), 'ci-medic-verify-'))
  const root = join(dir, 'checkout')
  const dispose = async (): Promise<void> => {
    // Removed by hand (git would read the checkout's .git file, which a check could rewrite).
    await rm(dir, {recursive: true, force: true})
    await git.run(['worktree', 'prune']).catch(() => undefined)
  }
  try {
    await git.run(['worktree', 'add', '--detach', '--quiet', root, commit])
    const linked = [
      ...(await linkDependencies(git.root, root)),
      ...(await linkSubmodules(git, commit, root))
    ]
    await shareWithOwner(git.root, dir)
    return {root, commit, linked, dispose}
  } catch (error) {
    await dispose()
    throw error
  }
}

/**
 * The commit's submodules, which a new worktree leaves as empty
 * directories: linked to the workspace's checkout of them, where it has one.
 */
async function linkSubmodules(git: RepoGit, commit: string, checkout: string): Promise<string[]> {
  const out = await git.run(['ls-tree', '-r', '-z', commit])
  const linked: string[] = []
  for (const entry of out.split('\0')) {
    const [meta, path] = entry.split('\t') as [string, string | undefined]
    if (!path || !meta.startsWith(`${GITLINK} `)) continue
    const there = await readdir(join(git.root, path)).catch(() => [])
    if (there.length === 0) continue
    await rmdir(join(checkout, path)).catch(() => undefined)
    await symlink(join(git.root, path), join(checkout, path)).catch(() => undefined)
    linked.push(path)
  }
  return linked
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

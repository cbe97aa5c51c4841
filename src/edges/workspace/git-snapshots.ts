// Snapshots, restores and diffs of a workspace's working tree (for
// git-workspace.ts).
//
// Snapshots are trees: the whole working tree (tracked changes and untracked,
// non-ignored files) is staged into a private index inside the git directory
// and written with `git write-tree`. The private index keeps its stat cache
// between snapshots, so only files that changed are hashed again. Restoring
// compares the current tree with the snapshot's and touches only the files
// that differ: added files are deleted, the rest is checked out of the
// snapshot through a second private index. Neither the real index nor HEAD
// is touched by snapshot, restore or diff.
import {rm, rmdir, unlink} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import type {RepoGit} from './git-command.js'
import {parseRawDiff, type RawChange} from './git-output.js'
import {isBinary} from './workspace-files.js'

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

/** Pathspecs leaving TOOL_CACHES out (they need GIT_LITERAL_PATHSPECS=0). */
export const TOOL_CACHE_EXCLUDES: readonly string[] = TOOL_CACHES.map(
  glob => `:(exclude,glob)${glob}`
)

const ZERO = '0'.repeat(40)
/** The mode of a submodule's entry. */
export const GITLINK = '160000'

interface BlobText {
  text: string | null
  binary: boolean
}
const NO_TEXT: BlobText = {text: null, binary: false}

/** The working tree as a tree object (tool caches left out, see TOOL_CACHES). */
async function scanTree(git: RepoGit): Promise<string> {
  const env = await git.withIndex('scan.index')
  // Our own constant patterns: pathspec magic is switched on for this call only.
  await git.run(['add', '-A', '--', '.', ...TOOL_CACHE_EXCLUDES], {
    env: {...env, GIT_LITERAL_PATHSPECS: '0'}
  })
  return (await git.run(['write-tree'], {env})).trim()
}

async function treeDiff(
  git: RepoGit,
  from: string,
  to: string,
  renames: boolean
): Promise<RawChange[]> {
  const args = ['diff-tree', '-r', '-z', '--raw', renames ? '-M' : '--no-renames', from, to]
  return parseRawDiff(await git.run(args))
}

/** The working tree now, with HEAD's commit. */
export async function takeSnapshot(git: RepoGit): Promise<Snapshot> {
  const [tree, head] = await Promise.all([scanTree(git), git.headSha()])
  return {tree, head}
}

/** Brings the working tree back to `snapshot` exactly (ignored files aside). */
export async function restoreSnapshot(git: RepoGit, snapshot: Snapshot): Promise<void> {
  const current = await scanTree(git)
  if (current === snapshot.tree) return
  const changes = await treeDiff(git, snapshot.tree, current, false)
  const toDelete = changes.filter(c => c.status === 'A').map(c => c.path)
  const toCheckout = changes.filter(c => c.status !== 'A' && c.oldMode !== GITLINK).map(c => c.path)
  for (const path of toDelete) await deleteAdded(git.root, join(git.root, path))
  if (toCheckout.length > 0) await checkoutFromTree(git, snapshot.tree, toCheckout)
  const after = await scanTree(git)
  if (after !== snapshot.tree) {
    const left = await treeDiff(git, snapshot.tree, after, false)
    throw new Error(
      `Restoring the workspace left differences: ${left.map(c => `${c.status} ${c.path}`).join(', ')}`
    )
  }
}

/** Removes a file (or directory) added since the snapshot, and the directories it leaves empty. */
async function deleteAdded(root: string, absolute: string): Promise<void> {
  await unlink(absolute).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code === 'EISDIR' || error.code === 'EPERM')
      await rm(absolute, {recursive: true, force: true})
  })
  await removeEmptyParents(root, absolute)
}

async function removeEmptyParents(root: string, file: string): Promise<void> {
  let dir = dirname(file)
  while (dir !== root && dir.startsWith(`${root}/`)) {
    try {
      await rmdir(dir)
    } catch {
      return
    }
    dir = dirname(dir)
  }
}

/** Writes `paths` as they are in `tree` into the working tree, through a private index. */
async function checkoutFromTree(git: RepoGit, tree: string, paths: string[]): Promise<void> {
  const env = await git.withIndex('restore.index')
  await git.run(['read-tree', tree], {env})
  await git.run(['checkout-index', '-f', '-z', '--stdin'], {
    env,
    input: paths.map(p => `${p}\0`).join('')
  })
}

/** What changed in the working tree since `from`, renames detected. */
export async function diffSince(
  git: RepoGit,
  from: Snapshot,
  maxContentBytes: number
): Promise<FileChange[]> {
  const current = await scanTree(git)
  if (current === from.tree) return []
  const changes = await treeDiff(git, from.tree, current, true)
  const texts = await blobTexts(
    git,
    changes.flatMap(c => [c.oldSha, c.newSha]).filter(sha => sha !== ZERO),
    maxContentBytes
  )
  const textOf = (sha: string, mode: string): BlobText =>
    sha === ZERO || mode === GITLINK ? NO_TEXT : (texts.get(sha) ?? NO_TEXT)
  return changes.map(c => fileChange(c, textOf))
}

function fileChange(c: RawChange, textOf: (sha: string, mode: string) => BlobText): FileChange {
  const before = c.status === 'A' ? NO_TEXT : textOf(c.oldSha, c.oldMode)
  const after = c.status === 'D' ? NO_TEXT : textOf(c.newSha, c.newMode)
  const status = changeStatus(c.status)
  const change: FileChange = {
    path: c.path,
    status,
    before: before.text,
    after: after.text,
    binary: before.binary || after.binary
  }
  if (c.oldPath !== undefined && status === 'renamed') change.oldPath = c.oldPath
  return change
}

/** A copy counts as an added file. */
function changeStatus(letter: string): ChangeStatus {
  return letter === 'A'
    ? 'added'
    : letter === 'D'
      ? 'deleted'
      : letter === 'R'
        ? 'renamed'
        : letter === 'C'
          ? 'added'
          : 'modified'
}

/** Blob texts by sha (null: binary, too large, missing). */
async function blobTexts(
  git: RepoGit,
  shas: string[],
  maxContentBytes: number
): Promise<Map<string, BlobText>> {
  const out = new Map<string, BlobText>()
  const wanted = [...new Set(shas)]
  if (wanted.length === 0) return out
  const check = await git.run(['cat-file', '--batch-check'], {
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
  const batch = (await git.raw(['cat-file', '--batch'], {input: small.map(s => `${s}\n`).join('')}))
    .stdout
  readBatch(batch, out)
  return out
}

/** Adds the blobs of `git cat-file --batch` output to `out`. */
function readBatch(batch: Buffer, out: Map<string, BlobText>): void {
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
}

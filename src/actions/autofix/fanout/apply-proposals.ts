// Applying work proposals on the plan's commit, in the workspace: each
// proposal's commits are fetched from its bundle into a scratch repository
// (never into the workspace's own .git), checked (the diff guards with all of
// .github/** protected, only the files the proposal lists), and replayed one
// by one as commits of a local integration branch, like a cherry-pick. A
// file that is not as the commit expects (another proposal changed it first)
// is a conflict: nothing of that proposal is applied, and the reason says
// which file. Binary or oversized files are not replayed (refused).
import {mkdir, readFile, realpath, rm, writeFile} from 'node:fs/promises'
import {dirname, join, relative, isAbsolute} from 'node:path'
import {checkDiff} from '../../../core/fixing/index.js'
import {PUBLISH_PROTECTED} from '../../../core/proposal/proposal.js'
import type {CommitChange} from '../../../edges/workspace/index.js'
import {tokenlessScratchRepo} from '../../../engine/tokenless-scratch.js'
import {BOT_AUTHOR} from '../../../engine/commit-identity.js'
import {errorMessage} from '../../../errors.js'
import type {AutofixDeps} from '../deps.js'
import type {KeptFix} from '../fix-loop.js'
import type {ReadWork} from './read-work.js'

/** The local branch integrate builds the combination on. */
export const INTEGRATION_BRANCH = 'ci-medic-fanout-integration'

export type Applied = {ok: true; fixes: KeptFix[]} | {ok: false; reason: string}

export interface Applier {
  /** Back to `sha` (the plan's base): the branch is reset, the working tree with it. */
  resetTo(sha: string): Promise<void>
  apply(read: ReadWork): Promise<Applied>
  dispose(): Promise<void>
}

interface Replay {
  sha: string
  message: string
  tier: KeptFix['tier']
  changes: CommitChange[]
}

export async function createApplier(deps: AutofixDeps, base: string): Promise<Applier> {
  const scratch = await tokenlessScratchRepo(deps)
  // The bundles need the base commit: it comes from the workspace, at the base now.
  await scratch.fetchRef(deps.git.root, 'HEAD')
  const fetchCommits = async (read: ReadWork): Promise<Replay[] | string> => {
    const branch = read.proposal.branches[0]!
    let head: string
    try {
      head = await scratch.fetchRef(read.bundle!, `refs/heads/${branch.branch}`)
    } catch (error) {
      return `its bundle could not be read (${errorMessage(error).split('\n')[0]})`
    }
    if (head !== branch.head)
      return `its bundle holds ${head.slice(0, 12)}, not the proposed ${branch.head.slice(0, 12)}`
    // A stream's bundle starts with its own contract commit: integrate wrote the contract already.
    const from = read.work.feature?.contractSha ?? base
    let shas: string[]
    try {
      shas = await scratch.commitsBetween(from, head)
    } catch (error) {
      return `its commits after ${from.slice(0, 12)} could not be listed (${errorMessage(error).split('\n')[0]})`
    }
    const out: Replay[] = []
    for (const sha of shas) {
      const kept = read.work.fixes.find(f => f.sha === sha)
      out.push({
        sha,
        message: kept?.message ?? `fix: group ${read.work.group} (ci-medic autofix fan-out)`,
        tier: kept?.tier ?? 1,
        changes: await scratch.commitChanges(sha)
      })
    }
    return out
  }
  return {
    resetTo: sha => deps.git.createBranch(INTEGRATION_BRANCH, sha),
    async apply(read) {
      if (!read.bundle) return {ok: true, fixes: []}
      const commits = await fetchCommits(read)
      if (typeof commits === 'string') return {ok: false, reason: commits}
      const problem =
        guardProblem(deps, read, commits) ?? (await replayProblem(deps.git.root, commits))
      if (problem) return {ok: false, reason: problem}
      const fixes: KeptFix[] = []
      for (const commit of commits) fixes.push(await replay(deps, commit))
      return {ok: true, fixes}
    },
    dispose: () => scratch.dispose()
  }
}

/** The diff guards, with all of .github/** protected, and only the files the proposal lists. */
function guardProblem(deps: AutofixDeps, read: ReadWork, commits: Replay[]): string | undefined {
  const listed = new Set(read.proposal.branches[0]!.files)
  for (const commit of commits) {
    const verdict = checkDiff(commit.changes, {
      protectedPaths: [...deps.settings.protectedPaths, ...PUBLISH_PROTECTED],
      maxFilesChanged: deps.settings.maxFilesChanged
    })
    if (!verdict.ok)
      return `commit ${commit.sha.slice(0, 12)} fails the diff guards (${verdict.violations.map(v => v.message).join('; ')})`
    const unlisted = commit.changes.map(c => c.path).find(p => !listed.has(p))
    if (unlisted)
      return `commit ${commit.sha.slice(0, 12)} changes ${unlisted}, which it does not list`
  }
  return undefined
}

/** Whether every commit applies on the workspace as it is now (a dry run: nothing is written). */
async function replayProblem(root: string, commits: Replay[]): Promise<string | undefined> {
  const state = new Map<string, string | null>()
  const current = async (path: string): Promise<string | null> =>
    state.has(path) ? state.get(path)! : readFile(join(root, path), 'utf8').catch(() => null)
  for (const commit of commits)
    for (const change of commit.changes) {
      const unsafe = await unsafePath(root, change.path)
      if (unsafe) return unsafe
      const before = change.status === 'added' ? null : change.before
      const after = change.status === 'deleted' ? null : change.after
      if (
        (before === null && change.status !== 'added') ||
        (after === null && change.status !== 'deleted')
      )
        return `${change.path} is binary or over 2 MB in commit ${commit.sha.slice(0, 12)}: integrate replays text only`
      if ((await current(change.oldPath ?? change.path)) !== before)
        return `cherry-pick conflict: ${change.oldPath ?? change.path} is not as commit ${commit.sha.slice(0, 12)} expects (another proposal changed it first)`
      if (change.oldPath) state.set(change.oldPath, null)
      state.set(change.path, after)
    }
  return undefined
}

/** A path that would leave the checkout (absolute, `..`, or through a link to outside). */
async function unsafePath(root: string, path: string): Promise<string | undefined> {
  const where = join(root, path)
  const rel = relative(root, where)
  if (isAbsolute(path) || rel.startsWith('..') || isAbsolute(rel))
    return `${path} is outside the checkout`
  const parent = await realpath(dirname(where)).catch(() => undefined)
  const realRoot = await realpath(root)
  if (parent !== undefined && relative(realRoot, parent).startsWith('..'))
    return `${path} is behind a link that leaves the checkout`
  return undefined
}

async function replay(deps: AutofixDeps, commit: Replay): Promise<KeptFix> {
  const root = deps.git.root
  const paths = new Set<string>()
  for (const change of commit.changes) {
    if (change.oldPath) {
      await rm(join(root, change.oldPath), {force: true})
      paths.add(change.oldPath)
    }
    const target = join(root, change.path)
    if (change.status === 'deleted') await rm(target, {force: true})
    else {
      await mkdir(dirname(target), {recursive: true})
      await writeFile(target, change.after ?? '')
    }
    paths.add(change.path)
  }
  const files = [...paths].sort()
  const sha = await deps.git.commit(commit.message, files, BOT_AUTHOR)
  return {sha, message: commit.message, files, tier: commit.tier}
}

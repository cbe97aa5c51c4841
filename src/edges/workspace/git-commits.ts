// Commits made by ci-medic's own git in a workspace (for git-workspace.ts):
// built in a private index on top of HEAD from the given paths only, written
// with plumbing (`commit-tree`, `update-ref`), so hooks never run and other
// changes, staged or not, stay as they are.
import {rm} from 'node:fs/promises'
import {isAbsolute} from 'node:path'
import type {RepoGit} from './git-command.js'

export interface GitAuthor {
  name: string
  email: string
}

const VERIFIER: GitAuthor = {name: 'ci-medic', email: 'ci-medic@localhost'}

/** `paths` as git's `--stdin -z` input. */
function nulList(paths: readonly string[]): string {
  return paths.map(p => `${p}\0`).join('')
}

/** The environment naming `author` as both author and committer. */
function identityEnv(author: GitAuthor): NodeJS.ProcessEnv {
  return {
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_COMMITTER_NAME: author.name,
    GIT_COMMITTER_EMAIL: author.email
  }
}

/** The tree of `parent` (none: empty) plus `paths` as they are now, built in private index `index`. */
async function treeWithPaths(
  git: RepoGit,
  index: string,
  parent: string | null,
  paths: readonly string[]
): Promise<string> {
  const env = await git.withIndex(index)
  if (parent) await git.run(['read-tree', parent], {env})
  else await rm(env.GIT_INDEX_FILE!, {force: true})
  if (paths.length > 0) {
    await git.run(['update-index', '--add', '--remove', '-z', '--stdin'], {
      env,
      input: nulList(paths)
    })
  }
  return (await git.run(['write-tree'], {env})).trim()
}

/**
 * Commits the current content of `paths` (deletions included) on top of
 * HEAD, and nothing else; returns the new commit's sha (see GitWorkspace.commit).
 */
export async function commitPaths(
  git: RepoGit,
  message: string,
  paths: readonly string[],
  author: GitAuthor
): Promise<string> {
  if (paths.length === 0) throw new Error('Nothing to commit: no paths given.')
  for (const path of paths) {
    if (isAbsolute(path) || path.split('/').includes('..'))
      throw new Error(`Not a workspace-relative path: ${path}`)
  }
  const parent = await git.headSha()
  const tree = await treeWithPaths(git, 'commit.index', parent, paths)
  if (parent && tree === (await git.run(['rev-parse', `${parent}^{tree}`])).trim()) {
    throw new Error(
      `Nothing to commit: ${paths.join(', ')} ${paths.length === 1 ? 'has' : 'have'} no changes.`
    )
  }
  const args = ['commit-tree', '--no-gpg-sign', tree, ...(parent ? ['-p', parent] : []), '-F', '-']
  const sha = (
    await git.run(args, {
      env: identityEnv(author),
      input: message.endsWith('\n') ? message : `${message}\n`
    })
  ).trim()
  await git.run([
    'update-ref',
    '-m',
    `ci-medic: ${message.split('\n')[0]}`,
    'HEAD',
    sha,
    parent ?? ''
  ])
  // The real index follows the commit for these paths (and only these).
  await git.run(['update-index', '--add', '--remove', '-z', '--stdin'], {input: nulList(paths)})
  return sha
}

/** A commit of HEAD plus `paths` as they are now, on no branch (for cleanCheckout). */
export async function verificationCommit(git: RepoGit, paths: readonly string[]): Promise<string> {
  const parent = await git.headSha()
  const tree = await treeWithPaths(git, 'clean.index', parent, paths)
  const args = ['commit-tree', '--no-gpg-sign', tree, ...(parent ? ['-p', parent] : [])]
  return (
    await git.run([...args, '-m', 'ci-medic: the change under verification'], {
      env: identityEnv(VERIFIER)
    })
  ).trim()
}

// What git sees in a workspace (for git-workspace.ts): whether it is a
// repository, the uncommitted changes, and which paths the ignore rules hide.
import type {RepoGit} from './git-command.js'
import {TOOL_CACHE_EXCLUDES} from './git-snapshots.js'

export interface StatusEntry {
  /** The two porcelain status letters, e.g. ` M`, `??`, `R `. */
  code: string
  path: string
  oldPath?: string
}

/** True when the root is inside a git work tree. */
export async function isRepository(git: RepoGit): Promise<boolean> {
  try {
    return (await git.run(['rev-parse', '--is-inside-work-tree'])).trim() === 'true'
  } catch {
    return false
  }
}

/** `git status --porcelain` (untracked files one by one, tool caches left out). */
export async function workingTreeStatus(git: RepoGit): Promise<StatusEntry[]> {
  const out = await git.run(
    ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', '.', ...TOOL_CACHE_EXCLUDES],
    {env: {GIT_LITERAL_PATHSPECS: '0'}}
  )
  return parsePorcelainStatus(out)
}

/** Which of `paths` git ignores (`git check-ignore`: a tracked file never is). */
export async function ignoredPaths(git: RepoGit, paths: readonly string[]): Promise<string[]> {
  if (paths.length === 0) return []
  // check-ignore refuses literal pathspecs; `./` keeps a leading `:` from reading as magic.
  // Exit 1: none of them is ignored.
  const out = await git.run(['check-ignore', '-z', '--stdin'], {
    env: {GIT_LITERAL_PATHSPECS: '0'},
    input: paths.map(p => `./${p}\0`).join(''),
    allow: [1]
  })
  return out
    .split('\0')
    .filter(Boolean)
    .map(p => p.replace(/^\.\//, ''))
}

/** The entries of `git status --porcelain=v1 -z` output. */
export function parsePorcelainStatus(out: string): StatusEntry[] {
  const fields = out.split('\0')
  const entries: StatusEntry[] = []
  let next = 0
  while (next < fields.length) {
    const field = fields[next++]!
    if (field.length < 4) continue
    const code = field.slice(0, 2)
    const entry: StatusEntry = {code, path: field.slice(3)}
    // A rename or copy: its source is the next field.
    if (code.includes('R') || code.includes('C')) entry.oldPath = fields[next++]
    entries.push(entry)
  }
  return entries
}

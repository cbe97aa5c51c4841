// Parsers of git's output about commits and remotes, shared by the
// workspace (git-workspace.ts) and the scratch repository (scratch-push.ts).

/** One entry of `git diff-tree -r -z --raw`. */
export interface RawChange {
  /** The status letter: A, D, M, T, R or C (a rename or copy's score dropped). */
  status: string
  oldMode: string
  newMode: string
  oldSha: string
  newSha: string
  path: string
  /** The source of a rename or copy. */
  oldPath?: string
}

/** The entries of `git diff-tree -r -z --raw` output. */
export function parseRawDiff(out: string): RawChange[] {
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

/** The sha on the `git ls-remote` line ending in `suffix`, or null when there is none. */
export function lsRemoteSha(out: string, suffix: string): string | null {
  const line = out.split('\n').find(l => l.endsWith(suffix))
  return line ? (line.split(/\s+/)[0] ?? null) : null
}

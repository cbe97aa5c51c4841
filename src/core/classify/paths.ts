// Absolute paths from CI runners, made relative to the repository.

// Checkout roots of GitHub-hosted and container runners:
// /home/runner/work/<repo>/<repo>/, /Users/runner/work/…, /__w/<repo>/<repo>/ (container jobs),
// D:\a\<repo>\<repo>\ (Windows), /github/workspace/ (Docker actions).
const RUNNER_ROOTS: readonly RegExp[] = [
  /^(?:\/home\/runner\/work|\/Users\/runner\/work|\/__w|\/home\/[^/]+\/actions-runner\/_work)\/[^/]+\/[^/]+\//,
  /^[A-Za-z]:[\\/]a[\\/][^\\/]+[\\/][^\\/]+[\\/]/,
  /^\/github\/workspace\//,
  /^\/builds\/[^/]+\/[^/]+\//
]

/** Same, anywhere in a line of text (for messages and fingerprints). */
const RUNNER_ROOTS_ANYWHERE =
  /(?:file:\/\/)?(?:(?:\/home\/runner\/work|\/Users\/runner\/work|\/__w)\/[^/\s]+\/[^/\s]+\/|[A-Za-z]:[\\/]a[\\/][^\\/\s]+[\\/][^\\/\s]+[\\/]|\/github\/workspace\/)/g

// V8 compiles an expression the first time it runs: on a one-line log that is most of what
// these cost (#11 start-up), so each runs only where it could match. Every RUNNER_ROOTS
// expression starts with '/' or a drive letter's ':'; RUNNER_ROOTS_ANYWHERE needs one of
// these strings (the drive form in each of its separators).
const ANYWHERE_NEEDLES = [
  '/home/runner/work/',
  '/Users/runner/work/',
  '/__w/',
  '/github/workspace/'
]
const DRIVE_A = [':\\a\\', ':\\a/', ':/a\\', ':/a/']

function mayHoldRoot(text: string): boolean {
  return ANYWHERE_NEEDLES.some(n => text.includes(n)) || DRIVE_A.some(n => text.includes(n))
}

export type Relativize = (path: string) => string

function withSlash(root: string): string {
  const r = root.replace(/\\/g, '/')
  return r.endsWith('/') ? r : `${r}/`
}

/** A function that makes a path relative to the repository, given extra roots (the workspace). */
export function makeRelativizer(roots: readonly string[] = []): Relativize {
  const extra = roots.filter(r => r.length > 1).map(withSlash)
  return (path: string): string => {
    let p = path.trim().replace(/^file:\/\//, '')
    if (/^\/[A-Za-z]:\//.test(p)) p = p.slice(1)
    const forward = p.replace(/\\/g, '/')
    for (const root of extra) {
      if (forward.startsWith(root)) return forward.slice(root.length)
    }
    if (p.startsWith('/') || p[1] === ':') {
      for (const re of RUNNER_ROOTS) {
        const m = re.exec(p)
        if (m) return p.slice(m[0].length).replace(/\\/g, '/')
      }
    }
    if (/^[A-Za-z]:\\/.test(p)) return forward
    return forward.replace(/^\.\//, '')
  }
}

/** Remove runner checkout roots and the given roots from a line of text. */
export function stripRoots(text: string, roots: readonly string[] = []): string {
  let out = mayHoldRoot(text) ? text.replace(RUNNER_ROOTS_ANYWHERE, '') : text
  for (const root of roots) {
    if (root.length > 1) out = out.split(withSlash(root)).join('')
  }
  return out
}

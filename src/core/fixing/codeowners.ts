// CODEOWNERS, as GitHub reads it: who owns the files a fix PR touches, so the
// fixing actions can request their review (`request-codeowners: true`).
// GitHub's rules: a line is a pattern and its owners (`@user`, `@org/team` or
// an e-mail address); for each file the LAST matching line wins, and a line
// with no owners leaves the files it matches unowned. Patterns follow
// gitignore with GitHub's exceptions: no `!` negation, no `[ ]` ranges, no
// `\#` escapes; a pattern without a slash matches at any depth, a leading `/`
// anchors it at the root, a trailing `/` (or a plain name) takes in
// everything beneath, and `dir/*` only the files directly in `dir`. GitHub
// skips a line it cannot read; so do we, saying which and why.
import picomatch from 'picomatch'

/** Where GitHub looks for the file, in its order: the first one found is used. */
export const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const

export interface CodeownersRule {
  /** The pattern as written. */
  pattern: string
  /** `@user` and `@org/team` as written; e-mail owners are dropped (no review can be requested by e-mail). */
  owners: string[]
  /** 1-based line number, for messages. */
  line: number
  matches: (path: string) => boolean
}

export interface Codeowners {
  rules: CodeownersRule[]
  /** One sentence per skipped line: the line, why, and what GitHub accepts. */
  problems: string[]
}

const USER = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/
const TEAM = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9_.-]+$/
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/

/** Reads a CODEOWNERS text; `file` names it in the problems. */
export function parseCodeowners(text: string, file = 'CODEOWNERS'): Codeowners {
  const rules: CodeownersRule[] = []
  const problems: string[] = []
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1
    const tokens = raw.trim().split(/\s+/)
    const comment = tokens.findIndex(t => t.startsWith('#'))
    const [pattern, ...owners] = comment >= 0 ? tokens.slice(0, comment) : tokens
    if (!pattern) return
    const skip = (why: string): void => {
      problems.push(`${file} line ${line} was skipped: ${why}.`)
    }
    if (pattern.startsWith('!')) return skip('GitHub does not support `!` negation in CODEOWNERS')
    if (/[[\]]/.test(pattern))
      return skip('GitHub does not support `[ ]` character ranges in CODEOWNERS')
    const bad = owners.find(o => !USER.test(o) && !TEAM.test(o) && !EMAIL.test(o))
    if (bad !== undefined)
      return skip(
        `"${bad.slice(0, 60)}" is not an owner (write @user, @org/team or an e-mail address)`
      )
    rules.push({
      pattern,
      owners: owners.filter(o => o.startsWith('@')),
      line,
      matches: patternMatcher(pattern)
    })
  })
  return {rules, problems}
}

/** The owners of one file: the last matching rule's (none when no rule matches, or it lists none). */
export function ownersOfFile(codeowners: Codeowners, path: string): string[] {
  const file = path.replace(/\\/g, '/').replace(/^(\.\/)+/, '')
  for (let i = codeowners.rules.length - 1; i >= 0; i -= 1) {
    const rule = codeowners.rules[i]!
    if (rule.matches(file)) return rule.owners
  }
  return []
}

/** The owners of any of `paths`, each once (case-insensitively), in order of first appearance. */
export function ownersOf(codeowners: Codeowners, paths: readonly string[]): string[] {
  const seen = new Map<string, string>()
  for (const path of paths) {
    for (const owner of ownersOfFile(codeowners, path)) {
      if (!seen.has(owner.toLowerCase())) seen.set(owner.toLowerCase(), owner)
    }
  }
  return [...seen.values()]
}

/** A gitignore-style CODEOWNERS pattern as a test of a repository-relative path. */
function patternMatcher(pattern: string): (path: string) => boolean {
  let p = pattern
  const anchored = p.startsWith('/')
  if (anchored) p = p.slice(1)
  const directory = p.endsWith('/')
  if (directory) p = p.replace(/\/+$/, '')
  // "**" alone, or a pattern emptied by its slashes ("/"), owns everything.
  if (p === '' || p === '**') return () => true
  const base = anchored || p.includes('/') ? p : `**/${p}`
  // `dir/*` owns the files directly in dir, not those further down (GitHub's documented exception).
  const globs = directory
    ? [`${base}/**`]
    : /(^|\/)\*$/.test(p) && p !== '*'
      ? [base]
      : [base, `${base}/**`]
  const tests = globs.map(g => picomatch(g, {dot: true}))
  return path => tests.some(test => test(path))
}

// What the repository's own commits changed between the last green run and a
// failed one, as the compare API lists it: a failure that names a package
// whose version moved is pure drift (a new release broke unchanged code) only
// when nothing in the repository changed but documentation. A changed
// manifest, lockfile or workflow means the version moved with the
// repository's own change; a changed file the failure names is a competing
// explanation; any other code change is said, and weakens the drift verdict.

/** One comparison as GitHub's compare API answers it (three-dot: from the merge base). */
export interface CommitComparison {
  /** `ahead`, `behind`, `diverged` or `identical`. */
  status: string
  /** Commits in head since the merge base. */
  totalCommits: number
  /** Commits in base that head lacks. */
  behindBy: number
  files: {filename: string; status: string; previous?: string}[]
  /** False when GitHub's file cap was reached: more changed. */
  complete: boolean
}

export interface CodeChange {
  /** The last green run's commit and the failed run's. */
  base: string
  head: string
  status: string
  commits: number
  /** Files changed, of every kind (at least this many when not complete). */
  files: number
  complete: boolean
  /** Dependency manifests, lockfiles, toolchain and workflow files changed. */
  manifests: string[]
  /** Changed files the failure names (its location, its traceback's frames). */
  named: string[]
  /** Other changed files that are not documentation (capped). */
  code: string[]
  /** Changed documentation files (no build reads them). */
  docs: number
  /** Nothing but documentation changed, on a commit that descends from the green one. */
  pure: boolean
}

/** Files that decide which versions get installed, or which tools run. */
const MANIFEST =
  /^(?:package(?:-lock)?\.json|npm-shrinkwrap\.json|yarn\.lock|\.yarnrc(?:\.yml)?|pnpm-lock\.yaml|pnpm-workspace\.yaml|bun\.lockb?|\.npmrc|\.nvmrc|\.node-version|requirements[\w.-]*\.(?:txt|in)|constraints[\w.-]*\.txt|pyproject\.toml|poetry\.lock|uv\.lock|pdm\.lock|Pipfile(?:\.lock)?|setup\.(?:py|cfg)|environment\.ya?ml|\.python-version|tox\.ini|Cargo\.(?:toml|lock)|rust-toolchain(?:\.toml)?|go\.(?:mod|sum|work)|Gemfile(?:\.lock)?|[\w.-]+\.gemspec|\.ruby-version|pom\.xml|(?:build|settings)\.gradle(?:\.kts)?|gradle(?:-wrapper)?\.properties|gradle\.lockfile|libs\.versions\.toml|composer\.(?:json|lock)|[\w.-]+\.csproj|packages\.lock\.json|Directory\.(?:Packages|Build)\.props|global\.json|pubspec\.(?:yaml|lock)|mix\.(?:exs|lock)|\.tool-versions|Dockerfile|[\w.-]+\.dockerfile|\.terraform\.lock\.hcl)$/i

const DOCS =
  /(?:^|\/)docs?\/|\.(?:md|markdown|rst|adoc)$|(?:^|\/)(?:LICEN[CS]E|COPYING|AUTHORS|CHANGELOG|CHANGES)(?:\.\w+)?$/i

const MAX_LISTED = 20

export function isManifest(path: string): boolean {
  return (
    MANIFEST.test(path.split('/').pop() ?? '') || /^\.github\/(?:workflows|actions)\//.test(path)
  )
}

/** The comparison, sorted into what it says about the drift; `named`: the files the failure names. */
export function codeChange(
  comparison: CommitComparison,
  commits: {base: string; head: string},
  named: readonly string[]
): CodeChange {
  const paths = [
    ...new Set(
      comparison.files.flatMap(f => (f.previous ? [f.filename, f.previous] : [f.filename]))
    )
  ]
  const manifests = paths.filter(isManifest)
  const rest = paths.filter(p => !isManifest(p))
  const docs = rest.filter(p => DOCS.test(p))
  const hit = rest.filter(p => named.includes(p))
  const code = rest.filter(p => !DOCS.test(p) && !named.includes(p))
  const descends = comparison.status === 'ahead' || comparison.status === 'identical'
  return {
    ...commits,
    status: comparison.status,
    commits: comparison.totalCommits,
    files: comparison.files.length,
    complete: comparison.complete,
    manifests: manifests.slice(0, MAX_LISTED),
    named: hit.slice(0, MAX_LISTED),
    code: code.slice(0, MAX_LISTED),
    docs: docs.length,
    pure: descends && comparison.complete && manifests.length + hit.length + code.length === 0
  }
}

/** The same commit: nothing in the repository changed, without asking GitHub. */
export function sameCommit(sha: string): CodeChange {
  return {
    base: sha,
    head: sha,
    status: 'identical',
    commits: 0,
    files: 0,
    complete: true,
    manifests: [],
    named: [],
    code: [],
    docs: 0,
    pure: true
  }
}

const MAX_INCLUDED = 4

/** `nothing in the repository changed…` or `code also changed: 3 files in 2 commits, including …`. */
export function describeCodeChange(c: CodeChange): string {
  const span = `${c.base.slice(0, 7)}…${c.head.slice(0, 7)}`
  if (c.status === 'identical' || (c.pure && c.files === 0))
    return `nothing in the repository changed between the two commits (${span})`
  const apart = c.status === 'behind' || c.status === 'diverged'
  const lacks = `the failed commit does not descend from the green one (${c.status}, ${span}), so the green run tested code this one lacks`
  if (apart && c.files === 0) return lacks
  if (c.pure)
    return `only documentation changed in the repository between the two commits (${span}: ${c.docs} file(s))`
  const included = [
    ...c.manifests.map(p => `${p} (a dependency or toolchain file)`),
    ...c.named.map(p => `${p} (named by the failure)`),
    ...c.code
  ].slice(0, MAX_INCLUDED)
  const files = `${c.files}${c.complete ? '' : '+'} file(s) in ${c.commits} commit(s)`
  return `code also changed: ${files}${included.length ? `, including ${included.join(', ')}` : ''}${apart ? `; ${lacks}` : ''}`
}

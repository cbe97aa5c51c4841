// Frame paths → repository files (reference §4). User `path-mappings` first,
// then the automatic normalization Sentry's own code mappings use: schemes
// (`app:///`, `webpack://<ns>/`, `file://`), `./` and `../`, deployment roots,
// Windows drives and backslashes; build output (`dist/`, `build/`, `.js`) is
// traced back to TypeScript sources when the repository has them; finally a
// path-segment suffix match against the repository's files.

/** A frame path prefix and the repository path it stands for (the `path-mappings` input). */
export interface PathMapping {
  /** A frame path prefix, e.g. `/app/dist/`. */
  from: string
  /** The repository path it stands for, e.g. `src/`. */
  to: string
}

export type MappedFile =
  | {
      file: string
      /** How it was found. */
      via: 'path-mapping' | 'exact' | 'suffix'
      /** False when the frame pointed into build output and the file is its source (line numbers are the built file's). */
      lineReliable: boolean
    }
  | {file: undefined; reason: string}

export interface FrameLocation {
  filename?: string | null
  absPath?: string | null
}

export type PathMapper = (frame: FrameLocation) => MappedFile

const DEPLOY_ROOTS = [
  /^\/usr\/src\/app\//,
  /^\/var\/task\//,
  /^\/app\//,
  /^\/srv\/(?:app\/)?/,
  /^\/home\/[^/]+\//,
  /^\/opt\/app\//,
  /^\/workspace\//
]

const BUILD_DIRS = ['dist', 'build', 'out', 'lib', '.output']

/** True for paths that are never the repository's own code: dependencies and runtime internals. */
export function isThirdPartyOrRuntimePath(path: string): boolean {
  const p = path.replace(/\\/g, '/')
  return (
    p.includes('/node_modules/') ||
    p.startsWith('node_modules/') ||
    p.startsWith('node:') ||
    p.startsWith('internal/') ||
    p === '<anonymous>' ||
    p.startsWith('<') ||
    p.startsWith('[') ||
    p.includes('[native code]') ||
    p.startsWith('~/') ||
    p.includes('/~/') ||
    p.includes('webpack/bootstrap') ||
    p.includes('/site-packages/') ||
    p.includes('/dist-packages/') ||
    /^https?:\/\//.test(p)
  )
}

/**
 * A frame path with schemes, deployment roots, drive letters and leading
 * `./`, `../`, `/` removed: `app:///src/x.ts` → `src/x.ts`,
 * `webpack://web/./src/x.ts` → `src/x.ts`, `/app/dist/x.js` → `dist/x.js`,
 * `C:\srv\api\src\x.ts` → `srv/api/src/x.ts`.
 */
export function normalizeFramePath(path: string): string {
  let p = path.trim().replace(/\\/g, '/')
  p = p.replace(/^file:\/\//, '')
  p = p.replace(/^webpack-internal:\/\/\/(?:\([^)]*\)\/)?/, '')
  p = p.replace(/^webpack:\/\/[^/]*\//, '')
  p = p.replace(/^app:\/\/\//, '')
  p = p.replace(/^\/?[A-Za-z]:\//, '/')
  for (const root of DEPLOY_ROOTS) {
    if (root.test(p)) {
      p = p.replace(root, '')
      break
    }
  }
  for (;;) {
    const next = p.replace(/^(?:\.\.?\/|\/)+/, '')
    if (next === p) break
    p = next
  }
  return p.replace(/\/\.\//g, '/').replace(/\/{2,}/g, '/')
}

/** TypeScript sources that a built JavaScript path may come from, best first. */
function sourceVariants(path: string): string[] {
  const ext = /\.(m|c)?jsx?$/.exec(path)?.[0]
  if (!ext) return []
  const tsExts =
    ext === '.mjs'
      ? ['.mts', '.ts']
      : ext === '.cjs'
        ? ['.cts', '.ts']
        : ext === '.jsx'
          ? ['.tsx']
          : ['.ts', '.tsx']
  const stem = path.slice(0, -ext.length)
  const stems: string[] = []
  for (const dir of BUILD_DIRS) {
    const re = new RegExp(`(^|/)${dir.replace('.', '\\.')}/`)
    if (re.test(stem)) {
      stems.push(stem.replace(re, '$1src/'), stem.replace(re, '$1'))
      break
    }
  }
  stems.push(stem)
  const out = stems.flatMap(s => tsExts.map(e => `${s}${e}`))
  // a JavaScript project built into dist/: its own source file
  for (const s of stems) if (s !== stem) out.push(`${s}${ext}`)
  return [...new Set(out)]
}

function isBuildOutput(path: string): boolean {
  return BUILD_DIRS.some(d => path.startsWith(`${d}/`) || path.includes(`/${d}/`))
}

/** The repository's files, and the same files by base name (for suffix matches). */
interface RepoIndex {
  files: ReadonlySet<string>
  byBase: ReadonlyMap<string, string[]>
}

type Lookup = {file: string; via: 'exact' | 'suffix'} | {ambiguous: string[]} | undefined
type Resolved =
  {file: string; via: 'exact' | 'suffix'; lineReliable: boolean} | {ambiguous: string[]} | undefined

function indexRepo(repoFiles: readonly string[]): RepoIndex {
  const byBase = new Map<string, string[]>()
  for (const f of repoFiles) {
    const base = f.slice(f.lastIndexOf('/') + 1)
    const list = byBase.get(base)
    if (list) list.push(f)
    else byBase.set(base, [f])
  }
  return {files: new Set(repoFiles), byBase}
}

/** The repository file for a normalized candidate: exact, then a unique suffix match. */
function lookup(repo: RepoIndex, candidate: string): Lookup {
  if (!candidate) return undefined
  if (repo.files.has(candidate)) return {file: candidate, via: 'exact'}
  const base = candidate.slice(candidate.lastIndexOf('/') + 1)
  const pool = repo.byBase.get(base)
  if (!pool) return undefined
  // Sentry's _is_potential_match: one path ends with the other at a segment boundary
  const matches = pool.filter(f => f.endsWith(`/${candidate}`) || candidate.endsWith(`/${f}`))
  if (matches.length === 0) return undefined
  if (matches.length === 1) return {file: matches[0]!, via: 'suffix'}
  const preferred = matches.filter(f => !isBuildOutput(f))
  const pick = preferred.length ? preferred : matches
  const shortest = Math.min(...pick.map(f => f.length))
  const best = pick.filter(f => f.length === shortest)
  return best.length === 1 ? {file: best[0]!, via: 'suffix'} : {ambiguous: best}
}

/** A normalized path's file: its TypeScript source first (build output), then the path itself. */
function resolve(repo: RepoIndex, normalized: string): Resolved {
  let ambiguous: {ambiguous: string[]} | undefined
  for (const candidate of sourceVariants(normalized)) {
    const hit = lookup(repo, candidate)
    if (hit && 'file' in hit) return {...hit, lineReliable: false}
    if (hit) ambiguous ??= hit
  }
  const direct = lookup(repo, normalized)
  if (direct && 'file' in direct) return {...direct, lineReliable: true}
  return direct ?? ambiguous
}

/** The file a user's path mapping (the longest `from` prefix) leads to, if one does. */
function viaPathMapping(
  repo: RepoIndex,
  mapping: PathMapping | undefined,
  slashed: string
): MappedFile | undefined {
  if (!mapping) return undefined
  const target = normalizeFramePath(
    `${mapping.to.replace(/\/?$/, '/')}${slashed.slice(mapping.from.length).replace(/^\/+/, '')}`
  )
  const hit = resolve(repo, target)
  return hit && 'file' in hit
    ? {file: hit.file, via: 'path-mapping', lineReliable: hit.lineReliable}
    : undefined
}

/** One frame path's file: path mappings first, then the automatic normalization; else why not. */
function mapPath(repo: RepoIndex, sortedMappings: readonly PathMapping[], raw: string): MappedFile {
  const slashed = raw.replace(/\\/g, '/')
  const mapping = sortedMappings.find(m => slashed.startsWith(m.from.replace(/\\/g, '/')))
  const mapped = viaPathMapping(repo, mapping, slashed)
  if (mapped) return mapped
  if (isThirdPartyOrRuntimePath(slashed)) {
    return {file: undefined, reason: `'${raw}' is a dependency or runtime path`}
  }
  const normalized = normalizeFramePath(raw)
  const hit = normalized ? resolve(repo, normalized) : undefined
  if (hit && 'file' in hit) return hit
  if (hit) {
    return {
      file: undefined,
      reason: `'${raw}' matches several repository files (${hit.ambiguous.slice(0, 3).join(', ')}); add a path-mappings line`
    }
  }
  return {
    file: undefined,
    reason: mapping
      ? `'${raw}' maps to '${mapping.to}' by path-mappings, but no repository file matches`
      : `no repository file matches '${normalized || raw}'`
  }
}

/** Builds a mapper over the repository's files (`git ls-files` paths, `/`-separated). */
export function createPathMapper(
  repoFiles: readonly string[],
  mappings: readonly PathMapping[] = []
): PathMapper {
  const repo = indexRepo(repoFiles)
  const cache = new Map<string, MappedFile>()
  const sortedMappings = [...mappings].sort((a, b) => b.from.length - a.from.length)
  const cachedMapPath = (raw: string): MappedFile => {
    const cached = cache.get(raw)
    if (cached) return cached
    const result = mapPath(repo, sortedMappings, raw)
    cache.set(raw, result)
    return result
  }

  return frame => {
    const paths = [frame.filename, frame.absPath].filter(
      (p, i, all): p is string => typeof p === 'string' && p !== '' && all.indexOf(p) === i
    )
    if (paths.length === 0) return {file: undefined, reason: 'the frame has no file name'}
    let first: MappedFile | undefined
    for (const p of paths) {
      const r = cachedMapPath(p)
      if (r.file !== undefined) return r
      first ??= r
    }
    return first!
  }
}

// The repository's own files a failure names: its location, and the code files
// in its message and excerpt (stack frames, tracebacks), without library frames
// (node_modules, site-packages, vendor, a toolchain's own sources) or paths
// outside the checkout. autofix lists them to the model; classify's decision
// asks whether a broken contract names any file the repository could adapt.
import {stripRoots} from './paths.js'
import type {Failure} from './types.js'

const CODE_FILE =
  /(?:[\w@.+-]+\/)*[\w@.+-]+\.(?:ts|tsx|mts|cts|js|jsx|mjs|cjs|vue|svelte|py|go|rs|java|kt|rb|cs|php|swift|scala)\b/g

/** Directories of installed packages and toolchains: their files are not the repository's. */
const LIBRARY_DIR =
  /(?:^|\/)(?:node_modules|site-packages|dist-packages|vendor|\.venv|venv|\.cargo|rustc|go\/pkg\/mod)\//

function normalize(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '')
}

/** An installed package's or a toolchain's file, not the repository's. */
export function isLibraryPath(path: string): boolean {
  return LIBRARY_DIR.test(normalize(path))
}

/** Repository-relative code files in a text (stack traces, messages), in order, without library frames. */
export function filesInText(text: string): string[] {
  const out: string[] = []
  const relative = stripRoots(text.replace(/file:\/\//g, ''))
  for (const m of relative.matchAll(CODE_FILE)) {
    // Skip absolute paths (outside the repository) and URLs.
    if (relative[m.index - 1] === '/') continue
    const p = normalize(m[0])
    if (isLibraryPath(p)) continue
    if (/^(?:node:|internal\/)/.test(p) || p.startsWith('.')) continue
    if (!out.includes(p)) out.push(p)
  }
  return out
}

/**
 * A JVM stack frame names its file without a directory (`(Configuration.java:1357)`), the
 * library's as much as the repository's: no proof of either.
 */
const JVM_FRAME = /^[\w$]+\.(?:java|kt|scala)$/

/**
 * The repository files the failures name, in order: their locations (a relative path
 * outside any library directory), then the code files in their messages and excerpts.
 */
export function repositoryFilesOf(failures: readonly Failure[]): string[] {
  const out = new Set<string>()
  for (const f of failures) {
    const file = f.file ? normalize(f.file) : ''
    if (file && !/^(?:\/|[A-Za-z]:\/)/.test(file) && !isLibraryPath(file)) out.add(file)
  }
  for (const f of failures)
    for (const p of filesInText(`${f.message}\n${f.excerpt}`)) if (!JVM_FRAME.test(p)) out.add(p)
  return [...out]
}

// Which paths no change may touch: the user's globs plus .github/workflows,
// always. One matcher serves both the model's tools (which refuse the write)
// and the diff guards (which reject the change), so the two cannot disagree.
import picomatch from 'picomatch'

export const ALWAYS_PROTECTED: readonly string[] = ['.github/workflows/**']

/** The patterns a glob list stands for: a glob naming a folder also covers everything below it. */
export function protectedPatterns(globs: readonly string[]): {glob: string; pattern: string}[] {
  const patterns: {glob: string; pattern: string}[] = []
  for (const glob of [...ALWAYS_PROTECTED, ...globs]) {
    const trimmed = glob.trim().replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '')
    if (trimmed === '') continue
    patterns.push({glob, pattern: trimmed})
    if (!trimmed.endsWith('/**')) patterns.push({glob, pattern: `${trimmed}/**`})
  }
  return patterns
}

function normalize(relPath: string): string {
  return relPath
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '')
}

/** The glob that protects `relPath`, or undefined. Case-insensitive, dot files included. */
export function protectingGlob(globs: readonly string[]): (relPath: string) => string | undefined {
  const matchers = protectedPatterns(globs).map(p => ({
    glob: p.glob,
    test: picomatch(p.pattern, {dot: true, nocase: true})
  }))
  return relPath => {
    const path = normalize(relPath)
    if (path === '' || path === '.') return undefined
    return matchers.find(m => m.test(path))?.glob
  }
}

export function protectedMatcher(globs: readonly string[]): (relPath: string) => boolean {
  const find = protectingGlob(globs)
  return relPath => find(relPath) !== undefined
}

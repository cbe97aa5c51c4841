// What the workspace's files are, as the model's tools and git see them:
// directories never listed or searched, installed dependencies never written,
// binary files never read as text.

/** Directories never listed or searched: VCS data, dependencies, build output and caches. */
export const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set([
  '.git',
  'node_modules',
  'dist',
  'build',
  'out',
  'coverage',
  '.next',
  '.nuxt',
  '.turbo',
  '.cache',
  '.parcel-cache',
  'target',
  '__pycache__',
  '.venv',
  'venv',
  '.tox',
  '.mypy_cache',
  '.pytest_cache',
  '.ruff_cache',
  '.gradle',
  'vendor'
])

/**
 * Installed dependencies: never written by the model's tools, whether or not
 * git ignores them (the checks load code from here, the fix is not in here).
 */
export const DEPENDENCY_DIRECTORIES: ReadonlySet<string> = new Set([
  'node_modules',
  'bower_components',
  'jspm_packages',
  '.venv',
  'venv',
  'site-packages',
  '__pypackages__',
  '.pnp'
])

const BINARY_SNIFF_BYTES = 8_000

/** True when the sniffed start of a file holds a NUL byte (as git decides). */
export function isBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)
}

/** The lines of `text` (LF or CRLF), without a last empty one. */
export function splitLines(text: string): string[] {
  if (text === '') return []
  const lines = text.split(/\r?\n/)
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}

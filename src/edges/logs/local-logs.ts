// Local log and report files named by the `log-path` input: one or more
// globs (comma or newline separated), relative to the workspace.
import {stat} from '../files/light-fs.js'
import {isAbsolute, relative, resolve} from 'node:path'
import {ConfigurationError} from '../../errors.js'

export interface LocalLogFile {
  /** Absolute path. */
  path: string
  /** Path relative to the workspace, for reports. */
  name: string
  size: number
}

/**
 * Characters that make a pattern a glob (fs.glob's syntax, escapes included). A pattern
 * without them names one path, which is looked up directly: fs.glob and its matcher are
 * Node code compiled on first use, a cost every run on a plain log path would pay.
 */
const GLOB_SYNTAX = /[*?[\]{}()!+@\\]/

async function* matches(absolute: string): AsyncIterable<string> {
  // fs/promises (and its glob) loads only for a pattern: see light-fs.ts.
  if (GLOB_SYNTAX.test(absolute)) yield* (await import('node:fs/promises')).glob(absolute)
  else yield absolute
}

export async function resolveLogFiles(
  patterns: string,
  workspace: string
): Promise<LocalLogFile[]> {
  const list = patterns
    .split(/[\n,]/)
    .map(p => p.trim())
    .filter(Boolean)
  const found = new Map<string, LocalLogFile>()
  for (const pattern of list) {
    const absolute = isAbsolute(pattern) ? pattern : resolve(workspace, pattern)
    for await (const match of matches(absolute)) {
      const path = resolve(match)
      const info = await stat(path).catch(() => undefined)
      if (!info?.isFile()) continue
      found.set(path, {path, name: relative(workspace, path) || path, size: info.size})
    }
  }
  if (found.size === 0) {
    throw new ConfigurationError(
      `Input 'log-path' (${list.join(', ')}) matched no files under ${workspace}. Check the path, and that the step that writes the log or report ran before classify (use if: always() or failure() on classify's step).`
    )
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name))
}

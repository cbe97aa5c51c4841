// Confining the model's paths to the workspace, and telling which paths no
// change may touch. Errors are written for the model: they say what was
// refused and what to do instead.
import {constants, lstatSync, readlinkSync, realpathSync} from 'node:fs'
import {open} from 'node:fs/promises'
import {dirname, isAbsolute, join, relative, resolve, sep} from 'node:path'
import {protectedMatcher} from '../../core/fixing/protected-paths.js'

export {ALWAYS_PROTECTED, protectedMatcher} from '../../core/fixing/protected-paths.js'

/** A path the model asked for that it may not use. The message is meant for the model. */
export class WorkspacePathError extends Error {
  override readonly name = 'WorkspacePathError'
}

/** Always protected, whatever the configuration says. */

const MAX_LINK_HOPS = 40

/**
 * The real absolute path of `requested` (relative to `root`, or absolute
 * inside it), refusing anything that leaves the workspace: `..` escapes,
 * absolute paths elsewhere, symlinks (also dangling ones, also in a parent
 * directory) that resolve outside, and any `.git` directory. Symlinks inside
 * the workspace are followed, so the returned path is what a read or write
 * really touches.
 */
export function resolveInWorkspace(root: string, requested: string): string {
  if (typeof requested !== 'string' || requested.trim() === '') {
    throw new WorkspacePathError(
      'The path is empty. Use a path relative to the repository root, such as "src/index.ts" or ".".'
    )
  }
  if (requested.includes('\0'))
    throw new WorkspacePathError(`The path ${JSON.stringify(requested)} contains a NUL byte.`)
  const rootReal = realRoot(root)
  const lexical = lexicalCandidate(root, rootReal, requested)
  checkInside(rootReal, lexical, requested)
  checkNotGit(rootReal, lexical, requested)
  let real: string
  try {
    real = realpathLoose(lexical, 0)
  } catch (error) {
    if (error instanceof WorkspacePathError) throw error
    throw new WorkspacePathError(
      `The path "${requested}" could not be resolved (${(error as Error).message}).`
    )
  }
  if (!inside(rootReal, real)) {
    throw new WorkspacePathError(
      `The path "${requested}" goes through a symbolic link that leads outside the workspace; only files inside the repository can be used.`
    )
  }
  checkNotGit(rootReal, real, requested)
  return real
}

/** `absolute` relative to the workspace root, with `/` separators ('.' for the root itself). */
export function workspaceRelative(root: string, absolute: string): string {
  const rel = relative(realRoot(root), absolute)
  return rel === '' ? '.' : rel.split(sep).join('/')
}

/**
 * True when `relPath` (relative to the workspace, `/` or OS separators) matches
 * one of `globs` or ALWAYS_PROTECTED (.git, workflows, local actions).
 * Matching includes dot files and ignores case; a glob naming a directory
 * (`secrets`, `db/migrations/`) protects everything below it.
 */
export function isProtected(relPath: string, globs: readonly string[]): boolean {
  return protectedMatcher(globs)(relPath)
}

/**
 * The bytes of the regular file at `absolute` (a path resolveInWorkspace
 * returned), at most `maxBytes` of them. Opened without blocking and judged
 * by the open descriptor: a FIFO or device (which a plain read would wait on
 * forever) or a file swapped for one after a check is refused, as is a
 * symbolic link put in its place.
 */
export async function readRegularFile(
  absolute: string,
  requested: string,
  maxBytes: number
): Promise<Buffer> {
  const handle = await open(
    absolute,
    constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW
  )
  try {
    const info = await handle.stat()
    if (info.isDirectory())
      throw new WorkspacePathError(
        `"${requested}" is a directory; use list_files to see its contents.`
      )
    if (!info.isFile()) throw new WorkspacePathError(`"${requested}" is not a regular file.`)
    if (info.size > maxBytes) {
      throw new WorkspacePathError(
        `"${requested}" is ${info.size} bytes, larger than the ${maxBytes} bytes that can be read; use search_text to find the part you need.`
      )
    }
    const buffer = Buffer.alloc(info.size)
    const {bytesRead} = await handle.read(buffer, 0, info.size, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

// ---------------------------------------------------------------------------

function realRoot(root: string): string {
  try {
    return realpathSync(resolve(root))
  } catch {
    throw new Error(`The workspace root ${root} does not exist.`)
  }
}

function lexicalCandidate(root: string, rootReal: string, requested: string): string {
  if (!isAbsolute(requested)) return resolve(rootReal, requested)
  const absolute = resolve(requested)
  // An absolute path under the root as given (which may itself be a symlink, e.g. /tmp on macOS).
  const given = resolve(root)
  if (given !== rootReal && inside(given, absolute))
    return join(rootReal, relative(given, absolute))
  return absolute
}

function inside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate)
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel))
}

function checkInside(rootReal: string, candidate: string, requested: string): void {
  if (inside(rootReal, candidate)) return
  throw new WorkspacePathError(
    isAbsolute(requested)
      ? `The path "${requested}" is outside the workspace. Use a path relative to the repository root (for example "src/index.ts").`
      : `The path "${requested}" leaves the workspace through "..". Use a path inside the repository, relative to its root.`
  )
}

function checkNotGit(rootReal: string, candidate: string, requested: string): void {
  const parts = relative(rootReal, candidate).split(sep)
  if (parts.some(part => part.toLowerCase() === '.git')) {
    throw new WorkspacePathError(
      `The path "${requested}" is inside a .git directory, which is off limits. Work with the repository's files instead.`
    )
  }
}

/**
 * realpath that also follows dangling symlinks (whose target does not exist
 * yet, so writing through them would create a file wherever they point):
 * the nearest ancestor that exists is resolved, and the rest appended.
 */
function realpathLoose(path: string, hops: number): string {
  if (hops > MAX_LINK_HOPS)
    throw new WorkspacePathError('The path goes through too many symbolic links.')
  let existing = path
  const tail: string[] = []
  for (;;) {
    if (entryExists(existing)) break
    const parent = dirname(existing)
    if (parent === existing) break
    tail.unshift(existing.slice(parent.length).replace(/^[\\/]+/, ''))
    existing = parent
  }
  try {
    return join(realpathSync(existing), ...tail)
  } catch (error) {
    // `existing` is a dangling link (or a chain ending in one): follow it by hand.
    let target: string
    try {
      target = readlinkSync(existing)
    } catch {
      throw error
    }
    const parentReal = realpathSync(dirname(existing))
    return realpathLoose(resolve(parentReal, target, ...tail), hops + 1)
  }
}

function entryExists(path: string): boolean {
  try {
    lstatSync(path)
    return true
  } catch {
    return false
  }
}

// The state the model's tools share over one workspace, and the guards every
// tool goes through: every path goes through resolveInWorkspace, writes to
// protected paths (and to what git would not see) are refused, every result
// is a string for a tool_result with secrets and the workspace's location
// redacted, and errors come back as `{isError: true}`: nothing is thrown to
// the loop.
import {lstat} from 'node:fs/promises'
import {join} from 'node:path'
import {redact} from './command-runner.js'
import {DEPENDENCY_DIRECTORIES} from './workspace-files.js'
import {
  protectedMatcher,
  resolveInWorkspace,
  workspaceRelative,
  WorkspacePathError
} from './workspace-paths.js'

export interface WorkspaceTools {
  /** The repository root. */
  root: string
  /** Globs no write may touch (ALWAYS_PROTECTED: .git, workflows and local actions, is always added). */
  protectedGlobs: string[]
  /** Values redacted from every result. */
  secrets: string[]
  /** Runs the failing (affected) test only and describes the outcome. */
  runAffectedTest: () => Promise<string>
  /** Most bytes one read_file result may hold. */
  maxReadBytes: number
  /** Most entries one list_files result may hold. */
  maxListEntries: number
  /** Most matches one search_text result may hold; default 100. */
  maxSearchMatches?: number
  /** Files larger than this are skipped by search_text and refused by read_file; default 1 MB. */
  maxFileBytes?: number
  /** Largest content write_file accepts; default 1 MB. */
  maxWriteBytes?: number
  /**
   * Which of these workspace-relative paths git ignores (tracked files never
   * are). A write to one is refused: snapshots, diffs and commits cover only
   * what git sees, so an ignored file would change what the checks do without
   * being part of the fix. Without it only dependency directories are refused.
   */
  ignoredPaths?: (paths: string[]) => Promise<string[]>
  /**
   * An extra write guard (a feature stream's owned files): the reason a write
   * to this workspace-relative path is refused, or undefined to allow it.
   * Checked on the requested path and on where the write really lands.
   */
  refuseWrite?: (rel: string) => string | undefined
}

export interface ToolResult {
  isError: boolean
  text: string
}

const DEFAULT_MAX_SEARCH_MATCHES = 100
const DEFAULT_MAX_FILE_BYTES = 1024 * 1024

/** A path a tool may write: where it lands, absolute and workspace-relative. */
export interface WritablePath {
  absolute: string
  rel: string
}

/** One workspace's tools: their settings, the files written, and the guards. */
export class ToolScope {
  /** Workspace-relative paths written since creation or the last clear. */
  readonly written = new Set<string>()
  readonly maxFileBytes: number
  readonly maxWriteBytes: number
  readonly maxMatches: number
  private readonly isProtectedPath: (rel: string) => boolean

  constructor(readonly context: WorkspaceTools) {
    this.isProtectedPath = protectedMatcher(context.protectedGlobs)
    this.maxFileBytes = context.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES
    this.maxWriteBytes = context.maxWriteBytes ?? DEFAULT_MAX_FILE_BYTES
    this.maxMatches = context.maxSearchMatches ?? DEFAULT_MAX_SEARCH_MATCHES
  }

  get root(): string {
    return this.context.root
  }

  ok(text: string): ToolResult {
    return {isError: false, text: this.clean(text)}
  }

  fail(text: string): ToolResult {
    return {isError: true, text: this.clean(text)}
  }

  /** Redacts secrets and the workspace's absolute location from what the model sees. */
  clean(text: string): string {
    let out = redact(text, this.context.secrets)
    for (const prefix of rootPrefixes(this.context.root)) out = out.split(prefix).join('')
    return out
  }

  /** Runs a tool, turning what it throws into a tool error. */
  async guarded(run: () => Promise<ToolResult>): Promise<ToolResult> {
    try {
      return await run()
    } catch (error) {
      if (error instanceof WorkspacePathError) return this.fail(error.message)
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT')
        return this.fail(
          `Not found: ${(error as Error).message}. Use list_files to see what exists.`
        )
      return this.fail(error instanceof Error ? error.message : String(error))
    }
  }

  /** Where a write to `requested` lands; throws for protected paths, the root, and refused writes. */
  resolveWritable(requested: string): WritablePath {
    const absolute = resolveInWorkspace(this.context.root, requested)
    const rel = workspaceRelative(this.context.root, absolute)
    const requestedRel = requested.replace(/^\.\//, '')
    if (this.isProtectedPath(rel) || this.isProtectedPath(requestedRel)) {
      throw new WorkspacePathError(
        `"${rel}" is a protected path (CI and build configuration, package-manager settings, lockfiles, git hooks, secrets, auth, payments, migrations and the like); changes to it are not allowed. Fix the failure elsewhere or leave it for a human.`
      )
    }
    if (rel === '.') throw new WorkspacePathError('The repository root is a directory, not a file.')
    const refused = this.context.refuseWrite?.(rel) ?? this.context.refuseWrite?.(requestedRel)
    if (refused !== undefined) throw new WorkspacePathError(refused)
    return {absolute, rel}
  }

  /** Refuses a write to installed dependencies or to a file git ignores (see ignoredPaths). */
  async refuseUnseen(rel: string): Promise<void> {
    // `rel` is where the write really lands (symbolic links followed).
    const dependency = rel.split('/').find(part => DEPENDENCY_DIRECTORIES.has(part.toLowerCase()))
    if (dependency) {
      throw new WorkspacePathError(
        `"${rel}" is inside ${dependency}/, installed dependencies; they are read-only. Fix the failure in the repository's own files.`
      )
    }
    const repository = await nestedRepository(this.context.root, rel)
    if (repository) {
      throw new WorkspacePathError(
        `"${rel}" is inside ${repository}/, a separate git repository (a submodule or a nested checkout): this repository's commits do not carry changes there, so it may not be written. Fix the failure in this repository's own files.`
      )
    }
    const ignored = this.context.ignoredPaths ? await this.context.ignoredPaths([rel]) : []
    if (ignored.length > 0) {
      throw new WorkspacePathError(
        `"${rel}" is ignored by git (.gitignore or .git/info/exclude): a change there would not be part of the fix, so it may not be written. Change tracked files, or add new files git does not ignore.`
      )
    }
  }

  /** resolveWritable, then refuseUnseen on where the write lands. */
  async writable(requested: string): Promise<WritablePath> {
    const target = this.resolveWritable(requested)
    await this.refuseUnseen(target.rel)
    return target
  }
}

/**
 * The nearest directory above `rel` (below the root) that is a git repository
 * of its own (it holds `.git`: a submodule's gitfile or a nested checkout's
 * directory), or undefined. Changes there are not in this repository's diff
 * or commits, so a write there could change what the checks do unseen.
 */
async function nestedRepository(root: string, rel: string): Promise<string | undefined> {
  const parts = rel.split('/').slice(0, -1)
  for (let depth = parts.length; depth > 0; depth--) {
    const dir = parts.slice(0, depth).join('/')
    if (
      await lstat(join(root, dir, '.git')).then(
        () => true,
        () => false
      )
    )
      return dir
  }
  return undefined
}

function rootPrefixes(root: string): string[] {
  const prefixes = new Set<string>()
  try {
    prefixes.add(`${resolveInWorkspace(root, '.')}/`)
  } catch {
    // A missing root shows up in the tools' own errors.
  }
  prefixes.add(`${join(root, '.')}/`)
  return [...prefixes].filter(p => p !== '//' && p !== '/')
}

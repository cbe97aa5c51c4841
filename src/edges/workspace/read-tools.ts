// The model's reading tools, list_files and read_file, confined to the
// workspace (every path through resolveInWorkspace; see tool-scope.ts).
import {readdir, stat} from 'node:fs/promises'
import {join} from 'node:path'
import type {z} from 'zod'
import type {ToolResult, ToolScope} from './tool-scope.js'
import type {toolInputSchemas} from './tool-schemas.js'
import {isBinary, SKIPPED_DIRECTORIES, splitLines} from './workspace-files.js'
import {readRegularFile, resolveInWorkspace, workspaceRelative} from './workspace-paths.js'

type ListFilesInput = z.infer<typeof toolInputSchemas.list_files>
type ReadFileInput = z.infer<typeof toolInputSchemas.read_file>

/** Longest line read_file shows whole. */
const MAX_SHOWN_LINE = 20_000

export async function listFiles(scope: ToolScope, input: ListFilesInput): Promise<ToolResult> {
  const requested = input.path === undefined || input.path.trim() === '' ? '.' : input.path
  const start = resolveInWorkspace(scope.root, requested)
  const info = await stat(start)
  if (!info.isDirectory())
    return scope.fail(`"${requested}" is a file, not a directory; use read_file to read it.`)
  const listing: Listing = {depth: input.depth ?? 2, lines: [], more: 0}
  await listTree(scope, start, 1, listing)
  const {lines, more} = listing
  if (lines.length === 0) return scope.ok(`"${requested}" is empty.`)
  if (more > 0)
    lines.push(`[… ${more} more entries not shown; list a subdirectory or use a smaller depth]`)
  return scope.ok(lines.join('\n'))
}

/** A listing being built: how many levels it goes down, its lines, and the entries left out. */
interface Listing {
  depth: number
  lines: string[]
  more: number
}

/** Adds the entries under `dir` (at `level`) to `listing`, down to its depth, up to maxListEntries. */
async function listTree(
  scope: ToolScope,
  dir: string,
  level: number,
  listing: Listing
): Promise<void> {
  const entries = await readdir(dir, {withFileTypes: true}).catch(() => [])
  entries.sort((a, b) => a.name.localeCompare(b.name))
  for (const entry of entries) {
    if (entry.isDirectory() && SKIPPED_DIRECTORIES.has(entry.name)) continue
    const rel = workspaceRelative(scope.root, join(dir, entry.name))
    if (listing.lines.length >= scope.context.maxListEntries) {
      listing.more++
      continue
    }
    if (entry.isDirectory()) {
      listing.lines.push(`${rel}/`)
      if (level < listing.depth) await listTree(scope, join(dir, entry.name), level + 1, listing)
    } else {
      listing.lines.push(entry.isSymbolicLink() ? `${rel} (symlink)` : rel)
    }
  }
}

export async function readFileTool(scope: ToolScope, input: ReadFileInput): Promise<ToolResult> {
  const absolute = resolveInWorkspace(scope.root, input.path)
  // A FIFO or device would block a plain read forever (nothing else writes to it).
  const bytes = await readRegularFile(absolute, input.path, scope.maxFileBytes)
  if (isBinary(bytes))
    return scope.fail(`"${input.path}" is a binary file and cannot be read as text.`)
  const lines = splitLines(bytes.toString('utf8'))
  const total = lines.length
  const first = input.start_line ?? 1
  const last = Math.min(input.end_line ?? total, total)
  if (total === 0) return scope.ok(`${input.path} is empty.`)
  if (first > total)
    return scope.fail(`"${input.path}" has ${total} lines; start_line ${first} is past the end.`)
  if (input.end_line !== undefined && input.end_line < first)
    return scope.fail(`end_line (${input.end_line}) is before start_line (${first}).`)
  const {out, shownLast} = numberedLines(lines, first, last, scope.context.maxReadBytes)
  const header = `${workspaceRelative(scope.root, absolute)} (lines ${first}-${shownLast} of ${total})`
  const footer =
    shownLast < last
      ? `\n[… output limit reached; call read_file with start_line=${shownLast + 1} to continue]`
      : ''
  return scope.ok(`${header}\n${out.join('\n')}${footer}`)
}

/** Lines `first`..`last` as "<n>\t<line>", within `maxBytes` (at least one line). */
function numberedLines(
  lines: string[],
  first: number,
  last: number,
  maxBytes: number
): {out: string[]; shownLast: number} {
  const out: string[] = []
  let bytesUsed = 0
  let shownLast = first - 1
  for (let n = first; n <= last; n++) {
    const line = `${n}\t${lines[n - 1]}`
    const size = Buffer.byteLength(line) + 1
    if (bytesUsed + size > maxBytes && out.length > 0) break
    out.push(
      line.length > MAX_SHOWN_LINE ? `${line.slice(0, MAX_SHOWN_LINE)}[… line truncated]` : line
    )
    bytesUsed += size
    shownLast = n
  }
  return {out, shownLast}
}

// The model's search_text tool: a literal or RE2 search of the workspace's
// text files, bounded in files, matches and line length.
import {lstat, readdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'
import picomatch from 'picomatch'
import {RE2JS} from 're2js'
import type {z} from 'zod'
import type {ToolResult, ToolScope} from './tool-scope.js'
import type {toolInputSchemas} from './tool-schemas.js'
import {isBinary, SKIPPED_DIRECTORIES, splitLines} from './workspace-files.js'
import {resolveInWorkspace, workspaceRelative} from './workspace-paths.js'

type SearchInput = z.infer<typeof toolInputSchemas.search_text>

const MAX_SEARCH_FILES = 20_000
const MAX_LINE_CHARS = 2_000
const SHOWN_LINE_CHARS = 300

export async function searchText(scope: ToolScope, input: SearchInput): Promise<ToolResult> {
  const test = lineMatcher(input)
  if (typeof test === 'string') return scope.fail(test)
  const globMatch = pathFilter(input)
  const rootReal = resolveInWorkspace(scope.root, '.')
  const search = new TextSearch(scope, test, globMatch, rootReal)
  await search.walk(rootReal)
  return scope.ok(search.report(input))
}

/** The test of one line for the pattern, or why the pattern is refused. */
function lineMatcher(input: SearchInput): ((line: string) => boolean) | string {
  if (input.regex) {
    // RE2 matches in time linear in the line, whatever the pattern: a model
    // (or a prompt injection) cannot stall the run with catastrophic backtracking.
    let re: RE2JS
    try {
      re = RE2JS.compile(input.pattern, input.case_sensitive === false ? RE2JS.CASE_INSENSITIVE : 0)
    } catch (error) {
      return `Invalid regular expression (RE2 syntax): ${(error as Error).message}`
    }
    return line => re.matcher(line).find()
  }
  if (input.case_sensitive === false) {
    const needle = input.pattern.toLowerCase()
    return line => line.toLowerCase().includes(needle)
  }
  return line => line.includes(input.pattern)
}

/** The path_glob test of a workspace-relative path; undefined: every file. */
function pathFilter(input: SearchInput): ((rel: string) => boolean) | undefined {
  return input.path_glob && input.path_glob.trim() !== ''
    ? picomatch(input.path_glob.trim().replace(/^\.\//, ''), {
        dot: true,
        basename: !input.path_glob.includes('/')
      })
    : undefined
}

/** One search's walk of the workspace and what it found. */
class TextSearch {
  private readonly matches: string[] = []
  /** Matches beyond maxMatches, counted only. */
  private extra = 0
  private filesSearched = 0
  /** Files over maxFileBytes. */
  private skipped = 0
  /** True once MAX_SEARCH_FILES were searched. */
  private stopped = false

  constructor(
    private readonly scope: ToolScope,
    private readonly test: (line: string) => boolean,
    private readonly globMatch: ((rel: string) => boolean) | undefined,
    /** The workspace's real root, which paths are shown relative to. */
    private readonly rootReal: string
  ) {}

  async walk(dir: string): Promise<void> {
    const entries = await readdir(dir, {withFileTypes: true}).catch(() => [])
    entries.sort((a, b) => a.name.localeCompare(b.name))
    for (const entry of entries) {
      if (this.stopped) return
      const absolute = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) await this.walk(absolute)
        continue
      }
      if (!entry.isFile()) continue
      const rel = workspaceRelative(this.rootReal, absolute)
      if (this.globMatch && !this.globMatch(rel)) continue
      if (this.filesSearched >= MAX_SEARCH_FILES) {
        this.stopped = true
        return
      }
      await this.searchFile(absolute, rel)
    }
  }

  private async searchFile(absolute: string, rel: string): Promise<void> {
    const info = await lstat(absolute).catch(() => undefined)
    if (!info || info.size > this.scope.maxFileBytes) {
      this.skipped++
      return
    }
    const bytes = await readFile(absolute).catch(() => undefined)
    if (!bytes || isBinary(bytes)) return
    this.filesSearched++
    const lines = splitLines(bytes.toString('utf8'))
    for (let i = 0; i < lines.length; i++) {
      const line =
        lines[i]!.length > MAX_LINE_CHARS ? lines[i]!.slice(0, MAX_LINE_CHARS) : lines[i]!
      if (!this.test(line)) continue
      if (this.matches.length >= this.scope.maxMatches) {
        this.extra++
        continue
      }
      const shown = line.trim()
      this.matches.push(
        `${rel}:${i + 1}: ${shown.length > SHOWN_LINE_CHARS ? `${shown.slice(0, SHOWN_LINE_CHARS)}…` : shown}`
      )
    }
  }

  /** The matches, then what was left out and why. */
  report(input: SearchInput): string {
    const notes: string[] = []
    if (this.extra > 0)
      notes.push(`[… ${this.extra} more matches not shown; narrow the pattern or path_glob]`)
    if (this.stopped)
      notes.push(`[search stopped after ${MAX_SEARCH_FILES} files; use path_glob to narrow it]`)
    if (this.skipped > 0)
      notes.push(
        `[${this.skipped} files larger than ${this.scope.maxFileBytes} bytes were not searched]`
      )
    if (this.matches.length === 0) {
      const where = this.globMatch ? ` in files matching "${input.path_glob}"` : ''
      return [
        `No matches for ${JSON.stringify(input.pattern)}${where} (${this.filesSearched} files searched).`,
        ...notes
      ].join('\n')
    }
    return [...this.matches, ...notes].join('\n')
  }
}

// The tools the model calls during a fix attempt, confined to the workspace.
// Every path goes through resolveInWorkspace, writes to protected paths are
// refused, every result is a string for a tool_result with secrets redacted,
// and errors come back as `{isError: true}`: nothing is thrown to the loop.
import {lstat, mkdir, readdir, readFile, stat, writeFile} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {RE2JS} from 're2js'
import picomatch from 'picomatch'
import {z} from 'zod'
import {redact} from './command-runner.js'
import {
  protectedMatcher,
  readRegularFile,
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

// ---------------------------------------------------------------------------
// Input schemas (zod) and the tool definitions sent to the model

const pathField = z.string().min(1).describe('Path relative to the repository root.')

export const toolInputSchemas = {
  list_files: z.object({
    path: z
      .string()
      .optional()
      .describe('Directory relative to the repository root; default the root.'),
    depth: z
      .number()
      .int()
      .min(1)
      .max(8)
      .optional()
      .describe('How many directory levels to descend; default 2.')
  }),
  read_file: z.object({
    path: pathField,
    start_line: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('First line to read (1-based); default 1.'),
    end_line: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('Last line to read (inclusive); default the end of the file.')
  }),
  search_text: z.object({
    pattern: z
      .string()
      .min(1)
      .max(500)
      .describe('Text to find; a literal string unless regex is true.'),
    path_glob: z
      .string()
      .optional()
      .describe('Only search files matching this glob, e.g. "src/**/*.ts" or "*.py".'),
    regex: z
      .boolean()
      .optional()
      .describe(
        'Treat pattern as a regular expression (RE2 syntax: no backreferences or lookaround); default false.'
      ),
    case_sensitive: z.boolean().optional().describe('Default true.')
  }),
  replace_in_file: z.object({
    path: pathField,
    old_string: z
      .string()
      .describe('Exact text to replace; it must occur exactly once in the file.'),
    new_string: z.string().describe('Replacement text.')
  }),
  write_file: z.object({
    path: pathField,
    content: z.string().describe('The whole new content of the file.')
  }),
  run_affected_test: z.object({})
} as const

export type ToolName = keyof typeof toolInputSchemas
export const TOOL_NAMES = Object.keys(toolInputSchemas) as ToolName[]

const TOOL_DESCRIPTIONS: Record<ToolName, string> = {
  list_files:
    'List files and directories under a directory of the repository (dependencies and build output are skipped).',
  read_file:
    'Read a text file, with line numbers ("<n>\\t<line>"; the number and tab are not part of the file). Use start_line/end_line for large files.',
  search_text:
    'Search the repository\'s text files for a string or regular expression. Returns "path:line: text" for each match.',
  replace_in_file:
    'Replace one exact occurrence of old_string with new_string in a file. old_string must match the file exactly (whitespace included) and occur exactly once; add surrounding lines to make it unique.',
  write_file:
    'Create a file or replace its whole content. Prefer replace_in_file for edits to existing files.',
  run_affected_test:
    'Run the failing test(s) only, against the current state of the workspace, and return the result.'
}

export interface ToolDefinition {
  name: ToolName
  description: string
  input_schema: {type: 'object'; properties: Record<string, unknown>; required?: string[]}
}

/** The tools in the shape of the Messages API `tools` parameter. */
export function toolDefinitions(): ToolDefinition[] {
  return TOOL_NAMES.map(name => {
    const schema = z.toJSONSchema(toolInputSchemas[name]) as {
      properties?: Record<string, unknown>
      required?: string[]
    }
    const input_schema: ToolDefinition['input_schema'] = {
      type: 'object',
      properties: schema.properties ?? {}
    }
    if (schema.required?.length) input_schema.required = schema.required
    return {name, description: TOOL_DESCRIPTIONS[name], input_schema}
  })
}

// ---------------------------------------------------------------------------

export interface ModelTools {
  list_files(input: z.infer<typeof toolInputSchemas.list_files>): Promise<ToolResult>
  read_file(input: z.infer<typeof toolInputSchemas.read_file>): Promise<ToolResult>
  search_text(input: z.infer<typeof toolInputSchemas.search_text>): Promise<ToolResult>
  replace_in_file(input: z.infer<typeof toolInputSchemas.replace_in_file>): Promise<ToolResult>
  write_file(input: z.infer<typeof toolInputSchemas.write_file>): Promise<ToolResult>
  run_affected_test(input: z.infer<typeof toolInputSchemas.run_affected_test>): Promise<ToolResult>
  /** Validates `input` and routes to the tool; unknown tools and bad input are tool errors. */
  dispatchTool(name: string, input: unknown): Promise<ToolResult>
  /** Workspace-relative paths (`/` separators) written since creation or the last `clearWritten`, sorted. */
  writtenFiles(): string[]
  clearWritten(): void
}

const DEFAULT_MAX_SEARCH_MATCHES = 100
const DEFAULT_MAX_FILE_BYTES = 1024 * 1024
const MAX_SEARCH_FILES = 20_000
const MAX_LINE_CHARS = 2_000
const SHOWN_LINE_CHARS = 300
const BINARY_SNIFF_BYTES = 8_000

/** The model's tools over one workspace. */
export function createModelTools(context: WorkspaceTools): ModelTools {
  const written = new Set<string>()
  const isProtectedPath = protectedMatcher(context.protectedGlobs)
  const maxFileBytes = context.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES
  const maxWriteBytes = context.maxWriteBytes ?? DEFAULT_MAX_FILE_BYTES
  const maxMatches = context.maxSearchMatches ?? DEFAULT_MAX_SEARCH_MATCHES

  const ok = (text: string): ToolResult => ({isError: false, text: clean(text)})
  const fail = (text: string): ToolResult => ({isError: true, text: clean(text)})
  /** Redacts secrets and the workspace's absolute location from what the model sees. */
  const clean = (text: string): string => {
    let out = redact(text, context.secrets)
    for (const prefix of rootPrefixes(context.root)) out = out.split(prefix).join('')
    return out
  }
  const guarded = async (run: () => Promise<ToolResult>): Promise<ToolResult> => {
    try {
      return await run()
    } catch (error) {
      if (error instanceof WorkspacePathError) return fail(error.message)
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT')
        return fail(`Not found: ${(error as Error).message}. Use list_files to see what exists.`)
      return fail(error instanceof Error ? error.message : String(error))
    }
  }
  const resolveWritable = (requested: string): {absolute: string; rel: string} => {
    const absolute = resolveInWorkspace(context.root, requested)
    const rel = workspaceRelative(context.root, absolute)
    const requestedRel = requested.replace(/^\.\//, '')
    if (isProtectedPath(rel) || isProtectedPath(requestedRel)) {
      throw new WorkspacePathError(
        `"${rel}" is a protected path (CI and build configuration, package-manager settings, lockfiles, git hooks, secrets, auth, payments, migrations and the like); changes to it are not allowed. Fix the failure elsewhere or leave it for a human.`
      )
    }
    if (rel === '.') throw new WorkspacePathError('The repository root is a directory, not a file.')
    const refused = context.refuseWrite?.(rel) ?? context.refuseWrite?.(requestedRel)
    if (refused !== undefined) throw new WorkspacePathError(refused)
    return {absolute, rel}
  }
  /** Refuses a write to installed dependencies or to a file git ignores (see ignoredPaths). */
  const refuseUnseen = async (rel: string): Promise<void> => {
    // `rel` is where the write really lands (symbolic links followed).
    const dependency = rel.split('/').find(part => DEPENDENCY_DIRECTORIES.has(part.toLowerCase()))
    if (dependency) {
      throw new WorkspacePathError(
        `"${rel}" is inside ${dependency}/, installed dependencies; they are read-only. Fix the failure in the repository's own files.`
      )
    }
    const repository = await nestedRepository(context.root, rel)
    if (repository) {
      throw new WorkspacePathError(
        `"${rel}" is inside ${repository}/, a separate git repository (a submodule or a nested checkout): this repository's commits do not carry changes there, so it may not be written. Fix the failure in this repository's own files.`
      )
    }
    const ignored = context.ignoredPaths ? await context.ignoredPaths([rel]) : []
    if (ignored.length > 0) {
      throw new WorkspacePathError(
        `"${rel}" is ignored by git (.gitignore or .git/info/exclude): a change there would not be part of the fix, so it may not be written. Change tracked files, or add new files git does not ignore.`
      )
    }
  }

  const tools: Omit<ModelTools, 'dispatchTool' | 'writtenFiles' | 'clearWritten'> = {
    list_files: input =>
      guarded(async () => {
        const requested = input.path === undefined || input.path.trim() === '' ? '.' : input.path
        const start = resolveInWorkspace(context.root, requested)
        const info = await stat(start)
        if (!info.isDirectory())
          return fail(`"${requested}" is a file, not a directory; use read_file to read it.`)
        const depth = input.depth ?? 2
        const lines: string[] = []
        let more = 0
        const walk = async (dir: string, level: number): Promise<void> => {
          const entries = await readdir(dir, {withFileTypes: true}).catch(() => [])
          entries.sort((a, b) => a.name.localeCompare(b.name))
          for (const entry of entries) {
            if (entry.isDirectory() && SKIPPED_DIRECTORIES.has(entry.name)) continue
            const rel = workspaceRelative(context.root, join(dir, entry.name))
            if (lines.length >= context.maxListEntries) {
              more++
              continue
            }
            if (entry.isDirectory()) {
              lines.push(`${rel}/`)
              if (level < depth) await walk(join(dir, entry.name), level + 1)
            } else {
              lines.push(entry.isSymbolicLink() ? `${rel} (symlink)` : rel)
            }
          }
        }
        await walk(start, 1)
        if (lines.length === 0) return ok(`"${requested}" is empty.`)
        if (more > 0)
          lines.push(
            `[… ${more} more entries not shown; list a subdirectory or use a smaller depth]`
          )
        return ok(lines.join('\n'))
      }),

    read_file: input =>
      guarded(async () => {
        const absolute = resolveInWorkspace(context.root, input.path)
        // A FIFO or device would block a plain read forever (nothing else writes to it).
        const bytes = await readRegularFile(absolute, input.path, maxFileBytes)
        if (isBinary(bytes))
          return fail(`"${input.path}" is a binary file and cannot be read as text.`)
        const lines = splitLines(bytes.toString('utf8'))
        const total = lines.length
        const first = input.start_line ?? 1
        const last = Math.min(input.end_line ?? total, total)
        if (total === 0) return ok(`${input.path} is empty.`)
        if (first > total)
          return fail(`"${input.path}" has ${total} lines; start_line ${first} is past the end.`)
        if (input.end_line !== undefined && input.end_line < first)
          return fail(`end_line (${input.end_line}) is before start_line (${first}).`)
        const out: string[] = []
        let bytesUsed = 0
        let shownLast = first - 1
        for (let n = first; n <= last; n++) {
          const line = `${n}\t${lines[n - 1]}`
          const size = Buffer.byteLength(line) + 1
          if (bytesUsed + size > context.maxReadBytes && out.length > 0) break
          out.push(line.length > 20_000 ? `${line.slice(0, 20_000)}[… line truncated]` : line)
          bytesUsed += size
          shownLast = n
        }
        const header = `${workspaceRelative(context.root, absolute)} (lines ${first}-${shownLast} of ${total})`
        const footer =
          shownLast < last
            ? `\n[… output limit reached; call read_file with start_line=${shownLast + 1} to continue]`
            : ''
        return ok(`${header}\n${out.join('\n')}${footer}`)
      }),

    search_text: input =>
      guarded(async () => {
        let test: (line: string) => boolean
        if (input.regex) {
          // RE2 matches in time linear in the line, whatever the pattern: a model
          // (or a prompt injection) cannot stall the run with catastrophic backtracking.
          let re: RE2JS
          try {
            re = RE2JS.compile(
              input.pattern,
              input.case_sensitive === false ? RE2JS.CASE_INSENSITIVE : 0
            )
          } catch (error) {
            return fail(`Invalid regular expression (RE2 syntax): ${(error as Error).message}`)
          }
          test = line => re.matcher(line).find()
        } else if (input.case_sensitive === false) {
          const needle = input.pattern.toLowerCase()
          test = line => line.toLowerCase().includes(needle)
        } else {
          test = line => line.includes(input.pattern)
        }
        const globMatch =
          input.path_glob && input.path_glob.trim() !== ''
            ? picomatch(input.path_glob.trim().replace(/^\.\//, ''), {
                dot: true,
                basename: !input.path_glob.includes('/')
              })
            : undefined
        const matches: string[] = []
        let extra = 0
        let filesSearched = 0
        let skipped = 0
        let stopped = false
        const rootReal = resolveInWorkspace(context.root, '.')
        const walk = async (dir: string): Promise<void> => {
          const entries = await readdir(dir, {withFileTypes: true}).catch(() => [])
          entries.sort((a, b) => a.name.localeCompare(b.name))
          for (const entry of entries) {
            if (stopped) return
            const absolute = join(dir, entry.name)
            if (entry.isDirectory()) {
              if (!SKIPPED_DIRECTORIES.has(entry.name)) await walk(absolute)
              continue
            }
            if (!entry.isFile()) continue
            const rel = workspaceRelative(rootReal, absolute)
            if (globMatch && !globMatch(rel)) continue
            if (filesSearched >= MAX_SEARCH_FILES) {
              stopped = true
              return
            }
            const info = await lstat(absolute).catch(() => undefined)
            if (!info || info.size > maxFileBytes) {
              skipped++
              continue
            }
            const bytes = await readFile(absolute).catch(() => undefined)
            if (!bytes || isBinary(bytes)) continue
            filesSearched++
            const lines = splitLines(bytes.toString('utf8'))
            for (let i = 0; i < lines.length; i++) {
              const line =
                lines[i]!.length > MAX_LINE_CHARS ? lines[i]!.slice(0, MAX_LINE_CHARS) : lines[i]!
              if (!test(line)) continue
              if (matches.length >= maxMatches) {
                extra++
                continue
              }
              const shown = line.trim()
              matches.push(
                `${rel}:${i + 1}: ${shown.length > SHOWN_LINE_CHARS ? `${shown.slice(0, SHOWN_LINE_CHARS)}…` : shown}`
              )
            }
          }
        }
        await walk(rootReal)
        const notes: string[] = []
        if (extra > 0)
          notes.push(`[… ${extra} more matches not shown; narrow the pattern or path_glob]`)
        if (stopped)
          notes.push(`[search stopped after ${MAX_SEARCH_FILES} files; use path_glob to narrow it]`)
        if (skipped > 0)
          notes.push(`[${skipped} files larger than ${maxFileBytes} bytes were not searched]`)
        if (matches.length === 0) {
          const where = globMatch ? ` in files matching "${input.path_glob}"` : ''
          return ok(
            [
              `No matches for ${JSON.stringify(input.pattern)}${where} (${filesSearched} files searched).`,
              ...notes
            ].join('\n')
          )
        }
        return ok([...matches, ...notes].join('\n'))
      }),

    replace_in_file: input =>
      guarded(async () => {
        const {absolute, rel} = resolveWritable(input.path)
        await refuseUnseen(rel)
        if (input.old_string === '')
          return fail('old_string is empty. To create a file or replace all of it, use write_file.')
        if (input.old_string === input.new_string)
          return fail('old_string and new_string are the same; nothing would change.')
        const bytes = await readRegularFile(absolute, input.path, maxFileBytes)
        if (isBinary(bytes))
          return fail(`"${input.path}" is a binary file and cannot be edited as text.`)
        const content = bytes.toString('utf8')
        let oldString = input.old_string
        let newString = input.new_string
        let positions = occurrences(content, oldString)
        if (positions.length === 0 && content.includes('\r\n') && !oldString.includes('\r\n')) {
          // A CRLF file and an LF old_string (the model saw lines, not line endings).
          oldString = oldString.replace(/\n/g, '\r\n')
          newString = newString.replace(/\r?\n/g, '\r\n')
          positions = occurrences(content, oldString)
        }
        if (positions.length === 0) {
          return fail(
            `old_string was not found in ${rel}. Read the file again and copy the text exactly, including whitespace and indentation (the line numbers and tab that read_file adds are not part of the file).`
          )
        }
        if (positions.length > 1) {
          const lines = positions.slice(0, 10).map(p => lineOf(content, p))
          return fail(
            `old_string was found ${positions.length} times in ${rel} (at lines ${lines.join(', ')}${positions.length > 10 ? ', …' : ''}); it must occur exactly once. Include more surrounding lines to make it unique.`
          )
        }
        const at = positions[0]!
        const updated = content.slice(0, at) + newString + content.slice(at + oldString.length)
        await writeFile(absolute, updated)
        written.add(rel)
        return ok(`Replaced 1 occurrence in ${rel} at line ${lineOf(content, at)}.`)
      }),

    write_file: input =>
      guarded(async () => {
        const {absolute, rel} = resolveWritable(input.path)
        await refuseUnseen(rel)
        const size = Buffer.byteLength(input.content)
        if (size > maxWriteBytes)
          return fail(`The content is ${size} bytes; write_file accepts at most ${maxWriteBytes}.`)
        const existing = await lstat(absolute).catch(() => undefined)
        if (existing?.isDirectory()) return fail(`"${input.path}" is a directory.`)
        await mkdir(dirname(absolute), {recursive: true})
        await writeFile(absolute, input.content)
        written.add(rel)
        return ok(`${existing ? 'Overwrote' : 'Created'} ${rel} (${size} bytes).`)
      }),

    run_affected_test: () =>
      guarded(async () => {
        return ok(await context.runAffectedTest())
      })
  }

  return {
    ...tools,
    async dispatchTool(name: string, input: unknown): Promise<ToolResult> {
      if (!Object.hasOwn(toolInputSchemas, name)) {
        return fail(`Unknown tool "${name}". Available tools: ${TOOL_NAMES.join(', ')}.`)
      }
      const toolName = name as ToolName
      const parsed = toolInputSchemas[toolName].safeParse(input ?? {})
      if (!parsed.success)
        return fail(`Invalid input for ${toolName}: ${z.prettifyError(parsed.error)}`)
      // The schemas and the tools are keyed alike; the cast only joins the two unions.
      const tool = tools[toolName] as (value: unknown) => Promise<ToolResult>
      return guarded(() => tool(parsed.data))
    },
    writtenFiles(): string[] {
      return [...written].sort()
    },
    clearWritten(): void {
      written.clear()
    }
  }
}

// ---------------------------------------------------------------------------

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

/** True when the sniffed start of a file holds a NUL byte (as git decides). */
export function isBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)
}

function splitLines(text: string): string[] {
  if (text === '') return []
  const lines = text.split(/\r?\n/)
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = []
  let from = 0
  for (;;) {
    const at = haystack.indexOf(needle, from)
    if (at === -1) return found
    found.push(at)
    from = at + needle.length
  }
}

function lineOf(text: string, index: number): number {
  let line = 1
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

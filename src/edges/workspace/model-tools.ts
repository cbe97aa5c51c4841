// The tools the model calls during a fix attempt, confined to the workspace.
// Every path goes through resolveInWorkspace, writes to protected paths are
// refused, every result is a string for a tool_result with secrets redacted,
// and errors come back as `{isError: true}`: nothing is thrown to the loop.
// The guards are in tool-scope.ts, the tools in read-tools.ts, search-tool.ts
// and write-tools.ts, their schemas in tool-schemas.ts.
import {z} from 'zod'
import {listFiles, readFileTool} from './read-tools.js'
import {searchText} from './search-tool.js'
import {ToolScope, type ToolResult, type WorkspaceTools} from './tool-scope.js'
import {TOOL_NAMES, toolInputSchemas, type ToolName} from './tool-schemas.js'
import {replaceInFile, writeFileTool} from './write-tools.js'

export {type ToolResult, type WorkspaceTools} from './tool-scope.js'
export {
  TOOL_NAMES,
  toolDefinitions,
  toolInputSchemas,
  type ToolDefinition,
  type ToolName
} from './tool-schemas.js'
export {DEPENDENCY_DIRECTORIES, isBinary, SKIPPED_DIRECTORIES} from './workspace-files.js'

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

/** The model's tools over one workspace. */
export function createModelTools(context: WorkspaceTools): ModelTools {
  const scope = new ToolScope(context)
  const tools: Omit<ModelTools, 'dispatchTool' | 'writtenFiles' | 'clearWritten'> = {
    list_files: input => scope.guarded(() => listFiles(scope, input)),
    read_file: input => scope.guarded(() => readFileTool(scope, input)),
    search_text: input => scope.guarded(() => searchText(scope, input)),
    replace_in_file: input => scope.guarded(() => replaceInFile(scope, input)),
    write_file: input => scope.guarded(() => writeFileTool(scope, input)),
    run_affected_test: () =>
      scope.guarded(async () => {
        return scope.ok(await context.runAffectedTest())
      })
  }

  return {
    ...tools,
    async dispatchTool(name: string, input: unknown): Promise<ToolResult> {
      if (!Object.hasOwn(toolInputSchemas, name)) {
        return scope.fail(`Unknown tool "${name}". Available tools: ${TOOL_NAMES.join(', ')}.`)
      }
      const toolName = name as ToolName
      const parsed = toolInputSchemas[toolName].safeParse(input ?? {})
      if (!parsed.success)
        return scope.fail(`Invalid input for ${toolName}: ${z.prettifyError(parsed.error)}`)
      // The schemas and the tools are keyed alike; the cast only joins the two unions.
      const tool = tools[toolName] as (value: unknown) => Promise<ToolResult>
      return scope.guarded(() => tool(parsed.data))
    },
    writtenFiles(): string[] {
      return [...scope.written].sort()
    },
    clearWritten(): void {
      scope.written.clear()
    }
  }
}

// The model's tools as the model sees them: their input schemas (zod), which
// validate every call, and the definitions sent in the Messages API `tools`
// parameter. What the tools do is in model-tools.ts.
import {z} from 'zod'

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

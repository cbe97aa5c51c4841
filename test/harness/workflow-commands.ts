// Reads what an action tells the runner: workflow commands on stdout and
// stderr, and the key/value files (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV).

export interface WorkflowCommand {
  command: string
  properties: Record<string, string>
  message: string
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  message: string
  file?: string
  line?: number
  endLine?: number
  col?: number
  title?: string
}

// The runner's reading, step for step (actions/runner: ProcessInvoker reads
// each stream with StreamReader.ReadLine; OutputManager gives every line
// that contains `::` or `##[` to ActionCommandManager.TryProcessCommand,
// which tries ActionCommand.TryParseV2, then the v1 TryParse):
// - a line ends at LF, CR or CRLF;
// - v2: after TrimStart (.NET whitespace) the line starts with `::`; the
//   command info runs to the next `::`; its name (to the first space) must
//   be a registered command (case-insensitive); properties are `k=v` split
//   on `,`; the data is the rest, unescaped %0D %0A %25 (upper case only:
//   .NET's ordinal Replace);
// - v1: `##[` ANYWHERE in the line, the info runs to the next `]`,
//   properties split on `;`, data after the `]`;
// - `stop-commands` with data T: nothing runs until a line that parses as
//   command T (which is registered while commands are stopped).
// One simplification: the runner compares `::` and `##[` with the current
// culture (ICU skips ignorable characters); this reads them ordinally.

/** The commands a runner registers (ActionCommandManager and its extensions). */
export const RUNNER_COMMANDS = [
  'add-mask',
  'add-matcher',
  'add-path',
  'debug',
  'echo',
  'endgroup',
  'error',
  'group',
  'notice',
  'remove-matcher',
  'save-state',
  'set-env',
  'set-output',
  'stop-commands',
  'warning'
]

/** .NET's Char.IsWhiteSpace, what String.TrimStart() removes (JS's \s adds U+FEFF, lacks U+0085). */
const DOTNET_LEADING_SPACE =
  /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/

function replaceAll(value: string, mappings: [string, string][]): string {
  let out = value
  for (const [escaped, token] of mappings) out = out.split(escaped).join(token)
  return out
}

const DATA_ESCAPES: [string, string][] = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%25', '%']
]
const PROPERTY_ESCAPES: [string, string][] = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%3A', ':'],
  ['%2C', ','],
  ['%25', '%']
]
const V1_ESCAPES: [string, string][] = [
  ['%3B', ';'],
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%5D', ']'],
  ['%25', '%']
]

function unescapeData(value: string): string {
  return replaceAll(value, DATA_ESCAPES)
}

function properties(
  text: string,
  separator: string,
  unescape: (value: string) => string
): Record<string, string> {
  const out: Record<string, string> = {}
  for (const pair of text.split(separator).filter(Boolean)) {
    const at = pair.indexOf('=')
    // .NET Split('=', 2, RemoveEmptyEntries): both sides must be non-empty.
    if (at > 0 && at < pair.length - 1) out[pair.slice(0, at)] = unescape(pair.slice(at + 1))
  }
  return out
}

function nameAndRest(info: string): {name: string; rest?: string} {
  const space = info.indexOf(' ')
  return space < 0 ? {name: info} : {name: info.slice(0, space), rest: info.slice(space + 1)}
}

function parseV2(line: string, registered: Set<string>): WorkflowCommand | undefined {
  const message = line.replace(DOTNET_LEADING_SPACE, '')
  if (!message.startsWith('::')) return undefined
  const end = message.indexOf('::', 2)
  if (end < 0) return undefined
  const {name, rest} = nameAndRest(message.slice(2, end))
  if (!registered.has(name.toLowerCase())) return undefined
  return {
    command: name,
    // TryParseV2 reads properties only after a space at index > 0.
    properties:
      rest !== undefined && name.length > 0
        ? properties(rest.trim(), ',', v => replaceAll(v, PROPERTY_ESCAPES))
        : {},
    message: unescapeData(message.slice(end + 2))
  }
}

function parseV1(line: string, registered: Set<string>): WorkflowCommand | undefined {
  const prefix = line.indexOf('##[')
  if (prefix < 0) return undefined
  const bracket = line.indexOf(']', prefix)
  if (bracket < 0) return undefined
  const {name, rest} = nameAndRest(line.slice(prefix + 3, bracket))
  if (!registered.has(name.toLowerCase())) return undefined
  return {
    command: name,
    properties:
      rest !== undefined && name.length > 0
        ? properties(rest, ';', v => replaceAll(v, V1_ESCAPES))
        : {},
    message: replaceAll(line.slice(bracket + 1), V1_ESCAPES)
  }
}

export interface RunnerReading {
  /** What the runner ran, in order (stop-commands and its resume token included). */
  commands: WorkflowCommand[]
  /** The lines it printed as they are: what a person reads in the log. */
  lines: string[]
}

/** Reads one stream as the runner does: which lines run as commands, which are printed. */
export function readAsRunner(stream: string): RunnerReading {
  const registered = new Set(RUNNER_COMMANDS)
  const commands: WorkflowCommand[] = []
  const lines: string[] = []
  let stopToken: string | undefined
  const all = stream.split(/\r\n|\r|\n/)
  if (all.at(-1) === '') all.pop()
  for (const line of all) {
    const command =
      line.includes('::') || line.includes('##[')
        ? (parseV2(line, registered) ?? parseV1(line, registered))
        : undefined
    if (!command) {
      lines.push(line)
      continue
    }
    const name = command.command.toLowerCase()
    if (stopToken !== undefined) {
      // While stopped, only the token resumes; everything else is printed.
      if (stopToken !== '' && name === stopToken.toLowerCase()) {
        registered.delete(stopToken.toLowerCase())
        stopToken = undefined
        commands.push(command)
      } else lines.push(line)
      continue
    }
    if (name === 'stop-commands') {
      stopToken = command.message
      registered.add(stopToken.toLowerCase())
    }
    commands.push(command)
  }
  return {commands, lines}
}

export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  return readAsRunner(stdout).commands
}

export function annotationsOf(commands: WorkflowCommand[]): Annotation[] {
  return commands
    .filter(c => c.command === 'error' || c.command === 'warning' || c.command === 'notice')
    .map(c => ({
      level: c.command as Annotation['level'],
      message: c.message,
      file: c.properties.file,
      line: c.properties.line ? Number(c.properties.line) : undefined,
      endLine: c.properties.endLine ? Number(c.properties.endLine) : undefined,
      col: c.properties.col ? Number(c.properties.col) : undefined,
      title: c.properties.title
    }))
}

/** Parses a GITHUB_OUTPUT-style file: `k=v` lines and `k<<DELIM` heredocs. */
export function parseKeyValueFile(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    if (line === '') continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, key, delimiter] = heredoc as unknown as [string, string, string]
      const body: string[] = []
      i++
      while (i < lines.length && lines[i] !== delimiter) body.push(lines[i++] as string)
      if (i >= lines.length)
        throw new Error(`unterminated heredoc for '${key}' (delimiter ${delimiter})`)
      values[key] = body.join('\n')
      continue
    }
    const at = line.indexOf('=')
    if (at <= 0) throw new Error(`malformed line in key/value file: ${line}`)
    values[line.slice(0, at)] = line.slice(at + 1)
  }
  return values
}

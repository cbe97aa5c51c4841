// Reads what an action tells the runner: `::command k=v::message` lines on
// stdout, and the key/value files (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV).

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

function unescapeData(value: string): string {
  return value.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%')
}

function unescapeProperty(value: string): string {
  return unescapeData(value).replace(/%3A/gi, ':').replace(/%2C/gi, ',')
}

export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = []
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([a-zA-Z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!match) continue
    const properties: Record<string, string> = {}
    for (const pair of (match[2] ?? '').split(',')) {
      const at = pair.indexOf('=')
      if (at > 0) properties[pair.slice(0, at)] = unescapeProperty(pair.slice(at + 1))
    }
    commands.push({command: match[1] as string, properties, message: unescapeData(match[3] ?? '')})
  }
  return commands
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

/** Where raw input strings come from: `core.getInput` on a runner, a record in tests. */
export interface InputSource {
  /** The input's value, trimmed; '' when not given. */
  get(name: string): string
}

export function inputsFromRecord(record: Record<string, string | undefined>): InputSource {
  return {get: name => (record[name] ?? '').trim()}
}

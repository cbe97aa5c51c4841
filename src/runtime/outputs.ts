// Step outputs, remembered as they are set: when a step fails late (a push
// refused after the work was done), the outputs it already reported (the
// triage, the tokens spent) stay, and only the missing ones get their
// failure values.
interface OutputSink {
  setOutput(name: string, value: string): void
}

const written = new Set<string>()

export function setOutputs(core: OutputSink, values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) {
    core.setOutput(name, value)
    written.add(name)
  }
}

/** Whether this step already set the output. */
export function outputWasSet(name: string): boolean {
  return written.has(name)
}

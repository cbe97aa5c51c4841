// Step outputs, remembered as they are set: when a step fails late (a push
// refused after the work was done), the outputs it already reported (the
// triage, the tokens spent) stay, and only the missing ones get their
// failure values.
//
// Every output is one line except the JSON ones below: `summary` carries a
// test name or an error message, and a workflow that reads it line by line
// (or pastes it into a one-line context) must not get a second line from
// the failing code. A new output is one line unless it is named here.
// Multi-line values are safe on the runner's side: @actions/core writes each
// output to GITHUB_OUTPUT as `name<<ghadelimiter_<random UUID>` … delimiter,
// and refuses a value that contains its delimiter.
import {oneLine} from './inert-text.js'

export interface OutputSink {
  setOutput(name: string, value: string): void
}

/** Outputs that hold JSON (and so may be laid out on several lines). */
export const MULTI_LINE_OUTPUTS: ReadonlySet<string> = new Set([
  'failures',
  'triage',
  'pr-urls',
  'alerts'
])

const written = new Set<string>()

/** The value as the output carries it: one line, unless the output is JSON. */
export function outputValue(name: string, value: string): string {
  return MULTI_LINE_OUTPUTS.has(name) ? value : oneLine(value)
}

export function setOutputs(core: OutputSink, values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) {
    core.setOutput(name, outputValue(name, value))
    written.add(name)
  }
}

/** Whether this step already set the output. */
export function outputWasSet(name: string): boolean {
  return written.has(name)
}

// What an action says to the runner: log lines (in collapsible groups, one
// per pipeline step), step outputs, the job summary and annotations. The
// pipelines talk to this interface only, so tests run them in-process and
// read what they said (test/harness/memory-io.ts); the runner's side is
// @actions/core, loaded when the action first needs it (see action-inputs.ts
// for why it is not loaded at start-up).
import type {Logger} from '../logger.js'
import {loggerFrom} from './actions-logger.js'
import {setOutputs} from './outputs.js'

export interface AnnotationPlace {
  title?: string
  file?: string
  startLine?: number
  startColumn?: number
}

export interface ActionIO {
  readonly logger: Logger
  /** Runs `body` inside a collapsible log group: one per pipeline step. */
  group<T>(name: string, body: () => Promise<T>): Promise<T>
  /** Step outputs; each is remembered, so a late failure keeps what was already set. */
  setOutputs(values: Record<string, string>): void
  /** Appends markdown to the job summary. */
  writeSummary(markdown: string): Promise<void>
  /** An error annotation on a file and line. */
  annotate(message: string, place: AnnotationPlace): void
}

/** The runner's ActionIO, over @actions/core. */
export async function runnerIO(): Promise<ActionIO> {
  const core = await import('@actions/core')
  return {
    logger: loggerFrom(core),
    group: (name, body) => core.group(name, body),
    setOutputs: values => setOutputs(core, values),
    writeSummary: async markdown => {
      await core.summary.addRaw(markdown).write()
    },
    annotate: (message, place) => core.error(message, place)
  }
}

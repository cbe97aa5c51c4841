// What an action says to the runner: log lines (in collapsible groups, one
// per pipeline step), step outputs, the job summary and annotations. The
// pipelines talk to this interface only, so tests run them in-process and
// read what they said (test/harness/memory-io.ts); the runner's side is
// @actions/core, loaded when the action first needs it (see action-inputs.ts
// for why it is not loaded at start-up).
//
// Everything here may carry untrusted text, and this is the one way it
// reaches the runner's stdout: log lines through `inert` (actions-logger.ts),
// outputs one line unless JSON (outputs.ts), group names and annotation
// titles and files on one line. @actions/core escapes the data and the
// properties of the commands it writes (group, warning, error): CR, LF and %
// always, and : and , in properties, so none of it can end its line.
import type {Logger} from '../logger.js'
import {loggerFrom} from './actions-logger.js'
import {oneLine} from './inert-text.js'
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
  /** A notice annotation: worth a look, not a warning (optional: an IO without it logs an info line). */
  notice?(message: string): void
}

/** The runner's ActionIO, over @actions/core. */
export async function runnerIO(): Promise<ActionIO> {
  const core = await import('@actions/core')
  return {
    logger: loggerFrom(core),
    group: (name, body) => core.group(oneLine(name), body),
    setOutputs: values => setOutputs(core, values),
    writeSummary: async markdown => {
      await core.summary.addRaw(markdown).write()
    },
    annotate: (message, place) => core.error(message, onOneLine(place)),
    notice: message => core.notice(message)
  }
}

/** The place with its title and file on one line (a test name can hold a line break). */
function onOneLine(place: AnnotationPlace): AnnotationPlace {
  return {
    ...place,
    ...(place.title === undefined ? {} : {title: oneLine(place.title)}),
    ...(place.file === undefined ? {} : {file: oneLine(place.file)})
  }
}

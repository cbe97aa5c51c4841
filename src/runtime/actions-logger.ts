// The Logger seam mapped onto the runner's log (debug lines only with step debug on).
// Every line written here may carry untrusted text (test names, log lines,
// Sentry errors, model output): info and debug go through `inert`, so none of
// it runs as a workflow command (see inert-text.ts). warning and error are
// workflow commands themselves: @actions/core escapes CR, LF and % in their
// data, so their text stays on the command's one line.
import type * as Core from '@actions/core'
import type {Logger} from '../logger.js'
import {inert} from './inert-text.js'

/** What the logger needs of @actions/core. */
export type LogSink = Pick<typeof Core, 'debug' | 'info' | 'warning' | 'error'>

/** A Logger over an @actions/core module (passed in: classify loads core late, see action-inputs.ts). */
export function loggerFrom(core: LogSink): Logger {
  return {
    debug: message => core.debug(inert(message)),
    info: message => core.info(inert(message)),
    warning: message => core.warning(message),
    error: message => core.error(message)
  }
}

// The Logger seam mapped onto the runner's log (debug lines only with step debug on).
import type * as Core from '@actions/core'
import type {Logger} from '../logger.js'

/** A Logger over an @actions/core module (passed in: classify loads core late, see action-inputs.ts). */
export function loggerFrom(core: typeof Core): Logger {
  return {
    debug: message => core.debug(message),
    info: message => core.info(message),
    warning: message => core.warning(message),
    error: message => core.error(message)
  }
}

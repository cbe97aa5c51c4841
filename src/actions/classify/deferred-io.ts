// An ActionIO that loads the runner's side only once the first step is over.
// classify scans a local log (up to 1 GB) as its first step, and does it
// before @actions/core is loaded: core's OIDC client pulls in the HTTP stack
// (undici, about 30 MB), which would push the scan past its 100 MB of memory
// (see runtime/action-inputs.ts). What the first step says is held until it
// ends, then written inside its log group; after that, every call goes
// straight through.
import type {Logger} from '../../logger.js'
import type {ActionIO} from '../../runtime/action-io.js'

type Use = (io: ActionIO) => void

export function deferredIO(load: () => Promise<ActionIO>): ActionIO {
  let io: ActionIO | undefined
  let loading: Promise<ActionIO> | undefined
  const held: Use[] = []
  const flush = (ready: ActionIO): void => {
    for (const use of held.splice(0)) use(ready)
  }
  const later = (use: Use): void => {
    if (io) use(io)
    else held.push(use)
  }
  const loaded = async (): Promise<ActionIO> => {
    if (!io) {
      io = await (loading ??= load())
      flush(io)
    }
    return io
  }
  const logger: Logger = {
    debug: message => later(ready => ready.logger.debug(message)),
    info: message => later(ready => ready.logger.info(message)),
    warning: message => later(ready => ready.logger.warning(message)),
    error: message => later(ready => ready.logger.error(message))
  }
  return {
    logger,
    async group(name, body) {
      if (io) return io.group(name, body)
      try {
        return await body()
      } finally {
        if (!io) {
          const ready = (io = await (loading ??= load()))
          await ready.group(name, async () => flush(ready))
        }
      }
    },
    setOutputs: values => later(ready => ready.setOutputs(values)),
    writeSummary: async markdown => (await loaded()).writeSummary(markdown),
    annotate: (message, place) => later(ready => ready.annotate(message, place))
  }
}

// An ActionIO that keeps what a pipeline said in memory, for in-process
// tests: outputs, summary, log lines (with the step group each was in),
// and annotations. It is the runner's contract seen from the inside; the
// bundle smoke tests check the same contract through the real runner files.
import type {ActionIO, AnnotationPlace} from '../../src/runtime/action-io.js'

export interface MemoryIO extends ActionIO {
  outputs: Record<string, string>
  summary: string
  lines: {
    level: 'debug' | 'info' | 'notice' | 'warning' | 'error'
    message: string
    group?: string
  }[]
  groups: string[]
  annotations: {message: string; place: AnnotationPlace}[]
  warnings(): string[]
}

export function memoryIO(): MemoryIO {
  let current: string | undefined
  const io: MemoryIO = {
    outputs: {},
    summary: '',
    lines: [],
    groups: [],
    annotations: [],
    logger: {
      debug: message => io.lines.push({level: 'debug', message, group: current}),
      info: message => io.lines.push({level: 'info', message, group: current}),
      warning: message => io.lines.push({level: 'warning', message, group: current}),
      error: message => io.lines.push({level: 'error', message, group: current})
    },
    async group(name, body) {
      io.groups.push(name)
      const outer = current
      current = name
      try {
        return await body()
      } finally {
        current = outer
      }
    },
    setOutputs(values) {
      Object.assign(io.outputs, values)
    },
    async writeSummary(markdown) {
      io.summary += markdown
    },
    annotate(message, place) {
      io.annotations.push({message, place})
    },
    notice(message) {
      io.lines.push({level: 'notice', message, group: current})
    },
    warnings: () => io.lines.filter(l => l.level === 'warning').map(l => l.message)
  }
  return io
}

/**
 * Both IOs hear everything, each group's body running once: a test reads
 * the memory side and checks what the other (e.g. the runner's, on a
 * captured stdout) wrote for the same calls.
 */
export function teeIO(first: ActionIO, second: ActionIO): ActionIO {
  return {
    logger: {
      debug: message => (first.logger.debug(message), second.logger.debug(message)),
      info: message => (first.logger.info(message), second.logger.info(message)),
      warning: message => (first.logger.warning(message), second.logger.warning(message)),
      error: message => (first.logger.error(message), second.logger.error(message))
    },
    group: (name, body) => first.group(name, () => second.group(name, body)),
    setOutputs(values) {
      first.setOutputs(values)
      second.setOutputs(values)
    },
    async writeSummary(markdown) {
      await first.writeSummary(markdown)
      await second.writeSummary(markdown)
    },
    annotate(message, place) {
      first.annotate(message, place)
      second.annotate(message, place)
    }
  }
}

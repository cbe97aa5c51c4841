// The logging seam: core and edges log through this, the runner maps it onto
// @actions/core, and tests record it.
export interface Logger {
  debug(message: string): void
  info(message: string): void
  warning(message: string): void
  error(message: string): void
}

export function recordingLogger(): Logger & {lines: {level: string; message: string}[]} {
  const lines: {level: string; message: string}[] = []
  const push =
    (level: string) =>
    (message: string): void => {
      lines.push({level, message})
    }
  return {
    lines,
    debug: push('debug'),
    info: push('info'),
    warning: push('warning'),
    error: push('error')
  }
}

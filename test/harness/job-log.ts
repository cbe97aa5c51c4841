// Turns a tool's output into a GitHub Actions job log as the API serves it:
// timestamped lines, ##[group] blocks around each step, and the runner's own
// closing error.

export interface JobStep {
  /** The command the step ran, as `run:` gives it. */
  run: string
  output: string
  /** Exit code; non-zero steps end with the runner's ##[error] line. */
  exitCode?: number
}

export function jobLog(steps: JobStep[], start = Date.parse('2026-11-23T10:00:00Z')): string {
  let t = start
  const stamp = (): string => {
    t += 137
    return new Date(t).toISOString().replace('Z', '0000Z')
  }
  const lines: string[] = [
    `${stamp()} Current runner version: '2.330.0'`,
    `${stamp()} ##[group]Operating System`,
    `${stamp()} Ubuntu`,
    `${stamp()} 24.04.3`,
    `${stamp()} ##[endgroup]`
  ]
  for (const step of steps) {
    lines.push(
      `${stamp()} ##[group]Run ${step.run}`,
      `${stamp()} \u001b[36;1m${step.run}\u001b[0m`,
      `${stamp()} shell: /usr/bin/bash -e {0}`,
      `${stamp()} ##[endgroup]`
    )
    for (const line of step.output.split('\n')) lines.push(`${stamp()} ${line}`)
    if (step.exitCode)
      lines.push(`${stamp()} ##[error]Process completed with exit code ${step.exitCode}.`)
  }
  lines.push(`${stamp()} Cleaning up orphan processes`)
  return lines.join('\n') + '\n'
}

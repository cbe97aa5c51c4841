export interface TimedRun {
  code: number | null
  wallMs: number
  /** CPU seconds of the child (user + system), undefined off Linux. */
  cpuSeconds: number | undefined
  /** The first 4 KB of stdout. */
  stdout: string
  stderr: string
}
/** CPU seconds of every waited-for child so far, or undefined off Linux. */
export declare function childCpuSeconds(): number | undefined
/** Runs a command to its end, its stdout through a pipe (first 4 KB kept). */
export declare function timedRun(
  command: string,
  args: string[],
  options?: {cwd?: string; env?: NodeJS.ProcessEnv}
): Promise<TimedRun>
/** An extended regular expression matching any of the literals. */
export declare function grepPattern(literals: readonly string[]): string
/** `grep -E -c` of the literals over a file, in the C locale. */
export declare function grepFile(literals: readonly string[], file: string): Promise<TimedRun>

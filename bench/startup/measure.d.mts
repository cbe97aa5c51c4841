export declare const STARTUP_LOG: string
export declare const SUBJECTS: {main: string; classify: string; node: string; grep: string}
export declare function median(values: number[]): number
/** The environment of one step (INPUT_*, GITHUB_*), with fresh command files in `dir/step-n`. */
export declare function stepEnv(dir: string, n: string | number): Promise<Record<string, string>>
export declare function candidateLiterals(): string[]
export interface StartupFigures {
  runs: number
  medianMs: Record<string, number>
  minMs: Record<string, number>
  medianCpuMs: Record<string, number>
  meanCpuMs: Record<string, number>
}
/** Medians of `runs` interleaved cold starts of the bundles in `dist`, node -e 0 and grep -E. */
export declare function measureStartup(options: {
  dist: string
  runs: number
  literals?: readonly string[]
}): Promise<StartupFigures>

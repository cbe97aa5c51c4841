// A text parser as an ordered list of steps, one per shape of output it recognises. Each step
// looks at one line (reading ahead or behind as it needs) and says whether it took the line; the
// first step that takes a line ends that line's turn. State that crosses lines (the file a block
// of findings belongs to, a "failures follow" header seen) lives in the parser's state object,
// made once per call: the steps themselves are module-level functions, so no line allocates.
import type {Found, ParseContext} from './parser.js'

/** What every parser's state carries: the window, the context and the findings so far. */
export interface StepState {
  readonly lines: readonly string[]
  readonly ctx: ParseContext
  readonly out: Found[]
}

/** Looks at line `i`; true when it took the line (no later step sees it). */
export type Step<S extends StepState> = (s: S, i: number) => boolean

/** Runs `steps` over every line of `s.lines` in order and returns the findings. */
export function runSteps<S extends StepState>(s: S, steps: readonly Step<S>[]): Found[] {
  const n = s.lines.length
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < steps.length; k++) if (steps[k](s, i)) break
  }
  return s.out
}

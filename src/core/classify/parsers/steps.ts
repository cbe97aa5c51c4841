// A text parser as steps, one per shape of output it recognises. Each step looks at one line
// (reading ahead or behind as it needs) and says whether it took the line; a parser's
// `parseLine` calls its steps in order with `||`, so the first that takes a line ends that
// line's turn. Direct calls, and the line handed in rather than loaded by each step: a loop
// over an array of steps measured markedly slower on the parser micro-benchmark. State that crosses lines (the file a block of findings belongs to, a
// "failures follow" header seen) lives in the parser's state object, made once per call: the
// steps are module-level functions, so no line allocates.
import type {Found, ParseContext} from './parser.js'

/** What every parser's state carries: the window, the context and the findings so far. */
export interface StepState {
  readonly lines: readonly string[]
  readonly ctx: ParseContext
  readonly out: Found[]
}

/** Looks at line `i` (`line` is `s.lines[i]`); true when it took the line (no later step sees it). */
export type Step<S extends StepState> = (s: S, i: number, line: string) => boolean

/** Gives every line of `s.lines` its turn at `parseLine` and returns the findings. */
export function runSteps<S extends StepState>(s: S, parseLine: Step<S>): Found[] {
  const {lines} = s
  for (let i = 0; i < lines.length; i++) parseLine(s, i, lines[i])
  return s.out
}

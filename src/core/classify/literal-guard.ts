// Needles: text a regular expression cannot match without. V8 compiles a regular
// expression the first time it runs, and on a small log that compilation is most of what
// the parsers cost (a one-line log ran, so compiled, some 200 of them: about a third of
// classify's start-up over Node's own). An expression behind its needles runs only on a
// line that holds one of them, so one that cannot match is never compiled. The needles are
// a necessary condition, never a sufficient one: the expression still decides.
//
// The needles are written beside each expression (plain data: deriving them at start-up
// cost more than the compiling it saved). test/core/classify/literal-guard.test.ts checks
// every one against the expression's source: each alternative of the expression needs
// one of them. An expression without needles is always run.

/** Strings a match contains at least one of (lower case for an expression with the i flag). */
export type Needles = readonly string[]

/** Whether `text` holds one of the needles. */
export function holdsNeedle(text: string, needles: Needles): boolean {
  for (const n of needles) if (text.includes(n)) return true
  return false
}

/** A regular expression behind its needles (exec and test, as the parsers use them). */
export interface GuardedRegExp {
  readonly re: RegExp
  readonly needles?: Needles
  exec(text: string): RegExpExecArray | null
  test(text: string): boolean
}

const ALL: GuardedRegExp[] = []

/** Every guarded expression made so far (the test checks their needles). */
export function guardedExpressions(): readonly GuardedRegExp[] {
  return ALL
}

/** `re`, run only on text that holds one of `needles` (always, without needles). */
export function guarded(re: RegExp, needles?: Needles): GuardedRegExp {
  const g = needles
    ? withNeedles(re, needles)
    : {re, exec: (t: string) => re.exec(t), test: (t: string) => re.test(t)}
  ALL.push(g)
  return g
}

function withNeedles(re: RegExp, needles: Needles): GuardedRegExp {
  if (re.global || re.sticky) throw new Error(`a guarded expression keeps no lastIndex: ${re}`)
  const may = re.ignoreCase
    ? (text: string) => holdsNeedle(text.toLowerCase(), needles)
    : (text: string) => holdsNeedle(text, needles)
  return {
    re,
    needles,
    exec: text => (may(text) ? re.exec(text) : null),
    test: text => may(text) && re.test(text)
  }
}

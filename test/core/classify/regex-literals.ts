// What a regular expression cannot match without, read from its source: per top-level
// alternative, the requirements a match of it meets, each "one of these strings". The
// check of the needles written beside the parsers' expressions (literal-guard.ts) and the
// way to derive new ones: `derivedNeedles(re)`.
//
// Deliberately conservative: classes, escapes other than punctuation and \d \w \s \b (and
// their negations), lookarounds and quantified atoms end a literal run (a repetition of at
// least one keeps its first character); a group's alternatives give one requirement (any of
// them); anything else (backreferences, \x \u \c \k \p, a brace that is no quantifier, the
// u or v flag with i, g and y) gives up: such an expression gets no needles.

/** Text a match must contain: any one of these options. */
type Requirement = readonly string[]
/** Per alternative, the requirements a match of it meets (all of them). */
export type Requirements = readonly (readonly Requirement[])[]

const PLAIN_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S', 'b', 'B', 'n', 'r', 't', 'f', 'v'])
const QUANTIFIER = /^\{(\d+)(,\d*)?\}/

/** The index just past the group that opens at `from`, classes and escapes inside it included. */
function skipGroup(source: string, from: number): number | undefined {
  let depth = 0
  for (let i = from; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') i++
    else if (c === '[') {
      const end = skipClass(source, i)
      if (end === undefined) return undefined
      i = end - 1
    } else if (c === '(') depth++
    else if (c === ')' && --depth === 0) return i + 1
  }
  return undefined
}

/** The index just past the class that opens at `from` (in JS the first unescaped ] ends it). */
function skipClass(source: string, from: number): number | undefined {
  for (let i = from + 1; i < source.length; i++) {
    if (source[i] === '\\') i++
    else if (source[i] === ']') return i + 1
  }
  return undefined
}

/** The quantifier at `i`: its length and whether it allows zero repetitions. */
function quantifierAt(source: string, i: number): {length: number; optional: boolean} | undefined {
  const c = source[i]
  let length: number
  let optional: boolean
  if (c === '*' || c === '?' || c === '+') {
    length = 1
    optional = c !== '+'
  } else if (c === '{') {
    const q = QUANTIFIER.exec(source.slice(i, i + 24))
    if (!q) return undefined
    length = q[0].length
    optional = q[1] === '0'
  } else return undefined
  if (source[i + length] === '?') length++ // lazy
  return {length, optional}
}

/** The group opening at `i`: where its content starts, or undefined for a lookaround. */
function groupContent(source: string, i: number): number | undefined {
  if (source[i + 1] !== '?') return i + 1
  if (source[i + 2] === ':') return i + 3
  if (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') {
    const close = source.indexOf('>', i)
    return close < 0 ? undefined : close + 1
  }
  return undefined
}

/**
 * A group's alternatives as one requirement: from each alternative, its most selective
 * requirement (the one whose shortest option is longest); any of their options.
 */
function oneOf(alts: Requirement[][]): Requirement | undefined {
  const options: string[] = []
  for (const reqs of alts) {
    if (reqs.length === 0) return undefined
    let best = reqs[0]
    const shortest = (r: Requirement) => Math.min(...r.map(o => o.length))
    for (const r of reqs) if (shortest(r) > shortest(best)) best = r
    options.push(...best)
  }
  return options
}

/** The requirements of each alternative, or undefined when the source is beyond this analysis. */
function alternatives(source: string, ignoreCase: boolean): Requirement[][] | undefined {
  const alts: Requirement[][] = []
  let reqs: Requirement[] = []
  let run = ''
  const flush = () => {
    if (run) reqs.push([run])
    run = ''
  }
  for (let i = 0; i < source.length;) {
    const c = source[i]
    let literal: string | undefined
    let group: Requirement | undefined
    let next: number
    if (c === '|') {
      flush()
      alts.push(reqs)
      reqs = []
      i++
      continue
    } else if (c === '\\') {
      const e = source[i + 1]
      if (e === undefined) return undefined
      if (/[A-Za-z0-9]/.test(e)) {
        if (!PLAIN_ESCAPES.has(e)) return undefined
      } else literal = e
      next = i + 2
    } else if (c === '(') {
      const end = skipGroup(source, i)
      if (end === undefined) return undefined
      const from = groupContent(source, i)
      if (from !== undefined) {
        const inner = alternatives(source.slice(from, end - 1), ignoreCase)
        if (!inner) return undefined
        group = oneOf(inner)
      }
      next = end
    } else if (c === '[') {
      const end = skipClass(source, i)
      if (end === undefined) return undefined
      next = end
    } else if (c === '{' || c === '}' || c === ']' || c === ')') {
      return undefined
    } else if (c === '*' || c === '+' || c === '?') {
      return undefined // a quantifier with nothing before it
    } else {
      if (c !== '.' && c !== '^' && c !== '$') literal = c
      next = i + 1
    }
    // Under i, only ASCII literals compare the same in a lower-cased line.
    if (literal !== undefined && ignoreCase && literal.charCodeAt(0) > 0x7f) literal = undefined
    const q = quantifierAt(source, next)
    if (literal === undefined || q?.optional) {
      flush()
      if (group && !q?.optional) reqs.push(group)
    } else {
      run += ignoreCase ? literal.toLowerCase() : literal
      if (q) flush() // at least once: required, but the run cannot go on past the repetition
    }
    i = next + (q?.length ?? 0)
  }
  flush()
  alts.push(reqs)
  return alts
}

/** Per alternative of `re`, what a match of it contains; undefined when beyond this analysis. */
export function requiredLiterals(re: RegExp): Requirements | undefined {
  const {flags} = re
  if (/[gyv]/.test(flags) || (flags.includes('u') && flags.includes('i'))) return undefined
  const alts = alternatives(re.source, flags.includes('i'))
  if (!alts || alts.some(reqs => reqs.length === 0)) return undefined
  return alts
}

/** Whether `needles` are implied by `re`: each alternative meets a requirement every option of which holds a needle. */
export function needlesHold(re: RegExp, needles: readonly string[]): boolean {
  const alts = requiredLiterals(re)
  if (!alts) return false
  return alts.every(reqs =>
    reqs.some(options => options.every(o => needles.some(n => o.includes(n))))
  )
}

/** Needles for `re`: from each alternative its most selective requirement (none: undefined). */
export function derivedNeedles(re: RegExp): string[] | undefined {
  const alts = requiredLiterals(re)
  const options = alts && oneOf(alts.map(reqs => [...reqs]))
  if (!options) return undefined
  const unique = [...new Set(options)]
  return unique.filter(o => !unique.some(p => p !== o && o.includes(p)))
}

// Ways to keep a test's assertions on the page while making them unable to
// fail: a matcher swapped for a weaker one (`toBe(3)` → `toBeTruthy()`), an
// assertion that holds whatever the code does (`assert True or …`), a bare
// `return` ahead of the assertions, or the assertion library itself replaced
// (`globalThis.expect = …`). All matched in the code view (comments and
// string contents blanked) unless said otherwise. Pure: text in, counts out.
import {countMatches, type Language} from './source-text.js'

/** Assertions, per language: what a test checks. */
export const ASSERTIONS: Record<Language, RegExp[]> = {
  js: [
    /(?<![\w$.])expect(?:\.(?:soft|poll))?\s*\(/g,
    /(?<![\w$.])assert(?:\.[\w$]+)?\s*\(/g,
    /\.should\b/g
  ],
  python: [/^[ \t]*assert\b/gm, /\bself\.assert\w+\s*\(/g, /\bpytest\.(?:raises|warns)\s*\(/g],
  go: [
    /\b(?:t|b|tb|tt|f)\.(?:Errorf?|Fatalf?|Fail(?:Now)?)\s*\(/g,
    /\b(?:require|assert)\.\w+\s*\(/g
  ],
  rust: [/\b(?:debug_)?assert(?:_eq|_ne)?!\s*[([]/g, /#\[should_panic\b/g],
  java: [/\bassert\w*\s*\(/g, /\bassertThat\b/g],
  other: []
}

/**
 * Weak checks: ones that pass for almost any value (truthy, defined, not
 * null, of some type, called at all) and vacuous ones that pass whatever the
 * code does (a literal as the subject, `… or True`). One token each.
 */
const WEAK: Record<Language, RegExp[]> = {
  js: [
    /\.(?:not\.)?toBe(?:Truthy|Falsy|Defined)\s*\(/g,
    /\.not\.toBe(?:Null|Undefined|NaN)\s*\(/g,
    /\.toBeTypeOf\s*\(/g,
    /\.toHaveBeenCalled\s*\(\s*\)/g,
    /(?<![\w$.])expect\.(?:anything|any)\s*\(/g,
    /(?<![\w$.])assert\.(?:ok|isOk|exists|isDefined|isNotNull|isNotUndefined)\s*\(/g,
    /\.(?:to|should)(?:\.(?:be|not|have))*\.(?:ok|exist)\b/g,
    // vacuous: literal against literal (`expect(1).toBe(1)`), `x || true`, assert(true).
    // (Template literals are blanked whole in the code view, `${…}` included: not literals here.)
    /(?<![\w$.])expect\s*\(\s*(?:true|false|null|undefined|NaN|-?\d[\d_.]*|'[^'\n]*'|"[^"\n]*")\s*\)(?:\.not)?\.\w+\s*\(\s*(?:true|false|null|undefined|NaN|-?\d[\d_.]*|'[^'\n]*'|"[^"\n]*")?\s*\)/g,
    /(?<![\w$.])expect\s*\([^()\n]*(?:\|\||\?\?)\s*(?:true|1|'[^'\n]*'|"[^"\n]*")\s*\)/g,
    /(?<![\w$.])assert(?:\.(?:ok|isOk|isTrue))?\s*\(\s*(?:true|1|!0|!false)\s*[,)]/g
  ],
  python: [
    /\bself\.assert(?:True|False|IsNotNone|IsInstance)\s*\(/g,
    // truthiness: an assert that compares nothing (`assert total(x)`, `assert not err`)
    /^[ \t]*assert[ \t]+(?![^\n]*(?:==|!=|<|>|\bin\b|\bis\b))[^\n]*/gm,
    /^[ \t]*assert[ \t]+[^\n=!<>]+?[ \t]+is[ \t]+not[ \t]+None[ \t]*(?:,|$)/gm,
    // vacuous
    /^[ \t]*assert[ \t]+\(?[ \t]*(?:True|1|not[ \t]+(?:False|None|0))\b(?![ \t]*(?:[=!<>+*/%-]|in\b|is\b))/gm,
    /^[ \t]*assert\b[^\n]*\bor[ \t]+(?:True|1)\b/gm,
    /\bself\.assert(?:True|Equal)\s*\(\s*(?:True|1)\s*[,)]/g
  ],
  go: [/\b(?:assert|require)\.(?:NotNil|True|False|NotEmpty|NotZero)\s*\(/g, /\bif\s+false\s*\{/g],
  rust: [/\bassert!\s*\(\s*true\s*[,)]/g],
  java: [/\bassert(?:True|False|NotNull)\s*\(/g, /\bassertThat\s*\(\s*true\s*\)/g],
  other: []
}

export interface TestText {
  raw: string
  /** Comments and string contents blanked. */
  code: string
}

const count = (text: string, res: readonly RegExp[]): number =>
  res.reduce((n, re) => n + countMatches(text, re), 0)

const hits = (line: string, res: readonly RegExp[]): boolean =>
  res.some(re => new RegExp(re.source, re.flags.replace('g', '')).test(line))

/** Top-level arguments of the first call on a line (whitespace dropped). */
function callArguments(line: string): string[] {
  const open = line.indexOf('(')
  if (open < 0) return []
  const args: string[] = []
  let depth = 0
  let from = open + 1
  for (let i = open; i < line.length; i++) {
    const ch = line[i] as string
    if ('([{'.includes(ch)) depth++
    else if (')]}'.includes(ch) && --depth === 0) {
      args.push(line.slice(from, i))
      break
    } else if (ch === ',' && depth === 1) {
      args.push(line.slice(from, i))
      from = i + 1
    }
  }
  return args.map(a => a.replace(/\s+/g, '')).filter(a => a !== '')
}

/** What an assertion line is about: its first argument (the last after a Go/testify `t`). */
function subjectOf(line: string): string | undefined {
  const args = callArguments(line)
  if (args.length > 1 && /^(?:t|tb|b|s\.T\(\)|suite\.T\(\))$/.test(args[0] as string))
    return args[args.length - 1]
  return args[0]
}

interface AssertionLine {
  raw: string
  weak: boolean
}

function assertionLines(text: TestText, lang: Language): AssertionLine[] {
  const raw = text.raw.split('\n')
  return text.code
    .split('\n')
    .flatMap((line, k) =>
      hits(line, ASSERTIONS[lang]) || hits(line, WEAK[lang])
        ? [{raw: (raw[k] ?? '').trim(), weak: hits(line, WEAK[lang])}]
        : []
    )
}

/**
 * The added lines that weaken the file's assertions, [] when none do. Weakened
 * means: weak checks grew by more than assertions did (a strong check turned
 * weak or vacuous, or `expect.any` slipped into an expected value), or a
 * strong assertion went away while a weak one about the same subject (first
 * argument) came in.
 */
export function weakenedAssertions(before: TestText, after: TestText, lang: Language): string[] {
  const weakDelta = count(after.code, WEAK[lang]) - count(before.code, WEAK[lang])
  if (weakDelta <= 0) return []
  const assertDelta = count(after.code, ASSERTIONS[lang]) - count(before.code, ASSERTIONS[lang])
  const linesBefore = assertionLines(before, lang)
  const linesAfter = assertionLines(after, lang)
  const had = new Set(linesBefore.map(l => l.raw))
  const kept = new Set(linesAfter.map(l => l.raw))
  const came = linesAfter.filter(l => l.weak && !had.has(l.raw))
  if (weakDelta > Math.max(assertDelta, 0)) return came.length > 0 ? came.map(l => l.raw) : ['…']
  const goneSubjects = new Set(
    linesBefore.filter(l => !l.weak && !kept.has(l.raw)).map(l => subjectOf(l.raw))
  )
  goneSubjects.delete(undefined)
  return came.filter(l => goneSubjects.has(subjectOf(l.raw))).map(l => l.raw)
}

/** A `return` with no value (or an empty one): in a test, it only ends the test early. */
const BARE_RETURN =
  /(?<![\w$.])return\b[ \t]*(?:null|undefined|nil|None|void 0|\(\))?[ \t]*;?[ \t]*(?=$|\})/gm
const FUNCTION_HEAD = /=>\s*$|\bfunc(?:tion)?\b|\bfn\b|\|[^|]*\|\s*(?:->[^{]*)?$/
const CONTROL_HEAD =
  /(?:^|[^\w$.])(?:if|else|for|while|do|switch|try|catch|finally|select|loop|match|unsafe)\b/

/** The statement that opens the block at `open`: the code since the last `;`, `{` or `}`. */
function headOf(code: string, open: number): string {
  const before = code.slice(Math.max(0, open - 400), Math.max(0, open))
  return before.slice(
    Math.max(before.lastIndexOf(';'), before.lastIndexOf('{'), before.lastIndexOf('}')) + 1
  )
}

/** Whether the `{` at `open` opens a control block (if, for…), not a function or an object. */
function isControlBlock(code: string, open: number): boolean {
  const head = headOf(code, open)
  if (FUNCTION_HEAD.test(head)) return false
  return head.trim() === '' || CONTROL_HEAD.test(head)
}

/** The head of a function that is a test (or a suite of them), per language. */
const TEST_FUNCTION_HEAD: Record<Language, RegExp> = {
  js: /(?<![\w$.])(?:it|test|specify|describe|suite|context|bench)(?:\.[\w$]+)*\s*\(/,
  python: /^[ \t]*(?:async[ \t]+)?def[ \t]+test/,
  go: /\bfunc[ \t]+(?:Test|Fuzz|Benchmark)\w*[ \t]*\(|\.Run\s*\(/,
  rust: /#\[(?:\w+::)*test\b/,
  java: /@(?:Test|ParameterizedTest|RepeatedTest)\b/,
  other: /$^/
}

function openingBrace(code: string, close: number): number {
  let depth = 0
  for (let i = close; i >= 0; i--) {
    if (code[i] === '}') depth++
    else if (code[i] === '{' && --depth === 0) return i
  }
  return -1
}

/** Where the function holding `from` ends (its `}`): past the blocks of ifs and loops. */
function functionEnd(code: string, from: number): number {
  let depth = 0
  for (let i = from; i < code.length; i++) {
    if (code[i] === '{') depth++
    else if (code[i] === '}') {
      if (depth > 0) depth--
      else if (!isControlBlock(code, openingBrace(code, i))) return i
    }
  }
  return code.length
}

function pythonEarlyReturns(code: string): number {
  const lines = code.split('\n')
  const indent = (line: string): number => /^[ \t]*/.exec(line)?.[0].length ?? 0
  let found = 0
  lines.forEach((line, k) => {
    if (!/^[ \t]*return[ \t]*(?:None)?[ \t]*$/.test(line)) return
    const def = lines
      .slice(0, k)
      .reverse()
      .find(l => /^[ \t]*(?:async[ \t]+)?def\b/.test(l) && indent(l) < indent(line))
    if (def === undefined || !TEST_FUNCTION_HEAD.python.test(def)) return
    const rest: string[] = []
    for (const next of lines.slice(k + 1)) {
      if (next.trim() === '') continue
      if (indent(next) <= indent(def)) break
      rest.push(next)
    }
    if (count(rest.join('\n'), ASSERTIONS.python) > 0) found++
  })
  return found
}

/**
 * Bare returns in a test (or suite) function that have assertions after them
 * in that function. A return in a helper or a callback (`forEach(x => …)`) is
 * not counted: it ends that function, not the test.
 */
export function earlyReturns(code: string, lang: Language): number {
  if (lang === 'python') return pythonEarlyReturns(code)
  if (lang === 'other') return 0
  let found = 0
  for (const m of code.matchAll(BARE_RETURN)) {
    const from = m.index + m[0].length
    const end = functionEnd(code, from)
    if (!TEST_FUNCTION_HEAD[lang].test(headOf(code, openingBrace(code, end)))) continue
    if (count(code.slice(from, end), ASSERTIONS[lang]) > 0) found++
  }
  return found
}

export interface Override {
  label: string
  re: RegExp
  /** `raw` when the pattern needs string contents (a name in quotes). */
  view: 'code' | 'raw'
}

/** The assertion library replaced or neutered, anywhere (a setup file is not a test file). */
export const OVERRIDES: Record<Language, Override[]> = {
  js: [
    {
      label: 'a test global reassigned',
      view: 'code',
      re: /(?<![\w$.])(?:globalThis|global|window|self)\s*\.\s*(?:expect|assert|it|test|describe|chai)\s*=(?!=)/g
    },
    {
      label: 'a test global reassigned',
      view: 'raw',
      re: /(?<![\w$.])(?:globalThis|global|window|self)\s*\[\s*(['"`])(?:expect|assert|it|test|describe|chai)\1\s*\]\s*=(?!=)/g
    },
    {
      label: 'a test global redefined',
      view: 'raw',
      re: /\bObject\.(?:defineProperty|defineProperties|assign)\s*\(\s*(?:globalThis|global|window|self)\b[^;]{0,200}?\b(?:expect|assert|it|test|describe)\b/g
    },
    {
      label: 'the assertion library mocked',
      view: 'raw',
      re: /(?<![\w$.])(?:vi|jest)\.(?:mock|doMock|unstable_mockModule|stubGlobal)\s*\(\s*(['"`])(?:vitest|@vitest\/expect|@jest\/globals|expect|chai|(?:node:)?assert(?:\/strict)?)\1/g
    },
    {
      label: 'a built-in matcher redefined',
      view: 'raw',
      re: /\bexpect\.extend\s*\(\s*\{[^]{0,400}?\b(?:toBe|toEqual|toStrictEqual|toMatch\w*|toThrow\w*|toContain\w*|toHaveBeenCalled\w*|toHaveLength|toHaveProperty|toBeTruthy|toBeDefined)\s*[:(]/g
    },
    {label: 'an assert method reassigned', view: 'code', re: /(?<![\w$.])assert\.\w+\s*=(?!=)/g},
    {
      label: 'a chai assertion overwritten',
      view: 'code',
      re: /\bAssertion\.(?:overwrite|add)(?:Method|Property|ChainableMethod)\s*\(/g
    }
  ],
  python: [
    {
      label: 'an assert method reassigned',
      view: 'code',
      re: /\b(?:self|cls|(?:unittest\.)?TestCase)\.(?:assert\w*|fail\w*)\s*=(?!=)/g
    },
    {
      label: 'an assert method patched',
      view: 'raw',
      re: /\b(?:monkeypatch\.setattr|(?:mock\.)?patch\.object)\s*\([^)\n]*['"](?:assert\w*|fail)['"]/g
    },
    {label: 'pytest.fail replaced', view: 'code', re: /\bpytest\.fail\s*=(?!=)/g},
    {
      label: 'AssertionError replaced',
      view: 'code',
      re: /\b(?:builtins\.)?AssertionError\s*=(?!=)/g
    }
  ],
  go: [],
  rust: [],
  java: [],
  other: []
}

// Perl's Test::More and Test::Harness (prove): each failed test, and a test file that failed
// without one (it died, ran fewer tests than it planned, or only its summary was pasted).
// TAP::Harness prints the same for git's, OpenSSL's and PostgreSQL's TAP suites.
import {draft, int, type Found, type LineParser} from './parser.js'
import {guarded} from '../literal-guard.js'
import {runSteps, type Step, type StepState} from './steps.js'
import {FAILED_TEST, hasTestMoreBlock} from './tap.js'

const AT_LINE = guarded(/^\s*#\s+at (.+?) line (\d+)\.\s*$/, [' line '])
const NOT_OK = guarded(/^\s*not ok (\d+)(?:\s*-?\s*(.*?))?\s*(?:#.*)?$/, ['not ok '])
/** A test file's line of the harness: `t/x.t ........ `, with what follows the dots. */
const HARNESS_FILE = /^\s*(\S+?)\s?\.{2,}(?:\s+(.*))?$/
const DUBIOUS = guarded(/^(?:\s*(\S+?)\s?\.{2,})?\s*(Dubious, test returned \d+.*?)\s*$/, [
  'Dubious, test returned'
])
const FAILED_SUBTESTS = guarded(/^\s*(\S+?)\s?\.{2,}\s*(Failed \d+\/\d+ subtests)\s*$/, [
  ' subtests'
])
const EXITED = guarded(
  /^\s*# Looks like your test exited with (\d+) (?:just after \d+|before it could output anything)\.\s*$/,
  ['Looks like your test exited']
)
const SUMMARY_FILE = guarded(/^\s*(\S+)\s+\(Wstat: (\d+)/, ['(Wstat: '])
/** `Can't locate Foo/Bar.pm in @INC (you may need to install the Foo::Bar module) … at t/x.t line 3.` */
const CANT_LOCATE = guarded(
  /Can't locate (\S+?\.pm) in @INC(?: \(you may need to install the ([\w:]+) module\))?(?:.*? at (\S+) line (\d+)\.)?/,
  ["Can't locate "]
)
/** prove's `t/x.t .. 1/5 ` before a script's stderr on the same line. */
const HARNESS_PROGRESS = /^\s*\S+?\s?\.{2,}\s*(?:\d+\/(?:\d+|\?)\s*)?/
/** A message a script died with: `… at t/x.t line 21.` */
const DIED_AT = /^(?!\s*#)(.*\S) at (\S+) line (\d+)\.?\s*$/
/** Where Perl and the test libraries live: a location there is not the repository's. */
const PERL_LIBRARY =
  /[\\/](?:site_perl|vendor_perl|perl5?(?:\.[\d.]+)?|perl-5[\d.]*)[\\/]|(?:^|[\\/])(?:Test2[\\/]|Test[\\/](?:Builder|More|Warnings|Deep|Exception|Fatal|Harness)\b)/

/** What `Failed test` blocks and a harness's lines tell about the test files. */
interface PerlState extends StepState {
  /** Findings not yet given to a test file by the harness's verdict line after them. */
  pending: Found[]
  /** Test files whose failure is already told (by a test, a crash or a verdict). */
  covered: Set<string>
  /** A plain TAP `not ok` (read by js-tests.ts) since the last verdict: it tells that file's failure. */
  tapFailure: boolean
}

/** The test number and name of a verbose `not ok N - name` just before line `i`. */
function notOkBefore(lines: readonly string[], i: number): RegExpExecArray | null {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    if (lines[j].trim() === '') continue
    return NOT_OK.exec(lines[j])
  }
  return null
}

/** The diagnostic lines under a failed test (got/expected…), trimmed, up to the next block. */
function detailAfter(lines: readonly string[], from: number): string[] {
  const out: string[] = []
  for (let j = from; j < Math.min(lines.length, from + 10); j++) {
    const m = /^\s*#(.*)$/.exec(lines[j])
    if (!m || /^\s*(?:Looks like |Failed |Subtest: )/.test(m[1])) break
    const text = m[1].trim()
    if (text && !/^at .+ line \d+\.$|^\(in .+\)$/.test(text)) out.push(text)
  }
  return out
}

/** A CPAN client's build directory of the distribution, and its built copy of lib/. */
const CPAN_BUILD = /^.*?[\\/]\.cpan[\\/]build[\\/](?:\d+[\\/])?[^\\/]+[\\/]/
const BLIB = /^blib[\\/](?:lib|arch)[\\/]/

/** The repository's path of a location, or nothing for one in Perl or its libraries. */
function localFile(s: PerlState, path: string | undefined): string | undefined {
  if (!path || PERL_LIBRARY.test(path)) return undefined
  return s.ctx.relativize(path.replace(CPAN_BUILD, '')).replace(BLIB, 'lib/')
}

/** Test::More's `#   Failed test 'name'` and its location and diagnostics. */
const failedTest: Step<PerlState> = (s, i, line) => {
  const {lines} = s
  const m = FAILED_TEST.exec(line)
  if (!m) return false
  if (m[1]) return true
  let file = m[5]
  let at = int(m[6])
  let next = i + 1
  const loc = file ? null : AT_LINE.exec(lines[next] ?? '')
  if (loc) {
    file = loc[1]
    at = int(loc[2])
    next++
  }
  const notOk = notOkBefore(lines, i)
  const number = m[2] ?? notOk?.[1]
  const name = m[3] ?? m[4] ?? (notOk?.[2] || undefined)
  const detail = detailAfter(lines, next)
  const local = localFile(s, file)
  const found = draft(
    i,
    'prove',
    'prove.failed-test',
    'test_fail',
    0.9,
    detail.length > 0 ? detail.join('; ') : `Failed test${name ? ` '${name}'` : ''}`,
    {file: local, line: local ? at : undefined, test: name ?? (number && `test ${number}`)}
  )
  s.out.push(found)
  s.pending.push(found)
  return true
}

/** A module missing from @INC: the test file could not load what it uses. */
const cantLocate: Step<PerlState> = (s, i, line) => {
  const m = CANT_LOCATE.exec(line)
  if (!m) return false
  const module = m[2] ?? m[1].replace(/\.pm$/, '').replace(/\//g, '::')
  const local = localFile(s, m[3])
  const found = draft(
    i,
    'perl',
    'perl.module-missing',
    'dependency_missing',
    0.85,
    `Can't locate ${m[1]} in @INC (you may need to install the ${module} module)`,
    {file: local, line: local ? int(m[4]) : undefined}
  )
  s.out.push(found)
  s.pending.push(found)
  return true
}

/** What the script died of: the nearest `… at FILE line N.` in the lines before `i`. */
function diedBefore(lines: readonly string[], i: number): string[] | null {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    if (/^\s*#/.test(lines[j]) || /\.{2,}\s+(?:ok|skipped)/.test(lines[j])) continue
    const text = lines[j].replace(HARNESS_PROGRESS, '')
    const bailout = /^Bailout called\.\s+(Further testing stopped:\s*.+?)\s*$/.exec(text)
    if (bailout) return ['', bailout[1].replace(/\s+/g, ' ')]
    const m = DIED_AT.exec(text)
    if (m) return [...m]
  }
  return null
}

/** A crash found before line `i`, as a finding (the file crashed: a test failure). */
function crashBefore(s: PerlState, i: number, at: number, fallback: string): Found {
  const died = diedBefore(s.lines, at)
  const local = localFile(s, died?.[2])
  return draft(i, 'prove', 'prove.died', 'test_fail', 0.8, died ? died[1] : fallback, {
    file: local,
    line: local ? int(died?.[3]) : undefined
  })
}

/** `# Looks like your test exited with 255 just after 3.`: the script died. */
const exited: Step<PerlState> = (s, i, line) => {
  if (!EXITED.test(line)) return false
  // a module it could not load says why already
  if (s.pending.some(f => f.category === 'dependency_missing')) return true
  const found = crashBefore(s, i, i, line.replace(/^\s*#\s*/, ''))
  s.out.push(found)
  s.pending.push(found)
  return true
}

/** The harness's file on line `i`, or on the file line just before it (`t/x.t .... ` alone). */
function harnessFile(
  lines: readonly string[],
  i: number,
  own: string | undefined
): [string, number] | undefined {
  if (own) return [own, i]
  for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
    const m = HARNESS_FILE.exec(lines[j])
    if (m && !m[2] && /[./\\]/.test(m[1])) return [m[1], j]
  }
  return undefined
}

/** The harness's verdict on a file: `Dubious, test returned 1 …` or `Failed 2/5 subtests`. */
const verdictLine: Step<PerlState> = (s, i, line) => {
  const m = DUBIOUS.exec(line) ?? FAILED_SUBTESTS.exec(line)
  if (!m) return false
  const at = harnessFile(s.lines, i, m[1])
  const file = at ? s.ctx.relativize(at[0]) : undefined
  if (s.pending.length > 0) {
    for (const f of s.pending) {
      if (!f.file && file) f.file = file
      if (f.file) s.covered.add(f.file)
    }
    s.pending = []
  } else if (!s.tapFailure && (!file || !s.covered.has(file))) {
    const next = /^\s*((?:Failed \d+\/\d+|All \d+|No) subtests(?: run| passed)?)\s*$/.exec(
      s.lines[i + 1] ?? ''
    )
    const told = `${m[2]}${next ? `; ${next[1]}` : ''}`
    const crash = crashBefore(s, i, at?.[1] ?? i, told)
    // a die message before the file's line says why; else the verdict is all there is
    const found =
      crash.message !== told
        ? crash
        : draft(i, 'prove', 'prove.file-failed', 'test_fail', 0.75, told)
    found.file ??= file
    s.out.push(found)
  }
  if (file) s.covered.add(file)
  s.tapFailure = false
  return true
}

/** A file's lines in the `Test Summary Report`: `  Failed test:  7`, `  Parse errors: …`. */
function summaryDetail(lines: readonly string[], from: number): string[] {
  const out: string[] = []
  for (let j = from; j < Math.min(lines.length, from + 8); j++) {
    if (!/^\s+\S/.test(lines[j]) || SUMMARY_FILE.test(lines[j])) break
    out.push(lines[j].trim())
  }
  return out
}

/** The summary's one failed test number names the file's one unnamed failed test. */
function nameUnnamed(s: PerlState, file: string, detail: readonly string[]): void {
  const one = detail.map(d => /^Failed test:\s+(\d+)$/.exec(d)).find(Boolean)
  const unnamed = s.out.filter(f => f.rule === 'prove.failed-test' && f.file === file)
  if (one && unnamed.length === 1 && !unnamed[0].test) unnamed[0].test = `test ${one[1]}`
}

/** `t/x.t (Wstat: 256 (exited 1) Tests: 12 Failed: 1)` and its lines, in the summary report. */
const summaryFile: Step<PerlState> = (s, i, line) => {
  const m = SUMMARY_FILE.exec(line)
  if (!m) return false
  const file = s.ctx.relativize(m[1])
  const detail = summaryDetail(s.lines, i + 1)
  nameUnnamed(s, file, detail)
  const failed = detail.some(d => /^(?:Failed tests?|Non-zero|Parse errors):/.test(d))
  if (s.covered.has(file) || (!failed && m[2] === '0')) return true
  const crashed = detail.some(d => /^Parse errors:|^Non-zero wait status:/.test(d))
  s.out.push(
    draft(
      i,
      'prove',
      crashed ? 'prove.died' : 'prove.file-failed',
      'test_fail',
      0.75,
      detail.join('; ') || line.trim(),
      {file}
    )
  )
  s.covered.add(file)
  return true
}

/** Notes a TAP `not ok` that no Test::More block follows (git's and bats' suites); takes no line. */
const tapNotOk: Step<PerlState> = (s, i, line) => {
  const m = NOT_OK.exec(line)
  if (m && !/#\s*todo\b/i.test(line) && !hasTestMoreBlock(s.lines, i)) s.tapFailure = true
  return false
}

const parseLine: Step<PerlState> = (s, i, line) =>
  tapNotOk(s, i, line) ||
  failedTest(s, i, line) ||
  cantLocate(s, i, line) ||
  exited(s, i, line) ||
  verdictLine(s, i, line) ||
  summaryFile(s, i, line)

export const parsePerl: LineParser = (lines, ctx) =>
  runSteps(
    {lines, ctx, out: [], pending: [], covered: new Set<string>(), tapFailure: false},
    parseLine
  )

/** The needles of parsePerl's steps (region.ts gives it only windows holding one). */
export const PERL_NEEDLES: readonly string[] = [
  'Failed test',
  'Failed (TODO) test',
  "Can't locate ",
  'Looks like your test exited',
  'Dubious, test returned',
  ' subtests',
  '(Wstat: '
]

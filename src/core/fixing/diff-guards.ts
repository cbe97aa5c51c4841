// Guards on every diff before it is kept: a fix may not touch protected paths,
// change too many files, delete, skip or thin out tests, loosen or weaken
// assertions, end a test before its assertions, replace the assertion library,
// rewrite expectations or snapshots to match the actual output, change how a
// check runs (its configuration or the scripts it runs), change what the
// package manager runs (package.json scripts), or silence a check.
// Enforced here, in code, whatever the prompt said. Only what the diff ADDS
// counts: what a file already contained is not the fix's doing.
import {protectingGlob} from './protected-paths.js'
import {
  countMatches,
  isSnapshotFile,
  isSourceFile,
  isTestFile,
  languageOf,
  normalizePath,
  removedLines,
  sourceViews,
  syntaxOf,
  type Language,
  type SourceViews
} from './source-text.js'
import {checkConfigFindings} from './check-config.js'
import {packageScriptFindings} from './package-scripts.js'
import {
  EXPECTATION_LINE,
  INLINE_SNAPSHOT,
  SKIPS,
  SUPPRESSIONS,
  TEST_CASES
} from './guard-patterns.js'
import {coveringSources} from './snapshot-coverage.js'
import {ASSERTIONS, earlyReturns, OVERRIDES, weakenedAssertions} from './test-weakening.js'

export interface FileChange {
  /** Path after the change (for a deletion, the deleted path), relative to the repository. */
  path: string
  status: 'added' | 'modified' | 'deleted' | 'renamed'
  /** For renames: the path before. */
  oldPath?: string
  /** Contents before (null when added or binary). */
  before: string | null
  /** Contents after (null when deleted or binary). */
  after: string | null
}

export interface GuardContext {
  /** Globs (picomatch) no change may touch. ALWAYS_PROTECTED (.git, workflows, local actions) is always added. */
  protectedPaths: readonly string[]
  maxFilesChanged: number
  /**
   * Repository files the check commands run or read (scripts/test.sh behind
   * `npm test`; see `DetectedProject.checkScripts`). Absent: none known.
   */
  checkScripts?: readonly string[]
}

export type GuardRule =
  | 'outside-workspace'
  | 'protected-path'
  | 'too-many-files'
  | 'test-deleted'
  | 'test-removed'
  | 'skip-added'
  | 'assertion-removed'
  | 'assertion-weakened'
  | 'assertion-replaced'
  | 'early-return'
  | 'expectation-changed'
  | 'snapshot-updated'
  | 'suppression-added'
  | 'config-changed'
  | 'scripts-changed'

export interface GuardViolation {
  rule: GuardRule
  /** The file the rule fired on. */
  path: string
  /** One line, names the file and the rule: for the log, the report and the model's feedback. */
  message: string
}

export interface GuardVerdict {
  ok: boolean
  violations: GuardViolation[]
  /** Whether any non-test source file changed in code (not only comments or whitespace). */
  sourceChanged: boolean
}

/** Always protected, whatever the settings say. */
export {ALWAYS_PROTECTED} from './protected-paths.js'

type Report = (rule: GuardRule, path: string, message: string) => void

interface FileViews {
  raw: string
  views: SourceViews
}

/** One change, paths normalised, both sides read once. */
interface FileCheck {
  change: FileChange
  beforePath: string
  before: FileViews | null
  after: FileViews | null
  lang: Language
  testBefore: boolean
  testAfter: boolean
}

/** What the whole diff says, for rules that look beyond one file. */
interface DiffFacts {
  /** Whether any non-test source file changed in code. */
  sourceChanged: boolean
  /** Those source files. */
  changedSources: string[]
  /** Test names present after the change anywhere in the diff (a moved test is not a removed one). */
  namesAfter: Set<string>
  /** Assertions gained across every test file (a test moved with its assertions keeps the total). */
  assertionDelta: number
  /** Contents after the change of test files, by path. */
  testsAfter: Map<string, string>
}

function viewsOf(path: string, text: string | null): FileViews | null {
  if (text === null) return null
  return {raw: text, views: sourceViews(text, syntaxOf(path))}
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

const sumOf = (text: string, res: readonly RegExp[]): number =>
  res.reduce((n, re) => n + countMatches(text, re), 0)

/** Test case names in a file (to tell a moved test from a removed one). */
function testNames(raw: string, code: string, lang: Language): string[] {
  const names: string[] = []
  for (const re of TEST_CASES[lang]) {
    const g = new RegExp(re.source, re.flags)
    let m: RegExpExecArray | null
    while ((m = g.exec(code)) !== null) {
      const rest = raw.slice(m.index, m.index + m[0].length + 300)
      const name =
        /\(\s*(['"`])((?:\\.|(?!\1)[^\\\n])*)\1/.exec(rest.slice(m[0].length - 1))?.[2] ??
        /(?:def|func)\s+(\w+)/.exec(rest)?.[1] ??
        /\bfn\s+(\w+)/.exec(raw.slice(m.index, m.index + 400))?.[1]
      if (name !== undefined) names.push(name)
      if (g.lastIndex === m.index) g.lastIndex++
    }
  }
  return names
}

/** Literal-free shape of a line: two lines with the same shape differ only in their literals. */
function literalShape(line: string): string {
  return line
    .replace(/(['"`])(?:\\.|(?!\1)[^\\])*\1/g, '⟨lit⟩')
    .replace(/\b(?:true|false|null|undefined|None|True|False|nil|NaN)\b/g, '⟨lit⟩')
    .replace(/-?\b\d[\d_]*(?:\.\d+)?(?:e[+-]?\d+)?n?\b/gi, '⟨lit⟩')
    .replace(/\s+/g, '')
}

function inlineSnapshots(raw: string): string[] {
  return [...raw.matchAll(INLINE_SNAPSHOT)].map(m => (m[1] ?? '').replace(/\s+/g, ' ').trim())
}

function multisetMinus(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>()
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1)
  const out: string[] = []
  for (const x of a) {
    const k = left.get(x) ?? 0
    if (k > 0) left.set(x, k - 1)
    else out.push(x)
  }
  return out
}

function firstLines(lines: readonly string[], max = 2): string {
  return lines
    .slice(0, max)
    .map(l => `\`${l.length > 100 ? `${l.slice(0, 99)}…` : l}\``)
    .join(', ')
}

/** Whether a file's program changed, ignoring comments and whitespace. */
function codeChanged(path: string, change: FileChange): boolean {
  if (change.before === null || change.after === null) return true
  const syntax = syntaxOf(path)
  const squash = (t: string): string => sourceViews(t, syntax).code.replace(/\s+/g, '')
  return squash(change.before) !== squash(change.after)
}

/** A file that holds tests: by path convention, or a Rust file with a test module. */
function isTestBearing(path: string, text: string | null): boolean {
  if (isSnapshotFile(path)) return false
  if (isTestFile(path)) return true
  return (
    languageOf(path) === 'rust' && text !== null && /#\[(?:cfg\(test\)|(?:\w+::)*test\b)/.test(text)
  )
}

/** Check one diff against every guard. Pure: contents in, verdict out. */
export function checkDiff(diff: readonly FileChange[], context: GuardContext): GuardVerdict {
  const violations: GuardViolation[] = []
  const report: Report = (rule, path, message) => {
    violations.push({rule, path, message: `${path}: ${message} [${rule}]`})
  }
  const changes = diff.map(c => ({
    ...c,
    path: normalizePath(c.path),
    oldPath: c.oldPath === undefined ? undefined : normalizePath(c.oldPath)
  }))
  checkPaths(changes, context, report)
  checkConfigs(changes, context, report)
  checkPackageScripts(changes, report)
  checkSize(changes, context, report)
  const facts = diffFacts(changes)
  for (const change of changes) checkFile(fileCheck(change), facts, report)
  return {ok: violations.length === 0, violations, sourceChanged: facts.sourceChanged}
}

/** Paths: inside the workspace, not protected. */
function checkPaths(changes: readonly FileChange[], context: GuardContext, report: Report): void {
  const protecting = protectingGlob(context.protectedPaths)
  for (const c of changes) {
    for (const p of c.oldPath !== undefined && c.oldPath !== c.path
      ? [c.oldPath, c.path]
      : [c.path]) {
      const parts = p.split('/')
      if (
        p.startsWith('/') ||
        /^[A-Za-z]:\//.test(p) ||
        parts.includes('..') ||
        p === '' ||
        parts.includes('.git')
      ) {
        report(
          'outside-workspace',
          p,
          'is outside the workspace (or inside .git); changes must stay in the repository'
        )
        continue
      }
      const hit = protecting(p)
      if (hit)
        report('protected-path', p, `is protected (matches \`${hit}\`); a fix may not change it`)
    }
  }
}

/** A rename is the old path going away and the new one appearing; any other change is itself. */
function sidesOf(c: FileChange): Array<Pick<FileChange, 'path' | 'before' | 'after'>> {
  if (c.oldPath === undefined || c.oldPath === c.path) return [c]
  return [
    {path: c.oldPath, before: c.before, after: null},
    {path: c.path, before: null, after: c.after}
  ]
}

/** How the checks run: lint, test and compiler configuration, and the scripts the checks run. */
function checkConfigs(changes: readonly FileChange[], context: GuardContext, report: Report): void {
  const scripts = context.checkScripts ?? []
  for (const c of changes) {
    for (const finding of sidesOf(c).flatMap(side => checkConfigFindings(side, scripts))) {
      report(
        'config-changed',
        finding.path,
        `changes how a check runs (${finding.what}); a fix may not change lint, test, type-check or formatter configuration, or the scripts and settings that run the checks: fix the code instead`
      )
    }
  }
}

/** What the package manager runs: package.json scripts, at any depth. */
function checkPackageScripts(changes: readonly FileChange[], report: Report): void {
  for (const c of changes) {
    for (const finding of sidesOf(c).flatMap(side => packageScriptFindings(side))) {
      report(
        'scripts-changed',
        finding.path,
        `changes what the package manager runs (${finding.what}); a fix may not change package.json scripts, \`packageManager\` or \`pnpm\` settings`
      )
    }
  }
}

function checkSize(changes: readonly FileChange[], context: GuardContext, report: Report): void {
  const touched = [...new Set(changes.map(c => c.path))]
  if (touched.length <= context.maxFilesChanged) return
  report(
    'too-many-files',
    touched[context.maxFilesChanged] as string,
    `the change touches ${plural(touched.length, 'file')}, more than max-files-changed (${context.maxFilesChanged}): ${touched.slice(0, 5).join(', ')}${touched.length > 5 ? ', …' : ''}`
  )
}

function diffFacts(changes: readonly FileChange[]): DiffFacts {
  const changedSources = changes
    .filter(c => [c.path, c.oldPath ?? c.path].some(p => isSourceFile(p)) && codeChanged(c.path, c))
    .map(c => c.path)
  const namesAfter = new Set<string>()
  const testsAfter = new Map<string, string>()
  for (const c of changes) {
    if (c.after === null || !isTestBearing(c.path, c.after)) continue
    testsAfter.set(c.path, c.after)
    const v = sourceViews(c.after, syntaxOf(c.path))
    for (const n of testNames(c.after, v.code, languageOf(c.path))) namesAfter.add(n)
  }
  const assertionsIn = (path: string, text: string | null): number =>
    text === null || !isTestBearing(path, text)
      ? 0
      : sumOf(sourceViews(text, syntaxOf(path)).code, ASSERTIONS[languageOf(path)])
  const assertionDelta = changes.reduce(
    (d, c) => d + assertionsIn(c.path, c.after) - assertionsIn(c.oldPath ?? c.path, c.before),
    0
  )
  return {
    sourceChanged: changedSources.length > 0,
    changedSources,
    namesAfter,
    assertionDelta,
    testsAfter
  }
}

function fileCheck(change: FileChange): FileCheck {
  const beforePath = change.oldPath ?? change.path
  return {
    change,
    beforePath,
    before: viewsOf(beforePath, change.before),
    after: viewsOf(change.path, change.after),
    lang: languageOf(change.path),
    testBefore: isTestBearing(beforePath, change.before),
    testAfter: isTestBearing(change.path, change.after)
  }
}

function checkFile(f: FileCheck, facts: DiffFacts, report: Report): void {
  if (deletesTest(f, report)) return
  if (isSnapshotFile(f.beforePath) || isSnapshotFile(f.change.path)) {
    checkStoredSnapshot(f, facts, report)
    return
  }
  checkSuppressions(f, report)
  checkOverrides(f, report)
  if (!f.testBefore && !f.testAfter) return
  checkSkips(f, report)
  if (f.before === null || f.after === null) return
  const movedOut = checkRemovedCases(f, facts, report)
  checkAssertions(f, {facts, movedOut}, report)
  checkExpectations(f, facts, report)
}

/** A test file deleted (true: nothing more to check), or renamed to a name no runner picks up. */
function deletesTest(f: FileCheck, report: Report): boolean {
  const {change: c, beforePath} = f
  if (f.testBefore && c.status === 'deleted') {
    report('test-deleted', c.path, 'deletes a test file')
    return true
  }
  if (f.testBefore && c.status === 'renamed' && !f.testAfter && isTestFile(beforePath)) {
    report(
      'test-deleted',
      c.path,
      `renames the test file ${beforePath} to a name test runners do not collect`
    )
  }
  return false
}

/**
 * Why a snapshot rewrite has no source change to go with, or undefined when it
 * has one: some source changed in code, and it is one the snapshot plausibly
 * records (see snapshot-coverage.ts for the exact rule).
 */
function snapshotProblem(snapshot: string, facts: DiffFacts): string | undefined {
  if (!facts.sourceChanged) return 'while no source file changed'
  const covering = coveringSources({
    snapshot,
    sources: facts.changedSources,
    tests: facts.testsAfter
  })
  if (covering.length > 0) return undefined
  return `while none of the changed sources (${facts.changedSources.slice(0, 3).join(', ')}) is code it records; update a snapshot only together with a change to the code it renders (a source named like the snapshot or its test, or one its test imports)`
}

/** An existing stored snapshot changed or removed (new snapshots, added entries are fine). */
function checkStoredSnapshot(f: FileCheck, facts: DiffFacts, report: Report): void {
  const c = f.change
  const removed =
    c.before === null ? [] : c.after === null ? ['(file)'] : removedLines(c.before, c.after)
  if (removed.length === 0) return
  const problem = snapshotProblem(c.path, facts)
  if (problem === undefined) return
  report(
    'snapshot-updated',
    c.path,
    `${c.status === 'deleted' ? 'deletes' : 'rewrites'} a stored snapshot ${problem}`
  )
}

/** Suppressions: anywhere, only added occurrences. */
function checkSuppressions(f: FileCheck, report: Report): void {
  const {after, before, lang, change: c} = f
  if (after === null) return
  for (const s of SUPPRESSIONS) {
    const view = s.applies(c.path, lang, after.raw)
    if (view === null) continue
    const pick = (v: FileViews | null): string =>
      v === null ? '' : view === 'raw' ? v.raw : v.views[view]
    const added = countMatches(pick(after), s.re) - countMatches(pick(before), s.re)
    if (added > 0)
      report(
        'suppression-added',
        c.path,
        `adds ${plural(added, 'suppression')} \`${s.label}\`; fix the cause instead of silencing the check`
      )
  }
}

/** The assertion library replaced or neutered, in any file (setup files are not test files). */
function checkOverrides(f: FileCheck, report: Report): void {
  const {after, before, lang, change: c} = f
  if (after === null) return
  for (const o of OVERRIDES[lang]) {
    const pick = (v: FileViews | null): string =>
      v === null ? '' : o.view === 'raw' ? v.raw : v.views.code
    const added = countMatches(pick(after), o.re) - countMatches(pick(before), o.re)
    if (added > 0)
      report(
        'assertion-replaced',
        c.path,
        `replaces what the tests assert with (${o.label}), so no test can fail; leave the test framework alone and fix the code`
      )
  }
}

function checkSkips(f: FileCheck, report: Report): void {
  if (f.after === null) return
  const beforeCode = f.before?.views.code ?? ''
  for (const s of SKIPS[f.lang]) {
    const added = countMatches(f.after.views.code, s.re) - countMatches(beforeCode, s.re)
    if (added > 0)
      report(
        'skip-added',
        f.change.path,
        `adds ${plural(added, 'test skip')} (\`${s.label}\`); a fix may not skip tests`
      )
  }
}

/** Removed test cases (moved ones, present under the same name elsewhere, are fine). Returns whether they all moved. */
function checkRemovedCases(f: FileCheck, facts: DiffFacts, report: Report): boolean {
  const {lang} = f
  const before = f.before as FileViews
  const after = f.after as FileViews
  const casesBefore = sumOf(before.views.code, TEST_CASES[lang])
  const casesAfter = sumOf(after.views.code, TEST_CASES[lang])
  if (casesAfter >= casesBefore) return false
  const namesBefore = testNames(before.raw, before.views.code, lang)
  const gone = multisetMinus(namesBefore, testNames(after.raw, after.views.code, lang)).filter(
    n => !facts.namesAfter.has(n)
  )
  if (gone.length === 0 && namesBefore.length > 0) return true
  const named =
    gone.length > 0
      ? ` (${gone
          .slice(0, 3)
          .map(n => `"${n}"`)
          .join(', ')})`
      : ''
  report(
    'test-removed',
    f.change.path,
    `removes ${plural(casesBefore - casesAfter, 'test case')}${named}; a fix may not delete or comment out tests`
  )
  return false
}

/** Fewer assertions, weaker ones, or a bare `return` ahead of them. */
function checkAssertions(
  f: FileCheck,
  whole: {facts: DiffFacts; movedOut: boolean},
  report: Report
): void {
  const {lang, change: c} = f
  const before = f.before as FileViews
  const after = f.after as FileViews
  const assertsBefore = sumOf(before.views.code, ASSERTIONS[lang])
  const assertsAfter = sumOf(after.views.code, ASSERTIONS[lang])
  if (assertsAfter < assertsBefore && !(whole.movedOut && whole.facts.assertionDelta >= 0)) {
    report(
      'assertion-removed',
      c.path,
      `removes ${plural(assertsBefore - assertsAfter, 'assertion')} (${assertsBefore} → ${assertsAfter}); a fix may not loosen tests`
    )
  }
  const weakened = weakenedAssertions(
    {raw: before.raw, code: before.views.code},
    {raw: after.raw, code: after.views.code},
    lang
  )
  if (weakened.length > 0) {
    report(
      'assertion-weakened',
      c.path,
      `weakens assertions (${firstLines(weakened)}): a check that passes for almost any value, or whatever the code does, replaces an exact one; keep the exact assertion and fix the code`
    )
  }
  const returns = earlyReturns(after.views.code, lang) - earlyReturns(before.views.code, lang)
  if (returns > 0) {
    report(
      'early-return',
      c.path,
      `adds ${plural(returns, 'bare `return`')} ahead of a test's assertions, so they never run; a fix may not end a test early`
    )
  }
}

/** Expected values and inline snapshots rewritten to match the actual output. */
function checkExpectations(f: FileCheck, facts: DiffFacts, report: Report): void {
  const before = f.before as FileViews
  const after = f.after as FileViews
  const c = f.change
  // Inline snapshots rewritten (new ones, filled from empty, are fine): the stored-snapshot rule.
  const snapsGone = multisetMinus(inlineSnapshots(before.raw), inlineSnapshots(after.raw)).filter(
    s => s !== '' && s !== '``'
  )
  const problem = snapsGone.length > 0 ? snapshotProblem(c.path, facts) : undefined
  if (problem !== undefined) {
    report(
      'snapshot-updated',
      c.path,
      `rewrites ${plural(snapsGone.length, 'inline snapshot')} ${problem}`
    )
  }
  if (facts.sourceChanged) return
  // An expectation rewritten to the actual value: a line that states an
  // expectation lost a literal and came back with another one, same shape.
  // Only the part from the assertion on: a test renamed on the same line is not an expectation.
  const expectLines = (v: FileViews): string[] => {
    const raw = v.raw.split('\n')
    return v.views.code.split('\n').flatMap((line, k) => {
      const m = EXPECTATION_LINE.exec(line)
      return m ? [(raw[k] ?? '').slice(m.index).trim()] : []
    })
  }
  const beforeLines = expectLines(before)
  const afterLines = expectLines(after)
  const gone = multisetMinus(beforeLines, afterLines)
  const came = multisetMinus(afterLines, beforeLines)
  const rewritten = gone.filter(g => came.some(a => literalShape(a) === literalShape(g)))
  if (rewritten.length > 0) {
    report(
      'expectation-changed',
      c.path,
      `changes the expected value of ${plural(rewritten.length, 'assertion')} while no source file changed (${firstLines(rewritten)}); fix the code, not the expectation`
    )
  }
}

/** One message for the model's feedback and the decision log. */
export function describeVerdict(verdict: GuardVerdict): string {
  if (verdict.ok) return 'The change passed every guard.'
  return [
    'The change was rejected and reverted:',
    ...verdict.violations.map(v => `- ${v.message}`)
  ].join('\n')
}

// Guards on every diff before it is kept: a fix may not touch protected paths,
// change too many files, delete, skip or thin out tests, loosen assertions,
// rewrite expectations or snapshots to match the actual output, silence a
// check, or change what the package manager runs (package.json scripts).
// Enforced here, in code, whatever the prompt said. Only what the diff
// ADDS counts: what a file already contained is not the fix's doing.
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
}

export type GuardRule =
  | 'outside-workspace'
  | 'protected-path'
  | 'too-many-files'
  | 'test-deleted'
  | 'test-removed'
  | 'skip-added'
  | 'assertion-removed'
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

interface Pattern {
  label: string
  re: RegExp
}

// Test cases, per language, matched in the code view (comments and strings blanked).
const TEST_CASES: Record<Language, RegExp[]> = {
  js: [/(?<![\w$.])(?:it|test|specify)(?:\.[\w$]+)*\s*\(/g],
  python: [/^[ \t]*(?:async[ \t]+)?def[ \t]+test\w*/gm],
  go: [/^func[ \t]+(?:Test|Fuzz)\w*[ \t]*\(/gm, /\bt\.Run\s*\(/g],
  rust: [/#\[(?:\w+::)*test\b/g],
  java: [/@(?:Test|ParameterizedTest|RepeatedTest)\b/g],
  other: []
}

const SKIPS: Record<Language, Pattern[]> = {
  js: [
    {
      label: '.skip',
      re: /(?<![\w$])(?:it|test|describe|suite|context|specify|bench|this)(?:\.[\w$]+)*\.skip(?:If)?\b/g
    },
    {
      label: '.only (skips every other test)',
      re: /(?<![\w$])(?:it|test|describe|suite|context|specify)(?:\.[\w$]+)*\.only\b/g
    },
    {label: '.todo', re: /(?<![\w$])(?:it|test|describe)(?:\.[\w$]+)*\.todo\b/g},
    {label: 'runIf', re: /(?<![\w$])(?:it|test|describe)(?:\.[\w$]+)*\.runIf\b/g},
    {label: 'xit/xdescribe/xtest', re: /(?<![\w$.])x(?:it|describe|test|context|specify)\s*\(/g},
    {label: 'fit/fdescribe', re: /(?<![\w$.])f(?:it|describe)\s*\(/g}
  ],
  python: [
    {label: '@pytest.mark.skip', re: /@pytest\.mark\.skip/g},
    {label: '@pytest.mark.xfail', re: /@pytest\.mark\.xfail/g},
    {label: 'pytest.skip(', re: /\bpytest\.(?:skip|importorskip)\s*\(/g},
    {label: '@unittest.skip', re: /@unittest\.skip/g},
    {label: 'skipTest(', re: /\.skipTest\s*\(/g}
  ],
  go: [{label: 't.Skip', re: /\b\w+\.Skip(?:f|Now)?\s*\(/g}],
  rust: [{label: '#[ignore]', re: /#\[ignore\b/g}],
  java: [{label: '@Disabled/@Ignore', re: /@(?:Disabled|Ignore)\b/g}],
  other: []
}

const ASSERTIONS: Record<Language, RegExp[]> = {
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

/** A line that states what a test expects (matched in the code view). */
const EXPECTATION_LINE =
  /(?<![\w$.])(?:expect|assert\w*)\b|\b(?:t|b|tt)\.(?:Errorf?|Fatalf?)\b|\b(?:require|assert)\.\w+|\bassert(?:_eq|_ne)?!|\b(?:want|wanted|expected|expect|exp)\w*\s*(?::=|=|:)/

interface Suppression {
  label: string
  re: RegExp
  /** Which files and which view it is looked for in. */
  applies: (path: string, lang: Language) => 'code' | 'codeAndComments' | 'raw' | null
}

const isJsonOrScript = (path: string): boolean => /\.json5?$/.test(path)
const isShellish = (path: string): boolean =>
  /\.(?:sh|bash|zsh|ya?ml|toml|cfg|ini|mk)$/.test(path) ||
  /(?:^|\/)(?:Makefile|GNUmakefile|Dockerfile[^/]*|Containerfile|Justfile|justfile)$/.test(path)

const SUPPRESSIONS: Suppression[] = [
  {
    label: '|| true',
    re: /\|\|\s*(?:true|:|exit 0)(?=\s|$|["';)&|])/g,
    applies: p => (isShellish(p) ? 'code' : isJsonOrScript(p) ? 'raw' : null)
  },
  {
    label: 'continue-on-error',
    re: /\bcontinue-on-error\s*:\s*(?:true|["']?\$\{\{)/g,
    applies: p => (/\.ya?ml$/.test(p) ? 'code' : null)
  },
  {
    label: '@ts-ignore',
    re: /(?:\/\/|\/\*+|^[ \t]*\*)[ \t]*@ts-(?:ignore|nocheck)\b/gm,
    applies: (_, l) => (l === 'js' ? 'codeAndComments' : null)
  },
  {
    label: '@ts-expect-error',
    re: /(?:\/\/|\/\*+|^[ \t]*\*)[ \t]*@ts-expect-error\b/gm,
    applies: (_, l) => (l === 'js' ? 'codeAndComments' : null)
  },
  {
    label: 'eslint-disable',
    re: /(?:\/\/|\/\*+)[ \t]*eslint-disable\b/g,
    applies: (_, l) => (l === 'js' ? 'codeAndComments' : null)
  },
  {
    label: '# type: ignore',
    re: /#\s*type:\s*ignore\b/g,
    applies: (_, l) => (l === 'python' ? 'codeAndComments' : null)
  },
  {
    label: '# noqa',
    re: /#\s*noqa\b/gi,
    applies: (_, l) => (l === 'python' ? 'codeAndComments' : null)
  },
  {
    label: '# pylint: disable / # pyright: ignore / # mypy: ignore-errors',
    re: /#\s*(?:pylint:\s*disable|pyright:\s*ignore|mypy:\s*ignore-errors)\b/g,
    applies: (_, l) => (l === 'python' ? 'codeAndComments' : null)
  },
  {
    label: '//nolint',
    re: /\/\/\s*nolint\b/g,
    applies: (_, l) => (l === 'go' ? 'codeAndComments' : null)
  },
  {label: '#[allow(', re: /#!?\[allow\s*\(/g, applies: (_, l) => (l === 'rust' ? 'code' : null)},
  {
    label: '@SuppressWarnings',
    re: /@Suppress(?:Warnings)?\b/g,
    applies: (_, l) => (l === 'java' ? 'code' : null)
  }
]

const INLINE_SNAPSHOT =
  /\bto(?:Match|ThrowErrorMatching)InlineSnapshot\s*\(\s*(`(?:\\[\s\S]|[^`\\])*`|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*")?/g

interface FileViews {
  raw: string
  views: SourceViews
}

function viewsOf(path: string, text: string | null): FileViews | null {
  if (text === null) return null
  return {raw: text, views: sourceViews(text, syntaxOf(path))}
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

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

/** Check one diff against every guard. Pure: contents in, verdict out. */
export function checkDiff(diff: readonly FileChange[], context: GuardContext): GuardVerdict {
  const violations: GuardViolation[] = []
  const add = (rule: GuardRule, path: string, message: string): void => {
    violations.push({rule, path, message: `${path}: ${message} [${rule}]`})
  }
  const changes = diff.map(c => ({
    ...c,
    path: normalizePath(c.path),
    oldPath: c.oldPath === undefined ? undefined : normalizePath(c.oldPath)
  }))

  // Paths: inside the workspace, not protected.
  const protecting = protectingGlob(context.protectedPaths)
  for (const c of changes) {
    for (const p of c.oldPath !== undefined && c.oldPath !== c.path
      ? [c.oldPath, c.path]
      : [c.path]) {
      if (
        p.startsWith('/') ||
        /^[A-Za-z]:\//.test(p) ||
        p.split('/').includes('..') ||
        p === '' ||
        p.split('/').includes('.git')
      ) {
        add(
          'outside-workspace',
          p,
          'is outside the workspace (or inside .git); changes must stay in the repository'
        )
        continue
      }
      const hit = protecting(p)
      if (hit)
        add('protected-path', p, `is protected (matches \`${hit}\`); a fix may not change it`)
    }
  }

  // How the checks run: lint, test and compiler configuration.
  for (const c of changes) {
    for (const finding of checkConfigFindings(c)) {
      add(
        'config-changed',
        finding.path,
        `changes how a check runs (${finding.what}); a fix may not change lint, test, type-check or formatter configuration`
      )
    }
  }

  // What the package manager runs: package.json scripts, at any depth. A
  // rename is the old file gone and the new one added.
  for (const c of changes) {
    const parts =
      c.oldPath !== undefined && c.oldPath !== c.path
        ? [
            {path: c.oldPath, before: c.before, after: null},
            {path: c.path, before: null, after: c.after}
          ]
        : [c]
    for (const part of parts) {
      for (const finding of packageScriptFindings(part)) {
        add(
          'scripts-changed',
          finding.path,
          `changes what the package manager runs (${finding.what}); a fix may not change package.json scripts, \`packageManager\` or \`pnpm\` settings`
        )
      }
    }
  }

  // Size.
  const touched = [...new Set(changes.map(c => c.path))]
  if (touched.length > context.maxFilesChanged) {
    add(
      'too-many-files',
      touched[context.maxFilesChanged] as string,
      `the change touches ${plural(touched.length, 'file')}, more than max-files-changed (${context.maxFilesChanged}): ${touched.slice(0, 5).join(', ')}${touched.length > 5 ? ', …' : ''}`
    )
  }

  const sourceChanged = changes.some(c => {
    const paths = [c.path, ...(c.oldPath !== undefined ? [c.oldPath] : [])]
    return paths.some(p => isSourceFile(p)) && codeChanged(c.path, c)
  })

  // Test names present after the change anywhere in the diff (a moved test is not a removed one).
  const namesAfter = new Set<string>()
  for (const c of changes) {
    if (c.after === null || !isTestBearing(c.path, c.after)) continue
    const v = sourceViews(c.after, syntaxOf(c.path))
    for (const n of testNames(c.after, v.code, languageOf(c.path))) namesAfter.add(n)
  }

  // Assertions across every test file of the diff (a test moved with its assertions keeps the total).
  const assertionsIn = (path: string, text: string | null): number =>
    text === null || !isTestBearing(path, text)
      ? 0
      : ASSERTIONS[languageOf(path)].reduce(
          (n, re) => n + countMatches(sourceViews(text, syntaxOf(path)).code, re),
          0
        )
  const assertionDelta = changes.reduce(
    (d, c) => d + assertionsIn(c.path, c.after) - assertionsIn(c.oldPath ?? c.path, c.before),
    0
  )

  for (const c of changes) {
    const beforePath = c.oldPath ?? c.path
    const before = viewsOf(beforePath, c.before)
    const after = viewsOf(c.path, c.after)
    const lang = languageOf(c.path)
    const testBefore = isTestBearing(beforePath, c.before)
    const testAfter = isTestBearing(c.path, c.after)

    // Deleted tests: a test file deleted, or renamed to a name no runner picks up.
    if (testBefore && c.status === 'deleted') {
      add('test-deleted', c.path, 'deletes a test file')
      continue
    }
    if (testBefore && c.status === 'renamed' && !testAfter && isTestFile(beforePath)) {
      add(
        'test-deleted',
        c.path,
        `renames the test file ${beforePath} to a name test runners do not collect`
      )
    }

    // Snapshots: an existing stored snapshot changed or removed.
    if (isSnapshotFile(beforePath) || isSnapshotFile(c.path)) {
      const removed =
        c.before === null ? [] : c.after === null ? ['(file)'] : removedLines(c.before, c.after)
      if (removed.length > 0 && !sourceChanged) {
        add(
          'snapshot-updated',
          c.path,
          `${c.status === 'deleted' ? 'deletes' : 'rewrites'} a stored snapshot while no source file changed`
        )
      }
      continue
    }

    // Suppressions: anywhere, only added occurrences.
    if (after !== null) {
      for (const s of SUPPRESSIONS) {
        const view = s.applies(c.path, lang)
        if (view === null) continue
        const pick = (f: FileViews | null): string =>
          f === null ? '' : view === 'raw' ? f.raw : f.views[view]
        const added = countMatches(pick(after), s.re) - countMatches(pick(before), s.re)
        if (added > 0)
          add(
            'suppression-added',
            c.path,
            `adds ${plural(added, 'suppression')} \`${s.label}\`; fix the cause instead of silencing the check`
          )
      }
    }

    if (!testBefore && !testAfter) continue
    const beforeCode = before?.views.code ?? ''
    const afterCode = after?.views.code ?? ''

    // Skips.
    if (after !== null) {
      for (const s of SKIPS[lang]) {
        const added = countMatches(afterCode, s.re) - countMatches(beforeCode, s.re)
        if (added > 0)
          add(
            'skip-added',
            c.path,
            `adds ${plural(added, 'test skip')} (\`${s.label}\`); a fix may not skip tests`
          )
      }
    }

    if (before === null || after === null) continue

    // Removed test cases (moved ones, present under the same name elsewhere in the diff, are fine).
    const casesBefore = TEST_CASES[lang].reduce((n, re) => n + countMatches(beforeCode, re), 0)
    const casesAfter = TEST_CASES[lang].reduce((n, re) => n + countMatches(afterCode, re), 0)
    let movedOut = false
    if (casesAfter < casesBefore) {
      const gone = multisetMinus(
        testNames(before.raw, beforeCode, lang),
        testNames(after.raw, afterCode, lang)
      ).filter(n => !namesAfter.has(n))
      movedOut = gone.length === 0 && testNames(before.raw, beforeCode, lang).length > 0
      if (!movedOut) {
        add(
          'test-removed',
          c.path,
          `removes ${plural(casesBefore - casesAfter, 'test case')}${
            gone.length > 0
              ? ` (${gone
                  .slice(0, 3)
                  .map(n => `"${n}"`)
                  .join(', ')})`
              : ''
          }; a fix may not delete or comment out tests`
        )
      }
    }

    // Fewer assertions.
    const assertsBefore = ASSERTIONS[lang].reduce((n, re) => n + countMatches(beforeCode, re), 0)
    const assertsAfter = ASSERTIONS[lang].reduce((n, re) => n + countMatches(afterCode, re), 0)
    if (assertsAfter < assertsBefore && !(movedOut && assertionDelta >= 0)) {
      add(
        'assertion-removed',
        c.path,
        `removes ${plural(assertsBefore - assertsAfter, 'assertion')} (${assertsBefore} → ${assertsAfter}); a fix may not loosen tests`
      )
    }

    if (sourceChanged) continue

    // An expectation rewritten to the actual value: a line that states an
    // expectation lost a literal and came back with another one, same shape.
    // Only the part from the assertion on: a test renamed on the same line is not an expectation.
    const expectLines = (f: FileViews): string[] => {
      const raw = f.raw.split('\n')
      return f.views.code.split('\n').flatMap((line, k) => {
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
      add(
        'expectation-changed',
        c.path,
        `changes the expected value of ${plural(rewritten.length, 'assertion')} while no source file changed (${firstLines(rewritten)}); fix the code, not the expectation`
      )
    }

    // Inline snapshots rewritten (new ones, filled from empty, are fine).
    const snapsGone = multisetMinus(inlineSnapshots(before.raw), inlineSnapshots(after.raw)).filter(
      s => s !== '' && s !== '``'
    )
    if (snapsGone.length > 0) {
      add(
        'snapshot-updated',
        c.path,
        `rewrites ${plural(snapsGone.length, 'inline snapshot')} while no source file changed`
      )
    }
  }

  return {ok: violations.length === 0, violations, sourceChanged}
}

/** A file that holds tests: by path convention, or a Rust file with a test module. */
function isTestBearing(path: string, text: string | null): boolean {
  if (isSnapshotFile(path)) return false
  if (isTestFile(path)) return true
  return (
    languageOf(path) === 'rust' && text !== null && /#\[(?:cfg\(test\)|(?:\w+::)*test\b)/.test(text)
  )
}

/** One message for the model's feedback and the decision log. */
export function describeVerdict(verdict: GuardVerdict): string {
  if (verdict.ok) return 'The change passed every guard.'
  return [
    'The change was rejected and reverted:',
    ...verdict.violations.map(v => `- ${v.message}`)
  ].join('\n')
}

// Linters and formatters: eslint (stylish and unix), prettier --check, biome,
// ruff/flake8/pylint, black/isort, ruff format, rubocop/standardrb, golangci-lint,
// staticcheck, gofmt -d, rustfmt, shellcheck, hadolint, actionlint, helm lint,
// php-cs-fixer, phpcs, ktlint and pre-commit hooks.
import type {Category} from '../types.js'
import {draft, int, PATH, STEM, type Found, type LineParser} from './parser.js'
import {runSteps, type Step, type StepState} from './steps.js'
import {guarded} from '../literal-guard.js'

const ESLINT_HEADER = guarded(
  new RegExp(
    String.raw`^((?:[A-Za-z]:)?[/\\]?[^\s:]*[\w\])]\.(?:[cm]?[jt]sx?|vue|svelte|astro|json|md|html|css|scss))\s*$`
  ),
  ['.']
)
const ESLINT_ISSUE = guarded(
  /^\s+(\d+):(\d+)\s+(error|warning)\s+(.+?)(?:\s{2,}(@?[\w-]+(?:\/[\w-]+)*))?\s*$/,
  ['error', 'warning']
)
const ESLINT_UNIX = guarded(
  new RegExp(String.raw`^(${PATH}):(\d+):(\d+): (.+) \[(Error|Warning)(?:\/([^\]]+))?\]$`),
  ['Error', 'Warning']
)
const PRETTIER = guarded(/^\[(warn|error)\] (.+)$/, ['warn', 'error'])
const BIOME = guarded(
  new RegExp(
    String.raw`^(${PATH}):(\d+):(\d+) ((?:lint|format|assist|organizeImports)(?:\/[\w/]+)?) `
  ),
  ['lint', 'format', 'assist', 'organizeImports']
)
const PY_LINT = guarded(
  new RegExp(String.raw`^(${PATH}):(\d+):(\d+): ([A-Z]{1,4}\d{2,4}):? (?:\[\*\] )?(.+)$`),
  [': ']
)
const RUFF_FULL_HEAD = guarded(/^([A-Z]{1,4}\d{2,4}) (?:\[\*\] )?(.+)$/, [' '])
const ARROW = guarded(new RegExp(String.raw`^\s*--> (${PATH}):(\d+):(\d+)`), ['--> '])
const BLACK = guarded(/^would reformat (.+)$/, ['would reformat '])
const ISORT = guarded(/^ERROR: (.+?) Imports are incorrectly sorted/, [
  ' Imports are incorrectly sorted'
])
const RUBOCOP = guarded(
  new RegExp(String.raw`^(${PATH}):(\d+):(\d+): ([CWEF]): (?:\[Correctable\] )?([\w/]+): (.+)$`),
  [': ']
)
const GOLANGCI = guarded(new RegExp(String.raw`^(${STEM}\.go):(\d+):(\d+): (.+) \((\w[\w-]*)\)$`), [
  '.go'
])
/** ktlint (also through maven/gradle plugins): `Foo.kt:12:5: Exceeded max line length (120)` */
const KTLINT = guarded(
  new RegExp(
    String.raw`^(?:\[(?:ERROR|WARN(?:ING)?)\] +)?(${STEM}\.kts?):(\d+):(\d+): (.+?)(?: \(([\w:-]+)\))?$`
  ),
  ['.kt']
)
const MARKDOWNLINT = guarded(
  new RegExp(String.raw`^(${PATH}):(\d+)(?::(\d+))? (MD\d{3})\/[\w-]+ (.+)$`),
  ['MD']
)
const RUSTFMT = guarded(new RegExp(String.raw`^Diff in (${PATH})(?: at line (\d+)|:(\d+))`), [
  'Diff in '
])
const ESLINT_MAX_WARNINGS = guarded(/^ESLint found too many warnings \(maximum: \d+\)/, [
  'ESLint found too many warnings (maximum: '
])
const RUFF_FORMAT = guarded(/^Would reformat: (.+)$/, ['Would reformat: '])
// standardrb (and rubocop's indented formats): `  lib/cli.rb:8:5: Layout/IndentationWidth: …`
const RUBY_COP = guarded(
  new RegExp(
    String.raw`^\s+(${STEM}\.(?:rb|rake|gemspec|ru)|\S*(?:Gemfile|Rakefile)):(\d+):(\d+): ([A-Z]\w*(?:\/[A-Z]\w*)+): (.+)$`
  ),
  ['rb', 'rake', 'gemspec', 'ru', 'Gemfile', 'Rakefile']
)
// staticcheck's own codes: SA (bugs), S (simple), ST (style), QF (quick fixes), U (unused)
const STATICCHECK = guarded(
  new RegExp(String.raw`^(${STEM}\.go):(\d+):(\d+): (.+) \(((?:SA|S|ST|QF|U)\d{4})\)$`),
  ['.go']
)
const GOFMT_DIFF = guarded(/^diff (?:-u )?(\S+\.go)\.orig \S+\.go$/, ['.orig '])
// shellcheck -f gcc: `install.sh:4:8: warning: … [SC2164]`; tty: `In x.sh line 12:` … `^--^ SC2086 (info): …`
const SHELLCHECK_GCC = guarded(
  /^(\S+?):(\d+):(\d+): (?:error|warning|note|info|style): (.+) \[(SC\d{4})\]$/,
  ['error', 'warning', 'note', 'info', 'style']
)
const SHELLCHECK_IN = guarded(/^In (\S+) line (\d+):$/, [' line '])
const SHELLCHECK_CODE = guarded(/\^-*\^? (SC\d{4})(?: \((error|warning|info|style)\))?: (.+)$/, [
  'SC'
])
const HADOLINT = guarded(
  /^(\S*(?:Dockerfile|Containerfile)\S*):(\d+) ((?:DL|SC)\d{4}) (error|warning|info|style): (.+)$/,
  ['Dockerfile', 'Containerfile']
)
const ACTIONLINT = guarded(/^(\.github\/workflows\/\S+\.ya?ml):(\d+):(\d+): (.+) \[([\w-]+)\]$/, [
  '.github/workflows/'
])
const HELM_LINT = guarded(
  /^\[ERROR\] (\S+\.(?:ya?ml|tpl)|values\.schema\.json|\S*Chart\.yaml|templates\/\S*): (.+)$/,
  ['[ERROR] ']
)
const HELM_LINT_SUMMARY = guarded(/^Error: \d+ chart\(s\) linted, [1-9]\d* chart\(s\) failed/, [
  ' chart(s) linted, '
])
const PHP_CS_FIXER = guarded(/^\s*\d+\) (\S+\.php) \(([\w, ]+)\)$/, ['.php'])
const PHPCS_FILE = guarded(/^FILE: (\S+\.(?:php|inc|js|css))$/, ['FILE: '])
const PHPCS_ROW = guarded(/^\s*(\d+) \| ERROR\s*\| (?:\[[ x]\] )?(.+)$/, [' | ERROR'])
const PRE_COMMIT_FAILED = guarded(/^(.+?)\.{3,}(?:\(no files to check\))?Failed$/, ['Failed'])
const PRE_COMMIT_HOOK = guarded(/^- hook id: (\S+)$/, ['- hook id: '])
const GO_LINTERS = new Set([
  'errcheck',
  'govet',
  'staticcheck',
  'unused',
  'gosimple',
  'ineffassign',
  'revive',
  'gofmt',
  'goimports',
  'gocritic',
  'misspell',
  'stylecheck',
  'gosec',
  'unparam',
  'dupl',
  'lll',
  'nakedret',
  'prealloc',
  'gocyclo',
  'whitespace',
  'nolintlint',
  'godot',
  'errorlint',
  'bodyclose',
  'noctx',
  'exhaustive',
  'gci',
  'gofumpt',
  'copyloopvar',
  'usestdlibvars',
  'perfsprint',
  'testifylint',
  'forcetypeassert',
  'wrapcheck',
  'mnd',
  'goconst',
  'nilerr',
  'predeclared',
  'thelper',
  'tparallel',
  'paralleltest',
  'contextcheck',
  'durationcheck',
  'errname',
  'intrange',
  'protogetter',
  'sloglint',
  'asasalint',
  'asciicheck',
  'bidichk',
  'dogsled',
  'dupword',
  'exportloopref',
  'funlen',
  'gochecknoinits',
  'gocognit',
  'goheader',
  'gomoddirectives',
  'goprintffuncname',
  'makezero',
  'nestif',
  'nilnil',
  'nlreturn',
  'rowserrcheck',
  'sqlclosecheck',
  'tagliatelle',
  'unconvert',
  'varnamelen',
  'wastedassign',
  'wsl'
])

/** Lines of a stylish eslint block follow a file header; prettier's file list counts only under its summary. */
interface LintState extends StepState {
  eslintFile: string | undefined
  prettierSeen: boolean
}

/** A finding at `file:line:column` taken from m[1], m[2], m[3]. */
function located(
  s: LintState,
  i: number,
  tool: string,
  rule: string,
  category: Category,
  message: string,
  m: RegExpExecArray,
  errorCode: string | undefined
): Found {
  return draft(i, tool, rule, category, 0.85, message, {
    file: s.ctx.relativize(m[1]),
    line: int(m[2]),
    column: int(m[3]),
    errorCode
  })
}

/** eslint's stylish format: a file header, then indented `line:col  error  message  rule` rows. */
const eslintStylish: Step<LintState> = (s, i, line) => {
  const header = ESLINT_HEADER.exec(line)
  if (header && !line.startsWith(' ')) {
    s.eslintFile = header[1]
    return true
  }
  if (!s.eslintFile) return false
  const issue = ESLINT_ISSUE.exec(line)
  if (issue) {
    if (issue[3] === 'error') {
      const parsing = issue[4].startsWith('Parsing error')
      s.out.push(
        draft(
          i,
          'eslint',
          parsing ? 'eslint.parsing-error' : 'eslint.stylish',
          parsing ? 'compile_error' : 'lint_error',
          parsing ? 0.75 : 0.9,
          issue[4],
          {
            file: s.ctx.relativize(s.eslintFile),
            line: int(issue[1]),
            column: int(issue[2]),
            errorCode: issue[5]
          }
        )
      )
    }
    return true
  }
  if (line.trim() === '' || /^✖ \d+ problems?/.test(line.trim())) {
    if (line.trim() !== '') s.eslintFile = undefined
    return true
  }
  s.eslintFile = undefined
  return false
}

const ktlint: Step<LintState> = (s, i, line) => {
  const m = KTLINT.exec(line)
  if (!m) return false
  s.out.push(
    draft(i, 'ktlint', 'ktlint.finding', 'lint_error', 0.8, m[4], {
      file: s.ctx.relativize(m[1]),
      line: int(m[2]),
      column: int(m[3]),
      errorCode: m[5]
    })
  )
  return true
}

/** eslint -f unix: errors count, warnings are taken and dropped. */
const eslintUnix: Step<LintState> = (s, i, line) => {
  const m = ESLINT_UNIX.exec(line)
  if (!m) return false
  if (m[5] === 'Error')
    s.out.push(
      draft(i, 'eslint', 'eslint.unix', 'lint_error', 0.9, m[4], {
        file: s.ctx.relativize(m[1]),
        line: int(m[2]),
        column: int(m[3]),
        errorCode: m[6]
      })
    )
  return true
}

/** prettier --check: its summary, syntax errors, and the files it would reformat. */
const prettier: Step<LintState> = (s, i, line) => {
  const m = PRETTIER.exec(line)
  if (!m) return false
  const text = m[2]
  if (/Code style issues|Forgot to run Prettier|files? (?:are|is) not formatted/.test(text)) {
    s.prettierSeen = true
    return true
  }
  if (m[1] === 'error') {
    const se = /^(\S+): (SyntaxError: .+)$/.exec(text)
    if (se)
      s.out.push(
        draft(i, 'prettier', 'prettier.syntax-error', 'compile_error', 0.8, se[2], {
          file: s.ctx.relativize(se[1])
        })
      )
    return true
  }
  if (/^\S+\.\w+$/.test(text)) {
    s.out.push(
      draft(
        i,
        'prettier',
        'prettier.check',
        'lint_error',
        0.85,
        'Code style issues (prettier --check)',
        {
          file: s.ctx.relativize(text),
          errorCode: 'prettier'
        }
      )
    )
  }
  return true
}

/** biome: the message is on the line after the `file:line:col category` head. */
const biome: Step<LintState> = (s, i, line) => {
  const m = BIOME.exec(line)
  if (!m) return false
  const message = s.lines[i + 1]?.trim() || m[4]
  s.out.push(located(s, i, 'biome', 'biome.diagnostic', 'lint_error', message, m, m[4]))
  return true
}

/** rubocop's emacs/clang-like format: F (fatal) and Lint/Syntax errors are syntax errors. */
const rubocop: Step<LintState> = (s, i, line) => {
  const m = RUBOCOP.exec(line)
  if (!m) return false
  const fatal = m[4] === 'F' || (m[4] === 'E' && /Lint\/Syntax/.test(m[5]))
  s.out.push(
    draft(
      i,
      'rubocop',
      fatal ? 'rubocop.syntax' : 'rubocop.offense',
      fatal ? 'compile_error' : 'lint_error',
      0.9,
      m[6],
      {file: s.ctx.relativize(m[1]), line: int(m[2]), column: int(m[3]), errorCode: m[5]}
    )
  )
  return true
}

/** golangci-lint: only a known linter's name in the trailing parentheses makes it one. */
const golangci: Step<LintState> = (s, i, line) => {
  const m = GOLANGCI.exec(line)
  if (!m || !GO_LINTERS.has(m[5])) return false
  s.out.push(located(s, i, 'golangci-lint', 'golangci.issue', 'lint_error', m[4], m, m[5]))
  return true
}

/** ruff/flake8/pylint concise: E999/E902 are syntax errors. */
const pythonLint: Step<LintState> = (s, i, line) => {
  const m = PY_LINT.exec(line)
  if (!m || !/\.py[iw]?$/.test(m[1])) return false
  const code = m[4]
  const syntax = code === 'E999' || code === 'E902'
  s.out.push(
    located(
      s,
      i,
      'python-lint',
      syntax ? 'python-lint.syntax' : 'python-lint.issue',
      syntax ? 'compile_error' : 'lint_error',
      m[5],
      m,
      code
    )
  )
  return true
}

/** ruff's full format: `CODE message`, then `--> file:line:col` on the next line. */
const ruffFull: Step<LintState> = (s, i, line) => {
  const {lines} = s
  const m = RUFF_FULL_HEAD.exec(line)
  if (!m || i + 1 >= lines.length) return false
  const at = ARROW.exec(lines[i + 1])
  if (!at || !/\.py[iw]?$/.test(at[1])) return false
  s.out.push(located(s, i, 'ruff', 'ruff.issue', 'lint_error', m[2], at, m[1]))
  return true
}

/** black --check and isort --check-only. */
const pythonFormat: Step<LintState> = (s, i, line) => {
  const m = BLACK.exec(line) ?? ISORT.exec(line)
  if (!m) return false
  s.out.push(
    draft(
      i,
      line.startsWith('would') ? 'black' : 'isort',
      'python-format.check',
      'lint_error',
      0.85,
      line,
      {file: s.ctx.relativize(m[1])}
    )
  )
  return true
}

const markdownlint: Step<LintState> = (s, i, line) => {
  const m = MARKDOWNLINT.exec(line)
  if (!m) return false
  s.out.push(located(s, i, 'markdownlint', 'markdownlint.issue', 'lint_error', m[5], m, m[4]))
  return true
}

const eslintMaxWarnings: Step<LintState> = (s, i, line) => {
  if (!ESLINT_MAX_WARNINGS.test(line)) return false
  s.out.push(
    draft(i, 'eslint', 'eslint.max-warnings', 'lint_error', 0.85, line.trim(), {
      errorCode: 'max-warnings'
    })
  )
  return true
}

const ruffFormat: Step<LintState> = (s, i, line) => {
  const m = RUFF_FORMAT.exec(line)
  if (!m) return false
  s.out.push(
    draft(i, 'ruff', 'python-format.check', 'lint_error', 0.85, line, {
      file: s.ctx.relativize(m[1])
    })
  )
  return true
}

/** standardrb and rubocop's indented formats. */
const rubyCop: Step<LintState> = (s, i, line) => {
  const m = RUBY_COP.exec(line)
  if (!m) return false
  const syntax = /^Lint\/Syntax$/.test(m[4])
  s.out.push(
    located(
      s,
      i,
      'rubocop',
      syntax ? 'rubocop.syntax' : 'rubocop.offense',
      syntax ? 'compile_error' : 'lint_error',
      m[5],
      m,
      m[4]
    )
  )
  return true
}

const staticcheck: Step<LintState> = (s, i, line) => {
  const m = STATICCHECK.exec(line)
  if (!m) return false
  s.out.push(located(s, i, 'staticcheck', 'staticcheck.issue', 'lint_error', m[4], m, m[5]))
  return true
}

const gofmtDiff: Step<LintState> = (s, i, line) => {
  const m = GOFMT_DIFF.exec(line)
  if (!m) return false
  s.out.push(
    draft(i, 'gofmt', 'gofmt.diff', 'lint_error', 0.8, 'Code is not formatted (gofmt -d)', {
      file: s.ctx.relativize(m[1]),
      errorCode: 'gofmt'
    })
  )
  return true
}

const shellcheckGcc: Step<LintState> = (s, i, line) => {
  const m = SHELLCHECK_GCC.exec(line)
  if (!m) return false
  s.out.push(located(s, i, 'shellcheck', 'shellcheck.issue', 'lint_error', m[4], m, m[5]))
  return true
}

/** shellcheck's tty format: `In file line N:`, the code, then a `^--^ SCxxxx: message` marker. */
const shellcheckTty: Step<LintState> = (s, i, line) => {
  const {lines} = s
  const m = SHELLCHECK_IN.exec(line)
  if (!m) return false
  for (let j = i + 1; j < Math.min(lines.length, i + 6); j++) {
    const sc = SHELLCHECK_CODE.exec(lines[j])
    if (!sc) continue
    s.out.push(
      draft(j, 'shellcheck', 'shellcheck.issue', 'lint_error', 0.85, sc[3], {
        file: s.ctx.relativize(m[1]),
        line: int(m[2]),
        errorCode: sc[1]
      })
    )
    break
  }
  return true
}

const hadolint: Step<LintState> = (s, i, line) => {
  const m = HADOLINT.exec(line)
  if (!m) return false
  s.out.push(
    draft(i, 'hadolint', 'hadolint.issue', 'lint_error', 0.85, m[5], {
      file: s.ctx.relativize(m[1]),
      line: int(m[2]),
      errorCode: m[3]
    })
  )
  return true
}

/** actionlint: the workflow path is already repository-relative. */
const actionlint: Step<LintState> = (s, i, line) => {
  const m = ACTIONLINT.exec(line)
  if (!m) return false
  s.out.push(
    draft(i, 'actionlint', 'actionlint.issue', 'lint_error', 0.85, m[4], {
      file: m[1],
      line: int(m[2]),
      column: int(m[3]),
      errorCode: m[5]
    })
  )
  return true
}

/** helm lint: a `[ERROR] file: message` row, or only its failed-charts summary. */
const helmLint: Step<LintState> = (s, i, line) => {
  const m = HELM_LINT.exec(line) ?? HELM_LINT_SUMMARY.exec(line)
  if (!m) return false
  s.out.push(
    draft(i, 'helm', 'helm.lint', 'lint_error', 0.8, m[2] ?? line, {
      file: m[2] ? m[1] : undefined,
      errorCode: 'helm-lint'
    })
  )
  return true
}

const phpCsFixer: Step<LintState> = (s, i, line) => {
  const m = PHP_CS_FIXER.exec(line)
  if (!m) return false
  s.out.push(
    draft(i, 'php-cs-fixer', 'php-cs-fixer.fixable', 'lint_error', 0.85, `Fixable: ${m[2]}`, {
      file: s.ctx.relativize(m[1]),
      errorCode: m[2].split(',')[0].trim()
    })
  )
  return true
}

/** phpcs: a `FILE: path` header, then a table of `line | ERROR | message` rows. */
const phpcs: Step<LintState> = (s, i, line) => {
  const {lines} = s
  const m = PHPCS_FILE.exec(line)
  if (!m) return false
  for (let j = i + 1; j < Math.min(lines.length, i + 40); j++) {
    if (PHPCS_FILE.test(lines[j])) break
    const row = PHPCS_ROW.exec(lines[j])
    if (row)
      s.out.push(
        draft(j, 'phpcs', 'phpcs.error', 'lint_error', 0.85, row[2], {
          file: s.ctx.relativize(m[1]),
          line: int(row[1])
        })
      )
  }
  return true
}

/** pre-commit: `hook name....Failed`, then `- hook id: id`. */
const preCommit: Step<LintState> = (s, i, line) => {
  const m = PRE_COMMIT_FAILED.exec(line)
  if (!m) return false
  const hook = PRE_COMMIT_HOOK.exec(s.lines[i + 1] ?? '')?.[1]
  if (!hook) return true
  // pre-commit runs linters and formatters; a hook that type-checks or tests says so in its id
  const category = /mypy|pyright|tsc|typecheck/.test(hook)
    ? 'compile_error'
    : /pytest|(?:^|-)tests?(?:-|$)/.test(hook)
      ? 'test_fail'
      : 'lint_error'
  s.out.push(
    draft(i, 'pre-commit', 'pre-commit.hook', category, 0.8, `Hook ${m[1].trim()} failed`, {
      errorCode: hook
    })
  )
  return true
}

const rustfmt: Step<LintState> = (s, i, line) => {
  const m = RUSTFMT.exec(line)
  if (!m) return false
  s.out.push(
    draft(
      i,
      'rustfmt',
      'rustfmt.diff',
      'lint_error',
      0.85,
      'Code is not formatted (cargo fmt --check)',
      {
        file: s.ctx.relativize(m[1]),
        line: int(m[2] ?? m[3]),
        errorCode: 'rustfmt'
      }
    )
  )
  return true
}

/** One line's turn: the steps in order, until one takes the line. */
const parseLine: Step<LintState> = (s, i, line) =>
  eslintStylish(s, i, line) ||
  ktlint(s, i, line) ||
  eslintUnix(s, i, line) ||
  prettier(s, i, line) ||
  biome(s, i, line) ||
  rubocop(s, i, line) ||
  golangci(s, i, line) ||
  pythonLint(s, i, line) ||
  ruffFull(s, i, line) ||
  pythonFormat(s, i, line) ||
  markdownlint(s, i, line) ||
  eslintMaxWarnings(s, i, line) ||
  ruffFormat(s, i, line) ||
  rubyCop(s, i, line) ||
  staticcheck(s, i, line) ||
  gofmtDiff(s, i, line) ||
  shellcheckGcc(s, i, line) ||
  shellcheckTty(s, i, line) ||
  hadolint(s, i, line) ||
  actionlint(s, i, line) ||
  helmLint(s, i, line) ||
  phpCsFixer(s, i, line) ||
  phpcs(s, i, line) ||
  preCommit(s, i, line) ||
  rustfmt(s, i, line)

export const parseLint: LineParser = (lines, ctx) => {
  const s: LintState = {lines, ctx, out: [], eslintFile: undefined, prettierSeen: false}
  const out = runSteps(s, parseLine)
  // prettier's file list is its only when its summary says so
  if (!s.prettierSeen) return out.filter(f => f.tool !== 'prettier' || f.category !== 'lint_error')
  return out
}

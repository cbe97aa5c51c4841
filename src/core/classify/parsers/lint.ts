// Linters and formatters: eslint (stylish and unix), prettier --check, biome,
// ruff/flake8/pylint, black/isort, rubocop, golangci-lint, rustfmt.
import {draft, int, PATH, STEM, type Found, type LineParser} from './parser.js'

const ESLINT_HEADER = new RegExp(
  String.raw`^((?:[A-Za-z]:)?[/\\]?[^\s:]*[\w\])]\.(?:[cm]?[jt]sx?|vue|svelte|astro|json|md|html|css|scss))\s*$`
)
const ESLINT_ISSUE =
  /^\s+(\d+):(\d+)\s+(error|warning)\s+(.+?)(?:\s{2,}(@?[\w-]+(?:\/[\w-]+)*))?\s*$/
const ESLINT_UNIX = new RegExp(
  String.raw`^(${PATH}):(\d+):(\d+): (.+) \[(Error|Warning)(?:\/([^\]]+))?\]$`
)
const PRETTIER = /^\[(warn|error)\] (.+)$/
const BIOME = new RegExp(
  String.raw`^(${PATH}):(\d+):(\d+) ((?:lint|format|assist|organizeImports)(?:\/[\w/]+)?) `
)
const PY_LINT = new RegExp(
  String.raw`^(${PATH}):(\d+):(\d+): ([A-Z]{1,4}\d{2,4}):? (?:\[\*\] )?(.+)$`
)
const RUFF_FULL_HEAD = /^([A-Z]{1,4}\d{2,4}) (?:\[\*\] )?(.+)$/
const ARROW = new RegExp(String.raw`^\s*--> (${PATH}):(\d+):(\d+)`)
const BLACK = /^would reformat (.+)$/
const ISORT = /^ERROR: (.+?) Imports are incorrectly sorted/
const RUBOCOP = new RegExp(
  String.raw`^(${PATH}):(\d+):(\d+): ([CWEF]): (?:\[Correctable\] )?([\w/]+): (.+)$`
)
const GOLANGCI = new RegExp(String.raw`^(${STEM}\.go):(\d+):(\d+): (.+) \((\w[\w-]*)\)$`)
const MARKDOWNLINT = new RegExp(String.raw`^(${PATH}):(\d+)(?::(\d+))? (MD\d{3})\/[\w-]+ (.+)$`)
const RUSTFMT = new RegExp(String.raw`^Diff in (${PATH})(?: at line (\d+)|:(\d+))`)
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

export const parseLint: LineParser = (lines, ctx) => {
  const out: Found[] = []
  let eslintFile: string | undefined
  let prettierSeen = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const header = ESLINT_HEADER.exec(line)
    if (header && !line.startsWith(' ')) {
      eslintFile = header[1]
      continue
    }
    if (eslintFile) {
      const issue = ESLINT_ISSUE.exec(line)
      if (issue) {
        if (issue[3] === 'error') {
          const parsing = issue[4].startsWith('Parsing error')
          out.push(
            draft(
              i,
              'eslint',
              parsing ? 'eslint.parsing-error' : 'eslint.stylish',
              parsing ? 'compile_error' : 'lint_error',
              parsing ? 0.75 : 0.9,
              issue[4],
              {
                file: ctx.relativize(eslintFile),
                line: int(issue[1]),
                column: int(issue[2]),
                errorCode: issue[5]
              }
            )
          )
        }
        continue
      }
      if (line.trim() === '' || /^✖ \d+ problems?/.test(line.trim())) {
        if (line.trim() !== '') eslintFile = undefined
        continue
      }
      eslintFile = undefined
    }
    let m = ESLINT_UNIX.exec(line)
    if (m) {
      if (m[5] === 'Error')
        out.push(
          draft(i, 'eslint', 'eslint.unix', 'lint_error', 0.9, m[4], {
            file: ctx.relativize(m[1]),
            line: int(m[2]),
            column: int(m[3]),
            errorCode: m[6]
          })
        )
      continue
    }
    m = PRETTIER.exec(line)
    if (m) {
      const text = m[2]
      if (/Code style issues|Forgot to run Prettier|files? (?:are|is) not formatted/.test(text)) {
        prettierSeen = true
        continue
      }
      if (m[1] === 'error') {
        const se = /^(\S+): (SyntaxError: .+)$/.exec(text)
        if (se)
          out.push(
            draft(i, 'prettier', 'prettier.syntax-error', 'compile_error', 0.8, se[2], {
              file: ctx.relativize(se[1])
            })
          )
        continue
      }
      if (/^\S+\.\w+$/.test(text)) {
        out.push(
          draft(
            i,
            'prettier',
            'prettier.check',
            'lint_error',
            0.85,
            'Code style issues (prettier --check)',
            {file: ctx.relativize(text), errorCode: 'prettier'}
          )
        )
      }
      continue
    }
    m = BIOME.exec(line)
    if (m) {
      out.push(
        draft(i, 'biome', 'biome.diagnostic', 'lint_error', 0.85, lines[i + 1]?.trim() || m[4], {
          file: ctx.relativize(m[1]),
          line: int(m[2]),
          column: int(m[3]),
          errorCode: m[4]
        })
      )
      continue
    }
    m = RUBOCOP.exec(line)
    if (m) {
      const fatal = m[4] === 'F' || (m[4] === 'E' && /Lint\/Syntax/.test(m[5]))
      out.push(
        draft(
          i,
          'rubocop',
          fatal ? 'rubocop.syntax' : 'rubocop.offense',
          fatal ? 'compile_error' : 'lint_error',
          0.9,
          m[6],
          {file: ctx.relativize(m[1]), line: int(m[2]), column: int(m[3]), errorCode: m[5]}
        )
      )
      continue
    }
    m = GOLANGCI.exec(line)
    if (m && GO_LINTERS.has(m[5])) {
      out.push(
        draft(i, 'golangci-lint', 'golangci.issue', 'lint_error', 0.85, m[4], {
          file: ctx.relativize(m[1]),
          line: int(m[2]),
          column: int(m[3]),
          errorCode: m[5]
        })
      )
      continue
    }
    m = PY_LINT.exec(line)
    if (m && /\.py[iw]?$/.test(m[1])) {
      const code = m[4]
      const syntax = code === 'E999' || code === 'E902'
      out.push(
        draft(
          i,
          'python-lint',
          syntax ? 'python-lint.syntax' : 'python-lint.issue',
          syntax ? 'compile_error' : 'lint_error',
          0.85,
          m[5],
          {file: ctx.relativize(m[1]), line: int(m[2]), column: int(m[3]), errorCode: code}
        )
      )
      continue
    }
    m = RUFF_FULL_HEAD.exec(line)
    if (m && i + 1 < lines.length) {
      const at = ARROW.exec(lines[i + 1])
      if (at && /\.py[iw]?$/.test(at[1])) {
        out.push(
          draft(i, 'ruff', 'ruff.issue', 'lint_error', 0.85, m[2], {
            file: ctx.relativize(at[1]),
            line: int(at[2]),
            column: int(at[3]),
            errorCode: m[1]
          })
        )
        continue
      }
    }
    m = BLACK.exec(line) ?? ISORT.exec(line)
    if (m) {
      out.push(
        draft(
          i,
          line.startsWith('would') ? 'black' : 'isort',
          'python-format.check',
          'lint_error',
          0.85,
          line,
          {file: ctx.relativize(m[1])}
        )
      )
      continue
    }
    m = MARKDOWNLINT.exec(line)
    if (m) {
      out.push(
        draft(i, 'markdownlint', 'markdownlint.issue', 'lint_error', 0.85, m[5], {
          file: ctx.relativize(m[1]),
          line: int(m[2]),
          column: int(m[3]),
          errorCode: m[4]
        })
      )
      continue
    }
    m = RUSTFMT.exec(line)
    if (m) {
      out.push(
        draft(
          i,
          'rustfmt',
          'rustfmt.diff',
          'lint_error',
          0.85,
          'Code is not formatted (cargo fmt --check)',
          {file: ctx.relativize(m[1]), line: int(m[2] ?? m[3]), errorCode: 'rustfmt'}
        )
      )
    }
  }
  if (!prettierSeen) return out.filter(f => f.tool !== 'prettier' || f.category !== 'lint_error')
  return out
}

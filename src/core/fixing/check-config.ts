// Changes to how the checks run: a lint rule turned off in eslint.config.js,
// a test excluded in vitest.config.ts, `strict` dropped from tsconfig.json,
// `--deselect` added under [tool.pytest.ini_options], a `[lints]` table in
// Cargo.toml. Each makes a check pass without fixing anything, so a fix may
// not touch them. Files that hold other things too (pyproject.toml,
// setup.cfg, Cargo.toml, package.json) are compared only in their check
// sections. Pure: contents in, findings out.
import {normalizePath} from './source-text.js'

export interface ConfigFileChange {
  path: string
  before: string | null
  after: string | null
}

export interface ConfigFinding {
  path: string
  /** What changed, e.g. `the file` or `[tool.ruff.lint]`. */
  what: string
}

/** Files that configure a check and nothing else. */
const CHECK_CONFIG_FILES: readonly RegExp[] = [
  /(?:^|\/)eslint\.config\.[cm]?[jt]s$/,
  /(?:^|\/)\.eslintrc(?:\.(?:js|cjs|json|ya?ml))?$/,
  /(?:^|\/)\.eslintignore$/,
  /(?:^|\/)vitest\.(?:config|workspace)\.[cm]?[jt]s$/,
  /(?:^|\/)jest\.config\.(?:[cm]?[jt]s|json)$/,
  /(?:^|\/)\.mocharc\.(?:js|cjs|json|ya?ml)$/,
  /(?:^|\/)playwright\.config\.[cm]?[jt]s$/,
  /(?:^|\/)[tj]sconfig(?:\.[\w-]+)?\.json$/,
  /(?:^|\/)\.prettier(?:rc(?:\.(?:js|cjs|mjs|json|ya?ml|toml))?|ignore)$/,
  /(?:^|\/)prettier\.config\.[cm]?js$/,
  /(?:^|\/)(?:pytest|tox|mypy)\.ini$/,
  /(?:^|\/)\.(?:flake8|pylintrc|coveragerc)$/,
  /(?:^|\/)\.?ruff\.toml$/,
  /(?:^|\/)\.golangci\.ya?ml$/,
  /(?:^|\/)clippy\.toml$/,
  /(?:^|\/)\.rubocop\.ya?ml$/
]

/** INI/TOML sections that configure a check, by file. */
const CHECK_SECTIONS: readonly [RegExp, RegExp][] = [
  [
    /(?:^|\/)pyproject\.toml$/,
    /^tool\.(?:pytest|ruff|mypy|pylint|black|isort|coverage|pyright|flake8)\b/
  ],
  [/(?:^|\/)setup\.cfg$/, /^(?:tool:pytest|flake8|mypy|pycodestyle|isort|coverage:)/],
  [/(?:^|\/)Cargo\.toml$/, /^(?:workspace\.)?lints\b/]
]

/** package.json keys that configure a check; scripts count when they run one. */
const PACKAGE_KEYS = ['eslintConfig', 'jest', 'prettier', 'vitest', 'mocha', 'ava'] as const
const CHECK_SCRIPT = /^(?:test|lint|typecheck|type-check|check|format|pretest|posttest)(?::|$)/

/** `[section]` → its lines (the text before the first header under ''). */
function sections(text: string): Map<string, string> {
  const out = new Map<string, string>()
  let current = ''
  const lines: string[] = []
  const flush = (): void => {
    out.set(current, `${out.get(current) ?? ''}${lines.join('\n')}`)
    lines.length = 0
  }
  for (const line of text.split(/\r?\n/)) {
    const header = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:[#;].*)?$/.exec(line)
    if (header) {
      flush()
      current = header[1]!.replace(/["']/g, '')
      continue
    }
    const trimmed = line.trim()
    if (trimmed !== '' && !/^[#;]/.test(trimmed)) lines.push(trimmed)
  }
  flush()
  return out
}

function parseJson(text: string | null): Record<string, unknown> | undefined {
  if (text === null) return undefined
  try {
    const value: unknown = JSON.parse(text)
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

function packageFindings(before: string | null, after: string | null): string[] {
  const a = parseJson(before) ?? {}
  const b = parseJson(after) ?? {}
  const changed: string[] = []
  for (const key of PACKAGE_KEYS) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) changed.push(`"${key}"`)
  }
  const scriptsOf = (p: Record<string, unknown>): Record<string, unknown> =>
    p.scripts && typeof p.scripts === 'object' ? (p.scripts as Record<string, unknown>) : {}
  const sa = scriptsOf(a)
  const sb = scriptsOf(b)
  for (const name of new Set([...Object.keys(sa), ...Object.keys(sb)])) {
    if (CHECK_SCRIPT.test(name) && sa[name] !== sb[name]) changed.push(`"scripts.${name}"`)
  }
  return changed
}

/**
 * The text with formatting taken out (whitespace, quote style, semicolons,
 * trailing commas), so a formatter's pass over a config file is not a change.
 */
export function formattingFree(text: string | null): string {
  return (text ?? '')
    .replace(/\s+/g, '')
    .replace(/"/g, "'")
    .replace(/;/g, '')
    .replace(/,(?=[}\])])/g, '')
}

/** Where a change alters how a check runs; [] when it does not (formatting aside). */
export function checkConfigFindings(change: ConfigFileChange): ConfigFinding[] {
  const path = normalizePath(change.path)
  if (formattingFree(change.before) === formattingFree(change.after)) return []
  if (CHECK_CONFIG_FILES.some(re => re.test(path))) return [{path, what: 'the file'}]
  if (/(?:^|\/)package\.json$/.test(path)) {
    return packageFindings(change.before, change.after).map(what => ({path, what}))
  }
  for (const [file, section] of CHECK_SECTIONS) {
    if (!file.test(path)) continue
    const a = sections(change.before ?? '')
    const b = sections(change.after ?? '')
    const findings: ConfigFinding[] = []
    for (const name of new Set([...a.keys(), ...b.keys()])) {
      if (
        section.test(name) &&
        formattingFree(a.get(name) ?? null) !== formattingFree(b.get(name) ?? null)
      )
        findings.push({path, what: `[${name}]`})
    }
    return findings
  }
  return []
}

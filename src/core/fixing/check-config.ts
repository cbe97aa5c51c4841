// Changes to how the checks run: a lint rule turned off in eslint.config.js,
// a test excluded in vitest.config.ts or in the `test` block of vite.config.ts,
// `strict` dropped from tsconfig.json, `--deselect` added under
// [tool.pytest.ini_options], a `[lints]` table in Cargo.toml, `script-shell`
// set in .npmrc, or an edit to a script the test command runs. Each makes a
// check pass without fixing anything, so a fix may not touch them. Files that
// hold other things too (pyproject.toml, setup.cfg, Cargo.toml, package.json,
// vite.config.*) are compared only in their check parts. Pure: contents in,
// findings out.
import {packageScripts, reachedBy} from './check-scripts.js'
import {normalizePath, sourceViews} from './source-text.js'

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
  // vitest.config.ts, vitest.config.e2e.mts, vitest.e2e.config.ts, vitest.workspace.ts, jest.config.json…
  /(?:^|\/)(?:vitest|jest)(?:\.[\w-]+)*\.(?:config|workspace)(?:\.[\w-]+)*\.(?:[cm]?[jt]s|json)$/,
  /(?:^|\/)\.mocharc\.(?:js|cjs|json|ya?ml)$/,
  /(?:^|\/)(?:playwright|cypress)(?:\.[\w-]+)*\.config\.[cm]?[jt]s$/,
  /(?:^|\/)karma\.conf\.[cm]?[jt]s$/,
  /(?:^|\/)\.(?:nycrc|c8rc)(?:\.(?:json|ya?ml))?$/,
  /(?:^|\/)[tj]sconfig(?:\.[\w-]+)?\.json$/,
  /(?:^|\/)\.prettier(?:rc(?:\.(?:js|cjs|mjs|json|ya?ml|toml))?|ignore)$/,
  /(?:^|\/)prettier\.config\.[cm]?js$/,
  /(?:^|\/)\.?(?:pytest|tox|mypy)\.ini$/,
  /(?:^|\/)\.?pytest\.toml$/,
  /(?:^|\/)\.(?:flake8|pylintrc|coveragerc)$/,
  /(?:^|\/)\.?ruff\.toml$/,
  /(?:^|\/)\.golangci\.ya?ml$/,
  /(?:^|\/)clippy\.toml$/,
  /(?:^|\/)\.rubocop\.ya?ml$/
]

/**
 * Package-manager settings: they decide how every script runs (`script-shell=/bin/true`
 * makes `npm test` pass without running anything), so no change to them is a fix.
 */
const PACKAGE_MANAGER_FILES =
  /(?:^|\/)(?:\.npmrc|\.yarnrc(?:\.ya?ml)?|\.pnpmfile\.c?js|bunfig\.toml)$/

/** vite.config.*: vitest reads its `test` block; the rest is the build's. */
const VITE_CONFIG = /(?:^|\/)vite(?:\.[\w-]+)*\.config\.[cm]?[jt]s$/

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

const HEADER = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:[#;].*)?$/

/**
 * The lines of an INI/TOML text that configure a check, by part: the section
 * when it is a check section, else the check table a dotted key reaches into
 * (`[tool]` then `pytest.ini_options.addopts = …` is part `tool.pytest`).
 */
function checkParts(text: string, section: RegExp): Map<string, string> {
  const out = new Map<string, string>()
  let current = ''
  for (const line of text.split(/\r?\n/)) {
    const header = HEADER.exec(line)
    if (header) {
      current = header[1]!.replace(/["']/g, '')
      continue
    }
    const trimmed = line.trim()
    if (trimmed === '' || /^[#;]/.test(trimmed)) continue
    const part = section.test(current)
      ? current
      : section.exec(current === '' ? trimmed : `${current}.${trimmed}`)?.[0]
    if (part !== undefined) out.set(part, `${out.get(part) ?? ''}\n${trimmed}`)
  }
  return out
}

/** Index of the `}` closing the `{` at `open` (blanked code: braces in strings are gone). */
function closingBrace(code: string, open: number): number {
  let depth = 0
  for (let i = open; i < code.length; i++) {
    if (code[i] === '{') depth++
    else if (code[i] === '}' && --depth === 0) return i
  }
  return code.length - 1
}

/**
 * The `test` blocks of a vite config, as written; the whole text when one is
 * not an object literal here (`test: shared`, `{test}`), since then any line may feed it.
 */
function viteTestBlocks(text: string | null): string {
  if (text === null) return ''
  const code = sourceViews(text, 'c').code
  const blocks: string[] = []
  for (const m of code.matchAll(/(?<![\w$.])test\s*(:|(?=[,}]))/g)) {
    const start = m.index + m[0].length
    const open = start + (/^\s*/.exec(code.slice(start))?.[0].length ?? 0)
    if (m[1] !== ':' || code[open] !== '{') return text
    blocks.push(text.slice(open, closingBrace(code, open) + 1))
  }
  return blocks.join('\n')
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
  // The check scripts, and every script they run (`"test": "npm run unit"` makes `unit` one).
  const sa = packageScripts(before ?? undefined)
  const sb = packageScripts(after ?? undefined)
  const checks = [...new Set([...Object.keys(sa), ...Object.keys(sb)])].filter(n =>
    CHECK_SCRIPT.test(n)
  )
  const run = new Set([
    ...checks,
    ...reachedBy(
      checks.map(n => sa[n] ?? ''),
      sa
    ).scripts,
    ...reachedBy(
      checks.map(n => sb[n] ?? ''),
      sb
    ).scripts
  ])
  for (const name of run) if (sa[name] !== sb[name]) changed.push(`"scripts.${name}"`)
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

/**
 * Where a change alters how a check runs; [] when it does not (formatting
 * aside). `checkScripts`: repository files the check commands run (see
 * `checkScriptPaths`); any change to one counts.
 */
export function checkConfigFindings(
  change: ConfigFileChange,
  checkScripts: readonly string[] = []
): ConfigFinding[] {
  const path = normalizePath(change.path)
  if (formattingFree(change.before) === formattingFree(change.after)) return []
  if (checkScripts.some(p => normalizePath(p) === path))
    return [{path, what: 'the check commands run this file'}]
  if (CHECK_CONFIG_FILES.some(re => re.test(path))) return [{path, what: 'the file'}]
  if (PACKAGE_MANAGER_FILES.test(path))
    return [{path, what: "the package manager's settings, which decide how every script runs"}]
  if (VITE_CONFIG.test(path)) {
    const same =
      formattingFree(viteTestBlocks(change.before)) === formattingFree(viteTestBlocks(change.after))
    return same ? [] : [{path, what: 'its `test` block, which vitest reads'}]
  }
  if (/(?:^|\/)package\.json$/.test(path)) {
    return packageFindings(change.before, change.after).map(what => ({path, what}))
  }
  for (const [file, section] of CHECK_SECTIONS) {
    if (!file.test(path)) continue
    const a = checkParts(change.before ?? '', section)
    const b = checkParts(change.after ?? '', section)
    return [...new Set([...a.keys(), ...b.keys()])]
      .filter(name => formattingFree(a.get(name) ?? null) !== formattingFree(b.get(name) ?? null))
      .map(name => ({path, what: `[${name}]`}))
  }
  return []
}

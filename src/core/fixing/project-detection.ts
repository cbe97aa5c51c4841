// Which commands check a repository, decided from its files: the test command
// (with a machine-readable reporter when the tool is known), lint, typecheck
// and the deterministic fixers. The caller reads the files (see
// `filesToRead`); settings given by the user always win over detection.
import type {ReportFormat} from '../classify/reports/index.js'
import {checkScriptPaths} from './check-scripts.js'
import {normalizePath} from './source-text.js'

export type Ecosystem = 'node' | 'python' | 'go' | 'rust' | 'unknown'
export type PackageManager = 'npm' | 'pnpm' | 'yarn' | 'pip' | 'poetry' | 'uv' | 'go' | 'cargo'
export type TestTool =
  | 'vitest'
  | 'jest'
  | 'mocha'
  | 'node'
  | 'pytest'
  | 'unittest'
  | 'go'
  | 'cargo'
  | 'script'
  | 'custom'

export interface ProjectFiles {
  /** Names of the entries at the repository root (files and folders), as `readdir` gives them. */
  rootFiles: readonly string[]
  /**
   * Contents of the root files detection reads, by name (see `filesToRead`):
   * package.json, pyproject.toml, setup.cfg, pytest.ini, tox.ini, requirements*.txt,
   * go.mod, Cargo.toml, tsconfig.json, .nvmrc, mypy.ini… Absent = not present or unreadable.
   */
  contents: Readonly<Record<string, string>>
  /**
   * Which of `LOCAL_TOOLS` are installed in node_modules/.bin. Those are run
   * from there: npx (or pnpm exec, yarn) would find and run the same file, but
   * first starts a package manager, about 0.8 s of CPU on every check of every
   * attempt. Absent = not looked at: everything goes through the package manager.
   */
  localBins?: readonly string[]
}

/** The JS tools detection can name; the caller says which are in node_modules/.bin. */
export const LOCAL_TOOLS = ['vitest', 'jest', 'eslint', 'tsc', 'prettier'] as const
/** Where a Node project's installed tools are, relative to its root (as npx looks them up). */
export const LOCAL_BIN_DIR = 'node_modules/.bin'

/** Settings given by the user: '' = detect; `fixCommands` [] = detect, ['none'] = no fixers. */
export interface CommandOverrides {
  testCommand?: string
  lintCommand?: string
  typecheckCommand?: string
  fixCommands?: readonly string[]
}

export interface DetectOptions {
  overrides?: CommandOverrides
  /** Folder for machine-readable test reports (outside the repository, e.g. RUNNER_TEMP). */
  reportDir?: string
  /** The Python interpreter command. */
  python?: string
}

export interface TestReporter {
  /** How the failures can be read: a report file, JSON lines on stdout, or the text output. */
  format: Extract<ReportFormat, 'jest-json' | 'junit' | 'go-test-json'> | 'text'
  /** The report file the test command writes (absent: read stdout). */
  path?: string
  tool: TestTool
}

export interface DetectedProject {
  ecosystem: Ecosystem
  /** null when nothing was recognised. */
  packageManager: PackageManager | null
  /** '' = none found (see `problem`). */
  testCommand: string
  lintCommand: string
  typecheckCommand: string
  fixCommands: string[]
  /**
   * Repository files the test, lint and typecheck commands run or read (e.g.
   * scripts/test.sh behind `npm test`): a fix may not change them.
   */
  checkScripts: string[]
  reporter: TestReporter
  /** The tools the commands run straight from node_modules/.bin (absent: none). */
  localTools?: string[]
  /** Node version from .nvmrc / .node-version / engines, when given. */
  nodeVersion?: string
  /** What was detected from what, in plain words. */
  reasons: string[]
  /** Set when the run cannot go on: the message to show. */
  problem?: string
}

const READ_EXACT = [
  'package.json',
  'pyproject.toml',
  'setup.cfg',
  'setup.py',
  'pytest.ini',
  'tox.ini',
  'mypy.ini',
  '.mypy.ini',
  'go.mod',
  'Cargo.toml',
  'tsconfig.json',
  '.nvmrc',
  '.node-version'
]

/** The root files whose contents `detectProject` wants, out of those present. */
export function filesToRead(rootFiles: readonly string[]): string[] {
  return rootFiles.filter(
    f => READ_EXACT.includes(f) || /^requirements[\w.-]*\.(?:txt|in)$/.test(f)
  )
}

const ESLINT_CONFIG =
  /^(?:eslint\.config\.(?:js|mjs|cjs|ts|mts|cts)|\.eslintrc(?:\.(?:js|cjs|mjs|json|ya?ml))?)$/
const PRETTIER_CONFIG =
  /^(?:\.prettierrc(?:\.(?:json5?|ya?ml|toml|js|cjs|mjs|ts|mts|cts))?|prettier\.config\.(?:js|cjs|mjs|ts|mts|cts))$/
const RUFF_CONFIG = /^\.?ruff\.toml$/
const PYTHON_MARKERS =
  /^(?:pyproject\.toml|setup\.py|setup\.cfg|pytest\.ini|tox\.ini|requirements[\w.-]*\.(?:txt|in)|Pipfile|poetry\.lock|uv\.lock|conftest\.py)$/

interface PackageJson {
  scripts: Record<string, string>
  deps: Set<string>
  packageManager?: string
  hasEslintConfig: boolean
  hasPrettierConfig: boolean
  nodeEngine?: string
}

function readPackageJson(text: string | undefined, reasons: string[]): PackageJson | undefined {
  if (text === undefined) return undefined
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    reasons.push('package.json is not valid JSON: ignored')
    return undefined
  }
  if (raw === null || typeof raw !== 'object') return undefined
  const o = raw as Record<string, unknown>
  const record = (v: unknown): Record<string, string> =>
    v !== null && typeof v === 'object'
      ? Object.fromEntries(
          Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string')
        )
      : {}
  const deps = new Set([
    ...Object.keys(record(o.dependencies)),
    ...Object.keys(record(o.devDependencies))
  ])
  const engines = record(o.engines)
  return {
    scripts: record(o.scripts),
    deps,
    ...(typeof o.packageManager === 'string' ? {packageManager: o.packageManager} : {}),
    hasEslintConfig: o.eslintConfig !== undefined,
    hasPrettierConfig: o.prettier !== undefined,
    ...(engines.node ? {nodeEngine: engines.node} : {})
  }
}

/** npm's placeholder `test` script fails on purpose: it is not a test command. */
function isPlaceholderTest(script: string): boolean {
  return /no test specified/i.test(script)
}

function quoteArg(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`
}

function joinPath(dir: string, file: string): string {
  return `${dir.replace(/[\\/]+$/, '')}/${file}`
}

/** A script that is one plain invocation of a tool (no `&&`, pipes, env or watch flags). */
function simpleInvocation(script: string, tool: string): string | undefined {
  const s = script.trim()
  if (/[;&|<>`$()]/.test(s)) return undefined
  const m = new RegExp(`^${tool}(?:\\s|$)`).exec(s)
  if (!m) return undefined
  if (/(?:^|\s)(?:--watch|-w|--ui|watch|dev)(?:\s|$)/.test(s.slice(tool.length))) return undefined
  if (/--reporter|--json|--outputFile|--junitxml/.test(s)) return undefined
  return s
}

function execPrefix(pm: PackageManager): string {
  return pm === 'pnpm' ? 'pnpm exec' : pm === 'yarn' ? 'yarn' : 'npx'
}

/**
 * How to start a JS tool: from node_modules/.bin when it is installed there,
 * else through the package manager (which also fetches a missing one). The
 * path is relative: checks run at the checkout's root, and a clean checkout
 * gets the workspace's node_modules linked in.
 */
function toolRunner(pm: PackageManager, local: ReadonlySet<string>): (tool: string) => string {
  const exec = execPrefix(pm)
  return tool => (local.has(tool) ? `${LOCAL_BIN_DIR}/${tool}` : `${exec} ${tool}`)
}

function runScript(pm: PackageManager, script: string): string {
  if (pm === 'yarn') return `yarn ${script}`
  if (pm === 'pnpm') return `pnpm run ${script}`
  return script === 'test' ? 'npm test' : `npm run ${script}`
}

/**
 * A lint or typecheck script run as the package manager would, but straight
 * from node_modules/.bin when it is one plain invocation of an installed tool
 * and has no pre/post scripts to run around it: the same program and
 * arguments, without starting npm first.
 */
function scriptCommand(
  pm: PackageManager,
  scripts: Record<string, string>,
  name: string,
  local: ReadonlySet<string>
): {command: string; direct: boolean} {
  const script = scripts[name] ?? ''
  const hooks = scripts[`pre${name}`] !== undefined || scripts[`post${name}`] !== undefined
  const tool = hooks ? undefined : [...local].find(t => simpleInvocation(script, t) !== undefined)
  if (tool === undefined) return {command: runScript(pm, name), direct: false}
  return {command: `${LOCAL_BIN_DIR}/${script.trim()}`, direct: true}
}

function hasSection(toml: string | undefined, section: string): boolean {
  if (toml === undefined) return false
  const escaped = section.replace(/[.[\]]/g, m => `\\${m}`)
  return new RegExp(`^\\s*\\[${escaped}(?:[.\\]])`, 'm').test(toml)
}

function mentions(text: string | undefined, word: RegExp): boolean {
  return text !== undefined && word.test(text)
}

function isNone(value: string | undefined): boolean {
  return value !== undefined && value.trim().toLowerCase() === 'none'
}

interface EcosystemChecks {
  ecosystem: Ecosystem
  packageManager: PackageManager
  test: string
  reporter: TestReporter
  lint: string
  typecheck: string
  fixers: string[]
  localTools?: string[]
}

/** What the Node detectors share: the package manager, package.json's scripts and deps, the tools' runner. */
interface NodeContext {
  pm: PackageManager
  scripts: Record<string, string>
  deps: ReadonlySet<string>
  /** The LOCAL_TOOLS installed in node_modules/.bin. */
  local: ReadonlySet<string>
  /** How to start a JS tool (see toolRunner). */
  tool: (tool: string) => string
  reportDir: string
  reasons: string[]
}

function detectNode(
  files: ProjectFiles,
  pkg: PackageJson | undefined,
  reportDir: string,
  reasons: string[]
): EcosystemChecks | undefined {
  const root = new Set(files.rootFiles)
  if (pkg === undefined && !root.has('package.json')) return undefined
  const pm = nodePackageManager(root, pkg, reasons)
  const local = new Set(
    (files.localBins ?? []).filter(b => (LOCAL_TOOLS as readonly string[]).includes(b))
  )
  const node: NodeContext = {
    pm,
    scripts: pkg?.scripts ?? {},
    deps: pkg?.deps ?? new Set<string>(),
    local,
    tool: toolRunner(pm, local),
    reportDir,
    reasons
  }
  const {test, reporter} = nodeTests(node)
  const eslint =
    files.rootFiles.find(f => ESLINT_CONFIG.test(f)) ??
    (pkg?.hasEslintConfig ? 'package.json "eslintConfig"' : undefined)
  const prettier =
    files.rootFiles.find(f => PRETTIER_CONFIG.test(f)) ??
    (pkg?.hasPrettierConfig ? 'package.json "prettier"' : undefined)
  const lint = nodeLint(node, eslint)
  const typecheck = nodeTypecheck(node, root)
  const fixers = nodeFixers(node, eslint, prettier)
  if (local.size > 0) {
    reasons.push(`installed in node_modules/.bin, run from there: ${[...local].join(', ')}`)
  }
  return {
    ecosystem: 'node',
    packageManager: pm,
    test,
    reporter,
    lint,
    typecheck,
    fixers,
    ...(local.size > 0 ? {localTools: [...local]} : {})
  }
}

/** The declared package manager, else the one whose lockfile is there, else npm. */
function nodePackageManager(
  root: ReadonlySet<string>,
  pkg: PackageJson | undefined,
  reasons: string[]
): PackageManager {
  const declared = /^(npm|pnpm|yarn)@/.exec(pkg?.packageManager ?? '')?.[1] as
    PackageManager | undefined
  if (declared) {
    reasons.push(`package manager ${declared}: package.json "packageManager"`)
    return declared
  }
  if (root.has('pnpm-lock.yaml')) {
    reasons.push('package manager pnpm: pnpm-lock.yaml')
    return 'pnpm'
  }
  if (root.has('yarn.lock')) {
    reasons.push('package manager yarn: yarn.lock')
    return 'yarn'
  }
  reasons.push(
    `package manager npm: ${root.has('package-lock.json') ? 'package-lock.json' : 'default for package.json'}`
  )
  return 'npm'
}

type TestChecks = {test: string; reporter: TestReporter}

/** The test command: the "test" script (run directly when it is plain vitest or jest), else vitest or jest from the deps. */
function nodeTests(node: NodeContext): TestChecks {
  const {deps, tool, reportDir, reasons} = node
  const testScript = node.scripts.test
  if (testScript !== undefined && !isPlaceholderTest(testScript)) {
    return nodeTestScript(node, testScript)
  }
  if (deps.has('vitest')) {
    const path = joinPath(reportDir, 'vitest-report.json')
    reasons.push('tests: vitest in package.json devDependencies (no "test" script)')
    return {
      test: `${tool('vitest')} run --reporter=default --reporter=json --outputFile=${quoteArg(path)}`,
      reporter: {format: 'jest-json', path, tool: 'vitest'}
    }
  }
  if (deps.has('jest')) {
    const path = joinPath(reportDir, 'jest-report.json')
    reasons.push('tests: jest in package.json devDependencies (no "test" script)')
    return {
      test: `${tool('jest')} --json --outputFile=${quoteArg(path)}`,
      reporter: {format: 'jest-json', path, tool: 'jest'}
    }
  }
  if (testScript !== undefined) {
    reasons.push(
      'package.json "test" is npm\'s placeholder ("no test specified"): not a test command'
    )
  }
  return {test: '', reporter: {format: 'text', tool: 'script'}}
}

/** A real "test" script: vitest or jest run directly with a JSON report, anything else as is. */
function nodeTestScript(
  {pm, tool, reportDir, reasons}: NodeContext,
  testScript: string
): TestChecks {
  const vitest = simpleInvocation(testScript, 'vitest')
  const jest = simpleInvocation(testScript, 'jest')
  if (vitest !== undefined) {
    const path = joinPath(reportDir, 'vitest-report.json')
    const base = /^vitest\s+run\b/.test(vitest) ? vitest : vitest.replace(/^vitest/, 'vitest run')
    reasons.push(
      `tests: package.json script "test" runs vitest (\`${testScript}\`): run directly with a JSON report`
    )
    return {
      test: `${tool('vitest')}${base.slice('vitest'.length)} --reporter=default --reporter=json --outputFile=${quoteArg(path)}`,
      reporter: {format: 'jest-json', path, tool: 'vitest'}
    }
  }
  if (jest !== undefined) {
    const path = joinPath(reportDir, 'jest-report.json')
    reasons.push(
      `tests: package.json script "test" runs jest (\`${testScript}\`): run directly with a JSON report`
    )
    return {
      test: `${tool('jest')}${jest.slice('jest'.length)} --json --outputFile=${quoteArg(path)}`,
      reporter: {format: 'jest-json', path, tool: 'jest'}
    }
  }
  reasons.push(
    `tests: package.json script "test" (\`${testScript}\`): run as is, output read as text`
  )
  return {test: runScript(pm, 'test'), reporter: {format: 'text', tool: scriptTestTool(testScript)}}
}

/** The test tool a script names, for reading its text output. */
function scriptTestTool(testScript: string): TestTool {
  return /\bvitest\b/.test(testScript)
    ? 'vitest'
    : /\bjest\b/.test(testScript)
      ? 'jest'
      : /\bmocha\b/.test(testScript)
        ? 'mocha'
        : /\bnode\s+--test\b/.test(testScript)
          ? 'node'
          : 'script'
}

/** The "lint" script, else eslint when it is configured. */
function nodeLint(node: NodeContext, eslint: string | undefined): string {
  const {pm, scripts, local, tool, reasons} = node
  if (scripts.lint !== undefined) {
    const run = scriptCommand(pm, scripts, 'lint', local)
    reasons.push(
      `lint: package.json script "lint" (\`${scripts.lint}\`)${run.direct ? ': run from node_modules/.bin' : ''}`
    )
    return run.command
  }
  if (eslint !== undefined) {
    reasons.push(`lint: eslint configured (${eslint})`)
    return `${tool('eslint')} .`
  }
  return ''
}

/** A typecheck script, else tsc when there is a tsconfig.json. */
function nodeTypecheck(node: NodeContext, root: ReadonlySet<string>): string {
  const {pm, scripts, local, tool, reasons} = node
  const typecheckScript = ['typecheck', 'type-check', 'check-types', 'types', 'tsc'].find(
    s => scripts[s] !== undefined
  )
  if (typecheckScript !== undefined) {
    const run = scriptCommand(pm, scripts, typecheckScript, local)
    reasons.push(
      `typecheck: package.json script "${typecheckScript}"${run.direct ? ' (run from node_modules/.bin)' : ''}`
    )
    return run.command
  }
  if (root.has('tsconfig.json')) {
    reasons.push('typecheck: tsconfig.json')
    return `${tool('tsc')} --noEmit`
  }
  return ''
}

/** eslint --fix and prettier --write, each when it is configured. */
function nodeFixers(
  {tool, reasons}: NodeContext,
  eslint: string | undefined,
  prettier: string | undefined
): string[] {
  const fixers: string[] = []
  if (eslint !== undefined) {
    fixers.push(`${tool('eslint')} --fix .`)
    reasons.push(`fixer eslint --fix: eslint configured (${eslint})`)
  }
  if (prettier !== undefined) {
    fixers.push(`${tool('prettier')} --write .`)
    reasons.push(`fixer prettier --write: prettier configured (${prettier})`)
  }
  return fixers
}

/** What the Python detectors share: the root files' names and contents, and how to run Python. */
interface PythonContext {
  c: Readonly<Record<string, string>>
  root: ReadonlySet<string>
  pyproject: string | undefined
  /** Every requirements*.txt / *.in, joined. */
  requirements: string
  /** `uv run `, `poetry run ` or ''. */
  run: string
  /** The interpreter command, behind `run`. */
  py: string
  reasons: string[]
}

function detectPython(
  files: ProjectFiles,
  reportDir: string,
  python: string,
  reasons: string[]
): EcosystemChecks | undefined {
  const c = files.contents
  const root = new Set(files.rootFiles)
  if (!files.rootFiles.some(f => PYTHON_MARKERS.test(f))) return undefined
  const pyproject = c['pyproject.toml']
  const requirements = Object.entries(c)
    .filter(([name]) => /^requirements[\w.-]*\.(?:txt|in)$/.test(name))
    .map(([, text]) => text)
    .join('\n')
  const {pm, run} = pythonRunner(root, pyproject, reasons)
  const ctx: PythonContext = {
    c,
    root,
    pyproject,
    requirements,
    run,
    py: `${run}${python}`,
    reasons
  }
  const {test, reporter} = pythonTests(ctx, reportDir)
  const ruff =
    files.rootFiles.find(f => RUFF_CONFIG.test(f)) ??
    (hasSection(pyproject, 'tool.ruff') ? 'pyproject.toml [tool.ruff]' : undefined) ??
    (mentions(requirements, /^\s*ruff\b/im) ? 'ruff in requirements' : undefined)
  const lint = pythonLint(ctx, ruff)
  const typecheck = pythonTypecheck(ctx)
  const fixers = pythonFixers(ctx, ruff)
  return {ecosystem: 'python', packageManager: pm, test, reporter, lint, typecheck, fixers}
}

/** uv or poetry (lockfile or pyproject section), else pip; and the prefix that runs in its environment. */
function pythonRunner(
  root: ReadonlySet<string>,
  pyproject: string | undefined,
  reasons: string[]
): {pm: PackageManager; run: string} {
  if (root.has('uv.lock') || hasSection(pyproject, 'tool.uv')) {
    reasons.push(
      `package manager uv: ${root.has('uv.lock') ? 'uv.lock' : 'pyproject.toml [tool.uv]'}`
    )
    return {pm: 'uv', run: 'uv run '}
  }
  if (root.has('poetry.lock') || hasSection(pyproject, 'tool.poetry')) {
    reasons.push(
      `package manager poetry: ${root.has('poetry.lock') ? 'poetry.lock' : 'pyproject.toml [tool.poetry]'}`
    )
    return {pm: 'poetry', run: 'poetry run '}
  }
  reasons.push('package manager pip: Python project without uv or poetry')
  return {pm: 'pip', run: ''}
}

/** What says the project uses pytest, in plain words; false when nothing does. */
function pytestEvidence({c, root, pyproject, requirements}: PythonContext): string | false {
  return (
    (hasSection(pyproject, 'tool.pytest') && 'pyproject.toml [tool.pytest.ini_options]') ||
    (root.has('pytest.ini') && 'pytest.ini') ||
    (root.has('conftest.py') && 'conftest.py') ||
    (/^\s*\[tool:pytest\]/m.test(c['setup.cfg'] ?? '') && 'setup.cfg [tool:pytest]') ||
    (/^\s*\[pytest\]/m.test(c['tox.ini'] ?? '') && 'tox.ini [pytest]') ||
    (mentions(pyproject, /["'\s[]pytest\b/) && 'pytest in pyproject.toml dependencies') ||
    (mentions(requirements, /^\s*pytest\b/im) && 'pytest in requirements') ||
    (mentions(c['setup.py'], /["']pytest\b/) && 'pytest in setup.py')
  )
}

/** pytest with a JUnit XML report, else unittest discovery in a tests folder. */
function pythonTests(ctx: PythonContext, reportDir: string): TestChecks {
  const {root, py, reasons} = ctx
  const evidence = pytestEvidence(ctx)
  if (evidence) {
    const path = joinPath(reportDir, 'pytest-junit.xml')
    reasons.push(`tests: pytest (${evidence}) with a JUnit XML report`)
    return {
      test: `${py} -m pytest --junitxml=${quoteArg(path)}`,
      reporter: {format: 'junit', path, tool: 'pytest'}
    }
  }
  if (root.has('tests') || root.has('test')) {
    reasons.push('tests: unittest discovery (a tests folder, no pytest configuration)')
    return {
      test: `${py} -m unittest discover -s ${root.has('tests') ? 'tests' : 'test'}`,
      reporter: {format: 'text', tool: 'unittest'}
    }
  }
  return {test: '', reporter: {format: 'text', tool: 'custom'}}
}

/** ruff when it is configured, else flake8. */
function pythonLint({c, root, run, py, reasons}: PythonContext, ruff: string | undefined): string {
  const flake8 =
    root.has('.flake8') || /^\s*\[flake8\]/m.test(`${c['setup.cfg'] ?? ''}\n${c['tox.ini'] ?? ''}`)
  if (ruff !== undefined) {
    reasons.push(`lint: ruff configured (${ruff})`)
    return `${run}ruff check .`
  }
  if (flake8) {
    reasons.push('lint: flake8 configured')
    return `${py} -m flake8`
  }
  return ''
}

/** mypy when it is configured (on its `files`, else the whole repository). */
function pythonTypecheck({c, root, pyproject, py, reasons}: PythonContext): string {
  const mypy =
    (root.has('mypy.ini') && 'mypy.ini') ||
    (root.has('.mypy.ini') && '.mypy.ini') ||
    (hasSection(pyproject, 'tool.mypy') && 'pyproject.toml [tool.mypy]') ||
    (/^\s*\[mypy\]/m.test(c['setup.cfg'] ?? '') && 'setup.cfg [mypy]')
  if (!mypy) return ''
  const configText = `${c['mypy.ini'] ?? ''}${c['.mypy.ini'] ?? ''}${c['setup.cfg'] ?? ''}${pyproject ?? ''}`
  const hasFiles = /^\s*files\s*=/m.test(configText)
  reasons.push(`typecheck: mypy configured (${mypy})`)
  return `${py} -m mypy${hasFiles ? '' : ' .'}`
}

/** ruff's fix and format when ruff is configured, else black when it is. */
function pythonFixers(
  {pyproject, run, reasons}: PythonContext,
  ruff: string | undefined
): string[] {
  if (ruff !== undefined) {
    reasons.push('fixers ruff check --fix and ruff format: ruff configured')
    return [`${run}ruff check --fix .`, `${run}ruff format .`]
  }
  if (hasSection(pyproject, 'tool.black')) {
    reasons.push('fixer black: pyproject.toml [tool.black]')
    return [`${run}black .`]
  }
  return []
}

function detectGo(files: ProjectFiles, reasons: string[]): EcosystemChecks | undefined {
  if (!files.rootFiles.includes('go.mod')) return undefined
  reasons.push('Go module: go.mod (tests as go test -json, lint go vet, fixer gofmt)')
  const golangci = files.rootFiles.find(f => /^\.golangci\.(?:ya?ml|toml|json)$/.test(f))
  if (golangci) reasons.push(`lint: golangci-lint configured (${golangci})`)
  return {
    ecosystem: 'go',
    packageManager: 'go',
    test: 'go test -json ./...',
    reporter: {format: 'go-test-json', tool: 'go'},
    lint: golangci ? 'golangci-lint run' : 'go vet ./...',
    typecheck: '',
    fixers: ['gofmt -w .']
  }
}

function detectRust(files: ProjectFiles, reasons: string[]): EcosystemChecks | undefined {
  if (!files.rootFiles.includes('Cargo.toml')) return undefined
  reasons.push('Rust crate: Cargo.toml (tests cargo test, lint cargo clippy, fixer cargo fmt)')
  return {
    ecosystem: 'rust',
    packageManager: 'cargo',
    test: 'cargo test',
    reporter: {format: 'text', tool: 'cargo'},
    lint: 'cargo clippy --all-targets',
    typecheck: '',
    fixers: ['cargo fmt']
  }
}

type CheckCommands = Pick<
  DetectedProject,
  'testCommand' | 'reporter' | 'lintCommand' | 'typecheckCommand' | 'fixCommands'
>

/** The detected commands with the user's settings applied (they always win). */
function withOverrides(
  primary: EcosystemChecks | undefined,
  o: CommandOverrides,
  reasons: string[]
): CheckCommands {
  let testCommand = primary?.test ?? ''
  let reporter: TestReporter = primary?.reporter ?? {format: 'text', tool: 'custom'}
  if (o.testCommand !== undefined && o.testCommand.trim() !== '') {
    testCommand = o.testCommand.trim()
    reporter = {format: 'text', tool: 'custom'}
    reasons.push('tests: test-command from the settings (used as given, output read as text)')
  }
  let lintCommand = primary?.lint ?? ''
  if (isNone(o.lintCommand)) {
    lintCommand = ''
    reasons.push('lint: off (lint-command: none)')
  } else if (o.lintCommand !== undefined && o.lintCommand.trim() !== '') {
    lintCommand = o.lintCommand.trim()
    reasons.push('lint: lint-command from the settings')
  }
  let typecheckCommand = primary?.typecheck ?? ''
  if (isNone(o.typecheckCommand)) {
    typecheckCommand = ''
    reasons.push('typecheck: off (typecheck-command: none)')
  } else if (o.typecheckCommand !== undefined && o.typecheckCommand.trim() !== '') {
    typecheckCommand = o.typecheckCommand.trim()
    reasons.push('typecheck: typecheck-command from the settings')
  }
  let fixCommands = primary?.fixers ?? []
  const given = (o.fixCommands ?? []).map(c => c.trim()).filter(c => c !== '')
  if (given.length === 1 && isNone(given[0])) {
    fixCommands = []
    reasons.push('fixers: off (fix-commands: none)')
  } else if (given.length > 0) {
    fixCommands = given.filter(c => !isNone(c))
    reasons.push('fixers: fix-commands from the settings')
  }
  return {testCommand, reporter, lintCommand, typecheckCommand, fixCommands}
}

/** The checks of a repository, from its files, with the user's commands taking precedence. */
export function detectProject(files: ProjectFiles, options: DetectOptions = {}): DetectedProject {
  const reasons: string[] = []
  const reportDir = options.reportDir ?? '.ci-medic'
  const python = options.python ?? 'python'
  const o = options.overrides ?? {}
  const normalized: ProjectFiles = {
    rootFiles: files.rootFiles.map(normalizePath),
    contents: files.contents,
    ...(files.localBins ? {localBins: files.localBins} : {})
  }
  const pkg = readPackageJson(normalized.contents['package.json'], reasons)

  const detectors: ((why: string[]) => EcosystemChecks | undefined)[] = [
    why => detectNode(normalized, pkg, reportDir, why),
    why => detectGo(normalized, why),
    why => detectRust(normalized, why),
    why => detectPython(normalized, reportDir, python, why)
  ]
  const candidates = detectors
    .map(detect => {
      const why: string[] = []
      const checks = detect(why)
      return checks === undefined ? undefined : {checks, why}
    })
    .filter(c => c !== undefined)
  // The ecosystem with a test command wins (a Go repo's package.json for tooling
  // has none); among those, node, go, rust, python in that order.
  const chosen = candidates.find(c => c.checks.test !== '') ?? candidates[0]
  const primary = chosen?.checks
  if (chosen) reasons.push(...chosen.why)
  if (candidates.length > 1 && primary) {
    reasons.push(
      `several ecosystems (${candidates.map(c => c.checks.ecosystem).join(', ')}): checks from ${primary.ecosystem}`
    )
  }

  const nodeVersion =
    (normalized.contents['.nvmrc'] ?? normalized.contents['.node-version'])?.trim() ||
    pkg?.nodeEngine

  const {testCommand, reporter, lintCommand, typecheckCommand, fixCommands} = withOverrides(
    primary,
    o,
    reasons
  )

  const result: DetectedProject = {
    ecosystem: primary?.ecosystem ?? 'unknown',
    packageManager: primary?.packageManager ?? null,
    testCommand,
    lintCommand,
    typecheckCommand,
    fixCommands,
    checkScripts: checkScriptPaths(
      [testCommand, lintCommand, typecheckCommand],
      normalized.contents['package.json']
    ),
    reporter,
    ...(primary?.localTools ? {localTools: primary.localTools} : {}),
    ...(nodeVersion ? {nodeVersion} : {}),
    reasons
  }
  if (testCommand === '') {
    result.problem =
      primary === undefined
        ? 'No test command found: set test-command. Nothing here says how to run the tests (looked for package.json, pyproject.toml, setup.cfg, pytest.ini, requirements*.txt, go.mod and Cargo.toml at the repository root).'
        : `No test command found: set test-command. This looks like a ${primary.ecosystem} project, but it names no test runner (${primary.ecosystem === 'node' ? 'no "test" script and no vitest or jest dependency in package.json' : 'no pytest configuration or dependency, and no tests folder'}).`
  }
  return result
}

export interface AffectedTest {
  /** Repository-relative test file. */
  file?: string
  /** Test name as reported (suites joined with ' > ' for vitest/jest). */
  test?: string
}

function lastSegment(test: string): string {
  return (test.split(' > ').pop() ?? test).trim()
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * The command that runs only the tests of one failure (fast feedback before the
 * full suite), or '' when the tool cannot narrow down (then run the full command).
 */
export function affectedTestCommand(
  project: Pick<DetectedProject, 'testCommand' | 'reporter' | 'packageManager' | 'localTools'>,
  target: AffectedTest,
  python = 'python'
): string {
  const file = target.file ? normalizePath(target.file) : undefined
  const tool = toolRunner(project.packageManager ?? 'npm', new Set(project.localTools ?? []))
  const pyRun =
    project.packageManager === 'uv'
      ? 'uv run '
      : project.packageManager === 'poetry'
        ? 'poetry run '
        : ''
  switch (project.reporter.tool) {
    case 'vitest':
      if (!file) return ''
      return `${tool('vitest')} run ${quoteArg(file)}${target.test ? ` -t ${quoteArg(escapeRegex(lastSegment(target.test)))}` : ''}`
    case 'jest':
      if (!file) return ''
      return `${tool('jest')} ${quoteArg(file)}${target.test ? ` -t ${quoteArg(escapeRegex(lastSegment(target.test)))}` : ''}`
    case 'pytest': {
      if (!file) return ''
      const name = target.test ? lastSegment(target.test).split(/[.:]+/).pop() : undefined
      return `${pyRun}${python} -m pytest ${quoteArg(name ? `${file}::${name}` : file)}`
    }
    case 'go': {
      if (!file) return ''
      const dir = file.includes('/') ? `./${file.slice(0, file.lastIndexOf('/'))}` : '.'
      const name = target.test ? /^(Test\w+)/.exec(target.test)?.[1] : undefined
      return `go test ${dir}${name ? ` -run ${quoteArg(`^${name}$`)}` : ''}`
    }
    case 'cargo':
      return target.test ? `cargo test ${quoteArg(target.test.replace(/^.*::/, ''))}` : ''
    default:
      return ''
  }
}

// The repository files the check commands run: `bash scripts/test.sh`,
// `node tools/lint.mjs`, `make test` (the Makefile), `npm test` when
// package.json's "test" script does one of those (followed through `npm run`,
// with its pre/post scripts). Editing such a file changes what "the tests
// pass" means, so the diff guards treat it like check configuration. Pure:
// the commands and package.json's text in, paths out.
import {isSnapshotFile, isTestFile, normalizePath} from './source-text.js'

/** Files run as programs (by an interpreter or directly). */
const SCRIPT_EXT = /\.(?:sh|bash|zsh|ksh|ps1|bat|cmd|[cm]?js|[cm]?ts|py|rb|pl|php)$/i
/** Files read as configuration, when a config flag names them (`-c ci/pytest.ini`). */
const CONFIG_EXT = /\.(?:json5?|ya?ml|toml|ini|cfg|conf|[cm]?js|[cm]?ts)$/i
const CONFIG_FLAG =
  /^(?:-c|--config|--config-file|--configfile|-p|--project|--rcfile|--settings|-C|--inifile)$/
const RUNNERS: Record<string, string[]> = {
  make: ['Makefile', 'GNUmakefile', 'makefile'],
  just: ['justfile', 'Justfile'],
  nox: ['noxfile.py'],
  tox: ['tox.ini'],
  invoke: ['tasks.py']
}
const SCRIPT_RUNNERS = new Set(['npm', 'pnpm', 'yarn', 'bun'])
/** npm commands that are not `run <script>` (anything else after pnpm/yarn is a script name). */
const PM_BUILTINS = new Set([
  'exec',
  'x',
  'dlx',
  'install',
  'i',
  'ci',
  'add',
  'run',
  'run-script',
  'rum',
  'urn',
  'test',
  't',
  'tst',
  'start'
])

/** Words of one shell command, quotes removed (good enough for command lines, not a shell). */
function words(segment: string): string[] {
  const out: string[] = []
  for (const m of segment.matchAll(/"((?:\\.|[^"\\])*)"|'([^']*)'|(\S+)/g))
    out.push(m[1] ?? m[2] ?? m[3] ?? '')
  return out
}

/** The package.json script a package-manager command runs, if any. */
function scriptNameOf(argv: readonly string[]): string | undefined {
  const [tool, first, second] = argv
  if (tool === undefined || !SCRIPT_RUNNERS.has(tool) || first === undefined) return undefined
  if (first === 'test' || first === 't' || first === 'tst') return 'test'
  if (first === 'start') return 'start'
  if (['run', 'run-script', 'rum', 'urn'].includes(first)) return second
  // pnpm/yarn/bun run a script by its bare name (`yarn lint`); npm does not.
  if (tool !== 'npm' && !PM_BUILTINS.has(first) && !first.startsWith('-')) return first
  return undefined
}

/** A word that names a file of the repository the command runs or reads. */
function repositoryFile(word: string, previous: string | undefined): string | undefined {
  const [flag, value] = word.startsWith('-') ? word.split('=', 2) : [undefined, word]
  if (value === undefined || value === '') return undefined
  if (/[$*?[\]{}<>|`]|:\/\/|^~/.test(value) || value.startsWith('/')) return undefined
  const path = normalizePath(value)
  if (path.split('/').includes('..') || path.split('/').includes('node_modules')) return undefined
  if (path.endsWith('/') || path.includes('...')) return undefined
  const configured = CONFIG_FLAG.test(flag ?? previous ?? '') && CONFIG_EXT.test(path)
  const run = flag === undefined && (SCRIPT_EXT.test(path) || value.startsWith('./'))
  if (!configured && !run) return undefined
  if (isTestFile(path) || isSnapshotFile(path)) return undefined
  return path
}

/** The string scripts of a package.json text ({} when there are none or it is not JSON). */
export function packageScripts(packageJson: string | undefined): Record<string, string> {
  if (packageJson === undefined) return {}
  try {
    const parsed: unknown = JSON.parse(packageJson)
    const scripts = (parsed as {scripts?: unknown} | null)?.scripts
    if (scripts === null || typeof scripts !== 'object') return {}
    return Object.fromEntries(
      Object.entries(scripts).filter((e): e is [string, string] => typeof e[1] === 'string')
    )
  } catch {
    return {}
  }
}

interface Reached {
  /** Repository files run or read. */
  files: Set<string>
  /** package.json scripts run (with their pre/post scripts). */
  scripts: Set<string>
}

/** Follow commands through the shell words they run and the package.json scripts they call. */
export function reachedBy(
  commands: readonly string[],
  scripts: Readonly<Record<string, string>>
): Reached {
  const reached: Reached = {files: new Set(), scripts: new Set()}
  const queue = commands.filter(c => c.trim() !== '')
  for (let command = queue.shift(); command !== undefined; command = queue.shift()) {
    for (const segment of command.split(/&&|\|\||[;|&\n]/)) {
      const all = words(segment)
      const argv = all.slice(
        Math.max(
          0,
          all.findIndex(w => !/^\w+=/.test(w))
        )
      )
      if (/^(?:ba|z|k|da)?sh$/.test(argv[0] ?? '') && argv[1] === '-c' && argv[2])
        queue.push(argv[2])
      for (const file of RUNNERS[argv[0] ?? ''] ?? []) reached.files.add(file)
      const script = scriptNameOf(argv)
      for (const name of script === undefined ? [] : [`pre${script}`, script, `post${script}`]) {
        const body = scripts[name]
        if (body === undefined || reached.scripts.has(name)) continue
        reached.scripts.add(name)
        queue.push(body)
      }
      argv.forEach((word, i) => {
        const file = repositoryFile(word, argv[i - 1])
        if (file !== undefined) reached.files.add(file)
      })
    }
  }
  return reached
}

/**
 * Repository files (relative paths, sorted) that the given check commands run
 * or read as configuration, following package.json scripts. Test files are
 * left out: the test guards own them.
 */
export function checkScriptPaths(commands: readonly string[], packageJson?: string): string[] {
  return [...reachedBy(commands, packageScripts(packageJson)).files].sort()
}

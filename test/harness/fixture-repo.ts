// Throw-away git repositories built from the fixture projects in test/fixtures/.
//
// Each call copies one fixture into a fresh directory under os.tmpdir(), links the
// root project's node_modules into it (JS fixtures), and commits it with a fixed
// identity and fixed dates, so the same fixture always yields the same commit sha.
// Every child process gets a clean environment: no INPUT_*, GITHUB_*, ACTIONS_*,
// RUNNER_*, GIT_*, VITEST* variables and nothing that looks like a token or secret.
import {spawn} from 'node:child_process'
import {existsSync} from 'node:fs'
import {
  appendFile,
  cp,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  readlink,
  realpath,
  rm,
  stat,
  symlink,
  writeFile
} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {copyTemplate, template, templateKey} from './template-cache.js'

/** The ci-medic checkout (the directory holding package.json). */
export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const FIXTURES_DIR = path.join(ROOT_DIR, 'test', 'fixtures')
export const ROOT_NODE_MODULES = path.join(ROOT_DIR, 'node_modules')

/** Author and committer date of every commit made through a fixture repo. */
export const FIXTURE_DATE = '2024-01-02T03:04:05+00:00'
export const FIXTURE_USER = {name: 'ci-medic-test', email: 'ci-medic-test@example.com'}

export type FixtureName =
  | 'ts-vitest'
  | 'ts-node-test'
  | 'python-pytest'
  | 'ts-express'
  | 'ts-express-node-test'

export interface RunOptions {
  cwd?: string
  /** Extra variables, laid over the clean environment (undefined removes a variable). */
  env?: Record<string, string | undefined>
  /** Written to the child's stdin (stdin is closed either way). */
  input?: string
}

export interface RunResult {
  /** Exit code, or -1 when the child was killed by a signal (see `signal`). */
  code: number
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

export interface FixtureRepoOptions {
  /** Adds this URL as a remote (named `remoteName`). */
  remote?: string
  remoteName?: string
  /** Branch to create; default `main`. */
  branch?: string
  /** Message of the initial commit. */
  message?: string
  /**
   * Link the root project's node_modules into the repo. Default: when the fixture has a
   * package.json. The link is a real `node_modules` directory holding one symlink per
   * root package (so caches that tools write into node_modules, like vitest's, stay in
   * the throw-away repo instead of the root project), and it is git-ignored.
   */
  linkNodeModules?: boolean
  /** Files to write (path relative to the repo) or delete (null) before the commit. */
  files?: Record<string, string | null>
}

export interface FixtureRepo {
  name: string
  /** Absolute, symlink-free path of the working tree. */
  dir: string
  /** Sha of the initial commit. */
  head: string
  branch: string
  /** The clean environment the helpers run children with (already includes git isolation). */
  env: NodeJS.ProcessEnv
  /** Runs git in the repo; resolves stdout without its trailing newline, rejects on failure. */
  git(args: string[]): Promise<string>
  /** Runs any command in the repo with the clean environment. */
  run(command: string, args: string[], options?: RunOptions): Promise<RunResult>
  /** Runs a JS tool (vitest, eslint, tsc, prettier) from the root node_modules in the repo. */
  tool(name: ToolName, args: string[], options?: RunOptions): Promise<RunResult>
  /** Removes the directory; safe to call twice. */
  cleanup(): Promise<void>
}

export type ToolName = 'vitest' | 'eslint' | 'tsc' | 'prettier'

const TOOL_BINS: Record<ToolName, string> = {
  vitest: 'vitest/vitest.mjs',
  eslint: 'eslint/bin/eslint.js',
  tsc: 'typescript/bin/tsc',
  prettier: 'prettier/bin/prettier.cjs'
}

/** Caches and build output never copied from a fixture source folder. */
const SKIP_COPY = new Set([
  'node_modules',
  '.git',
  '__pycache__',
  '.pytest_cache',
  '.vite',
  'coverage'
])
/** Root node_modules entries not linked: tool caches that must stay per repo. */
const SKIP_LINK = new Set(['.vite', '.vitest-cache', '.cache', '.package-lock.json'])

const DROP_PREFIXES = ['INPUT_', 'GITHUB_', 'ACTIONS_', 'RUNNER_', 'GIT_', 'VITEST', 'NPM_', 'npm_']
const DROP_NAMES = new Set(['CI', 'TEST', 'NODE_ENV', 'NODE_OPTIONS', 'FORCE_COLOR', 'GH_HOST'])
const SECRET_PATTERN =
  /TOKEN|SECRET|PASSWORD|PASSWD|API_KEY|APIKEY|PRIVATE_KEY|CREDENTIAL|_AUTH|DSN/i

/**
 * The environment for child processes: the current one minus action inputs, GitHub and
 * runner variables, git overrides, vitest's own markers and anything secret-looking; plus
 * git isolated from global/system config, no colours, no prompts, and this Node first on
 * PATH. `extra` is laid on top (undefined deletes).
 */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined) continue
    if (DROP_NAMES.has(key) || SECRET_PATTERN.test(key)) continue
    if (DROP_PREFIXES.some(prefix => key.startsWith(prefix))) continue
    env[key] = value
  }
  const nodeDir = path.dirname(process.execPath)
  const pathParts = (env.PATH ?? '').split(path.delimiter).filter(part => part && part !== nodeDir)
  env.PATH = [nodeDir, ...pathParts].join(path.delimiter)
  env.NO_COLOR = '1'
  env.GIT_CONFIG_NOSYSTEM = '1'
  env.GIT_CONFIG_GLOBAL = '/dev/null'
  env.GIT_TERMINAL_PROMPT = '0'
  env.PYTHONDONTWRITEBYTECODE = '1'
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key]
    else env[key] = value
  }
  return env
}

/** Spawns `command` (no shell) and collects its output. Never rejects for a non-zero exit. */
export function run(command: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: cleanEnv(options.env),
      stdio: ['pipe', 'pipe', 'pipe']
    })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.stdin.on('error', () => {})
    child.stdin.end(options.input ?? '')
    child.on('error', reject)
    child.on('close', (code, signal) => {
      resolve({
        code: code ?? -1,
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8')
      })
    })
  })
}

/** Runs one of the root project's JS tools with the current Node binary. */
export function runTool(
  name: ToolName,
  args: string[],
  options: RunOptions = {}
): Promise<RunResult> {
  return run(process.execPath, [path.join(ROOT_NODE_MODULES, TOOL_BINS[name]), ...args], options)
}

/** The source folder of a fixture: a name under test/fixtures/ or an absolute path. */
export function fixturePath(name: FixtureName | string): string {
  if (path.isAbsolute(name)) return name
  if (!/^[\w.-]+$/.test(name) || name === '.' || name === '..') {
    throw new Error(`not a fixture name: ${JSON.stringify(name)}`)
  }
  return path.join(FIXTURES_DIR, name)
}

async function linkNodeModules(dir: string): Promise<void> {
  const target = path.join(dir, 'node_modules')
  await mkdir(target)
  for (const entry of await readdir(ROOT_NODE_MODULES)) {
    if (SKIP_LINK.has(entry)) continue
    await symlink(path.join(ROOT_NODE_MODULES, entry), path.join(target, entry))
  }
}

/** Runs git in `dir`; resolves stdout without its trailing newline, rejects on failure. */
function gitIn(dir: string, env: NodeJS.ProcessEnv): (args: string[]) => Promise<string> {
  return async args => {
    const result = await run('git', args, {cwd: dir, env})
    if (result.code !== 0) {
      throw new Error(`git ${args.join(' ')} failed (${result.code}): ${result.stderr.trim()}`)
    }
    return result.stdout.replace(/\n$/, '')
  }
}

/** Copied from a fixture source folder: everything but caches and build output. */
function copied(file: string): boolean {
  return !SKIP_COPY.has(path.basename(file)) && !file.endsWith('.pyc')
}

/** What a fixture source folder holds (paths, modes, contents, link targets), for the template key. */
async function contentOf(source: string): Promise<string[]> {
  const parts: string[] = []
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, {withFileTypes: true})
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      const file = path.join(dir, entry.name)
      if (!copied(file)) continue
      const relative = path.relative(source, file)
      if (entry.isDirectory()) {
        parts.push(`dir ${relative}`)
        await walk(file)
      } else if (entry.isSymbolicLink()) {
        parts.push(`link ${relative} ${await readlink(file)}`)
      } else {
        const mode = (await stat(file)).mode & 0o111 ? 'exec' : 'file'
        parts.push(`${mode} ${relative}`, (await readFile(file)).toString('base64'))
      }
    }
  }
  await walk(source)
  return parts
}

/**
 * The fixture's repository before remotes are added: `<template>/repo`,
 * its commit's sha in `<template>/head`. Built once per run for this content
 * and these options (see template-cache.ts); a test gets a copy.
 */
async function fixtureTemplate(
  source: string,
  label: string,
  branch: string,
  options: FixtureRepoOptions
): Promise<{dir: string; head: string}> {
  const files = Object.entries(options.files ?? {})
  const key = templateKey(
    'fixture-repo v1',
    source,
    JSON.stringify([
      label,
      branch,
      options.message ?? null,
      options.linkNodeModules ?? null,
      files
    ]),
    // The links in node_modules name the root project's packages.
    ROOT_NODE_MODULES,
    (await readdir(ROOT_NODE_MODULES)).join('\n'),
    ...(await contentOf(source))
  )
  const dir = await template(key, target =>
    buildFixtureTemplate(source, label, branch, options, target)
  )
  return {
    dir: path.join(dir, 'repo'),
    head: (await readFile(path.join(dir, 'head'), 'utf8')).trim()
  }
}

/** Copies the fixture, applies `options.files` and commits it with the fixed identity and dates. */
async function buildFixtureTemplate(
  source: string,
  label: string,
  branch: string,
  options: FixtureRepoOptions,
  target: string
): Promise<void> {
  const dir = path.join(target, 'repo')
  const env = cleanEnv({GIT_AUTHOR_DATE: FIXTURE_DATE, GIT_COMMITTER_DATE: FIXTURE_DATE})
  const git = gitIn(dir, env)
  await cp(source, dir, {recursive: true, filter: copied})
  for (const [file, content] of Object.entries(options.files ?? {})) {
    const filePath = path.resolve(dir, file)
    if (!filePath.startsWith(dir + path.sep)) throw new Error(`file outside the repo: ${file}`)
    if (content === null) {
      await rm(filePath, {force: true})
    } else {
      await mkdir(path.dirname(filePath), {recursive: true})
      await writeFile(filePath, content)
    }
  }
  await git(['init', '--quiet', '-b', branch])
  await git(['config', 'user.name', FIXTURE_USER.name])
  await git(['config', 'user.email', FIXTURE_USER.email])
  await git(['config', 'commit.gpgsign', 'false'])
  await git(['config', 'core.autocrlf', 'false'])
  await appendFile(path.join(dir, '.git', 'info', 'exclude'), 'node_modules\n')
  await git(['add', '--all'])
  await git([
    'commit',
    '--quiet',
    '--no-verify',
    '-m',
    options.message ?? `Initial commit (${label})`
  ])
  await writeFile(path.join(target, 'head'), `${await git(['rev-parse', 'HEAD'])}\n`)
  // Git-ignored (info/exclude above), so linked after the commit.
  const wantsNodeModules = options.linkNodeModules ?? existsSync(path.join(dir, 'package.json'))
  if (wantsNodeModules) await linkNodeModules(dir)
}

/**
 * Copies a fixture into a fresh temp directory and makes it a git repository with one
 * reproducible commit on `main` (or `options.branch`).
 */
export async function createFixtureRepo(
  name: FixtureName | string,
  options: FixtureRepoOptions = {}
): Promise<FixtureRepo> {
  const source = fixturePath(name)
  if (!existsSync(source) || !(await stat(source)).isDirectory()) {
    throw new Error(`no fixture at ${source}`)
  }
  const label = path.basename(source)
  const dir = await mkdtemp(path.join(await realpath(tmpdir()), `ci-medic-${label}-`))
  const branch = options.branch ?? 'main'
  const env = cleanEnv({
    GIT_AUTHOR_DATE: FIXTURE_DATE,
    GIT_COMMITTER_DATE: FIXTURE_DATE
  })

  let removed = false
  const cleanup = async (): Promise<void> => {
    if (removed) return
    removed = true
    await rm(dir, {recursive: true, force: true, maxRetries: 3})
  }

  const git = gitIn(dir, env)

  try {
    // The copy, its files, the commit and the node_modules links come from a
    // template built once per run for this fixture content and these options
    // (the same commit sha, see buildFixtureTemplate); the remote is per repo.
    const {dir: templateDir, head} = await fixtureTemplate(source, label, branch, options)
    await copyTemplate(templateDir, dir)
    if (options.remote !== undefined) {
      await git(['remote', 'add', options.remoteName ?? 'origin', options.remote])
    }

    return {
      name: label,
      dir,
      head,
      branch,
      env,
      git,
      run: (command, args, runOptions = {}) =>
        run(command, args, {cwd: dir, ...runOptions, env: {...env, ...runOptions.env}}),
      tool: (toolName, args, runOptions = {}) =>
        runTool(toolName, args, {cwd: dir, ...runOptions, env: {...env, ...runOptions.env}}),
      cleanup
    }
  } catch (error) {
    await cleanup()
    throw error
  }
}

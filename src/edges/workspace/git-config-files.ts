// The git configuration ci-medic's own git reads, named so the sandbox can
// keep the repository's commands from changing it: git runs outside the
// sandbox, with ci-medic's rights and, for a push, its token, and config can
// run programs (core.fsmonitor, filter drivers, hooks) or redirect a remote
// (url.*.insteadOf).
//
// The global config is pinned when ci-medic starts: the file that exists
// then (GIT_CONFIG_GLOBAL, else ~/.gitconfig, else the XDG one), or none at
// all (/dev/null), so a check cannot create one later. When both ~/.gitconfig
// and the XDG file exist only ~/.gitconfig is read. The system config is left
// as is: root's to write, and mounted read-only for a check that runs as root.
import {existsSync, statSync} from 'node:fs'
import {lstat, mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {dirname, isAbsolute, join, resolve, sep} from 'node:path'

/** The global config file ci-medic's git reads (GIT_CONFIG_GLOBAL), or /dev/null when there is none. */
export function pinnedGlobalConfig(env: NodeJS.ProcessEnv): string {
  const home = env.HOME ?? ''
  const xdg = env.XDG_CONFIG_HOME || (home ? join(home, '.config') : '')
  const candidates = [
    env.GIT_CONFIG_GLOBAL,
    home ? join(home, '.gitconfig') : undefined,
    xdg ? join(xdg, 'git', 'config') : undefined
  ]
  for (const candidate of candidates) {
    if (!candidate || !isAbsolute(candidate)) continue
    if (candidate === '/dev/null') return candidate
    try {
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
    } catch {
      // Unreadable: try the next.
    }
  }
  return '/dev/null'
}

/**
 * Every existing file and directory holding config ci-medic's git reads in
 * `workspace`: `.git` (a directory, or a linked worktree's file with its
 * gitdir and common dir), the pinned global config, and the existing files
 * either includes, whatever their condition (a superset is harmless).
 */
export async function gitConfigPaths(workspace: string, env: NodeJS.ProcessEnv): Promise<string[]> {
  const paths: string[] = []
  const add = (path: string): void => {
    if (!paths.some(known => within(path, known))) paths.push(path)
  }
  const gitDirs = await gitDirectories(workspace)
  for (const dir of gitDirs) add(dir)
  const configs = gitDirs.map(dir => join(dir, 'config'))
  const global = pinnedGlobalConfig(env)
  if (global !== '/dev/null') {
    configs.push(global)
    add(global)
  }
  const includes = new Set<string>()
  for (const config of configs) await collectIncludes(config, env, includes, 0)
  for (const file of includes) add(file)
  return paths
}

/** `.git`, and for a linked worktree (a `.git` file) its gitdir and common dir. */
async function gitDirectories(workspace: string): Promise<string[]> {
  const dotGit = join(resolve(workspace), '.git')
  let info
  try {
    info = await lstat(dotGit)
  } catch {
    return []
  }
  if (info.isDirectory()) return [dotGit]
  if (!info.isFile()) return []
  const out = [dotGit]
  const match = /^gitdir:\s*(.+?)\s*$/m.exec(await readFile(dotGit, 'utf8').catch(() => ''))
  if (!match) return out
  const gitDir = resolve(workspace, match[1]!)
  out.push(gitDir)
  const common = await readFile(join(gitDir, 'commondir'), 'utf8').catch(() => undefined)
  if (common !== undefined) out.push(resolve(gitDir, common.trim()))
  return out
}

/** Adds the existing files `config` includes (`[include]` and `[includeIf]` paths), recursively. */
async function collectIncludes(
  config: string,
  env: NodeJS.ProcessEnv,
  found: Set<string>,
  depth: number
): Promise<void> {
  if (depth > 10) return
  const text = await readFile(config, 'utf8').catch(() => undefined)
  if (text === undefined) return
  let inInclude = false
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    const section = /^\[\s*([A-Za-z0-9.-]+)(?:\s+"(?:[^"\\]|\\.)*")?\s*\]/.exec(line)
    if (section) {
      inInclude = /^include(if)?$/i.test(section[1]!)
      continue
    }
    const value = inInclude ? /^path\s*=\s*(.+)$/i.exec(line)?.[1] : undefined
    if (!value) continue
    const path = value.trim().replace(/^"(.*)"$/, '$1')
    const absolute = path.startsWith('~/')
      ? join(env.HOME ?? '', path.slice(2))
      : isAbsolute(path)
        ? path
        : resolve(dirname(config), path)
    if (found.has(absolute)) continue
    try {
      if (!(await lstat(absolute)).isFile()) continue
    } catch {
      continue
    }
    found.add(absolute)
    await collectIncludes(absolute, env, found, depth + 1)
  }
}

/** A file shown in the sandbox with another's content (a copy without credentials). */
export interface MaskedFile {
  path: string
  /** What the sandbox shows at `path`, read-only. */
  source: string
}

const EXTRAHEADER = /^\s*extraheader\s*=/im

/**
 * The config files among `paths` (and inside the git directories among them)
 * that hold an `http.*.extraheader`: where actions/checkout persists its token
 * (`.git/config` up to v5, an included file under RUNNER_TEMP from v6). Each
 * gets a copy without those lines, written under a new directory in the
 * system temp dir, for the sandbox to show instead. The checks then see the
 * repository's config but not the token; a check that fetches with it fails.
 */
export async function maskCredentials(paths: readonly string[]): Promise<MaskedFile[]> {
  const files: string[] = []
  for (const path of paths) {
    const info = await lstat(path).catch(() => undefined)
    if (info?.isDirectory()) files.push(join(path, 'config'))
    else if (info?.isFile() && !path.endsWith(`${sep}.git`)) files.push(path)
  }
  const masked: MaskedFile[] = []
  let dir: string | undefined
  for (const file of files) {
    const text = await readFile(file, 'utf8').catch(() => undefined)
    if (text === undefined || !EXTRAHEADER.test(text)) continue
    dir ??= await mkdtemp(join(tmpdir(), 'ci-medic-masked-'))
    const source = join(dir, `${masked.length}.config`)
    const kept = text.split(/(?<=\n)/).filter(line => !EXTRAHEADER.test(line))
    await writeFile(source, kept.join(''), {mode: 0o644})
    masked.push({path: file, source})
  }
  return masked
}

function within(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir.endsWith(sep) ? dir : `${dir}${sep}`)
}

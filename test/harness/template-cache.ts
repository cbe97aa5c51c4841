// Templates: directories (fixture repositories, the fake GitHub's bare
// remotes) that are built once and then copied for each test, instead of
// being rebuilt by a dozen git processes every time.
//
// A template is named by a key that the caller derives from everything the
// build depends on (a hash of the fixture's files and the options), so a
// template is never stale: changed content is a new key. During a vitest run
// the templates live in one directory that all workers share (made and
// removed by test/harness/template-root.setup.ts, handed down in
// CI_MEDIC_TEMPLATE_ROOT); elsewhere (scripts, benches) each process keeps
// its own and removes it when it exits.
import {execFile} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, rmSync} from 'node:fs'
import {mkdtemp, realpath, rename, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'

const execFileAsync = promisify(execFile)

export const TEMPLATE_ROOT_ENV = 'CI_MEDIC_TEMPLATE_ROOT'

let processRoot: Promise<string> | undefined

/** The directory holding the templates (shared by the workers of a vitest run). */
function templateRoot(): Promise<string> {
  const shared = process.env[TEMPLATE_ROOT_ENV]
  if (shared !== undefined && shared !== '' && existsSync(shared)) return Promise.resolve(shared)
  processRoot ??= (async () => {
    const dir = await mkdtemp(path.join(await realpath(tmpdir()), 'ci-medic-templates-'))
    process.once('exit', () => rmSync(dir, {recursive: true, force: true}))
    return dir
  })()
  return processRoot
}

/** A short, file-name-safe key for the given parts. */
export function templateKey(...parts: (string | Buffer)[]): string {
  const hash = createHash('sha256')
  for (const part of parts) {
    hash.update(String(part.length))
    hash.update(':')
    hash.update(part)
  }
  return hash.digest('hex').slice(0, 32)
}

const built = new Map<string, Promise<string>>()

/**
 * The directory of template `key`: built by `build(dir)` (into a fresh,
 * empty directory) the first time any process of the run asks for it. Two
 * workers may build the same key at once; the first to finish wins (the
 * complete directory is renamed into place, so nobody sees a half-built one).
 */
export function template(key: string, build: (dir: string) => Promise<void>): Promise<string> {
  let pending = built.get(key)
  if (pending === undefined) {
    pending = buildOnce(key, build)
    built.set(key, pending)
    pending.catch(() => built.delete(key))
  }
  return pending
}

async function buildOnce(key: string, build: (dir: string) => Promise<void>): Promise<string> {
  const root = await templateRoot()
  const final = path.join(root, key)
  if (existsSync(final)) return final
  const work = await mkdtemp(path.join(root, `.building-${key}-`))
  try {
    await build(work)
    await rename(work, final)
  } catch (error) {
    await rm(work, {recursive: true, force: true})
    // Another worker finished the same template first: use theirs.
    if (existsSync(final)) return final
    throw error
  }
  return final
}

/**
 * Copies a template into `target` (an existing, empty directory): files, modes and symlinks
 * as they are. `cp -a` (GNU and BSD) does it with a fraction of fs.cp's CPU time.
 */
export async function copyTemplate(source: string, target: string): Promise<void> {
  await execFileAsync('cp', ['-a', `${source}/.`, target])
}

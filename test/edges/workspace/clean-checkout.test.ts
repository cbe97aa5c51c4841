// GitWorkspace.cleanCheckout and ignored on a real repository: the checkout
// holds HEAD plus the given files and nothing else from the working tree
// (no untracked, no ignored file), the installed dependencies are linked in,
// and neither HEAD, the index nor the working tree changes.
import {execFileSync} from 'node:child_process'
import {lstat, mkdir, mkdtemp, readFile, readlink, realpath, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {createGitWorkspace} from '../../../src/edges/workspace/index.js'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c()
})

function git(root: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com'
    }
  })
}

async function put(root: string, path: string, content: string): Promise<void> {
  await mkdir(join(root, path, '..'), {recursive: true})
  await writeFile(join(root, path), content)
}

async function repository(): Promise<string> {
  const root = await realpath(await mkdtemp(join(tmpdir(), 'ci-medic-clean-')))
  cleanups.push(() => rm(root, {recursive: true, force: true}))
  await put(root, '.gitignore', 'node_modules/\n*.local.ts\n.venv/\n')
  await put(root, 'src/a.ts', 'export const a = 1\n')
  await put(root, 'src/gone.ts', 'export const gone = 1\n')
  await put(root, 'packages/p/src/p.ts', 'export const p = 1\n')
  git(root, 'init', '-q', '-b', 'main')
  git(root, 'add', '.')
  git(root, 'commit', '-q', '-m', 'start')
  await put(root, 'node_modules/dep/index.js', 'export default 1\n')
  await put(root, 'packages/p/node_modules/inner/index.js', 'export default 2\n')
  await put(root, '.venv/pyvenv.cfg', 'home = /usr/bin\n')
  await put(root, 'setup.local.ts', 'ignored\n')
  await put(root, 'stray.txt', 'untracked, not part of the change\n')
  await put(root, 'src/a.ts', 'export const a = 2\n')
  await put(root, 'src/new.ts', 'export const fresh = true\n')
  await rm(join(root, 'src/gone.ts'))
  return root
}

describe('GitWorkspace.cleanCheckout', () => {
  it('checks out HEAD plus the given paths, links the dependencies, and leaves the workspace alone', async () => {
    const root = await repository()
    const repo = createGitWorkspace(root)
    const head = git(root, 'rev-parse', 'HEAD').trim()
    const status = git(root, 'status', '--porcelain')
    const checkout = await repo.cleanCheckout(['src/a.ts', 'src/new.ts', 'src/gone.ts'])
    try {
      const at = (path: string): string => join(checkout.root, path)
      expect(await readFile(at('src/a.ts'), 'utf8')).toBe('export const a = 2\n')
      expect(await readFile(at('src/new.ts'), 'utf8')).toBe('export const fresh = true\n')
      await expect(lstat(at('src/gone.ts'))).rejects.toThrow()
      await expect(lstat(at('setup.local.ts'))).rejects.toThrow()
      await expect(lstat(at('stray.txt'))).rejects.toThrow()
      expect(checkout.linked).toEqual(['.venv', 'node_modules', 'packages/p/node_modules'])
      expect(await readlink(at('node_modules'))).toBe(join(root, 'node_modules'))
      expect(await readFile(at('packages/p/node_modules/inner/index.js'), 'utf8')).toBe(
        'export default 2\n'
      )
      expect(git(root, 'rev-parse', `${checkout.commit}^`).trim()).toBe(head)
      expect(git(root, 'branch', '--contains', checkout.commit).trim()).toBe('')
    } finally {
      await checkout.dispose()
    }
    await expect(lstat(checkout.root)).rejects.toThrow()
    expect(git(root, 'worktree', 'list', '--porcelain').match(/^worktree /gm)).toHaveLength(1)
    expect(git(root, 'rev-parse', 'HEAD').trim()).toBe(head)
    expect(git(root, 'status', '--porcelain')).toBe(status)
  })

  it("links the workspace's checked-out submodules, which a new worktree leaves empty", async () => {
    const root = await repository()
    const library = await realpath(await mkdtemp(join(tmpdir(), 'ci-medic-clean-lib-')))
    cleanups.push(() => rm(library, {recursive: true, force: true}))
    await put(library, 'lib.js', 'export const lib = 1\n')
    git(library, 'init', '-q', '-b', 'main')
    git(library, 'add', '.')
    git(library, 'commit', '-q', '-m', 'lib')
    git(root, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', library, 'vendor-lib')
    git(root, 'commit', '-q', '-m', 'submodule')
    const checkout = await createGitWorkspace(root).cleanCheckout([])
    try {
      expect(checkout.linked).toContain('vendor-lib')
      expect(await readFile(join(checkout.root, 'vendor-lib/lib.js'), 'utf8')).toBe(
        'export const lib = 1\n'
      )
    } finally {
      await checkout.dispose()
    }
  })

  it('tells which paths git ignores, never a tracked one', async () => {
    const root = await repository()
    await put(root, 'forced.local.ts', 'tracked although ignored\n')
    git(root, 'add', '-f', 'forced.local.ts')
    const repo = createGitWorkspace(root)
    expect(
      await repo.ignored([
        'node_modules/vitest/index.js',
        'setup.local.ts',
        'forced.local.ts',
        'src/a.ts',
        ':x.local.ts',
        'src/brand-new.ts'
      ])
    ).toEqual(['node_modules/vitest/index.js', 'setup.local.ts', ':x.local.ts'])
    expect(await repo.ignored([])).toEqual([])
  })
})

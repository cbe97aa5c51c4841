// Confinement of paths to the workspace, on a real directory with real symlinks.
import {mkdir, mkdtemp, realpath, rm, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {
  isProtected,
  resolveInWorkspace,
  workspaceRelative,
  WorkspacePathError
} from '../../../src/edges/workspace/index.js'

let base: string
let root: string
let outside: string
beforeEach(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'ci-medic-paths-')))
  root = join(base, 'repo')
  outside = join(base, 'outside')
  await mkdir(join(root, 'src'), {recursive: true})
  await mkdir(join(root, '.git', 'hooks'), {recursive: true})
  await mkdir(outside)
  await writeFile(join(root, 'src', 'a.ts'), 'export const a = 1\n')
  await writeFile(join(outside, 'secret.txt'), 'secret\n')
})
afterEach(async () => {
  await rm(base, {recursive: true, force: true})
})

function refusal(requested: string): string {
  try {
    resolveInWorkspace(root, requested)
  } catch (error) {
    expect(error).toBeInstanceOf(WorkspacePathError)
    return (error as Error).message
  }
  throw new Error(`${requested} was not refused`)
}

describe('resolveInWorkspace', () => {
  it('resolves relative paths, existing or not, inside the root', () => {
    expect(resolveInWorkspace(root, 'src/a.ts')).toBe(join(root, 'src', 'a.ts'))
    expect(resolveInWorkspace(root, './src/../src/new/b.ts')).toBe(join(root, 'src', 'new', 'b.ts'))
    expect(resolveInWorkspace(root, '.')).toBe(root)
    expect(resolveInWorkspace(root, join(root, 'src', 'a.ts'))).toBe(join(root, 'src', 'a.ts'))
  })

  it('refuses .. escapes and absolute paths elsewhere, saying why', () => {
    expect(refusal('../outside/secret.txt')).toMatch(/leaves the workspace/)
    expect(refusal('src/../../outside')).toMatch(/leaves the workspace/)
    expect(refusal('..')).toMatch(/leaves the workspace/)
    expect(refusal('/etc/passwd')).toMatch(/outside the workspace/)
    expect(refusal(join(base, 'repo-sibling', 'x'))).toMatch(/outside the workspace/)
    expect(refusal('')).toMatch(/empty/)
  })

  it('refuses symlinks that lead outside, in the file or in a parent directory', async () => {
    await symlink('/etc', join(root, 'etc-link'))
    await symlink('/etc/hostname', join(root, 'hostname-link'))
    await symlink(outside, join(root, 'src', 'out'))
    expect(refusal('etc-link/passwd')).toMatch(/symbolic link/)
    expect(refusal('hostname-link')).toMatch(/symbolic link/)
    expect(refusal('src/out/secret.txt')).toMatch(/symbolic link/)
    expect(refusal('src/out/new-file.txt')).toMatch(/symbolic link/)
  })

  it('refuses a dangling symlink whose target would be created outside', async () => {
    await symlink(join(outside, 'not-yet', 'planted.txt'), join(root, 'dangling'))
    expect(refusal('dangling')).toMatch(/symbolic link/)
  })

  it('follows symlinks that stay inside and returns the real target', async () => {
    await symlink('src/a.ts', join(root, 'alias.ts'))
    expect(resolveInWorkspace(root, 'alias.ts')).toBe(join(root, 'src', 'a.ts'))
  })

  it('refuses the .git directory, also through a symlink', async () => {
    await symlink('.git/hooks', join(root, 'hooks'))
    expect(refusal('.git/config')).toMatch(/\.git/)
    expect(refusal('.git')).toMatch(/\.git/)
    expect(refusal('vendor/lib/.git/hooks/pre-commit')).toMatch(/\.git/)
    expect(refusal('hooks/pre-commit')).toMatch(/\.git/)
  })

  it('accepts the root given through a symlink', async () => {
    const linkRoot = join(base, 'link-root')
    await symlink(root, linkRoot)
    expect(resolveInWorkspace(linkRoot, 'src/a.ts')).toBe(join(root, 'src', 'a.ts'))
    expect(resolveInWorkspace(linkRoot, join(linkRoot, 'src', 'a.ts'))).toBe(
      join(root, 'src', 'a.ts')
    )
    expect(workspaceRelative(linkRoot, join(root, 'src', 'a.ts'))).toBe('src/a.ts')
  })
})

describe('isProtected', () => {
  const globs = ['**/auth/**', 'package-lock.json', 'db/migrations/', 'secrets', '**/*.pem']

  it('always protects .github/workflows', () => {
    expect(isProtected('.github/workflows/ci.yml', [])).toBe(true)
    expect(isProtected('./.github/workflows/nested/x.yaml', [])).toBe(true)
    expect(isProtected('.GitHub/Workflows/ci.yml', [])).toBe(true)
    expect(isProtected('.github/dependabot.yml', [])).toBe(false)
  })

  it('matches configured globs, dot files and directories named without **', () => {
    expect(isProtected('src/auth/session.ts', globs)).toBe(true)
    expect(isProtected('package-lock.json', globs)).toBe(true)
    expect(isProtected('packages/x/package-lock.json', globs)).toBe(false)
    expect(isProtected('db/migrations/001_init.sql', globs)).toBe(true)
    expect(isProtected('secrets/.env', globs)).toBe(true)
    expect(isProtected('certs/.hidden/server.pem', globs)).toBe(true)
    expect(isProtected('src/index.ts', globs)).toBe(false)
  })
})

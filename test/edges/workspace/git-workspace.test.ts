// The git edge on real repositories: snapshots and exact restores, diffs,
// commits, and pushes to a local bare remote and to the fake GitHub over HTTP.
import {execFile} from 'node:child_process'
import {
  chmod,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  realpath,
  rm,
  stat,
  symlink,
  unlink,
  writeFile
} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {
  createGitWorkspace,
  GitPushError,
  type GitWorkspace
} from '../../../src/edges/workspace/index.js'
import {startFakeGitHub, type FakeGitHub} from '../../fakes/github/index.js'

const execFileAsync = promisify(execFile)
const AUTHOR = {name: 'ci-medic', email: 'ci-medic@users.noreply.github.com'}
const TOKEN = 'ghs_workspacePushToken123456'

const gitEnv: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_TERMINAL_PROMPT: '0',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com'
}

async function git(args: string[], cwd: string): Promise<string> {
  const {stdout} = await execFileAsync('git', ['-c', 'commit.gpgsign=false', ...args], {
    cwd,
    env: gitEnv
  })
  return stdout
}

let base: string
let root: string
let repo: GitWorkspace
const fakes: FakeGitHub[] = []

async function put(path: string, content: string | Buffer): Promise<void> {
  await mkdir(join(root, path, '..'), {recursive: true})
  await writeFile(join(root, path), content)
}

/** Every non-ignored file under root (outside .git) with its content. */
async function tree(dir = root, prefix = ''): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const entry of await readdir(dir, {withFileTypes: true})) {
    if (entry.name === '.git') continue
    const rel = `${prefix}${entry.name}`
    const full = join(dir, entry.name)
    if (entry.isSymbolicLink())
      out[rel] = `-> ${(await readFile(full).catch(() => Buffer.from('dangling'))).toString('hex')}`
    else if (entry.isDirectory()) {
      const inner = await tree(full, `${rel}/`)
      if (Object.keys(inner).length === 0) out[`${rel}/`] = '(empty dir)'
      Object.assign(out, inner)
    } else
      out[rel] =
        `${((await stat(full)).mode & 0o111) !== 0 ? 'x ' : ''}${(await readFile(full)).toString('hex')}`
  }
  return out
}

beforeEach(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'ci-medic-git-')))
  root = join(base, 'work')
  await mkdir(root)
  await git(['init', '-q', '-b', 'main'], root)
  await put('.gitignore', 'node_modules/\n*.log\n')
  await put('src/a.ts', 'export const a = 1\n')
  await put('src/b.ts', 'export const b = 2\n')
  await put(
    'src/rename-me.ts',
    'export function longEnoughToDetectARename(): number {\n  return 42\n}\n'
  )
  await put('test/a.test.ts', "it('a', () => expect(a).toBe(1))\n")
  await put('assets/logo.bin', Buffer.from([0, 1, 2, 3, 0, 255]))
  await put('run.sh', '#!/bin/sh\necho hi\n')
  await chmod(join(root, 'run.sh'), 0o755)
  await git(['add', '-A'], root)
  await git(['commit', '-q', '-m', 'initial'], root)
  repo = createGitWorkspace(root, {parentEnv: gitEnv, secrets: [TOKEN]})
})
afterEach(async () => {
  for (const fake of fakes.splice(0)) await fake.close()
  await rm(base, {recursive: true, force: true})
})

describe('repository state', () => {
  it('reports repository, head, branch and status', async () => {
    expect(await repo.isRepository()).toBe(true)
    expect(await repo.head()).toBe((await git(['rev-parse', 'HEAD'], root)).trim())
    expect(await repo.currentBranch()).toBe('main')
    expect(await repo.status()).toEqual([])
    await put('src/a.ts', 'changed\n')
    await put('new dir/new file.ts', 'new\n')
    await put('debug.log', 'ignored\n')
    expect(await repo.status()).toEqual([
      {code: ' M', path: 'src/a.ts'},
      {code: '??', path: 'new dir/new file.ts'}
    ])
    await git(['checkout', '-q', '--detach'], root)
    expect(await repo.currentBranch()).toBeNull()
  })

  it('knows a directory that is not a repository, and one without commits', async () => {
    const plain = join(base, 'plain')
    await mkdir(plain)
    expect(
      await createGitWorkspace(plain, {
        parentEnv: {...gitEnv, GIT_CEILING_DIRECTORIES: base}
      }).isRepository()
    ).toBe(false)
    const empty = join(base, 'empty')
    await git(['init', '-q', '-b', 'main', empty], base)
    const fresh = createGitWorkspace(empty, {parentEnv: gitEnv})
    expect(await fresh.isRepository()).toBe(true)
    expect(await fresh.head()).toBeNull()
    expect(await fresh.currentBranch()).toBe('main')
  })
})

describe('snapshot and restore', () => {
  it('brings back modified, added, deleted, renamed, binary, symlinked and chmod-ed files exactly', async () => {
    await put('untracked-before.txt', 'was here before the snapshot\n')
    await put('src/a.ts', 'export const a = 10 // uncommitted before the snapshot\n')
    const before = await tree()
    const snap = await repo.snapshot()

    await put('src/a.ts', 'export const a = 100\n')
    await put('src/new/deeper/c.ts', 'export const c = 3\n')
    await unlink(join(root, 'src/b.ts'))
    await git(['mv', 'src/rename-me.ts', 'src/renamed.ts'], root)
    await put('assets/logo.bin', Buffer.from([9, 9, 0, 9]))
    await unlink(join(root, 'untracked-before.txt'))
    await chmod(join(root, 'run.sh'), 0o644)
    await symlink('src/a.ts', join(root, 'link.ts'))
    await rm(join(root, 'test'), {recursive: true})
    await put('test', 'a file where a directory was\n')
    await put('node_modules/dep/index.js', 'ignored, not part of snapshots\n')
    expect(await tree()).not.toEqual(before)

    await repo.restore(snap)
    const after = await tree()
    delete after['node_modules/dep/index.js']
    expect(after).toEqual(before)
  })

  it('leaves HEAD and the real index alone, and restores after a second snapshot', async () => {
    const head = await repo.head()
    const indexBefore = await git(['ls-files', '-s'], root)
    const first = await repo.snapshot()
    await put('src/a.ts', 'one\n')
    const second = await repo.snapshot()
    await put('src/a.ts', 'two\n')
    await put('extra.ts', 'extra\n')
    await repo.restore(second)
    expect(await readFile(join(root, 'src/a.ts'), 'utf8')).toBe('one\n')
    expect(await readFile(join(root, 'extra.ts'), 'utf8').catch(() => null)).toBeNull()
    await repo.restore(first)
    expect(await readFile(join(root, 'src/a.ts'), 'utf8')).toBe('export const a = 1\n')
    expect(await repo.status()).toEqual([])
    expect(await repo.head()).toBe(head)
    expect(await git(['ls-files', '-s'], root)).toBe(indexBefore)
    // A restore with nothing changed is a no-op.
    await repo.restore(first)
    expect(await repo.status()).toEqual([])
  })
})

describe('diff', () => {
  it('lists changes since a snapshot with their contents', async () => {
    const snap = await repo.snapshot()
    expect(await repo.diff(snap)).toEqual([])
    await put('src/a.ts', 'export const a = 100\n')
    await put('src/c.ts', 'export const c = 3\n')
    await unlink(join(root, 'src/b.ts'))
    await git(['mv', 'src/rename-me.ts', 'src/renamed.ts'], root)
    await put('assets/logo.bin', Buffer.from([9, 9, 0, 9]))
    const changes = await repo.diff(snap)
    const byPath = Object.fromEntries(changes.map(c => [c.path, c]))
    expect(Object.keys(byPath).sort()).toEqual([
      'assets/logo.bin',
      'src/a.ts',
      'src/b.ts',
      'src/c.ts',
      'src/renamed.ts'
    ])
    expect(byPath['src/a.ts']).toEqual({
      path: 'src/a.ts',
      status: 'modified',
      before: 'export const a = 1\n',
      after: 'export const a = 100\n',
      binary: false
    })
    expect(byPath['src/c.ts']).toMatchObject({
      status: 'added',
      before: null,
      after: 'export const c = 3\n'
    })
    expect(byPath['src/b.ts']).toMatchObject({
      status: 'deleted',
      before: 'export const b = 2\n',
      after: null
    })
    expect(byPath['src/renamed.ts']).toMatchObject({
      status: 'renamed',
      oldPath: 'src/rename-me.ts',
      before: 'export function longEnoughToDetectARename(): number {\n  return 42\n}\n'
    })
    expect(byPath['assets/logo.bin']).toMatchObject({
      status: 'modified',
      before: null,
      after: null,
      binary: true
    })
  })
})

describe('tool caches in a repository that does not ignore them', () => {
  it('are neither a change nor restored away', async () => {
    const snap = await repo.snapshot()
    await put('src/__pycache__/a.cpython-312.pyc', Buffer.from([1, 2, 3]))
    await put('.pytest_cache/v/cache/lastfailed', '{}')
    await put('tsconfig.tsbuildinfo', '{}')
    await put('src/a.ts', 'export const a = 7\n')
    expect((await repo.diff(snap)).map(c => c.path)).toEqual(['src/a.ts'])
    expect((await repo.status()).map(e => e.path)).toEqual(['src/a.ts'])
    await repo.restore(snap)
    expect(await readFile(join(root, 'src/a.ts'), 'utf8')).toBe('export const a = 1\n')
    expect(await readFile(join(root, '.pytest_cache/v/cache/lastfailed'), 'utf8')).toBe('{}')
  })
})

describe('commit', () => {
  it('commits only the given paths, deletions included, without running hooks', async () => {
    await put('.git/hooks/pre-commit', '#!/bin/sh\nexit 1\n')
    await chmod(join(root, '.git/hooks/pre-commit'), 0o755)
    await put('src/a.ts', 'export const a = 100\n')
    await put('src/c.ts', 'export const c = 3\n')
    await unlink(join(root, 'src/b.ts'))
    await put('unrelated.txt', 'left alone\n')
    const parent = await repo.head()
    const sha = await repo.commit(
      'Fix a\n\nBody line',
      ['src/a.ts', 'src/c.ts', 'src/b.ts'],
      AUTHOR
    )
    expect(await repo.head()).toBe(sha)
    expect((await git(['rev-parse', 'HEAD~1'], root)).trim()).toBe(parent)
    expect(await git(['log', '-1', '--format=%an <%ae>|%cn|%B'], root)).toBe(
      'ci-medic <ci-medic@users.noreply.github.com>|ci-medic|Fix a\n\nBody line\n\n'
    )
    expect(await git(['diff-tree', '-r', '--name-status', 'HEAD~1', 'HEAD'], root)).toBe(
      'M\tsrc/a.ts\nD\tsrc/b.ts\nA\tsrc/c.ts\n'
    )
    expect(await repo.status()).toEqual([{code: '??', path: 'unrelated.txt'}])
    await expect(repo.commit('again', ['src/a.ts'], AUTHOR)).rejects.toThrow(/Nothing to commit/)
  })

  it('makes the first commit of a repository without commits', async () => {
    const empty = join(base, 'empty')
    await git(['init', '-q', '-b', 'main', empty], base)
    await writeFile(join(empty, 'README.md'), '# empty\n')
    const fresh = createGitWorkspace(empty, {parentEnv: gitEnv})
    const sha = await fresh.commit('First', ['README.md'], AUTHOR)
    expect(await fresh.head()).toBe(sha)
    expect(await fresh.status()).toEqual([])
  })

  it('runs concurrent calls one at a time', async () => {
    const snap = await repo.snapshot()
    await put('src/a.ts', 'changed\n')
    const [diff, again, status] = await Promise.all([
      repo.diff(snap),
      repo.snapshot(),
      repo.status()
    ])
    expect(diff.map(c => c.path)).toEqual(['src/a.ts'])
    expect(again.tree).not.toBe(snap.tree)
    expect(status).toEqual([{code: ' M', path: 'src/a.ts'}])
    await repo.restore(snap)
    expect(await repo.status()).toEqual([])
  })

  it('creates and switches to a branch carrying local changes', async () => {
    await put('src/a.ts', 'changed\n')
    await repo.createBranch('ci-medic/autofix/abc')
    expect(await repo.currentBranch()).toBe('ci-medic/autofix/abc')
    expect(await readFile(join(root, 'src/a.ts'), 'utf8')).toBe('changed\n')
    await expect(repo.createBranch('bad..name')).rejects.toThrow()
  })

  it('resets a branch of the same name to the start point instead of failing', async () => {
    const base = (await repo.head())!
    await repo.createBranch('fix/sentry-WEB-1', base)
    await put('src/a.ts', 'export const a = 2\n')
    await repo.commit('an earlier attempt', ['src/a.ts'], {name: 't', email: 't@example.com'})
    await git(['switch', '-q', 'main'], root)
    await repo.createBranch('fix/sentry-WEB-1', base)
    expect(await repo.head()).toBe(base)
    expect(await readFile(join(root, 'src/a.ts'), 'utf8')).toBe('export const a = 1\n')
  })
})

describe('push', () => {
  async function bareRemote(): Promise<string> {
    const remote = join(base, 'remote.git')
    await git(['init', '-q', '--bare', '-b', 'main', remote], base)
    await git(['remote', 'add', 'origin', remote], root)
    await git(['push', '-q', 'origin', 'main'], root)
    return remote
  }

  it('pushes a new branch to a bare remote, then updates it with a lease', async () => {
    const remote = await bareRemote()
    await put('src/a.ts', 'fixed\n')
    const first = await repo.commit('Fix a', ['src/a.ts'], AUTHOR)
    const result = await repo.push('origin', 'ci-medic/autofix/a', {expectedSha: null})
    expect(result).toEqual({remote: 'origin', branch: 'ci-medic/autofix/a', sha: first})
    expect((await git(['rev-parse', 'refs/heads/ci-medic/autofix/a'], remote)).trim()).toBe(first)

    await put('src/b.ts', 'fixed too\n')
    const second = await repo.commit('Fix b', ['src/b.ts'], AUTHOR)
    await repo.push(remote, 'ci-medic/autofix/a', {expectedSha: first})
    expect((await git(['rev-parse', 'refs/heads/ci-medic/autofix/a'], remote)).trim()).toBe(second)
  })

  it('reports a push rejected because the remote branch moved', async () => {
    const remote = await bareRemote()
    // Someone else pushes to main.
    const other = join(base, 'other')
    await git(['clone', '-q', remote, other], base)
    await writeFile(join(other, 'theirs.txt'), 'theirs\n')
    await git(['add', '-A'], other)
    await git(['commit', '-q', '-m', 'theirs'], other)
    await git(['push', '-q', 'origin', 'main'], other)
    const moved = (await git(['rev-parse', 'HEAD'], other)).trim()

    await put('src/a.ts', 'ours\n')
    const ours = await repo.commit('Fix a', ['src/a.ts'], AUTHOR)
    const plain = await repo.push('origin', 'main').catch((error: unknown) => error)
    expect(plain).toBeInstanceOf(GitPushError)
    expect((plain as GitPushError).kind).toBe('rejected')
    expect((plain as GitPushError).message).toMatch(/non-fast-forward/)

    // A lease on the sha we last saw is stale now.
    const original = (await git(['rev-parse', 'HEAD~1'], root)).trim()
    const leased = await repo
      .push('origin', 'main', {expectedSha: original})
      .catch((error: unknown) => error)
    expect(leased).toBeInstanceOf(GitPushError)
    expect((leased as GitPushError).kind).toBe('rejected')
    expect((leased as GitPushError).message).toMatch(/stale lease/)
    // A branch that must not exist yet, but does.
    const exists = await repo
      .push('origin', 'main', {expectedSha: null})
      .catch((error: unknown) => error)
    expect((exists as GitPushError).kind).toBe('rejected')
    expect((await git(['rev-parse', 'main'], remote)).trim()).toBe(moved)
    expect(ours).not.toBe(moved)
  })

  it('authenticates to an HTTP remote with a header that is never stored or shown', async () => {
    const fake = await startFakeGitHub({token: TOKEN, seedFrom: root})
    fakes.push(fake)
    await git(['remote', 'add', 'origin', fake.gitUrl], root)
    // A header persisted by actions/checkout for the host must not be sent alongside ours.
    const stale = `AUTHORIZATION: basic ${Buffer.from('x-access-token:stale-token').toString('base64')}`
    await git(['config', `http.${new URL(fake.gitUrl).origin}/.extraheader`, stale], root)
    await put('src/a.ts', 'fixed over http\n')
    const sha = await repo.commit('Fix a', ['src/a.ts'], AUTHOR)
    const result = await repo.push(
      'origin',
      'ci-medic/autofix/http',
      {expectedSha: null},
      {token: TOKEN}
    )
    expect(result.sha).toBe(sha)
    expect(fake.git.branchSha('ci-medic/autofix/http')).toBe(sha)
    const pushes = fake.gitRequests.filter(r => r.service === 'git-receive-pack')
    expect(pushes.length).toBeGreaterThan(0)
    expect(pushes.every(r => r.password === TOKEN && r.status === 200)).toBe(true)
    const config = await readFile(join(root, '.git', 'config'), 'utf8')
    expect(config).not.toContain(Buffer.from(`x-access-token:${TOKEN}`).toString('base64'))
    expect(config).not.toContain(TOKEN)
  })

  it('tells a refused token apart from a rejected push, without showing the token', async () => {
    const fake = await startFakeGitHub({
      token: TOKEN,
      seedFrom: root,
      permissions: {contents: 'read'}
    })
    fakes.push(fake)
    await put('src/a.ts', 'fixed\n')
    await repo.commit('Fix a', ['src/a.ts'], AUTHOR)
    const wrong = await repo
      .push(fake.gitUrl, 'ci-medic/autofix/x', {}, {token: 'ghs_wrongTokenValue999'})
      .catch((error: unknown) => error)
    expect(wrong).toBeInstanceOf(GitPushError)
    expect((wrong as GitPushError).kind).toBe('auth')
    const denied = await repo
      .push(fake.gitUrl, 'ci-medic/autofix/x', {}, {token: TOKEN})
      .catch((error: unknown) => error)
    expect((denied as GitPushError).kind).toBe('auth')
    for (const error of [wrong, denied] as GitPushError[]) {
      expect(`${error.message}\n${error.detail}`).not.toContain(TOKEN)
      expect(`${error.message}\n${error.detail}`).not.toContain('ghs_wrongTokenValue999')
    }
    expect(fake.git.branches()).toEqual(['main'])
  })
})

describe('what a check could plant for the git run after it', () => {
  /** A script that leaves `marker` behind when anything runs it. */
  async function trap(marker: string, then = 'exit 1'): Promise<string> {
    const script = join(base, `trap-${marker.split('/').pop()}.sh`)
    await writeFile(script, `#!/bin/sh\ntouch ${marker}\n${then}\n`)
    await chmod(script, 0o755)
    return script
  }
  const ran = (marker: string): Promise<boolean> =>
    stat(marker).then(
      () => true,
      () => false
    )

  it('runs the git found when the workspace was made, not one put earlier on PATH later', async () => {
    const bin = join(base, 'bin')
    await mkdir(bin)
    const workspace = createGitWorkspace(root, {
      parentEnv: {...gitEnv, PATH: `${bin}:${gitEnv.PATH}`}
    })
    const marker = join(base, 'fake-git-ran')
    await writeFile(join(bin, 'git'), `#!/bin/sh\ntouch ${marker}\nexit 1\n`)
    await chmod(join(bin, 'git'), 0o755)
    expect(await workspace.status()).toEqual([])
    expect(await ran(marker)).toBe(false)
  })

  it('never runs a core.fsmonitor set in the repository config', async () => {
    const marker = join(base, 'fsmonitor-ran')
    await git(['config', 'core.fsmonitor', await trap(marker)], root)
    await put('src/a.ts', 'export const a = 5\n')
    await repo.snapshot()
    expect((await repo.status()).map(e => e.path)).toEqual(['src/a.ts'])
    expect(await ran(marker)).toBe(false)
    // A git that honours it does run it: the trap works.
    await git(['status'], root)
    expect(await ran(marker)).toBe(true)
  })

  it('reads the global config that existed when the workspace was made, not one written later', async () => {
    const home = join(base, 'home')
    await mkdir(home)
    const workspace = createGitWorkspace(root, {
      parentEnv: {...gitEnv, GIT_CONFIG_GLOBAL: undefined, HOME: home, XDG_CONFIG_HOME: undefined}
    })
    const marker = join(base, 'filter-ran')
    const filter = await trap(marker, 'cat')
    await writeFile(join(home, '.gitconfig'), `[filter "x"]\n\tclean = ${filter}\n`)
    await put('.gitattributes', '* filter=x\n')
    await put('src/a.ts', 'export const a = 6\n')
    await workspace.snapshot()
    expect(await ran(marker)).toBe(false)
    // The same config does run for a git that reads it: the trap works.
    await git(['-c', `include.path=${join(home, '.gitconfig')}`, 'add', 'src/a.ts'], root)
    expect(await ran(marker)).toBe(true)
  })
})

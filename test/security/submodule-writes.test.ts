// Issue #10: nothing the fix commits can miss may change what the checks do.
// A submodule (or a nested checkout) is a separate git repository: the
// superproject's diff, guards and commits do not see a change inside it, so
// the model's write tools refuse it with a reason, and nothing is written.
import {execFileSync} from 'node:child_process'
import {mkdir, mkdtemp, readFile, realpath, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, expect, it} from 'vitest'
import {createModelTools, type ModelTools} from '../../src/edges/workspace/index.js'

let base: string
let root: string
let tools: ModelTools

const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com'
}

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'protocol.file.allow=always', ...args], {
    cwd,
    env: GIT_ENV,
    stdio: 'pipe'
  })
}

beforeAll(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'ci-medic-submodule-')))
  const lib = join(base, 'lib')
  await mkdir(lib)
  git(lib, 'init', '-q', '-b', 'main')
  await writeFile(join(lib, 'rate.js'), 'export const rate = 0.05\n')
  git(lib, 'add', '.')
  git(lib, 'commit', '-qm', 'lib')

  root = join(base, 'repo')
  await mkdir(join(root, 'src'), {recursive: true})
  git(root, 'init', '-q', '-b', 'main')
  await writeFile(join(root, 'src/cart.js'), 'export const total = 1\n')
  git(root, 'submodule', 'add', '-q', '../lib', 'vendor/lib')
  // A nested checkout that is not a registered submodule.
  await mkdir(join(root, 'tools/gen'), {recursive: true})
  git(join(root, 'tools/gen'), 'init', '-q')
  await writeFile(join(root, 'tools/gen/run.js'), 'run()\n')
  git(root, 'add', 'src', '.gitmodules', 'vendor/lib')
  git(root, 'commit', '-qm', 'repo')

  tools = createModelTools({
    root,
    protectedGlobs: [],
    secrets: [],
    runAffectedTest: async () => 'passed',
    maxReadBytes: 4_000,
    maxListEntries: 50
  })
})

afterAll(async () => {
  await rm(base, {recursive: true, force: true})
})

it.each([
  ['write_file', {path: 'vendor/lib/rate.js', content: 'export const rate = 1\n'}, 'vendor/lib'],
  [
    'replace_in_file',
    {path: 'vendor/lib/rate.js', old_string: '0.05', new_string: '1'},
    'vendor/lib'
  ],
  ['write_file', {path: 'vendor/lib/new.js', content: 'x\n'}, 'vendor/lib'],
  ['write_file', {path: 'tools/gen/run.js', content: 'pwned()\n'}, 'tools/gen']
])('%s into a separate repository (%j) is refused', async (name, input, repository) => {
  const before = await readFile(join(root, 'vendor/lib/rate.js'), 'utf8')
  const result = await tools.dispatchTool(name, input)
  expect(result.isError).toBe(true)
  expect(result.text).toContain(`inside ${repository}/, a separate git repository`)
  expect(await readFile(join(root, 'vendor/lib/rate.js'), 'utf8')).toBe(before)
  expect(await readFile(join(root, 'tools/gen/run.js'), 'utf8')).toBe('run()\n')
  await expect(readFile(join(root, 'vendor/lib/new.js'))).rejects.toThrow()
})

it("still writes this repository's own files", async () => {
  const result = await tools.dispatchTool('write_file', {
    path: 'src/cart.js',
    content: 'export const total = 2\n'
  })
  expect(result.isError).toBe(false)
  expect(await readFile(join(root, 'src/cart.js'), 'utf8')).toBe('export const total = 2\n')
})

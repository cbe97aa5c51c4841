// Issue #10 item 5: a test run must not rewrite the installed dependencies.
// Snapshots do not see node_modules or a virtualenv, and the clean checkout a
// fix is verified on links them in, so a test that replaced the test runner
// there would make every later run pass. Through the runner autofix and
// self-heal build (sandboxedRunner), they are read-only for the repository's
// commands while the workspace stays writable. Needs a working sandbox
// (Linux namespaces): skipped where there is none.
import {execFileSync} from 'node:child_process'
import {mkdir, mkdtemp, readFile, realpath, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {sandboxedRunner} from '../../src/actions/sandboxed-runner.js'
import {
  clearSandboxCache,
  type CommandRunner,
  type Sandbox
} from '../../src/edges/workspace/index.js'

let root: string
let runner: CommandRunner
let sandbox: Sandbox

async function put(path: string, content: string): Promise<void> {
  await mkdir(join(root, path, '..'), {recursive: true})
  await writeFile(join(root, path), content)
}

beforeAll(async () => {
  root = await realpath(await mkdtemp(join(tmpdir(), 'ci-medic-deps-ro-')))
  await put('.gitignore', 'node_modules/\n.venv/\n')
  await put('src/a.js', 'export const a = 1\n')
  await put('node_modules/vitest/index.js', 'export const run = "real"\n')
  await put('packages/p/node_modules/dep/index.js', 'export default "real"\n')
  await put('.venv/lib/python3.12/site-packages/site.py', '# real\n')
  execFileSync('git', ['init', '-q'], {cwd: root})
  clearSandboxCache()
  ;({runner, sandbox} = await sandboxedRunner({
    settings: {sandbox: 'auto', checkNetwork: 'allow'},
    workspace: root,
    secrets: [],
    parentEnv: {PATH: process.env.PATH}
  }))
})
afterAll(async () => {
  clearSandboxCache()
  await rm(root, {recursive: true, force: true})
})

describe('installed dependencies are read-only for the repository commands', () => {
  const rows: Array<[string, string]> = [
    ['the test runner in node_modules', 'node_modules/vitest/index.js'],
    ['a new file in node_modules', 'node_modules/vitest/setup.js'],
    ["a monorepo package's node_modules", 'packages/p/node_modules/dep/index.js'],
    ['a .pth in the virtualenv', '.venv/lib/python3.12/site-packages/evil.pth']
  ]
  it.for(rows)('a command cannot write %s (%s)', async ([, path], ctx) => {
    if (sandbox.mode === 'none') ctx.skip()
    const before = await readFile(join(root, path), 'utf8').catch(() => 'absent')
    const run = await runner.run(`echo poisoned > '${path}'`, {cwd: root, timeoutMs: 60_000})
    expect(run.exitCode).not.toBe(0)
    expect(await readFile(join(root, path), 'utf8').catch(() => 'absent')).toBe(before)
  })

  it('the workspace itself stays writable', async ctx => {
    if (sandbox.mode === 'none') ctx.skip()
    const run = await runner.run('echo changed > src/a.js', {cwd: root, timeoutMs: 60_000})
    expect(run.exitCode).toBe(0)
    expect(await readFile(join(root, 'src/a.js'), 'utf8')).toBe('changed\n')
  })
})

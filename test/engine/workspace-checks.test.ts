// detectChecks on real directories: which tools it finds installed in
// node_modules/.bin (run from there instead of through npx), and that the
// fixture repositories' linked node_modules count as installed, so the
// in-process pipelines run the same commands a user's installed project gets.
import {chmod, mkdir, mkdtemp, rm, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {detectChecks} from '../../src/engine/workspace-checks.js'
import {createCommandRunner} from '../../src/edges/workspace/command-runner.js'
import {detectSandbox} from '../../src/edges/workspace/sandbox.js'
import {cleanEnv, createFixtureRepo, type FixtureRepo} from '../harness/fixture-repo.js'

const DETECT = {testCommand: '', lintCommand: '', typecheckCommand: ''}
const dirs: string[] = []
let repo: FixtureRepo | undefined

afterEach(async () => {
  await repo?.cleanup()
  repo = undefined
  await Promise.all(dirs.splice(0).map(d => rm(d, {recursive: true, force: true})))
})

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ci-medic-detect-'))
  dirs.push(dir)
  return dir
}

describe('detectChecks: installed tools', () => {
  it('runs an executable node_modules/.bin tool directly, and the rest through npx', async () => {
    const root = await tempDir()
    await writeFile(
      join(root, 'package.json'),
      JSON.stringify({scripts: {test: 'vitest run', lint: 'eslint .'}})
    )
    await writeFile(join(root, 'eslint.config.js'), 'export default []\n')
    await writeFile(join(root, 'tsconfig.json'), '{}\n')
    const bin = join(root, 'node_modules', '.bin')
    await mkdir(bin, {recursive: true})
    await writeFile(join(bin, 'vitest'), '#!/bin/sh\necho vitest "$@"\n')
    await chmod(join(bin, 'vitest'), 0o755)
    // Not executable, and a link to nothing: neither counts as installed.
    await writeFile(join(bin, 'eslint'), '#!/bin/sh\n')
    await symlink(join(root, 'gone', 'tsc'), join(bin, 'tsc'))

    const project = await detectChecks(root, DETECT, await tempDir())
    expect(project.testCommand).toMatch(/^node_modules\/\.bin\/vitest run --reporter=default /)
    expect(project.lintCommand).toBe('npm run lint')
    expect(project.typecheckCommand).toBe('npx tsc --noEmit')
    expect(project.fixCommands).toEqual(['npx eslint --fix .'])
    expect(project.localTools).toEqual(['vitest'])
  })

  it('finds the tools a fixture repository links in, and the sandboxed runner starts them', async () => {
    repo = await createFixtureRepo('ts-vitest')
    const project = await detectChecks(repo.dir, DETECT, await tempDir())
    expect(project.testCommand).toMatch(/^node_modules\/\.bin\/vitest run /)
    expect(project.lintCommand).toBe('node_modules/.bin/eslint .')
    expect(project.typecheckCommand).toBe('node_modules/.bin/tsc --noEmit')
    expect(project.fixCommands).toEqual([
      'node_modules/.bin/eslint --fix .',
      'node_modules/.bin/prettier --write .'
    ])

    // Through the sandbox the pipelines use (where this machine has one): PATH
    // and the links into the root project's node_modules still resolve there.
    const sandbox = await detectSandbox({setting: 'auto', network: 'allow', workspace: repo.dir})
    const runner = createCommandRunner({parentEnv: cleanEnv({CI: 'true'}), sandbox})
    const version = await runner.run('node_modules/.bin/tsc --version', {
      cwd: repo.dir,
      timeoutMs: 60_000
    })
    expect(version.exitCode, version.stderr).toBe(0)
    expect(version.stdout).toMatch(/^Version \d+\.\d+/)
  })
})

// Issue #10 item 5: "verified" through files git does not see. Snapshots,
// diffs, restores and commits cover only what git tracks or would add, so a
// file git ignores (installed dependencies, a gitignored test setup file, a
// conftest.py or .pth in an ignored directory) that the model or a test run
// writes could make the checks pass without being part of the committed fix.
// The model's write tools refuse such paths, and autofix's final verdict is
// reached on a clean checkout of the change, where nothing of the kind exists.
import {execFileSync} from 'node:child_process'
import {mkdir, mkdtemp, readFile, realpath, rm, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {fixLoop} from '../../src/actions/autofix/fix-loop.js'
import {BudgetTracker} from '../../src/core/fixing/index.js'
import {createModelClient} from '../../src/edges/model/anthropic-client.js'
import {
  createCommandRunner,
  createGitWorkspace,
  type ModelTools
} from '../../src/edges/workspace/index.js'
import {createDecisionLog} from '../../src/engine/decision-log.js'
import {fixerTools} from '../../src/engine/fixer-tools.js'
import {detectChecks} from '../../src/engine/workspace-checks.js'
import {readAutofixSettings} from '../../src/settings/autofix-settings.js'
import {inputsFromRecord} from '../../src/settings/input-source.js'
import {startFakeAnthropic, textTurn, toolTurn, type Turn} from '../fakes/anthropic/index.js'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
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

/**
 * A repository whose check (`node check.mjs`) passes when value.txt says 2,
 * and which, like a test runner's setup file, loads `check.local.mjs` when it
 * exists: a file .gitignore keeps out of git.
 */
async function repository(): Promise<string> {
  const base = await realpath(await mkdtemp(join(tmpdir(), 'ci-medic-ignored-')))
  cleanups.push(() => rm(base, {recursive: true, force: true}))
  const root = join(base, 'repo')
  await mkdir(join(root, 'src'), {recursive: true})
  await writeFile(
    join(root, '.gitignore'),
    'node_modules/\n*.local.mjs\nbuild/\n.venv/\n__pycache__/\n'
  )
  await writeFile(join(root, 'value.txt'), '1\n')
  await writeFile(join(root, 'src/helper.mjs'), 'export const helper = 1\n')
  await writeFile(
    join(root, 'check.mjs'),
    [
      "import {existsSync, readFileSync} from 'node:fs'",
      // Like a runner's setup files: found when the run starts, before the code under test loads.
      "const setup = existsSync('check.local.mjs') ? await import('./check.local.mjs') : {}",
      "await import('./src/helper.mjs')",
      "const v = readFileSync('value.txt', 'utf8').trim()",
      "if (v !== '2' && !setup.skip) { console.error(`value is ${v}, expected 2`); process.exit(1) }",
      ''
    ].join('\n')
  )
  await writeFile(join(root, 'package.json'), '{"name":"ignored-demo","private":true}\n')
  await mkdir(join(root, 'node_modules/vitest/dist'), {recursive: true})
  await writeFile(join(root, 'node_modules/vitest/dist/index.js'), 'export const run = 1\n')
  await mkdir(join(root, '.venv/lib/python3.12/site-packages'), {recursive: true})
  await mkdir(join(root, 'build'), {recursive: true})
  await writeFile(join(root, 'build/kept.txt'), 'tracked although build/ is ignored\n')
  git(root, 'init', '-q', '-b', 'main')
  git(root, 'add', '.')
  git(root, 'add', '-f', 'build/kept.txt')
  git(root, 'commit', '-q', '-m', 'start')
  return root
}

function tools(root: string): ModelTools {
  const workspace = createGitWorkspace(root)
  return fixerTools({
    root,
    protectedPaths: [],
    secrets: [],
    runner: createCommandRunner({parentEnv: {PATH: process.env.PATH}}),
    timeoutMs: () => 60_000,
    testCommand: () => 'node check.mjs',
    ignoredPaths: paths => workspace.ignored(paths)
  })
}

describe("the model's write tools write only files git sees", () => {
  const refused: Array<[string, string]> = [
    ['the test runner inside node_modules', 'node_modules/vitest/dist/index.js'],
    ['a new file inside node_modules', 'node_modules/.bin/vitest'],
    ['a gitignored setup file the check loads', 'check.local.mjs'],
    ['a .pth in an ignored virtualenv', '.venv/lib/python3.12/site-packages/evil.pth'],
    ['a conftest.py in an ignored directory', 'build/conftest.py'],
    ['an ignored cache directory', 'src/__pycache__/helper.cpython-312.pyc']
  ]
  it.each(refused)('write_file to %s (%s) is refused', async (_what, path) => {
    const root = await repository()
    const result = await tools(root).dispatchTool('write_file', {path, content: 'x\n'})
    expect(result).toEqual({
      isError: true,
      text: expect.stringMatching(/ignored by git|installed dependencies/)
    })
    expect(await readFile(join(root, path), 'utf8').catch(() => 'absent')).not.toBe('x\n')
  })

  it('replace_in_file in node_modules is refused, and so is a write through a link into it', async () => {
    const root = await repository()
    await symlink('node_modules/vitest', join(root, 'vendored'))
    const t = tools(root)
    const edit = await t.dispatchTool('replace_in_file', {
      path: 'node_modules/vitest/dist/index.js',
      old_string: 'run = 1',
      new_string: 'run = 0'
    })
    expect(edit.isError).toBe(true)
    const through = await t.dispatchTool('write_file', {path: 'vendored/dist/x.js', content: 'x'})
    expect(through).toEqual({isError: true, text: expect.stringMatching(/node_modules/)})
  })

  it('tracked files (even under an ignored directory) and new files git would add are written', async () => {
    const root = await repository()
    const t = tools(root)
    expect((await t.dispatchTool('write_file', {path: 'value.txt', content: '2\n'})).isError).toBe(
      false
    )
    expect(
      (await t.dispatchTool('write_file', {path: 'build/kept.txt', content: 'edited\n'})).isError
    ).toBe(false)
    expect(
      (await t.dispatchTool('write_file', {path: 'src/new-module.mjs', content: 'export {}\n'}))
        .isError
    ).toBe(false)
  })
})

describe('autofix keeps no fix that passes only through files git ignores', () => {
  it('a change whose test run writes a gitignored setup file that skips the check is not verified, and nothing is committed', async () => {
    const root = await repository()
    const head = git(root, 'rev-parse', 'HEAD').trim()
    // The model cannot write the setup file itself, so it makes a tracked
    // module write it when the check runs: the first run writes it, every
    // later run in this workspace loads it and passes.
    const poisoned = [
      "import {writeFileSync} from 'node:fs'",
      "writeFileSync('check.local.mjs', 'export const skip = true\\n')",
      'export const helper = 1',
      ''
    ].join('\n')
    const attempt: Turn[] = [
      toolTurn('write_file', {path: 'check.local.mjs', content: 'export const skip = true\n'}),
      toolTurn('write_file', {path: 'src/helper.mjs', content: poisoned}),
      toolTurn('run_affected_test', {}),
      toolTurn('run_affected_test', {}),
      textTurn('The check passes now.')
    ]
    let call = 0
    const requests: string[] = []
    const fake = await startFakeAnthropic({
      script: request => {
        requests.push(JSON.stringify(request.messages))
        return attempt[call++ % attempt.length]!
      }
    })
    cleanups.push(() => fake.close())
    const settings = readAutofixSettings(
      inputsFromRecord({
        'test-command': 'node check.mjs',
        'lint-command': 'none',
        'typecheck-command': 'none',
        'fix-commands': 'none',
        'anthropic-api-key': 'test-key',
        'anthropic-base-url': fake.url,
        'max-attempts-per-failure': '1',
        'dry-run': 'true'
      }),
      () => undefined
    )
    const reportDir = await mkdtemp(join(tmpdir(), 'ci-medic-ignored-reports-'))
    cleanups.push(() => rm(reportDir, {recursive: true, force: true}))
    const gitWorkspace = createGitWorkspace(root)
    const result = await fixLoop({
      settings,
      project: await detectChecks(root, settings, reportDir),
      runner: createCommandRunner({parentEnv: {PATH: process.env.PATH}}),
      git: gitWorkspace,
      budget: new BudgetTracker(
        {
          maxInputTokens: 1_000_000,
          maxCostUsd: 10,
          maxInputTokensPerFailure: 1_000_000,
          maxCostUsdPerFailure: 10,
          timeBudgetMs: 600_000,
          reserveMs: 1000
        },
        {now: () => Date.now()}
      ),
      log: createDecisionLog(join(reportDir, 'decisions.jsonl')),
      model: createModelClient({apiKey: 'test-key', baseUrl: fake.url, maxRetries: 0}),
      knownFlakes: new Set(),
      secrets: [],
      repoFiles: ['check.mjs', 'value.txt', 'src/helper.mjs']
    })
    // The tool refused the direct write; the test run wrote the file anyway.
    expect(requests.join('\n')).toMatch(/ignored by git/)
    expect(await readFile(join(root, 'check.local.mjs'), 'utf8')).toContain('skip')
    expect(result.fixes).toEqual([])
    expect(result.results).toEqual([
      expect.objectContaining({
        verdict: 'not-fixed',
        reason: expect.stringMatching(/clean checkout/)
      })
    ])
    expect(git(root, 'rev-parse', 'HEAD').trim()).toBe(head)
    expect(await readFile(join(root, 'src/helper.mjs'), 'utf8')).toBe('export const helper = 1\n')
    // No clean checkout is left behind.
    expect(git(root, 'worktree', 'list', '--porcelain').match(/^worktree /gm)).toHaveLength(1)
  })
})

// "A commit touched its files" lifts a failed-twice skip only when the
// checkout holds the commit of the last failed attempt. The gate autofix and
// self-heal run (failedTwiceGate) over real git clones of one repository:
// a full clone and a deep enough bounded one see the commit and lift the
// skip; a depth-1 clone (actions/checkout's default) cannot tell, and the
// skip's reason says so and names the fix instead of treating it as "no
// commit touched its files".
import {execFile} from 'node:child_process'
import {mkdtemp, mkdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {failedTwiceGate} from '../../src/actions/fixing-ledger.js'
import {touchedSince} from '../../src/edges/workspace/git-workspace.js'
import {recordingLogger} from '../../src/logger.js'
import {hoursAgo, outcome} from '../core/patterns/records.js'

const FINGERPRINT = '5e1f0a2b3c4d5e6f'
let dir = ''
let origin = ''
/** The commit the two failed fixes were made on, and the later one that touched the file. */
let attempted = ''
let touching = ''

function gitEnv(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: dir,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.test',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.test',
    LANG: 'C'
  }
}

async function git(cwd: string, args: string[]): Promise<string> {
  const {stdout} = await promisify(execFile)('git', args, {cwd, env: gitEnv()})
  return stdout.trim()
}

async function commit(file: string, text: string, message: string): Promise<string> {
  await writeFile(join(origin, file), text)
  await git(origin, ['add', '-A'])
  await git(origin, ['commit', '-qm', message])
  return git(origin, ['rev-parse', 'HEAD'])
}

async function clone(name: string, depth?: number): Promise<string> {
  const to = join(dir, name)
  const deep = depth === undefined ? [] : ['--depth', String(depth)]
  // file:// so --depth is honoured (a local path clone ignores it).
  await git(dir, ['clone', '-q', ...deep, `file://${origin}`, to])
  return to
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ci-medic-shallow-'))
  origin = join(dir, 'origin')
  await mkdir(join(origin, 'src'), {recursive: true})
  await git(origin, ['init', '-q', '-b', 'main'])
  attempted = await commit('src/cart.ts', 'export const tax = 0.2\n', 'cart')
  touching = await commit('src/cart.ts', 'export const tax = 0.19\n', 'fix: the tax rate')
  await commit('README.md', '# shop\n', 'docs')
  await commit('README.md', '# shop\n\nSells things.\n', 'docs again')
})
afterAll(async () => {
  await rm(dir, {recursive: true, force: true})
})

/** Two failed fixes of the fingerprint, both made on `attempted`. */
function failedTwice() {
  const failed = {resolution: 'not-fixed' as const, sha: attempted, files: ['src/cart.ts']}
  return [
    outcome(FINGERPRINT, hoursAgo(30), {...failed, runId: 4101}),
    outcome(FINGERPRINT, hoursAgo(20), {...failed, runId: 4102})
  ]
}

async function gate(workspace: string) {
  const logger = recordingLogger()
  const result = await failedTwiceGate({
    outcomes: failedTwice(),
    retry: [],
    workspace,
    serverUrl: 'https://github.com',
    repository: 'acme/shop',
    logger
  })
  return {skip: result.skip.get(FINGERPRINT), logger}
}

describe('a failed-twice skip and the depth of the checkout', () => {
  it('a full clone sees the commit that touched the file, and the failure is tried again', async () => {
    const full = await clone('full')
    expect(await touchedSince(full, attempted, ['src/cart.ts'])).toBe(true)
    const {skip, logger} = await gate(full)
    expect(skip).toBeUndefined()
    expect(logger.lines.map(l => l.message)).toContainEqual(
      `Failed fixes of ${FINGERPRINT} before, tried again: a commit since the last failed fix touched src/cart.ts.`
    )
  })

  it('a bounded depth that reaches the attempt works the same', async () => {
    const bounded = await clone('bounded', 4)
    expect(await git(bounded, ['rev-parse', '--is-shallow-repository'])).toBe('true')
    expect((await gate(bounded)).skip).toBeUndefined()
  })

  it('a depth-1 clone cannot tell: the skip stands, and its reason says why and what to change', async () => {
    const shallow = await clone('shallow', 1)
    expect(await git(shallow, ['rev-parse', '--is-shallow-repository'])).toBe('true')
    expect(await touchedSince(shallow, attempted, ['src/cart.ts'])).toBe('unknown')
    // No files to look at is still "cannot tell" there, never a silent "nothing touched".
    expect(await touchedSince(shallow, attempted, [])).toBe('unknown')
    const {skip} = await gate(shallow)
    expect(skip).toMatch(/^failed twice \(earlier runs: .*\/4101, .*\/4102\): 2 earlier fixes/)
    expect(skip).toContain(
      '(the commit of the last attempt is not in this checkout, so commits since cannot be seen: check out with fetch-depth: 0)'
    )
  })

  it('a commit in the clone that touched nothing since is a plain skip, without the depth note', async () => {
    const full = await clone('full-later')
    // The attempts were on the commit that touched the file: nothing touched it since.
    const sinceTouching = failedTwice().map(o => ({...o, sha: touching}))
    const result = await failedTwiceGate({
      outcomes: sinceTouching,
      retry: [],
      workspace: full,
      serverUrl: 'https://github.com',
      repository: 'acme/shop',
      logger: recordingLogger()
    })
    const skip = result.skip.get(FINGERPRINT)
    expect(skip).toMatch(/^failed twice/)
    expect(skip).not.toContain('not in this checkout')
  })
})

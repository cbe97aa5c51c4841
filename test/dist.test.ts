// Users run dist/, not src/: the committed bundles must be exactly what the
// source builds, and each must start and fail cleanly without inputs.
import {execFile} from 'node:child_process'
import {mkdtemp, readdir, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {cleanupRun, REPO_ROOT, runAction, type ActionName} from './harness/run-action.js'

const exec = promisify(execFile)
const ACTIONS: ActionName[] = ['main', 'classify', 'autofix', 'self-heal']

describe('dist/ matches a fresh build', () => {
  let fresh = ''
  beforeAll(async () => {
    // Build into a temp dir, so bundles other tests are running stay untouched.
    fresh = await mkdtemp(join(tmpdir(), 'ci-medic-dist-'))
    await exec(process.execPath, ['scripts/build.mjs', '--out', fresh], {cwd: REPO_ROOT})
  }, 300_000)
  afterAll(async () => {
    await rm(fresh, {recursive: true, force: true})
  })

  it('has no uncommitted or untracked files under dist/', async () => {
    const {stdout} = await exec('git', ['status', '--porcelain', '--', 'dist'], {cwd: REPO_ROOT})
    expect(stdout, 'commit the rebuilt dist/ (npm run build)').toBe('')
  })

  it.each(ACTIONS)(
    'dist/%s holds exactly the files and bytes a fresh build makes',
    async action => {
      const built = (await readdir(join(fresh, action))).sort()
      const committed = (await readdir(join(REPO_ROOT, 'dist', action))).sort()
      expect(committed).toEqual(built)
      expect(built).toContain('index.mjs')
      for (const file of built) {
        const a = await readFile(join(fresh, action, file), 'utf8')
        const b = await readFile(join(REPO_ROOT, 'dist', action, file), 'utf8')
        expect(
          b === a,
          `dist/${action}/${file} differs from a fresh build: run npm run build`
        ).toBe(true)
      }
    }
  )

  it('bundles are ES modules with nothing left unresolved', async () => {
    for (const action of ACTIONS) {
      const bundle = await readFile(join(REPO_ROOT, 'dist', action, 'index.mjs'), 'utf8')
      expect(bundle).not.toContain('webpackMissingModule')
      expect(bundle).toMatch(/^import /m)
    }
  })
})

describe('each bundle starts and fails cleanly without inputs', () => {
  const expected: Record<ActionName, RegExp> = {
    main: /Input 'command' is required/,
    classify: /Input 'github-token' is empty/,
    autofix: /Input 'github-token' is empty/,
    'self-heal': /Input 'sentry-token' is required/
  }

  it.each(ACTIONS)(
    '%s: exit 1, one ::error:: line naming the input, no stack trace',
    async action => {
      const run = await runAction(action)
      try {
        expect(run.code).toBe(1)
        const errors = run.annotations.filter(a => a.level === 'error')
        expect(errors).toHaveLength(1)
        expect(errors[0]?.message).toMatch(expected[action])
        expect(errors[0]?.message).toContain('Example:')
        expect(run.stdout + run.stderr).not.toMatch(/^\s+at /m)
        expect(run.stderr).toBe('')
      } finally {
        await cleanupRun(run)
      }
    }
  )

  it('an unknown command on the root action is named with the choices', async () => {
    const run = await runAction('main', {inputs: {command: 'heal-everything'}})
    try {
      expect(run.code).toBe(1)
      expect(run.annotations[0]?.message).toContain(
        "Input 'command' must be one of classify, autofix, self-heal, got 'heal-everything'"
      )
    } finally {
      await cleanupRun(run)
    }
  })

  it('a malformed input fails with the input, the problem, the value and an example', async () => {
    const run = await runAction('autofix', {
      inputs: {'dry-run': 'true', 'max-attempts-per-failure': 'three'}
    })
    try {
      expect(run.code).toBe(1)
      expect(run.annotations.map(a => a.message)).toEqual([
        "ci-medic autofix: Input 'max-attempts-per-failure' must be a whole number from 1 to 10, got 'three'. Example: max-attempts-per-failure: 3"
      ])
    } finally {
      await cleanupRun(run)
    }
  })

  it('masks secrets before anything else is printed, and never echoes them', async () => {
    const run = await runAction('self-heal', {
      inputs: {
        'sentry-token': 'sntryu_supersecret',
        'sentry-org': 'my-org',
        'anthropic-api-key': 'sk-ant-test-secret',
        'github-token': 'ghs_secrettoken',
        'max-fixes': 'many'
      }
    })
    try {
      expect(run.code).toBe(1)
      expect(new Set(run.masks)).toEqual(
        new Set(['sntryu_supersecret', 'sk-ant-test-secret', 'ghs_secrettoken'])
      )
      const firstNonMask = run.commands.findIndex(c => c.command !== 'add-mask')
      expect(run.commands.slice(0, firstNonMask).every(c => c.command === 'add-mask')).toBe(true)
      expect(firstNonMask).toBe(3)
      const printedAfterMasks = run.commands
        .slice(firstNonMask)
        .map(c => c.message)
        .join('\n')
      expect(printedAfterMasks + run.summary).not.toMatch(/supersecret|test-secret|secrettoken/)
    } finally {
      await cleanupRun(run)
    }
  })
})

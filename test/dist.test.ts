// Users run dist/, not src/: the committed bundles must be what the current
// source builds, and each must start and fail cleanly without inputs.
//
// Rebuilding every bundle takes about a minute, so npm test checks the record
// the last full build left in dist/build-inputs.json instead: the SHA-256 of
// every input it read (scripts/dist-inputs.mjs says which and why) and of
// every file it wrote. Both are recomputed here. The byte-for-byte rebuild is
// `npm run check:dist` (.ci/run and the Check dist workflow run it).
import {execFile} from 'node:child_process'
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {promisify} from 'node:util'
import {afterEach, beforeAll, beforeEach, describe, expect, it} from 'vitest'
import {
  ACTIONS as BUILT_ACTIONS,
  INPUT_FILES,
  RECORD_FILE,
  checkInstall,
  describeDifferences,
  differences,
  hashInputs,
  hashOutputs,
  renderRecord,
  type Digests
} from '../scripts/dist-inputs.mjs'
import {cleanupRun, REPO_ROOT, runAction, type ActionName} from './harness/run-action.js'

const exec = promisify(execFile)
const ACTIONS: ActionName[] = ['main', 'classify', 'autofix', 'self-heal', 'publish']
const DIST = join(REPO_ROOT, 'dist')

describe('dist/ is what the build makes of the current source', () => {
  let record: {inputs: Digests; outputs: Digests}
  beforeAll(async () => {
    const text = await readFile(join(DIST, RECORD_FILE), 'utf8').catch(() => '')
    expect(text, `dist/${RECORD_FILE} is missing: run npm run build`).not.toBe('')
    record = JSON.parse(text) as typeof record
  })

  it('was built from the inputs there are now', async () => {
    const stale = describeDifferences(differences(record.inputs, await hashInputs(REPO_ROOT)))
    expect(stale, `dist/ is stale: run npm run build (${stale})`).toBe('')
  })

  it('holds exactly the files and bytes that build wrote', async () => {
    const edited = describeDifferences(differences(record.outputs, await hashOutputs(DIST)))
    expect(edited, `dist/ is not what npm run build wrote (${edited}): run npm run build`).toBe('')
    for (const action of ACTIONS) expect(record.outputs).toHaveProperty([`${action}/index.mjs`])
  })

  it('records every source the build can read', () => {
    // The test hashes with the build's own code: check its file list independently.
    expect(BUILT_ACTIONS).toEqual(ACTIONS)
    const inputs = Object.keys(record.inputs)
    for (const file of INPUT_FILES) expect(inputs).toContain(file)
    for (const file of [
      'package-lock.json',
      'package.json',
      'tsconfig.json',
      'scripts/build.mjs'
    ]) {
      expect(inputs).toContain(file)
    }
    for (const action of ACTIONS) expect(inputs).toContain(`src/actions/${action}/index.mjs`)
  })

  it('lists every tracked file under src/ among the inputs', async () => {
    const {stdout} = await exec('git', ['ls-files', '--', 'src'], {cwd: REPO_ROOT})
    const tracked = stdout.split('\n').filter(Boolean)
    expect(tracked.length).toBeGreaterThan(50)
    expect(tracked.filter(file => !(file in record.inputs))).toEqual([])
  })

  it('is the record a build writes, byte for byte', async () => {
    const text = await readFile(join(DIST, RECORD_FILE), 'utf8')
    expect(text).toBe(renderRecord(record.inputs, record.outputs))
  })

  it('has no uncommitted or untracked files under dist/', async () => {
    const {stdout} = await exec('git', ['status', '--porcelain', '--', 'dist'], {cwd: REPO_ROOT})
    expect(stdout, 'commit the rebuilt dist/ (npm run build)').toBe('')
  })

  it('bundles are ES modules with nothing left unresolved', async () => {
    for (const action of ACTIONS) {
      const bundle = await readFile(join(DIST, action, 'index.mjs'), 'utf8')
      expect(bundle).not.toContain('webpackMissingModule')
      // ES module syntax: a static import or export, or import.meta (a syntax error outside a
      // module). The build turns ncc's `createRequire` imports of Node's built-ins into
      // `process.getBuiltinModule`, so a bundle may have no static import left.
      expect(bundle).toMatch(/^(?:import|export) |\bimport\.meta\b/m)
      expect(bundle).not.toMatch(/createRequire\(import\.meta\.url\)\("/)
    }
  })
})

describe('the record can tell', () => {
  let root = ''
  const write = async (file: string, text: string): Promise<void> => {
    await mkdir(dirname(join(root, file)), {recursive: true})
    await writeFile(join(root, file), text)
  }
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'ci-medic-record-'))
    for (const file of INPUT_FILES) await write(file, `${file}\n`)
    await write('package.json', JSON.stringify({type: 'module', scripts: {test: 'vitest'}}))
    await write('src/actions/main/index.mjs', 'import "./main.js"\n')
    await write('src/a.ts', 'export const a = 1\n')
  })
  afterEach(async () => {
    await rm(root, {recursive: true, force: true})
  })

  it('a changed, new or deleted source file, and a changed package.json field; not an npm script', async () => {
    const before = await hashInputs(root)
    expect(Object.keys(before)).toEqual(
      [...INPUT_FILES, 'src/a.ts', 'src/actions/main/index.mjs'].sort()
    )
    await write('package.json', JSON.stringify({type: 'module', scripts: {test: 'vitest run'}}))
    expect(describeDifferences(differences(before, await hashInputs(root)))).toBe('')

    await write('src/a.ts', 'export const a = 2\n')
    await write('src/deep/b.ts', 'export const b = 1\n')
    await rm(join(root, 'src/actions/main/index.mjs'))
    await write('package.json', JSON.stringify({type: 'commonjs', scripts: {}}))
    expect(describeDifferences(differences(before, await hashInputs(root)))).toBe(
      'changed: package.json, src/a.ts; new: src/deep/b.ts; gone: src/actions/main/index.mjs'
    )
  })

  it('node_modules that is not what package-lock.json says (the build refuses it)', async () => {
    const lock = (packages: Record<string, object>): string =>
      JSON.stringify({lockfileVersion: 3, packages: {'': {name: 'x'}, ...packages}})
    const a = {version: '1.0.0', integrity: 'sha512-a'}
    const optional = {version: '2.0.0', integrity: 'sha512-o', optional: true}
    await write('package-lock.json', lock({'node_modules/a': a, 'node_modules/o': optional}))

    await write('node_modules/.package-lock.json', lock({'node_modules/a': a}))
    expect(await checkInstall(root)).toBe('')

    await write(
      'node_modules/.package-lock.json',
      lock({'node_modules/a': {...a, version: '1.0.1'}, 'node_modules/extra': a})
    )
    expect(await checkInstall(root)).toBe(
      'node_modules/a is 1.0.1, the lockfile says 1.0.0; node_modules/extra is not in the lockfile'
    )
    await write('node_modules/.package-lock.json', lock({}))
    expect(await checkInstall(root)).toBe('node_modules/a is missing')
    await rm(join(root, 'node_modules/.package-lock.json'))
    expect(await checkInstall(root)).toMatch(/^cannot compare node_modules with package-lock.json/)
  })
})

describe('each bundle starts and fails cleanly without inputs', () => {
  const expected: Record<ActionName, RegExp> = {
    main: /Input 'command' is required/,
    classify: /Input 'github-token' is empty/,
    autofix: /Input 'github-token' is empty/,
    'self-heal': /Input 'sentry-token' is required/,
    publish: /Input 'proposal-path' is required/
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
        "Input 'command' must be one of classify, autofix, self-heal, publish, got 'heal-everything'"
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

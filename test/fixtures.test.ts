// The fixture projects fail their real checks exactly as test/fixtures/*/FIXTURE.md says,
// and the documented fixes (and the auto-fixers) clear exactly what they should.
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest'
import {
  FIXTURE_DATE,
  FIXTURE_USER,
  FIXTURES_DIR,
  cleanEnv,
  createFixtureRepo,
  type FixtureRepo,
  type RunResult
} from './harness/fixture-repo.js'

const hasPytest =
  spawnSync('python3', ['-m', 'pytest', '--version'], {env: cleanEnv(), stdio: 'ignore'}).status ===
  0

interface FailedTest {
  file: string
  name: string
  message: string
}

interface VitestReport {
  numFailedTests: number
  numPassedTests: number
  testResults: {
    name: string
    assertionResults: {fullName: string; status: string; failureMessages: string[] | null}[]
  }[]
}

interface EslintFileResult {
  filePath: string
  messages: {ruleId: string | null; line: number; column: number; fix?: unknown}[]
}

interface LintProblem {
  file: string
  line: number
  column: number
  rule: string | null
  fixable: boolean
}

async function vitest(repo: FixtureRepo): Promise<{code: number; report: VitestReport}> {
  // Inside .git/ so the report never shows up as a change in the working tree.
  const outputFile = path.join(repo.dir, '.git', 'vitest-report.json')
  const result = await repo.tool('vitest', ['run', '--reporter=json', `--outputFile=${outputFile}`])
  if (!existsSync(outputFile)) {
    throw new Error(`vitest wrote no report (${result.code}): ${result.stderr}`)
  }
  const report = JSON.parse(await readFile(outputFile, 'utf8')) as VitestReport
  return {code: result.code, report}
}

function failedTests(repo: FixtureRepo, report: VitestReport): FailedTest[] {
  return report.testResults.flatMap(file =>
    file.assertionResults
      .filter(test => test.status === 'failed')
      .map(test => ({
        file: path.relative(repo.dir, file.name),
        name: test.fullName,
        message: (test.failureMessages ?? []).join('\n')
      }))
  )
}

interface EslintRun {
  code: number
  problems: LintProblem[]
}

async function eslintRun(repo: FixtureRepo, args: string[] = []): Promise<EslintRun> {
  const result = await repo.tool('eslint', ['--format', 'json', ...args, '.'])
  const files = JSON.parse(result.stdout) as EslintFileResult[]
  const problems = files.flatMap(file =>
    file.messages.map(message => ({
      file: path.relative(repo.dir, file.filePath),
      line: message.line,
      column: message.column,
      rule: message.ruleId,
      fixable: message.fix !== undefined
    }))
  )
  return {code: result.code, problems}
}

/** The problems eslint reports, after checking its exit code agrees with them. */
function lintProblems({code, problems}: EslintRun): LintProblem[] {
  expect(code).toBe(problems.length > 0 ? 1 : 0)
  return problems
}

async function eslint(repo: FixtureRepo, args: string[] = []): Promise<LintProblem[]> {
  return lintProblems(await eslintRun(repo, args))
}

async function prettierCheck(repo: FixtureRepo): Promise<{code: number; files: string[]}> {
  const result = await repo.tool('prettier', ['--check', '.'])
  const files = `${result.stdout}\n${result.stderr}`
    .split('\n')
    .map(line => /^\[warn\] (\S+)$/.exec(line.trim())?.[1])
    .filter((file): file is string => file !== undefined)
  return {code: result.code, files}
}

/** The `diff` block of a FIXTURE.md, applied to the repo as exact text replacements. */
async function applyDocumentedFixes(repo: FixtureRepo): Promise<string[]> {
  const doc = await readFile(path.join(repo.dir, 'FIXTURE.md'), 'utf8')
  const block = /```diff\n([\s\S]*?)```/.exec(doc)?.[1]
  if (block === undefined) throw new Error('FIXTURE.md has no diff block')
  const hunks: {file: string; removed: string[]; added: string[]}[] = []
  let file: string | undefined
  for (const line of block.split('\n')) {
    if (line.startsWith('--- a/')) {
      file = line.slice('--- a/'.length)
      continue
    }
    if (line === '') continue
    if (file === undefined) throw new Error(`diff line before any file: ${line}`)
    const last = hunks.at(-1)
    if (line.startsWith('-')) {
      if (last === undefined || last.file !== file || last.added.length > 0) {
        hunks.push({file, removed: [line.slice(1)], added: []})
      } else {
        last.removed.push(line.slice(1))
      }
    } else if (line.startsWith('+') && last !== undefined && last.file === file) {
      last.added.push(line.slice(1))
    } else {
      throw new Error(`unexpected diff line: ${line}`)
    }
  }
  for (const hunk of hunks) {
    const target = path.join(repo.dir, hunk.file)
    const source = await readFile(target, 'utf8')
    const before = hunk.removed.map(line => `${line}\n`).join('')
    const after = hunk.added.map(line => `${line}\n`).join('')
    expect(source.split(before).length - 1, `${hunk.file} contains:\n${before}`).toBe(1)
    await writeFile(
      target,
      source.replace(before, () => after)
    )
  }
  return [...new Set(hunks.map(hunk => hunk.file))].sort()
}

describe('createFixtureRepo', () => {
  const repos: FixtureRepo[] = []
  afterEach(async () => {
    await Promise.all(repos.splice(0).map(repo => repo.cleanup()))
  })

  it('commits the fixture once, reproducibly, on main with a fixed identity', async () => {
    const first = await createFixtureRepo('ts-vitest', {remote: 'https://github.com/o/r.git'})
    repos.push(first)
    const second = await createFixtureRepo('ts-vitest')
    repos.push(second)

    expect(first.dir).not.toBe(second.dir)
    expect(first.head).toMatch(/^[0-9a-f]{40}$/)
    expect(second.head).toBe(first.head)
    expect(await first.git(['rev-parse', 'HEAD'])).toBe(first.head)
    expect(await first.git(['branch', '--show-current'])).toBe('main')
    expect(await first.git(['rev-list', '--count', 'HEAD'])).toBe('1')
    expect(await first.git(['log', '-1', '--format=%an <%ae>|%cn <%ce>|%aI|%cI'])).toBe(
      `${FIXTURE_USER.name} <${FIXTURE_USER.email}>|${FIXTURE_USER.name} <${FIXTURE_USER.email}>|` +
        `${FIXTURE_DATE}|${FIXTURE_DATE}`
    )
    expect(await first.git(['remote', 'get-url', 'origin'])).toBe('https://github.com/o/r.git')
    expect(await second.git(['remote'])).toBe('')
  })

  it('links node_modules for JS fixtures and keeps it out of git', async () => {
    const repo = await createFixtureRepo('ts-vitest')
    repos.push(repo)
    expect(existsSync(path.join(repo.dir, 'node_modules', 'vitest', 'package.json'))).toBe(true)
    expect(existsSync(path.join(repo.dir, 'node_modules', '.bin', 'eslint'))).toBe(true)
    expect(await repo.git(['status', '--porcelain', '--ignored=no'])).toBe('')
    const tracked = (await repo.git(['ls-files'])).split('\n')
    expect(tracked).toContain('src/discounts.ts')
    expect(tracked).toContain('FIXTURE.md')
    expect(tracked.filter(file => file.startsWith('node_modules'))).toEqual([])
  })

  it('does not link node_modules for the Python fixture', async () => {
    const repo = await createFixtureRepo('python-pytest')
    repos.push(repo)
    expect(existsSync(path.join(repo.dir, 'node_modules'))).toBe(false)
    expect(existsSync(path.join(repo.dir, 'pyproject.toml'))).toBe(true)
    expect(await repo.git(['status', '--porcelain'])).toBe('')
  })

  it('writes extra files into the initial commit', async () => {
    const repo = await createFixtureRepo('python-pytest', {
      files: {'NOTES.md': 'extra\n', 'tests/test_tip.py': null},
      branch: 'trunk'
    })
    repos.push(repo)
    expect(await repo.git(['show', 'HEAD:NOTES.md'])).toBe('extra')
    expect((await repo.git(['ls-files'])).split('\n')).not.toContain('tests/test_tip.py')
    expect(await repo.git(['branch', '--show-current'])).toBe('trunk')
  })

  it('runs children without action inputs, GitHub variables or tokens', async () => {
    const planted = {
      INPUT_GITHUB_TOKEN: 'input-secret',
      GITHUB_TOKEN: 'gh-secret',
      GITHUB_REPOSITORY: 'o/r',
      ANTHROPIC_API_KEY: 'sk-secret',
      GIT_DIR: '/nonexistent'
    }
    const saved = Object.fromEntries(Object.keys(planted).map(key => [key, process.env[key]]))
    Object.assign(process.env, planted)
    try {
      const repo = await createFixtureRepo('python-pytest')
      repos.push(repo)
      const printed = await repo.run(process.execPath, [
        '-e',
        'process.stdout.write(JSON.stringify(process.env))'
      ])
      const env = JSON.parse(printed.stdout) as Record<string, string>
      for (const key of Object.keys(planted)) expect(env[key], key).toBeUndefined()
      expect(env.GIT_AUTHOR_DATE).toBe(FIXTURE_DATE)
      const explicit = await repo.run(
        process.execPath,
        ['-e', 'console.log(process.env.INPUT_X)'],
        {
          env: {INPUT_X: 'given'}
        }
      )
      expect(explicit.stdout.trim()).toBe('given')
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key]
        else process.env[key] = value
      }
    }
  })

  it('rejects unknown fixtures and removes the directory on cleanup', async () => {
    await expect(createFixtureRepo('no-such-fixture')).rejects.toThrow(/no fixture/)
    await expect(createFixtureRepo('../harness')).rejects.toThrow(/not a fixture name/)
    const repo = await createFixtureRepo(path.join(FIXTURES_DIR, 'python-pytest'))
    expect(existsSync(repo.dir)).toBe(true)
    await repo.cleanup()
    await repo.cleanup()
    expect(existsSync(repo.dir)).toBe(false)
  })
})

describe('ts-vitest fixture', () => {
  let repo: FixtureRepo
  // The four checks run once, side by side (each only reads the checkout), and
  // each test below asserts on one of them; the last one checks they left the
  // working tree as it was.
  let checks: {
    vitest: Awaited<ReturnType<typeof vitest>>
    tsc: RunResult
    eslint: EslintRun
    prettier: Awaited<ReturnType<typeof prettierCheck>>
  }
  beforeAll(async () => {
    repo = await createFixtureRepo('ts-vitest')
    const [vitestRun, tsc, eslintResult, prettier] = await Promise.all([
      vitest(repo),
      repo.tool('tsc', ['--noEmit', '--pretty', 'false']),
      eslintRun(repo),
      prettierCheck(repo)
    ])
    checks = {vitest: vitestRun, tsc, eslint: eslintResult, prettier}
  })
  afterAll(async () => {
    await repo?.cleanup()
  })

  it('vitest fails exactly the planted test', () => {
    const {code, report} = checks.vitest
    expect(code).toBe(1)
    const failed = failedTests(repo, report)
    expect(failed.map(({file, name}) => ({file, name}))).toEqual([
      {
        file: 'test/discounts.test.ts',
        name: 'bulkDiscountRate applies each tier from its minimum quantity'
      }
    ])
    expect(failed[0]?.message).toContain('expected +0 to be 0.05')
    expect(report.numFailedTests).toBe(1)
    expect(report.numPassedTests).toBe(16)
  })

  it('tsc reports the planted type error and nothing else', () => {
    const result = checks.tsc
    expect(result.code).not.toBe(0)
    const errors = result.stdout.split('\n').filter(line => /error TS\d+/.test(line))
    expect(errors).toEqual([
      "src/tax.ts(13,9): error TS2322: Type 'number | undefined' is not assignable to type 'number'."
    ])
  })

  it('eslint fails on the planted rules', () => {
    expect(lintProblems(checks.eslint)).toEqual([
      {file: 'src/cart.ts', line: 31, column: 7, rule: 'prefer-const', fixable: true},
      {
        file: 'src/cart.ts',
        line: 40,
        column: 9,
        rule: '@typescript-eslint/no-unused-vars',
        fixable: false
      }
    ])
  })

  it('prettier --check names only the planted file', () => {
    expect(checks.prettier).toEqual({code: 1, files: ['src/money.ts']})
  })

  it('running the checks leaves the working tree clean', async () => {
    expect(await repo.git(['status', '--porcelain'])).toBe('')
    expect(await repo.git(['rev-parse', 'HEAD'])).toBe(repo.head)
  })

  it('eslint --fix and prettier --write clear what they can; the test failure remains', async () => {
    const fixed = await createFixtureRepo('ts-vitest')
    try {
      expect(await eslint(fixed, ['--fix'])).toEqual([
        {
          file: 'src/cart.ts',
          line: 40,
          column: 9,
          rule: '@typescript-eslint/no-unused-vars',
          fixable: false
        }
      ])
      expect((await fixed.tool('prettier', ['--write', '.'])).code).toBe(0)
      expect((await fixed.git(['diff', '--name-only'])).split('\n')).toEqual([
        'src/cart.ts',
        'src/money.ts'
      ])
      expect(await fixed.git(['diff', '--', 'src/cart.ts'])).toContain(
        '+  const subtotal = items.reduce('
      )
      expect(await prettierCheck(fixed)).toEqual({code: 0, files: []})
      // Only the unfixable lint error is left; removing it (as FIXTURE.md says) clears lint.
      const cart = path.join(fixed.dir, 'src', 'cart.ts')
      const source = await readFile(cart, 'utf8')
      expect(source).toContain('  const itemCount = items.length\n')
      await writeFile(cart, source.replace('  const itemCount = items.length\n', ''))
      // The rest only read the checkout: side by side.
      const [lint, {code, report}, tsc] = await Promise.all([
        eslintRun(fixed),
        vitest(fixed),
        fixed.tool('tsc', ['--noEmit'])
      ])
      expect(lintProblems(lint)).toEqual([])
      expect(code).toBe(1)
      expect(failedTests(fixed, report).map(test => test.name)).toEqual([
        'bulkDiscountRate applies each tier from its minimum quantity'
      ])
      expect(tsc.stdout).toContain('src/tax.ts(13,9)')
    } finally {
      await fixed.cleanup()
    }
  })

  it('the fixes in FIXTURE.md, plus prettier --write, make every check pass', async () => {
    const fixed = await createFixtureRepo('ts-vitest')
    try {
      expect(await applyDocumentedFixes(fixed)).toEqual([
        'src/cart.ts',
        'src/discounts.ts',
        'src/tax.ts'
      ])
      // The source fixes alone clear the test and type failures (the checks only
      // read the checkout: side by side; prettier --write comes after them).
      const [{code, report}, tsc, lint] = await Promise.all([
        vitest(fixed),
        fixed.tool('tsc', ['--noEmit']),
        eslintRun(fixed)
      ])
      expect(failedTests(fixed, report)).toEqual([])
      expect(code).toBe(0)
      expect(report.numPassedTests).toBe(17)
      expect(tsc.stdout).toBe('')
      expect(tsc.code).toBe(0)
      expect(lintProblems(lint)).toEqual([])
      expect((await fixed.tool('prettier', ['--write', '.'])).code).toBe(0)
      expect(await prettierCheck(fixed)).toEqual({code: 0, files: []})
      // No test file needed touching.
      const changed = (await fixed.git(['diff', '--name-only'])).split('\n')
      expect(changed.filter(file => file.startsWith('test/'))).toEqual([])
    } finally {
      await fixed.cleanup()
    }
  })
})

interface JunitCase {
  id: string
  failed: boolean
}

function junitCases(xml: string): JunitCase[] {
  const cases: JunitCase[] = []
  for (const match of xml.matchAll(/<testcase\b([^>]*?)(\/>|>([\s\S]*?)<\/testcase>)/g)) {
    const attrs = match[1] ?? ''
    const classname = /\bclassname="([^"]*)"/.exec(attrs)?.[1] ?? ''
    const name = /\bname="([^"]*)"/.exec(attrs)?.[1] ?? ''
    const body = match[3] ?? ''
    cases.push({id: `${classname}::${name}`, failed: /<(failure|error)\b/.test(body)})
  }
  return cases
}

async function pytest(
  repo: FixtureRepo
): Promise<{code: number; stdout: string; cases: JunitCase[]}> {
  const junit = path.join(repo.dir, '.git', 'pytest-junit.xml')
  const result = await repo.run('python3', ['-m', 'pytest', `--junitxml=${junit}`])
  if (!existsSync(junit))
    throw new Error(`pytest wrote no report (${result.code}): ${result.stderr}`)
  return {
    code: result.code,
    stdout: result.stdout,
    cases: junitCases(await readFile(junit, 'utf8'))
  }
}

describe.skipIf(!hasPytest)('python-pytest fixture (needs python3 -m pytest)', () => {
  it('pytest fails exactly the planted test and passes the others', async () => {
    const repo = await createFixtureRepo('python-pytest')
    try {
      const {code, stdout, cases} = await pytest(repo)
      expect(code).toBe(1)
      expect(cases.filter(test => test.failed).map(test => test.id)).toEqual([
        'tests.test_split::test_split_evenly_keeps_every_cent'
      ])
      expect(cases.filter(test => !test.failed)).toHaveLength(8)
      expect(stdout).toMatch(/^FAILED tests\/test_split\.py::test_split_evenly_keeps_every_cent\b/m)
      expect(stdout).toMatch(/\b1 failed, 8 passed\b/)
      expect(await repo.git(['status', '--porcelain'])).toBe('')
    } finally {
      await repo.cleanup()
    }
  })

  it('the fix in FIXTURE.md makes pytest pass', async () => {
    const repo = await createFixtureRepo('python-pytest')
    try {
      expect(await applyDocumentedFixes(repo)).toEqual(['src/splitbill/split.py'])
      const {code, cases} = await pytest(repo)
      expect(cases.filter(test => test.failed)).toEqual([])
      expect(cases).toHaveLength(9)
      expect(code).toBe(0)
    } finally {
      await repo.cleanup()
    }
  })
})

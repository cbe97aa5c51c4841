// The ts-node-test fixture (test/fixtures/ts-node-test/FIXTURE.md): ts-vitest's
// library with node:test tests, for the pipeline tests that are not about the
// runner. Its real `node --test` fails exactly the planted test, classify reads
// that as one located failure, the documented fix makes it pass, tsc still
// reports the planted type error, and src/ stays ts-vitest's.
import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {scanText} from '../src/core/classify/index.js'
import {createFixtureRepo, fixturePath, type FixtureRepo} from './harness/fixture-repo.js'

const NODE_TEST = ['--test', '--test-isolation=none']

describe('ts-node-test fixture', () => {
  let repo: FixtureRepo
  let fixed: FixtureRepo
  beforeAll(async () => {
    const discounts = await readFile(path.join(fixturePath('ts-node-test'), 'src/discounts.ts'))
    ;[repo, fixed] = await Promise.all([
      createFixtureRepo('ts-node-test'),
      createFixtureRepo('ts-node-test', {
        files: {
          'src/discounts.ts': discounts
            .toString()
            .replace('quantity > tier.minQuantity', 'quantity >= tier.minQuantity')
        }
      })
    ])
  })
  afterAll(async () => {
    await Promise.all([repo?.cleanup(), fixed?.cleanup()])
  })

  it('node --test fails exactly the planted test, and classify reads one located failure', async () => {
    const result = await repo.run(process.execPath, NODE_TEST, {cwd: repo.dir})
    expect(result.code, result.stderr).toBe(1)
    expect(result.stdout).toMatch(/^ℹ tests 17$/m)
    expect(result.stdout).toMatch(/^ℹ fail 1$/m)
    const failures = scanText(result.stdout, {workspace: repo.dir}).failures
    expect(failures.map(f => ({tool: f.tool, test: f.test, file: f.file, line: f.line}))).toEqual([
      {
        tool: 'node:test',
        test: 'applies each tier from its minimum quantity',
        file: 'test/discounts.test.ts',
        line: 11
      }
    ])
    expect(failures[0]!.category).toBe('test_fail')
    expect(await repo.git(['status', '--porcelain'])).toBe('')
  })

  it('the discount fix makes every test pass', async () => {
    const result = await fixed.run(process.execPath, NODE_TEST, {cwd: fixed.dir})
    expect(result.code, result.stdout).toBe(0)
    expect(result.stdout).toMatch(/^ℹ pass 17$/m)
  })

  it('tsc reports the planted type error and nothing else', async () => {
    const result = await repo.tool('tsc', ['--noEmit', '--pretty', 'false'])
    const errors = result.stdout.split('\n').filter(line => /error TS\d+/.test(line))
    expect(errors).toEqual([
      "src/tax.ts(13,9): error TS2322: Type 'number | undefined' is not assignable to type 'number'."
    ])
  })

  it("keeps ts-vitest's src/, apart from the import extensions", async () => {
    const src = (name: string) => path.join(fixturePath(name), 'src')
    const files = await readdir(src('ts-vitest'))
    expect((await readdir(src('ts-node-test'))).sort()).toEqual([...files].sort())
    for (const file of files) {
      const vitest = await readFile(path.join(src('ts-vitest'), file), 'utf8')
      const nodeTest = await readFile(path.join(src('ts-node-test'), file), 'utf8')
      expect(nodeTest, file).toBe(vitest.replace(/from '(\.[^']*)\.js'/g, "from '$1.ts'"))
    }
  })
})

// The ts-express-node-test fixture (test/fixtures/ts-express-node-test/FIXTURE.md):
// ts-express's service with node:test tests, for the self-heal pipeline tests
// that are not about the runner. Its real `node --test` passes ts-express's 16
// tests; the reproduction tests the scripted model writes fail with the
// production errors at the frames the Sentry fakes name (type stripping keeps
// lines and columns), and classify reads each as a located failure of its
// file; and src/ stays ts-express's.
import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {scanText} from '../src/core/classify/index.js'
import {createFixtureRepo, fixturePath, type FixtureRepo} from './harness/fixture-repo.js'
import {
  EXPRESS_NODE_TEST_COMMAND,
  NODE_DISCOUNT_TEST,
  NODE_TAX_TEST,
  NODE_USERS_TEST
} from './harness/ts-express-sentry.js'

const NODE_TEST = EXPRESS_NODE_TEST_COMMAND['test-command'].split(' ').slice(1)

describe('ts-express-node-test fixture', () => {
  let repo: FixtureRepo
  let reproduced: FixtureRepo
  beforeAll(async () => {
    ;[repo, reproduced] = await Promise.all([
      createFixtureRepo('ts-express-node-test'),
      createFixtureRepo('ts-express-node-test', {
        files: {
          'test/sentry-tax.test.ts': NODE_TAX_TEST,
          'test/sentry-discounts.test.ts': NODE_DISCOUNT_TEST,
          'test/sentry-users.test.ts': NODE_USERS_TEST
        }
      })
    ])
  })
  afterAll(async () => {
    await Promise.all([repo?.cleanup(), reproduced?.cleanup()])
  })

  it("node --test passes ts-express's 16 tests and leaves the checkout clean", async () => {
    const result = await repo.run(process.execPath, NODE_TEST, {cwd: repo.dir})
    expect(result.code, result.stdout + result.stderr).toBe(0)
    expect(result.stdout).toMatch(/^ℹ tests 16$/m)
    expect(result.stdout).toMatch(/^ℹ pass 16$/m)
    expect(await repo.git(['status', '--porcelain'])).toBe('')
  })

  it('the reproduction tests fail with the production errors at the frames Sentry names', async () => {
    const result = await reproduced.run(process.execPath, NODE_TEST, {cwd: reproduced.dir})
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^ℹ fail 3$/m)
    const at = (file: string) => `(file://${reproduced.dir}/${file})`
    expect(result.stdout).toContain(
      `TypeError: Cannot read properties of undefined (reading 'rate')\n      at taxFor ${at('src/tax.ts:13:30')}`
    )
    expect(result.stdout).toContain(
      `TypeError: tiers is not iterable\n      at bulkDiscountRate ${at('src/discounts.ts:27:22')}`
    )
    expect(result.stdout).toContain(
      `TypeError: Cannot read properties of null (reading 'trim')\n      at displayName ${at('src/users.ts:3:31')}`
    )
    const failures = scanText(result.stdout, {workspace: reproduced.dir}).failures
    expect(failures.map(f => f.file).sort()).toEqual([
      'test/sentry-discounts.test.ts',
      'test/sentry-tax.test.ts',
      'test/sentry-users.test.ts'
    ])
  })

  it("keeps ts-express's src/ apart from the import extensions, and its test files", async () => {
    const dir = (name: string, sub: string) => path.join(fixturePath(name), sub)
    const files = await readdir(dir('ts-express', 'src'))
    expect((await readdir(dir('ts-express-node-test', 'src'))).sort()).toEqual([...files].sort())
    for (const file of files) {
      const vitest = await readFile(path.join(dir('ts-express', 'src'), file), 'utf8')
      const nodeTest = await readFile(path.join(dir('ts-express-node-test', 'src'), file), 'utf8')
      expect(nodeTest, file).toBe(vitest.replace(/from '(\.[^']*)\.js'/g, "from '$1.ts'"))
    }
    expect((await readdir(dir('ts-express-node-test', 'test'))).sort()).toEqual(
      (await readdir(dir('ts-express', 'test'))).sort()
    )
  })
})

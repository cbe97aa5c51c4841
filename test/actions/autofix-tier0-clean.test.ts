// Tier 0's verdict comes from a clean checkout of its change (issue #10,
// "nothing git ignores may influence verification"). The fixer here is the
// repository's own script: it rewrites src/discounts.ts to call a helper that
// it writes into a git-ignored file. In the workspace the tests pass; in the
// commit they could not, because the helper would not be there. Before tier
// 0 verified on a clean checkout, this change was committed as "verified".
// On ts-node-test (node:test): the clean checkout is the subject, not the runner.
import {afterEach, expect, it} from 'vitest'
import {
  checkout,
  cleanupAutofixRuns,
  decisionsOf,
  inputsFor,
  NODE_TEST_COMMAND,
  runAutofixInProcess,
  said,
  WRONG,
  type Checkout
} from '../harness/autofix-run.js'

let world: Checkout | undefined

afterEach(async () => {
  await cleanupAutofixRuns()
  await world?.github.close()
  await world?.repo.cleanup()
  world = undefined
})

const FIXER = `import {readFileSync, writeFileSync} from 'node:fs'
writeFileSync('src/tier-rule.ts', 'export const reaches = (q: number, min: number): boolean => q >= min\\n')
const source = readFileSync('src/discounts.ts', 'utf8')
writeFileSync(
  'src/discounts.ts',
  "import {reaches} from './tier-rule.ts'\\n" + source.replace(${JSON.stringify(WRONG)}, 'reaches(quantity, tier.minQuantity)')
)
`

it('reverts a fixer whose change passes only with a file git ignores', async () => {
  world = await checkout({
    fixture: 'ts-node-test',
    files: {'scripts/fixer.mjs': FIXER, '.gitignore': 'node_modules\nsrc/tier-rule.ts\n'}
  })
  const run = await runAutofixInProcess({
    workspace: world.repo.dir,
    apiUrl: world.github.url,
    inputs: inputsFor(undefined, {
      ...NODE_TEST_COMMAND,
      'fix-commands': 'node scripts/fixer.mjs',
      'lint-command': 'none',
      'typecheck-command': 'none'
    })
  })
  expect(run.error, said(run)).toBeUndefined()
  const log = await decisionsOf(run)
  // The verdict ran on a clean checkout, which the helper never reached.
  expect(log).toContainEqual(
    expect.objectContaining({kind: 'check', key: 'tier 0', stage: 'tier0', checkout: 'clean'})
  )
  expect(log.some(d => d.kind === 'committed')).toBe(false)
  expect(log).toContainEqual(expect.objectContaining({kind: 'reverted', key: 'tier 0'}))
  expect(run.io.outputs['fixed-count']).toBe('0')
  expect(world.github.git.branches()).toEqual(['main'])
  // The workspace is as it was: the fixer's tracked change restored.
  expect(await world.repo.git(['status', '--porcelain'])).toBe('')
})

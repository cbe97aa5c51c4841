// #11: autofix tells the model when its pre-check found a failure order-dependent. In-process
// on the ts-vitest fixture (its off-by-one fixed beforehand) with one planted file whose second
// test fails only after the first (they share the module's list), the fake GitHub and a
// scripted model (a stand-in for Claude, only in tests) that gives up. The real vitest runs:
// the test passes alone, fails again in the second full run, and the prompt the model gets
// says so, with the tests vitest's JSON report lists before it, fenced as data.
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {startFakeAnthropic, textTurn, type FakeAnthropic} from '../fakes/anthropic/index.js'
import {
  checkout,
  cleanupAutofixRuns,
  inputsFor,
  perAttempt,
  reportOf,
  RIGHT,
  runAutofixInProcess,
  said,
  sessions,
  TEST_ONLY,
  WRONG,
  type Checkout
} from '../harness/autofix-run.js'
import {FIXTURES_DIR} from '../harness/fixture-repo.js'

let world: Checkout | undefined
let model: FakeAnthropic | undefined

afterEach(async () => {
  await cleanupAutofixRuns()
  await world?.github.close()
  await model?.close()
  await world?.repo.cleanup()
  world = model = undefined
})

const ORDERED_TEST = 'starts with no currency registered'
const EARLIER_TEST = 'registers the euro'

const ORDERED = `import {describe, expect, it} from 'vitest'

const registered: string[] = []

describe('currencies', () => {
  it('${EARLIER_TEST}', () => {
    registered.push('EUR')
    expect(registered).toContain('EUR')
  })

  it('${ORDERED_TEST}', () => {
    expect(registered).toEqual([])
  })
})
`

describe('an order-dependent failure in the fix prompt', () => {
  it('the model is told it passed alone and failed in the full run, and what ran before it', async () => {
    const discounts = await readFile(join(FIXTURES_DIR, 'ts-vitest/src/discounts.ts'), 'utf8')
    world = await checkout({
      files: {'src/discounts.ts': discounts.replace(WRONG, RIGHT), 'test/ordered.test.ts': ORDERED}
    })
    model = await startFakeAnthropic({
      models: 'any',
      script: perAttempt([textTurn('I do not see what is wrong.')])
    })
    const run = await runAutofixInProcess({
      workspace: world.repo.dir,
      apiUrl: world.github.url,
      inputs: inputsFor(model, {...TEST_ONLY, 'max-attempts-per-failure': '1'})
    })
    expect(run.error, said(run)).toBeUndefined()
    const [result] = (await reportOf(run)).results
    expect(result, said(run)).toMatchObject({verdict: 'not-fixed', attempts: 1})
    const asked = sessions(model)
    expect(asked).toHaveLength(1)
    const text = asked[0]![0]!.messages
      .flatMap(m => (Array.isArray(m.content) ? m.content : [{type: 'text', text: m.content}]))
      .map(b => ('text' in b ? String(b.text) : ''))
      .join('\n')
    expect(text).toContain('this failure is ORDER-DEPENDENT')
    const facts = /UNTRUSTED order facts[^\n]*\n(`{3,})\w*\n([\s\S]*?)\n\1/.exec(text)
    expect(facts, text).not.toBeNull()
    const fenced = facts![2]!
    expect(fenced).toMatch(/^run alone \(passed\): .*vitest run .*test\/ordered\.test\.ts/m)
    expect(fenced).toMatch(
      /^full run \(failed again\): .*vitest run --reporter=default --reporter=json/m
    )
    expect(fenced).toContain('tests that ran before it in its file, in order (the nearest last):')
    expect(fenced).toContain(`- currencies > ${EARLIER_TEST}`)
  })
})

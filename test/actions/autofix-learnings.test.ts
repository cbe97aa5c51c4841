// autofix in-process with learnings: the fixture repository carries pattern
// docs (docs/patterns/*.md, as the weekly analysis writes them), and the
// scripted model (a stand-in for Claude, only in tests) refuses to play
// unless its request holds the doc about this failure, fenced as untrusted
// repository text, and none of the others: one about another failure, one
// of another class, one git ignores, and one that is not a pattern doc.
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {parseLedgerText} from '../../src/core/ledger/ledger-line.js'
import {startFakeAnthropic, type FakeAnthropic, type ScriptFn} from '../fakes/anthropic/index.js'
import {
  checkout,
  cleanupAutofixRuns,
  decisionsOf,
  fixDiscount,
  inputsFor,
  perAttempt,
  reportOf,
  runAutofixInProcess,
  said,
  NODE_TEST_COMMAND,
  TEST_ONLY,
  type Checkout
} from '../harness/autofix-run.js'
import {firstUserText} from '../harness/scripted-sessions.js'

let world: Checkout | undefined
let model: FakeAnthropic | undefined

afterEach(async () => {
  await cleanupAutofixRuns()
  await world?.github.close()
  await model?.close()
  await world?.repo.cleanup()
  world = model = undefined
})

function pattern(
  front: {key: string; category: string; fingerprints: string; files: string},
  text: string
): string {
  return [
    '---',
    'ci-medic: pattern/v1',
    `key: ${front.key}`,
    `category: ${front.category}`,
    `fingerprints: ${front.fingerprints}`,
    `files: ${front.files}`,
    'count: 3',
    'first-seen: 2026-11-01T10:00:00Z',
    'last-seen: 2026-11-20T10:00:00Z',
    '---',
    `# ${front.key}`,
    '',
    '## Problem',
    text,
    '',
    '## What fixed it',
    'A boundary comparison.',
    ''
  ].join('\n')
}

const ABOUT_THIS = 'LEARNING-7731: discount tier minimums are inclusive'
const OTHERS = ['LEARNING-OTHER-FILE', 'LEARNING-OTHER-CLASS', 'LEARNING-IGNORED']

/** The stand-in model's check: the request carries this failure's learning, fenced, and no other. */
function insistingOnTheLearning(inner: ScriptFn): ScriptFn {
  return (request, ctx) => {
    const task = firstUserText(request)
    if (!task.includes(`UNTRUSTED repository file docs/patterns/discount-boundary.md:\n`))
      throw new Error('the learning about this failure is not in the request, fenced')
    if (!task.includes(ABOUT_THIS)) throw new Error("the learning's text is not in the request")
    const stray = OTHERS.find(o => task.includes(o))
    if (stray) throw new Error(`a learning about something else is in the request: ${stray}`)
    return inner(request, ctx)
  }
}

describe('learnings reach the model', () => {
  it("gives the model the tracked doc about this failure's class and file only, and the report and decision log name it", async () => {
    world = await checkout({
      fixture: 'ts-node-test',
      files: {
        '.gitignore': 'node_modules\ncoverage/\n.vite/\n.vitest/\ndocs/patterns/local-*.md\n',
        'docs/patterns/discount-boundary.md': pattern(
          {
            key: 'discount-boundary',
            category: 'test_fail',
            fingerprints: '[0000aaaa]',
            files: '[src/discounts.ts, test/discounts.test.ts]'
          },
          ABOUT_THIS
        ),
        'docs/patterns/tax-rounding.md': pattern(
          {
            key: 'tax-rounding',
            category: 'test_fail',
            fingerprints: '[0000bbbb]',
            files: '[src/tax.ts]'
          },
          'LEARNING-OTHER-FILE'
        ),
        'docs/patterns/discount-lint.md': pattern(
          {
            key: 'discount-lint',
            category: 'lint_error',
            fingerprints: '[0000cccc]',
            files: '[src/discounts.ts]'
          },
          'LEARNING-OTHER-CLASS'
        ),
        'docs/patterns/notes.md': '# Notes without front matter\n',
        'docs/patterns/broken.md': '---\nci-medic: pattern/v1\nkey: [unclosed\n---\n# broken\n'
      }
    })
    // In the checkout but ignored by git: it may not influence the run.
    await writeFile(
      join(world.repo.dir, 'docs/patterns/local-discounts.md'),
      pattern(
        {
          key: 'local',
          category: 'test_fail',
          fingerprints: '[0000dddd]',
          files: '[src/discounts.ts]'
        },
        'LEARNING-IGNORED'
      )
    )
    model = await startFakeAnthropic({
      models: 'any',
      script: insistingOnTheLearning(perAttempt(fixDiscount()))
    })
    const ledgerDir = await mkdtemp(join(tmpdir(), 'ci-medic-learnings-ledger-'))
    const ledgerPath = join(ledgerDir, 'ledger.jsonl')
    const run = await runAutofixInProcess({
      workspace: world.repo.dir,
      apiUrl: world.github.url,
      inputs: inputsFor(model, {
        ...TEST_ONLY,
        ...NODE_TEST_COMMAND,
        fingerprint: 'abc',
        ledger: 'file',
        'ledger-path': ledgerPath
      })
    })
    expect(run.error, said(run)).toBeUndefined()
    expect(run.io.outputs.outcome, said(run)).toBe('fixed')
    expect(model.modelCalls).toBeGreaterThan(0)

    const report = await reportOf(run)
    const fixed = report.results.find(r => r.verdict === 'fixed') as {learnings?: string[]}
    expect(fixed.learnings).toEqual(['docs/patterns/discount-boundary.md'])
    // The outcome record keeps them too: the weekly analysis can tell what a learning helped fix.
    const ledger = parseLedgerText(await readFile(ledgerPath, 'utf8'))
    await rm(ledgerDir, {recursive: true, force: true})
    expect(ledger.outcomes.filter(o => o.resolution === 'fixed').map(o => o.learnings)).toEqual([
      ['docs/patterns/discount-boundary.md']
    ])
    // The PR body and the summary: a Learnings column naming the doc.
    const pr = world.github.state.pulls[0]!
    const body = world.github.state.issue(pr.number)?.body ?? ''
    expect(body).toMatch(/\| Learnings \|/)
    expect(body).toContain('docs/patterns/discount-boundary.md')
    expect(run.io.summary).toContain('docs/patterns/discount-boundary.md')

    const decisions = await decisionsOf(run)
    expect(decisions.filter(d => d.kind === 'learnings')).toEqual([
      expect.objectContaining({
        docs: [{path: 'docs/patterns/discount-boundary.md', match: 'category+file'}]
      })
    ])
    // Docs that are not pattern docs are a debug note each, never a failure.
    const debug = run.io.lines.filter(l => l.level === 'debug').map(l => l.message)
    expect(debug.some(l => l.includes('docs/patterns/notes.md left out: no front matter'))).toBe(
      true
    )
    expect(debug.some(l => l.includes('docs/patterns/broken.md left out'))).toBe(true)
  })
})

// The weekly pattern analysis over hand-written ledger records: which groups
// are patterns, how they are keyed, and how their docs are written and
// updated week over week.
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {
  END_MARKER,
  mergePattern,
  parsePatternDoc,
  renderPatternDoc
} from '../../../src/core/patterns/doc.js'
import {findPatterns} from '../../../src/core/patterns/group.js'
import {ledgerFacts} from '../../../src/core/patterns/occurrences.js'
import {analyseWeek, type WeekInput} from '../../../src/core/patterns/week.js'
import type {LedgerRecord} from '../../../src/core/ledger/ledger-record.js'
import type {OutcomeRecord} from '../../../src/core/ledger/outcome-record.js'
import {hoursAgo, NOW, outcome, verdict} from './records.js'

const CONTEXT = {serverUrl: 'https://github.example', repository: 'octo-org/octo-repo'}
const OPTIONS = {now: NOW, periodDays: 7, minOccurrences: 2}

function week(
  verdicts: LedgerRecord[],
  outcomes: OutcomeRecord[] = [],
  more: Partial<WeekInput> = {}
) {
  return analyseWeek({
    ledger: {verdicts, outcomes, corrupt: 0},
    existing: [],
    patternsPath: 'docs/patterns',
    context: CONTEXT,
    ...OPTIONS,
    ...more
  })
}

/** A seen three times, B twice, C once, all within the week. */
function abc(): LedgerRecord[] {
  return [
    verdict('aaaa1111', hoursAgo(50)),
    verdict('bbbb2222', hoursAgo(40)),
    verdict('aaaa1111', hoursAgo(30)),
    verdict('cccc3333', hoursAgo(20)),
    verdict('bbbb2222', hoursAgo(10)),
    verdict('aaaa1111', hoursAgo(5))
  ]
}

describe('grouping and the threshold', () => {
  it('keeps a fingerprint seen more than min-occurrences times: A (3) with the default 2, not B (2) or C (1)', () => {
    const found = findPatterns(ledgerFacts({verdicts: abc(), outcomes: []}), OPTIONS)
    expect(found.map(p => [p.fingerprints, p.count])).toEqual([[['aaaa1111'], 3]])
    expect(found[0]!.firstSeen).toBe(hoursAgo(50))
    expect(found[0]!.lastSeen).toBe(hoursAgo(5))
    expect(found[0]!.runs).toHaveLength(3)
  })

  it('with min-occurrences 1, B becomes a pattern too, most seen first', () => {
    const found = findPatterns(ledgerFacts({verdicts: abc(), outcomes: []}), {
      ...OPTIONS,
      minOccurrences: 1
    })
    expect(found.map(p => p.count)).toEqual([3, 2])
  })

  it('counts only the period: sightings older than period-days are left out', () => {
    const old = [verdict('aaaa1111', hoursAgo(24 * 8)), verdict('aaaa1111', hoursAgo(24 * 9))]
    const found = findPatterns(
      ledgerFacts({verdicts: [...old, verdict('aaaa1111', hoursAgo(1))], outcomes: []}),
      OPTIONS
    )
    expect(found).toEqual([])
  })

  it('does not count a rerun that passed, nor the same run attempt twice', () => {
    const first = verdict('aaaa1111', hoursAgo(9))
    const records = [
      first,
      {...first, time: hoursAgo(8)}, // the same run attempt written again
      verdict('aaaa1111', hoursAgo(7), {outcome: 'rerun-passed'}),
      verdict('aaaa1111', hoursAgo(6))
    ]
    expect(findPatterns(ledgerFacts({verdicts: records, outcomes: []}), OPTIONS)).toEqual([])
  })

  it('joins two fingerprints whose outcomes carry the same category and message shape', () => {
    const verdicts = [
      verdict('xxxx0001', hoursAgo(30)),
      verdict('xxxx0001', hoursAgo(20)),
      verdict('yyyy0002', hoursAgo(10))
    ]
    const outcomes = [
      outcome('xxxx0001', hoursAgo(29), {title: 'timed out after 5000ms in src/a/cart.ts:12'}),
      outcome('yyyy0002', hoursAgo(9), {title: 'timed out after 3000ms in src/b/tax.ts:40'})
    ]
    const found = findPatterns(ledgerFacts({verdicts, outcomes}), OPTIONS)
    expect(found).toHaveLength(1)
    expect(found[0]!.count).toBe(3)
    expect(found[0]!.fingerprints).toEqual(['xxxx0001', 'yyyy0002'])
  })

  it('keeps what fixed it and what did not from the outcomes of its fingerprints', () => {
    const outcomes = [
      outcome('aaaa1111', hoursAgo(45), {resolution: 'not-fixed', reason: 'every attempt failed'}),
      outcome('aaaa1111', hoursAgo(4), {
        pr: 'https://github.example/octo-org/octo-repo/pull/7',
        commit: 'c'.repeat(40)
      }),
      outcome('bbbb2222', hoursAgo(4), {
        title: 'checkout > applies coupon',
        pr: 'https://github.example/octo-org/octo-repo/pull/8'
      })
    ]
    const [a] = findPatterns(ledgerFacts({verdicts: abc(), outcomes}), OPTIONS)
    expect(a!.fixes.map(f => f.pr)).toEqual(['https://github.example/octo-org/octo-repo/pull/7'])
    expect(a!.failed.map(f => f.reason)).toEqual(['every attempt failed'])
    expect(a!.title).toBe('cart > adds tax')
  })
})

describe('the key', () => {
  it('is a slug of the category and the first fingerprint, the same whatever else the week holds', () => {
    const one = week(abc()).output[0]!.key
    const more = week([...abc(), verdict('aaaa1111', hoursAgo(2)), verdict('dddd', hoursAgo(3))])
    expect(one).toMatch(/^[a-z0-9-]+$/)
    expect(one).toBe('test-fail-aaaa1111')
    expect(more.output[0]!.key).toBe(one)
  })
})

describe('the doc', () => {
  it('has the front matter the fixing actions read, links to the runs, and the fixes', () => {
    const outcomes = [
      outcome('aaaa1111', hoursAgo(4), {pr: 'https://github.example/octo-org/octo-repo/pull/7'}),
      outcome('aaaa1111', hoursAgo(3), {resolution: 'reverted', reason: 'broke @octocat #12'})
    ]
    const [doc] = week(abc(), outcomes).docs
    expect(doc!.path).toBe('docs/patterns/test-fail-aaaa1111.md')
    const front = parse(/^---\n([\s\S]*?)\n---\n/.exec(doc!.text)![1]!) as Record<string, unknown>
    expect(front).toEqual({
      'ci-medic': 'pattern/v1',
      key: 'test-fail-aaaa1111',
      category: 'test_fail',
      fingerprints: ['aaaa1111'],
      files: ['src/cart.ts'],
      count: 3,
      'first-seen': hoursAgo(50),
      'last-seen': hoursAgo(5)
    })
    expect(doc!.text).toMatch(/^fingerprints: \[aaaa1111\]$/m)
    for (const heading of [
      '## Problem',
      '## Where it occurs',
      '## What fixed it',
      '## What did not'
    ])
      expect(doc!.text).toContain(heading)
    expect(doc!.text).toContain('https://github.example/octo-org/octo-repo/actions/runs/')
    expect(doc!.text).toContain('https://github.example/octo-org/octo-repo/pull/7')
    // The reason is untrusted text: no mention, no issue reference.
    expect(doc!.text).toContain('broke @\u200boctocat #\u200b12')
  })

  it('shows an untrusted title inert: escaped in the heading, fenced in the problem', () => {
    const outcomes = [outcome('aaaa1111', hoursAgo(4), {title: '<img src=x> @admin fixes #1'})]
    const [doc] = week(abc(), outcomes).docs
    const heading = doc!.text.split('\n').find(l => l.startsWith('# '))!
    expect(heading).toBe('# &lt;img src=x&gt; @\u200badmin fixes #\u200b1')
    expect(doc!.text).toContain('```text\n<img src=x> @admin fixes #1\n```')
  })

  it('is updated by a later week: counts only new sightings, merges runs, keeps the human text', () => {
    const records = abc()
    const first = week(records).docs[0]!
    const human = '## Notes\n\nThe cart test depends on the tax table; see the wiki.\n'
    const edited = `${first.text}${human}`
    const parsed = parsePatternDoc(edited)!
    expect(parsed.human).toBe(human)

    // The same week again adds nothing; two new sightings add two.
    const again = week(records, [], {existing: [parsed]}).docs
    expect(again.map(d => [d.path, d.pattern.count, d.updated])).toEqual([[first.path, 3, true]])
    expect(again[0]!.text).toBe(edited) // a rerun over the same week changes nothing
    const later = [...records, verdict('aaaa1111', hoursAgo(2)), verdict('aaaa1111', hoursAgo(1))]
    const [next] = week(later, [], {existing: [parsed]}).docs
    expect(next!.pattern.count).toBe(5)
    expect(next!.pattern.runs).toHaveLength(5)
    expect(next!.pattern.firstSeen).toBe(hoursAgo(50))
    expect(next!.pattern.lastSeen).toBe(hoursAgo(1))
    expect(next!.text.endsWith(`${END_MARKER}\n${human}`)).toBe(true)
  })

  it('is found again by a shared fingerprint when its key differs, never duplicated', () => {
    const first = week(abc()).docs[0]!
    const renamed = parsePatternDoc(first.text.replaceAll('test-fail-aaaa1111', 'cart-tax'))!
    const result = week(abc(), [], {existing: [renamed]})
    expect(result.docs.map(d => d.path)).toEqual(['docs/patterns/cart-tax.md'])
  })

  it('keeps a hand-written doc without the marker as human text', () => {
    const text = `---\nci-medic: pattern/v1\nkey: test-fail-aaaa1111\ncount: 10\nlast-seen: ${hoursAgo(100)}\n---\nWritten by a person.\n`
    const doc = parsePatternDoc(text)!
    expect(doc.human).toBe('Written by a person.\n')
    const merged = mergePattern(week(abc()).docs[0]!.pattern, doc)
    expect(merged.pattern.count).toBe(13)
    expect(renderPatternDoc(merged, CONTEXT)).toContain(`${END_MARKER}\nWritten by a person.\n`)
  })

  it('takes nothing from a doc that names a path as its key, nor from broken hidden state', () => {
    const first = week(abc()).docs[0]!
    const escaped = first.text.replace('key: test-fail-aaaa1111', 'key: ../../.github/workflows/x')
    expect(parsePatternDoc(escaped)).toBeUndefined()
    const broken = first.text.replace(/"runs":\[[^\]]*\]/, '"runs":[null, 3, {"id": "x"}]')
    expect(parsePatternDoc(broken)!.pattern.runs).toEqual([])
  })

  it('is not a ci-medic doc without its format line', () => {
    expect(parsePatternDoc('---\nkey: x\n---\n# notes\n')).toBeUndefined()
    expect(parsePatternDoc('# just markdown\n')).toBeUndefined()
  })
})

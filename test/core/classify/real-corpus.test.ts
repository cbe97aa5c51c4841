// A floor under the classifier's accuracy on the dev split of the real corpus (failures as
// people pasted them in public issues, labelled before the classifier saw them). The floor is
// the accuracy measured when it was set minus two points: a change that loses more than that
// on real pastes fails here. The sealed split is never scored in tests (see its README).
import {describe, expect, it} from 'vitest'
import {classifyText} from '../../../src/core/classify/index.js'
import {loadCorpus, REAL_DEV_DIR, scoreCorpus} from '../../../bench/classify/corpus.mjs'
// @ts-expect-error -- plain .mjs helper shared with the benchmark
import {checkSplit} from '../../../bench/corpus-real/split.mjs'

interface Entry {
  id: string
  ecosystem: string
  expected: string
  text: string
}

interface Score {
  excerpts: number
  correct: number
  accuracy: number
  ecosystems: string[]
  misses: {id: string; expected: string; got: string}[]
}

/**
 * Measured 683/895 (76.3 %) when the floor was first set (issue #11, session 14: the ninth batch's 48,
 * the tenth's 41, the eleventh's 16, the twelfth's 25 and the thirteenth's 19 dev excerpts, each
 * labelled before any score, the tenth to thirteenth sampled by generic queries (their new
 * excerpts scored 13/41, 2/16, 5/25 and 6/19 on the rules of their day); the ninth and tenth
 * rounds' rules, written from half A of dev: the ninth took half A 302 -> 330 and half B
 * 313 -> 324, the tenth half A 330 -> 348 and no half-B verdict, nor any of the twelfth
 * batch's 25). Session 15 added the fourteenth (23 dev) and fifteenth (30 dev) batches, sampled
 * the same way, with no rule changed: 692/948 (73.0 %; the new excerpts 5/23 and 4/30); then the
 * sixteenth to eighteenth (27, 24 and 25 dev; 9, 7 and 10 on the rules): 718/1024 (70.1 %); and
 * the nineteenth to twenty-first (26, 31 and 29 dev; 7, 9 and 7): 741/1110 (66.8 %); the prove
 * reader moved none; the twenty-second to twenty-fourth (24, 31 and 25 dev; 3, 9 and 3):
 * 756/1190 (63.5 %); the twenty-fifth to twenty-seventh (21, 26 and 23 dev; 8, 10 and 7):
 * 781/1260 (62.0 %); the twenty-ninth and thirtieth (11 and 15 dev; 7 and 2): 790/1286
 * (61.4 %). Session 16 added the thirty-first to thirty-ninth (20, 18, 19, 20, 26, 23, 20, 13
 * and 15 dev; 3, 5, 2, 3, 5, 4, 6, 4 and 3 on the rules), sampled the same way, with no rule
 * changed: 825/1460 (56.5 %). The floor is two points under it.
 */
const MEASURED = 825 / 1460
const FLOOR = MEASURED - 0.02

describe('real corpus, dev split', () => {
  const corpus = loadCorpus(REAL_DEV_DIR) as Entry[]

  it('keeps the split rule: every excerpt in the split its id hashes to, with a source', () => {
    expect(checkSplit() as string[]).toEqual([])
  })

  it('has real excerpts from many ecosystems', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300)
    expect(new Set(corpus.map(e => e.ecosystem)).size).toBeGreaterThanOrEqual(10)
  })

  it(`classifies at least ${(FLOOR * 100).toFixed(1)} % of it correctly`, () => {
    const score = scoreCorpus(corpus, (text: string) => classifyText(text)) as Score
    const misses = score.misses.map(m => `${m.id}: ${m.expected} → ${m.got}`).join('\n')
    expect(
      score.accuracy,
      `${score.correct}/${score.excerpts}; misses:\n${misses}`
    ).toBeGreaterThanOrEqual(FLOOR)
  })
})

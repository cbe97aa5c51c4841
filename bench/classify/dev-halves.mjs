// Scores the rules alone on two fixed halves of the real dev split, so a round of rules can be
// written from one half's misses and measured on the other (issue #11: rules learnt from dev
// transfer poorly to fresh text; the untouched half estimates how a change generalises).
//   node --import tsx bench/classify/dev-halves.mjs [--misses]
// Half A: excerpts whose id's sha256 has an even second byte; half B: odd. (The sealed split
// uses the first byte, so the halves cut across it independently.) --misses prints half A's
// misses only; half B is scored as a whole, per class, never its misses. The sealed split is
// never read. Writes nothing.
import {createHash} from 'node:crypto'
import {REAL_DEV_DIR, loadCorpus, printScore, scoreCorpus} from './corpus.mjs'
import {classifyText} from '../../src/core/classify/index.ts'

/** 'A' or 'B' for a dev excerpt id (second byte of sha256(id) even → A). */
export function devHalf(id) {
  return createHash('sha256').update(id).digest()[1] % 2 === 0 ? 'A' : 'B'
}

const showMisses = process.argv.includes('--misses')
const dev = loadCorpus(REAL_DEV_DIR)
for (const half of ['A', 'B']) {
  const corpus = dev.filter(e => devHalf(e.id) === half)
  const score = scoreCorpus(corpus, text => classifyText(text))
  printScore(`Dev half ${half}`, score, {misses: half === 'A' && showMisses})
  console.log('')
}

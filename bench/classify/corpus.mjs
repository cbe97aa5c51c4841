// Reads a labelled corpus (bench/corpus/*.corpus by default, or any directory of *.corpus files,
// e.g. the blind corpus bench/corpus-blind/), excerpts headed by `>>> <id> expected=<category>`,
// and scores a classifier on it.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

export const CORPUS_DIR = fileURLToPath(new URL('../corpus/', import.meta.url))
/** Written without reading the rules or the main corpus: the honest estimate of generalization. */
export const BLIND_CORPUS_DIR = fileURLToPath(new URL('../corpus-blind/', import.meta.url))

/** @returns {{id: string, ecosystem: string, expected: string, text: string}[]} */
export function loadCorpus(dir = CORPUS_DIR) {
  const out = []
  for (const name of readdirSync(dir)
    .filter(n => n.endsWith('.corpus'))
    .sort()) {
    const ecosystem = name.replace(/\.corpus$/, '')
    const lines = readFileSync(join(dir, name), 'utf8').split('\n')
    let current
    for (const line of lines) {
      const m = /^>>> (\S+) expected=(\w+)\s*$/.exec(line)
      if (m) {
        if (current) out.push(current)
        current = {id: m[1], ecosystem, expected: m[2], text: ''}
        continue
      }
      if (current) current.text += `${line}\n`
    }
    if (current) out.push(current)
  }
  for (const e of out) e.text = e.text.replace(/\n+$/, '\n')
  return out
}

/**
 * Scores `classifyText` on a loaded corpus: accuracy overall and per expected category, and the misses.
 * @param {{id: string, ecosystem: string, expected: string, text: string}[]} corpus
 * @param {(text: string) => {category: string, rule: string, confidence: number}} classifyText
 */
export function scoreCorpus(corpus, classifyText) {
  const perCategory = {}
  const misses = []
  let correct = 0
  for (const entry of corpus) {
    const c = classifyText(entry.text)
    const row = (perCategory[entry.expected] ??= {total: 0, correct: 0})
    row.total++
    if (c.category === entry.expected) {
      row.correct++
      correct++
    } else {
      misses.push({
        id: entry.id,
        expected: entry.expected,
        got: c.category,
        rule: c.rule,
        confidence: c.confidence
      })
    }
  }
  for (const row of Object.values(perCategory))
    row.accuracy = Math.round((row.correct / row.total) * 1000) / 1000
  const accuracy = corpus.length ? Math.round((correct / corpus.length) * 1000) / 1000 : 0
  const ecosystems = [...new Set(corpus.map(e => e.ecosystem))]
  return {excerpts: corpus.length, correct, ecosystems, accuracy, perCategory, misses}
}

/** Prints a score from scoreCorpus as a table, then its misses. */
export function printScore(label, score, log = console.log) {
  log(
    `${label}: ${score.excerpts} excerpts, ${score.ecosystems.length} ecosystems (${score.ecosystems.join(', ')})`
  )
  log('category               correct/total  accuracy')
  for (const [category, row] of Object.entries(score.perCategory).sort()) {
    log(
      `${category.padEnd(22)} ${`${row.correct}/${row.total}`.padStart(13)}  ${(row.accuracy * 100).toFixed(1)}%`
    )
  }
  log(
    `${'overall'.padEnd(22)} ${`${score.correct}/${score.excerpts}`.padStart(13)}  ${(score.accuracy * 100).toFixed(1)}%`
  )
  for (const m of score.misses)
    log(`  miss ${m.id}: expected ${m.expected}, got ${m.got} (${m.rule}, ${m.confidence})`)
}

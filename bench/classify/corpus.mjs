// Reads a labelled corpus (bench/corpus/*.corpus by default, or any directory of *.corpus files,
// e.g. the blind corpus bench/corpus-blind/ or the real-world corpus bench/corpus-real/{dev,sealed}),
// excerpts headed by `>>> <id> expected=<category>` (optionally followed by `key=value` attributes
// and a final `why=<text to end of line>`), and scores a classifier on it.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

export const CORPUS_DIR = fileURLToPath(new URL('../corpus/', import.meta.url))
/** Written without reading the rules or the main corpus: the honest estimate of generalization. */
export const BLIND_CORPUS_DIR = fileURLToPath(new URL('../corpus-blind/', import.meta.url))
/** Real failures as people pasted them in public threads: the split rules may be tuned on. */
export const REAL_DEV_DIR = fileURLToPath(new URL('../corpus-real/dev/', import.meta.url))
/** The sealed third of the real corpus: scored only as a whole, never tuned on. */
export const REAL_SEALED_DIR = fileURLToPath(new URL('../corpus-real/sealed/', import.meta.url))

/** A corpus whose individual misses must not be printed or stored (the sealed real split). */
export function isSealed(dir) {
  return /corpus-real[\\/]+sealed[\\/]*$/.test(dir)
}

const HEADER = /^>>> (\S+) expected=(\w+)(?:\s+(.*?))?\s*$/

/** `a=1 b=2 why=free text` → {a: '1', b: '2', why: 'free text'} */
function parseAttributes(text) {
  const attributes = {}
  let rest = text ?? ''
  while (rest) {
    const why = /^why=(.*)$/.exec(rest)
    if (why) {
      attributes.why = why[1]
      break
    }
    const m = /^(\w+)=(\S*)\s*(.*)$/.exec(rest)
    if (!m) throw new Error(`unreadable corpus header attributes: ${text}`)
    attributes[m[1]] = m[2]
    rest = m[3]
  }
  return attributes
}

/**
 * @returns {{id: string, ecosystem: string, expected: string, text: string, source?: string,
 *   why?: string, flaky?: boolean}[]}
 */
export function loadCorpus(dir = CORPUS_DIR) {
  const out = []
  for (const name of readdirSync(dir)
    .filter(n => n.endsWith('.corpus'))
    .sort()) {
    const ecosystem = name.replace(/\.corpus$/, '')
    const lines = readFileSync(join(dir, name), 'utf8').split('\n')
    let current
    for (const line of lines) {
      const m = HEADER.exec(line)
      if (m) {
        if (current) out.push(current)
        current = {id: m[1], ecosystem, expected: m[2], text: ''}
        const {source, why, flaky} = parseAttributes(m[3])
        if (source) current.source = source
        if (why) current.why = why
        if (flaky === 'yes') current.flaky = true
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
 * Scores `classifyText` on a loaded corpus: accuracy overall, per expected category and per
 * ecosystem, what each category was taken for (confusion), the flaky-marked subset, and the misses.
 * @param {{id: string, ecosystem: string, expected: string, text: string, flaky?: boolean}[]} corpus
 * @param {(text: string) => {category: string, rule: string, confidence: number}} classifyText
 */
export function scoreCorpus(corpus, classifyText) {
  const perCategory = {}
  const perEcosystem = {}
  const confusion = {}
  const misses = []
  let correct = 0
  let flaky
  for (const entry of corpus) {
    const c = classifyText(entry.text)
    const ok = c.category === entry.expected
    const rows = [
      (perCategory[entry.expected] ??= {total: 0, correct: 0}),
      (perEcosystem[entry.ecosystem] ??= {total: 0, correct: 0})
    ]
    if (entry.flaky) rows.push((flaky ??= {total: 0, correct: 0}))
    for (const row of rows) {
      row.total++
      if (ok) row.correct++
    }
    if (ok) {
      correct++
    } else {
      const taken = (confusion[entry.expected] ??= {})
      taken[c.category] = (taken[c.category] ?? 0) + 1
      misses.push({
        id: entry.id,
        expected: entry.expected,
        got: c.category,
        rule: c.rule,
        confidence: c.confidence
      })
    }
  }
  for (const row of [...Object.values(perCategory), ...Object.values(perEcosystem), flaky])
    if (row) row.accuracy = ratio(row.correct, row.total)
  const accuracy = ratio(correct, corpus.length)
  const ecosystems = [...new Set(corpus.map(e => e.ecosystem))]
  return {
    excerpts: corpus.length,
    correct,
    ecosystems,
    accuracy,
    perCategory,
    perEcosystem,
    confusion,
    ...(flaky ? {flaky} : {}),
    misses
  }
}

function ratio(correct, total) {
  return total ? Math.round((correct / total) * 1000) / 1000 : 0
}

/**
 * Prints a score from scoreCorpus as tables (per category, per ecosystem), then what each
 * category was taken for and the misses unless `misses` is false (the sealed split: only totals).
 */
export function printScore(label, score, {misses = true, log = console.log} = {}) {
  log(
    `${label}: ${score.excerpts} excerpts, ${score.ecosystems.length} ecosystems (${score.ecosystems.join(', ')})`
  )
  const line = (name, row) =>
    log(
      `${name.padEnd(22)} ${`${row.correct}/${row.total}`.padStart(13)}  ${(row.accuracy * 100).toFixed(1)}%`
    )
  log('category               correct/total  accuracy')
  for (const [category, row] of Object.entries(score.perCategory).sort()) line(category, row)
  line('overall', {correct: score.correct, total: score.excerpts, accuracy: score.accuracy})
  if (score.flaky) line('(flaky-marked)', score.flaky)
  if (score.ecosystems.length > 1) {
    log('ecosystem              correct/total  accuracy')
    for (const [ecosystem, row] of Object.entries(score.perEcosystem).sort()) line(ecosystem, row)
  }
  if (!misses) return
  for (const [expected, taken] of Object.entries(score.confusion).sort()) {
    const as = Object.entries(taken)
      .sort((a, b) => b[1] - a[1])
      .map(([got, n]) => `${got} ${n}`)
      .join(', ')
    log(`  ${expected} taken for: ${as}`)
  }
  for (const m of score.misses)
    log(`  miss ${m.id}: expected ${m.expected}, got ${m.got} (${m.rule}, ${m.confidence})`)
}

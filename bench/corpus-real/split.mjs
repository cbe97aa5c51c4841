// The deterministic dev/sealed split of the real-world corpus (bench/corpus-real/).
//
//   node bench/corpus-real/split.mjs <dir>   splits the *.corpus files of <dir> (excerpts of every
//                                            split, one file per ecosystem) into dev/ and sealed/
//   node bench/corpus-real/split.mjs --check verifies that every excerpt in dev/ and sealed/ is in
//                                            the split its id hashes to, ids are unique and every
//                                            header names its source and a rationale
//
// Rule: an excerpt is sealed when the first byte of sha256(id) is divisible by 3 (about a third),
// otherwise dev. Nobody tunes rules on the sealed split: it is scored as a whole, never read miss
// by miss.
import {createHash} from 'node:crypto'
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

export const REAL_CORPUS_DIR = fileURLToPath(new URL('./', import.meta.url))
export const SPLITS = ['dev', 'sealed']

/** @param {string} id @returns {'dev' | 'sealed'} */
export function splitOf(id) {
  const firstByte = createHash('sha256').update(id).digest()[0]
  return firstByte % 3 === 0 ? 'sealed' : 'dev'
}

const HEADER = /^>>> (\S+) expected=(\w+)(?:\s+(.*?))?\s*$/

/** Excerpt blocks of one *.corpus file: the header line and the lines up to the next header. */
function blocksOf(text) {
  const blocks = []
  for (const line of text.split('\n')) {
    const m = HEADER.exec(line)
    if (m) blocks.push({id: m[1], header: line, attributes: m[3] ?? '', lines: []})
    else if (blocks.length) blocks.at(-1).lines.push(line)
  }
  for (const b of blocks) while (b.lines.length && b.lines.at(-1) === '') b.lines.pop()
  return blocks
}

function corpusFiles(dir) {
  return readdirSync(dir)
    .filter(n => n.endsWith('.corpus'))
    .sort()
}

const COMMENT = {
  dev: '# Real-world CI failure excerpts (dev split): tune and inspect freely. See ../README.md.',
  sealed:
    '# Real-world CI failure excerpts (SEALED split): score only as a whole; never read its misses\n# or tune rules on it. See ../README.md.'
}

/**
 * The splits' own header comment lines. Concatenating a dev and a sealed file
 * to re-split them puts the sealed file's header after the last dev excerpt,
 * where it would become part of that excerpt's text: split drops them, and
 * --check refuses an excerpt that carries one.
 */
const COMMENT_LINES = new Set(Object.values(COMMENT).flatMap(c => c.split('\n')))

/** An excerpt's lines without the splits' header comments, trailing blank lines trimmed. */
function excerptLines(block) {
  const lines = block.lines.filter(l => !COMMENT_LINES.has(l))
  while (lines.length && lines.at(-1) === '') lines.pop()
  return lines
}

function split(sourceDir) {
  const out = {dev: {}, sealed: {}}
  for (const name of corpusFiles(sourceDir)) {
    for (const block of blocksOf(readFileSync(join(sourceDir, name), 'utf8'))) {
      const target = (out[splitOf(block.id)][name] ??= [])
      target.push([block.header, ...excerptLines(block)].join('\n'))
    }
  }
  for (const s of SPLITS) {
    mkdirSync(join(REAL_CORPUS_DIR, s), {recursive: true})
    for (const [name, blocks] of Object.entries(out[s])) {
      writeFileSync(join(REAL_CORPUS_DIR, s, name), `${COMMENT[s]}\n${blocks.join('\n')}\n`)
    }
    const n = Object.values(out[s]).reduce((sum, b) => sum + b.length, 0)
    console.log(`${s}: ${n} excerpts in ${Object.keys(out[s]).length} files`)
  }
}

/** @returns {string[]} problems found (empty when the corpus keeps the rule) */
export function checkSplit() {
  const problems = []
  const seen = new Set()
  for (const s of SPLITS) {
    const dir = join(REAL_CORPUS_DIR, s)
    for (const name of corpusFiles(dir)) {
      for (const block of blocksOf(readFileSync(join(dir, name), 'utf8'))) {
        if (seen.has(block.id)) problems.push(`duplicate id ${block.id}`)
        seen.add(block.id)
        if (splitOf(block.id) !== s)
          problems.push(`${block.id} is in ${s}, hashes to ${splitOf(block.id)}`)
        if (!/(^|\s)source=https:\/\/\S+/.test(block.attributes))
          problems.push(`${block.id} has no source=`)
        if (!/(^|\s)why=\S/.test(block.attributes)) problems.push(`${block.id} has no why=`)
        if (!block.lines.some(l => l.trim())) problems.push(`${block.id} is empty`)
        if (block.lines.some(l => COMMENT_LINES.has(l)))
          problems.push(`${block.id} carries a split's header comment inside its text`)
      }
    }
  }
  return problems
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = process.argv[2]
  if (arg === '--check') {
    const problems = checkSplit()
    for (const p of problems) console.error(p)
    if (problems.length) process.exit(1)
    console.log('split rule holds')
  } else if (arg) {
    split(arg)
  } else {
    console.error('usage: node bench/corpus-real/split.mjs <dir> | --check')
    process.exit(2)
  }
}

// Reads the labelled corpus: bench/corpus/*.corpus, excerpts headed by `>>> <id> expected=<category>`.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

export const CORPUS_DIR = fileURLToPath(new URL('../corpus/', import.meta.url))

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

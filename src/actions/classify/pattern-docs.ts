// The pattern docs on disk: read from the workspace's patterns-path (what
// the default branch already holds), written back with this week's content.
import {mkdir, readdir, readFile, writeFile} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {parsePatternDoc, type PatternDoc} from '../../core/patterns/doc.js'
import type {WrittenDoc} from '../../core/patterns/week.js'

/** A doc larger than this is not a ci-medic doc: skipped. */
const MAX_DOC_BYTES = 512 * 1024

/** The ci-medic docs (front matter `ci-medic: pattern/v1`) in `dir`; [] when it does not exist. */
export async function readWorkspaceDocs(workspace: string, dir: string): Promise<PatternDoc[]> {
  let names: string[]
  try {
    names = (await readdir(join(workspace, dir))).filter(n => n.endsWith('.md')).sort()
  } catch {
    return []
  }
  const docs: PatternDoc[] = []
  for (const name of names) {
    const text = await readFile(join(workspace, dir, name), 'utf8').catch(() => '')
    const doc = text.length <= MAX_DOC_BYTES ? parsePatternDoc(text) : undefined
    if (doc) docs.push(doc)
  }
  return docs
}

/** Docs of another source (the learnings branch) replace the workspace's of the same key. */
export function preferDocs(newer: PatternDoc[], older: PatternDoc[]): PatternDoc[] {
  const keys = new Set(newer.map(d => d.pattern.key))
  return [...newer, ...older.filter(d => !keys.has(d.pattern.key))]
}

export async function writeDocs(workspace: string, docs: WrittenDoc[]): Promise<void> {
  for (const doc of docs) {
    const path = join(workspace, doc.path)
    await mkdir(dirname(path), {recursive: true})
    await writeFile(path, doc.text)
  }
}

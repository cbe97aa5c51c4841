// The import graph the plan's grouping uses, from the repository's tracked
// source files (JS/TS and Python), read with caps: a huge or generated file
// is left out rather than slowing the plan, and a symbolic link is never
// followed (it could point outside the checkout).
import {lstat, readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {barrelFiles, buildImportGraph, type ImportGraph} from '../../../core/fanout/index.js'

const SOURCE = /\.(?:[cm]?[jt]sx?|py)$/
/** A file larger than this is left out of the graph. */
const MAX_FILE_BYTES = 256 * 1024
/** At most this many bytes are read in all. */
const MAX_TOTAL_BYTES = 16 * 1024 * 1024

export interface SourceGraph {
  importGraph: ImportGraph
  /** Files that only re-export others (an `index.ts` of `export … from`): grouping looks through them. */
  barrels: string[]
}

/** `repoFiles`: the tracked files (outside dependency folders) of the checkout at `root`. */
export async function sourceImportGraph(
  root: string,
  repoFiles: readonly string[]
): Promise<SourceGraph> {
  const sources: Record<string, string> = {}
  let total = 0
  for (const file of repoFiles) {
    if (!SOURCE.test(file)) continue
    const info = await lstat(join(root, file)).catch(() => undefined)
    if (!info?.isFile() || info.size > MAX_FILE_BYTES) continue
    if (total + info.size > MAX_TOTAL_BYTES) break
    total += info.size
    const text = await readFile(join(root, file), 'utf8').catch(() => undefined)
    if (text !== undefined) sources[file] = text
  }
  return {importGraph: buildImportGraph(sources, repoFiles), barrels: barrelFiles(sources)}
}

// Reading the learnings (pattern docs, docs/patterns/*.md) from the checkout.
// Only files git tracks count: the docs steer the model, and nothing git
// ignores (a build output, a file a check wrote) may influence a run. Read
// the way the model's tools read: confined to the workspace, regular files
// only, size-capped. A doc that cannot be read or parsed is left out with a
// note; it never fails the run.
import {parseLearning, type LearningDoc} from '../../core/fixing/learnings.js'
import {normalizePath} from '../../core/fixing/source-text.js'
import {listTrackedFiles} from './git-workspace.js'
import {readRegularFile, resolveInWorkspace} from './workspace-paths.js'

/** A pattern doc is a few KB; anything far bigger is not one, and is not read. */
const MAX_DOC_BYTES = 256 * 1024
/** The most docs looked at (a folder of thousands is not a set of learnings). */
const MAX_DOCS = 500

export interface LearningsRead {
  docs: LearningDoc[]
  /** Docs left out, and why (for a debug note). */
  ignored: {path: string; reason: string}[]
}

/** The tracked `*.md` files directly in `folder` (relative to `root`), parsed. */
export async function readLearnings(root: string, folder: string): Promise<LearningsRead> {
  const dir = normalizePath(folder)
    .replace(/^\.\/+/, '')
    .replace(/\/+$/, '')
  const tracked = (await listTrackedFiles(root)) ?? []
  const paths = tracked
    .filter(p => p.endsWith('.md') && parentOf(p) === dir)
    .sort()
    .slice(0, MAX_DOCS)
  const out: LearningsRead = {docs: [], ignored: []}
  for (const path of paths) {
    let text: string
    try {
      text = (await readRegularFile(resolveInWorkspace(root, path), path, MAX_DOC_BYTES)).toString(
        'utf8'
      )
    } catch (error) {
      out.ignored.push({path, reason: error instanceof Error ? error.message : String(error)})
      continue
    }
    const parsed = parseLearning(path, text)
    if (parsed.ok) out.docs.push(parsed.doc)
    else out.ignored.push({path, reason: parsed.reason})
  }
  return out
}

function parentOf(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash < 0 ? '' : path.slice(0, slash)
}

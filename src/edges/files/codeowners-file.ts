// The repository's CODEOWNERS file, read from the checkout in GitHub's order
// (.github/, the root, docs/): the first one found is the one GitHub uses.
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {CODEOWNERS_PATHS} from '../../core/fixing/codeowners.js'

export interface CodeownersFile {
  /** Repository-relative, e.g. `.github/CODEOWNERS`. */
  path: string
  text: string
}

/** GitHub ignores a CODEOWNERS file over 3 MB; so do we. */
const MAX_BYTES = 3 * 1024 * 1024

/** The first CODEOWNERS under `root`, or undefined when there is none (or it is too large to count). */
export async function readCodeownersFile(root: string): Promise<CodeownersFile | undefined> {
  for (const path of CODEOWNERS_PATHS) {
    let buffer: Buffer
    try {
      buffer = await readFile(join(root, path))
    } catch {
      continue
    }
    if (buffer.length > MAX_BYTES) return undefined
    return {path, text: buffer.toString('utf8')}
  }
  return undefined
}

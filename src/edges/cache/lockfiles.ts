// The lockfiles in the checkout's root, hashed for the baseline cache's key
// (src/core/baseline/key.ts): a changed lockfile means other dependencies,
// so other check results, so another key. Only regular files count; one that
// cannot be read counts by its name alone.
import {readdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {isLockfile, lockfileHash} from '../../core/baseline/key.js'

export async function lockfilesHash(root: string): Promise<string> {
  const entries = await readdir(root, {withFileTypes: true}).catch(() => [])
  const files = await Promise.all(
    entries
      .filter(e => e.isFile() && isLockfile(e.name))
      .map(async e => ({
        name: e.name,
        content: await readFile(join(root, e.name)).catch(() => Buffer.alloc(0))
      }))
  )
  return lockfileHash(files)
}

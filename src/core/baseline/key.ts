// The baseline cache's key: which checks' results on which commit, with
// which dependencies. Two jobs (a fan-out's `work` jobs, a rerun) that would
// run the same commands on the same tree with the same lockfiles get the
// same key; anything else gets another one, so a changed command or a
// changed lockfile is a miss, never a stale hit. Pure: the lockfiles are
// read and hashed by the edge (src/edges/cache/lockfiles.ts).
import {createHash} from 'node:crypto'

/** Bump when the record's meaning changes: old entries are then never looked up again. */
export const BASELINE_KEY_PREFIX = 'ci-medic-baseline-v1'

/** The lockfiles whose contents decide what the checks run against (in the checkout's root). */
export const LOCKFILE_NAMES = [
  'package-lock.json',
  'pnpm-lock.yaml',
  'yarn.lock',
  'poetry.lock',
  'uv.lock'
] as const

/** requirements.txt, requirements-dev.txt, requirements.lock.txt … */
const REQUIREMENTS = /^requirements[^/]*\.txt$/

export function isLockfile(name: string): boolean {
  return (LOCKFILE_NAMES as readonly string[]).includes(name) || REQUIREMENTS.test(name)
}

/** What the key is made of; the record repeats it so a foreign entry is told apart. */
export interface BaselineIdentity {
  /** `owner/repo`. */
  repository: string
  /** The commit the checks ran on (the checkout's HEAD, a clean tree). */
  sha: string
  /** The checks in the order they run. */
  commands: readonly {check: string; command: string}[]
  /** The edge's hash of the lockfiles that exist (`none` when there are none). */
  lockfileHash: string
}

const HASH_LENGTH = 16

export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, HASH_LENGTH)
}

/** The lockfiles' names and contents, hashed in name order; `none` when there are none. */
export function lockfileHash(files: readonly {name: string; content: string | Buffer}[]): string {
  if (files.length === 0) return 'none'
  const hash = createHash('sha256')
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : 1)))
    hash.update(`${file.name}\0`).update(file.content).update('\0')
  return hash.digest('hex').slice(0, HASH_LENGTH)
}

export function commandsHash(commands: BaselineIdentity['commands']): string {
  return shortHash(JSON.stringify(commands.map(c => [c.check, c.command])))
}

/**
 * `ci-medic-baseline-v1-<sha>-<commands hash>-<lockfile hash>`. The key has no
 * repository in it: GitHub's cache is per repository already. No commas, and
 * far under the service's 512 characters.
 */
export function baselineCacheKey(identity: Omit<BaselineIdentity, 'repository'>): string {
  return `${BASELINE_KEY_PREFIX}-${identity.sha}-${commandsHash(identity.commands)}-${identity.lockfileHash}`
}

// A broken contract (a package's or tool's new release no longer provides
// what unchanged code uses) goes to autofix only when autofix has something of
// the repository to adapt: a file the failure names that is the repository's
// own, not the package's. Without one, the only change in reach is a pin of
// the old version, and whether to pin or to wait for a fix is a person's call.
// A JVM stack trace names its files without their directories: the edge looks
// the frames up in the repository's tree (frameSourcesOf, then jvm-frames.ts's
// filesOfFrames), and the files found there count as the repository's.
import {repositoryFilesOf} from '../classify/failure-files.js'
import {jvmFrameSources} from '../classify/jvm-frames.js'
import type {Classification, Failure} from '../classify/types.js'

const MAX_NAMED = 3

/** The repository files a contract_violation verdict's breaks name (its other failures when none is a break). */
export function adaptableFiles(classification: Classification): string[] {
  return repositoryFilesOf(breaksOf(classification))
}

function breaksOf(classification: Classification): readonly Failure[] {
  const breaks = classification.failures.filter(f => f.category === 'contract_violation')
  return breaks.length ? breaks : classification.failures
}

/**
 * The JVM frames to look up in the repository's tree (source-root-relative paths): only for a
 * contract_violation that names no repository file otherwise.
 */
export function frameSourcesOf(classification: Classification): string[] {
  if (classification.category !== 'contract_violation' || adaptableFiles(classification).length)
    return []
  return jvmFrameSources(
    breaksOf(classification)
      .map(f => `${f.message}\n${f.excerpt}`)
      .join('\n')
  )
}

export interface ContractGate {
  /** Autofix may adapt these files; empty: a human is alerted with `reason`. */
  files: string[]
  reason: string
}

/**
 * Undefined unless the verdict is contract_violation (from the rules, not the drift comparison).
 * `frameFiles`: the repository files its JVM frames were found to be (none looked up: empty).
 */
export function contractGate(
  classification: Classification,
  frameFiles: readonly string[] = []
): ContractGate | undefined {
  if (classification.category !== 'contract_violation') return undefined
  const own = adaptableFiles(classification)
  const files = own.length ? own : [...frameFiles]
  const rule =
    classification.failures.find(f => f.category === 'contract_violation')?.rule ??
    classification.rule
  const what = `A package or tool no longer provides what the code uses (${rule})`
  if (files.length === 0)
    return {
      files,
      reason: `${what}, and the failure names no file of the repository to adapt (only the package's own code, or no location at all): autofix could only pin the old version, and whether to pin or to adapt is a person's call, so a human looks at it.`
    }
  const named = files.slice(0, MAX_NAMED).join(', ')
  const more = files.length > MAX_NAMED ? ` and ${files.length - MAX_NAMED} more` : ''
  return {files, reason: `${what}; the repository's ${named}${more} can be adapted to it`}
}

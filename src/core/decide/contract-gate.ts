// A broken contract (a package's or tool's new release no longer provides
// what unchanged code uses) goes to autofix only when autofix has something of
// the repository to adapt: a file the failure names that is the repository's
// own, not the package's. Without one, the only change in reach is a pin of
// the old version, and whether to pin or to wait for a fix is a person's call.
import {repositoryFilesOf} from '../classify/failure-files.js'
import type {Classification} from '../classify/types.js'

const MAX_NAMED = 3

/** The repository files a contract_violation verdict's breaks name (its other failures when none is a break). */
export function adaptableFiles(classification: Classification): string[] {
  const breaks = classification.failures.filter(f => f.category === 'contract_violation')
  return repositoryFilesOf(breaks.length ? breaks : classification.failures)
}

export interface ContractGate {
  /** Autofix may adapt these files; empty: a human is alerted with `reason`. */
  files: string[]
  reason: string
}

/** Undefined unless the verdict is contract_violation (from the rules, not the drift comparison). */
export function contractGate(classification: Classification): ContractGate | undefined {
  if (classification.category !== 'contract_violation') return undefined
  const files = adaptableFiles(classification)
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

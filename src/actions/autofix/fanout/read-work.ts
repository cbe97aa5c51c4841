// Reading one downloaded work artifact: work.json (schema), proposal.json
// (the publish split's checks: schema, this repository, this run) and the
// bundle's header (exactly the proposed commits on the recorded base). Any
// problem refuses the proposal with one reason; integrate goes on without it.
import {readFile, stat} from 'node:fs/promises'
import {join} from 'node:path'
import {
  BUNDLE_FILE,
  bundleMismatch,
  checkProposal,
  MAX_BUNDLE_BYTES,
  parseBundleHeader,
  PROPOSAL_FILE,
  type Proposal
} from '../../../core/proposal/proposal.js'
import type {WorkflowContext} from '../../../settings/workflow-context.js'
import {parseWorkFile, WORK_FILE, type WorkFile} from './work-file.js'

export interface ReadWork {
  work: WorkFile
  proposal: Proposal
  /** The bundle's path; absent when the proposal holds no commit. */
  bundle?: string
}

export interface RefusedWork {
  /** The group, when work.json said which. */
  group?: string
  artifact: string
  reason: string
}

/** The folder of the artifact the proposal is in (the report and decision log sit beside it). */
export const PROPOSAL_DIR = 'proposal'

export async function readWork(
  artifact: string,
  root: string,
  context: WorkflowContext
): Promise<ReadWork | RefusedWork> {
  const dir = join(root, PROPOSAL_DIR)
  const text = (file: string): Promise<string | undefined> =>
    readFile(join(dir, file), 'utf8').catch(() => undefined)
  const workText = await text(WORK_FILE)
  if (workText === undefined) return {artifact, reason: `it holds no ${WORK_FILE}`}
  const parsed = parseWorkFile(workText)
  if ('error' in parsed) return {artifact, reason: parsed.error}
  const {work} = parsed
  const refuse = (reason: string): RefusedWork => ({group: work.group, artifact, reason})
  const {owner, repo, runId} = context
  if (
    `${work.repository.owner}/${work.repository.repo}`.toLowerCase() !==
    `${owner}/${repo}`.toLowerCase()
  )
    return refuse(
      `it is for ${work.repository.owner}/${work.repository.repo}, not ${owner}/${repo}`
    )
  let json: unknown
  try {
    json = JSON.parse((await text(PROPOSAL_FILE)) ?? '')
  } catch {
    return refuse(`its ${PROPOSAL_FILE} is missing or not JSON`)
  }
  const checked = checkProposal(json, {owner, repo, runId})
  if (!checked.ok) return refuse(checked.reason)
  const {proposal} = checked
  if (proposal.runId !== work.runId || proposal.base.sha !== work.baseSha)
    return refuse(`its ${PROPOSAL_FILE} and ${WORK_FILE} disagree on the run or the base commit`)
  if (!proposal.branches.length) {
    if (work.fixes.length) return refuse('it lists commits but its proposal holds none')
    return {work, proposal}
  }
  return withBundle(join(dir, BUNDLE_FILE), {work, proposal}, refuse)
}

async function withBundle(
  bundle: string,
  read: ReadWork,
  refuse: (reason: string) => RefusedWork
): Promise<ReadWork | RefusedWork> {
  const size = await stat(bundle).then(
    s => s.size,
    () => -1
  )
  if (size < 0) return refuse(`its ${BUNDLE_FILE} is missing`)
  if (size > MAX_BUNDLE_BYTES)
    return refuse(`its bundle is ${size} bytes, more than the ${MAX_BUNDLE_BYTES} accepted`)
  const head = await readFile(bundle).then(b => b.subarray(0, 64 * 1024).toString('latin1'))
  const header = parseBundleHeader(head)
  if (!header) return refuse(`its ${BUNDLE_FILE} is not a git bundle`)
  const mismatch = bundleMismatch(header, read.proposal)
  if (mismatch) return refuse(mismatch)
  return {...read, bundle}
}

// publish: separate-job. The fixing job holds no write token: instead of
// pushing, it ends by writing a proposal under RUNNER_TEMP (proposal.json
// and fixes.bundle, src/core/proposal/) for the publish command of a later
// job of the same run, which re-checks it, then pushes and opens the PR.
import {mkdir, rm, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {BUNDLE_FILE, PROPOSAL_FILE, type Proposal} from '../../core/proposal/proposal.js'
import {tokenlessScratchRepo} from '../../engine/tokenless-scratch.js'
import {defaultBranch} from '../../engine/workspace-checks.js'
import {ConfigurationError} from '../../errors.js'
import type {AutofixDeps} from './deps.js'
import type {FixedRun} from './fix-step.js'

export interface ProposalText {
  title: string
  body: string
  /** Set only when a stale PR may be closed (the checks ran and passed). */
  closeComment?: string
}

/** Writes the proposal directory; returns its path (the proposal-path output). */
export async function writeProposal(
  deps: AutofixDeps,
  run: FixedRun,
  text: ProposalText
): Promise<string> {
  const {settings, context, github} = deps
  const dir = join(context.tempDir, 'ci-medic', 'proposal')
  await rm(dir, {recursive: true, force: true})
  await mkdir(dir, {recursive: true})
  const baseBranch =
    settings.baseBranch || (github ? await defaultBranch(github.client, github.repo) : '')
  const fixes = run.loop.fixes
  const baseSha = fixes.length
    ? await bundleFixes(deps, run, join(dir, BUNDLE_FILE))
    : ((await deps.git.head()) ?? '')
  const proposal: Proposal = {
    version: 1,
    action: 'autofix',
    repository: {owner: context.owner, repo: context.repo},
    runId: context.runId,
    runAttempt: context.runAttempt,
    workflow: context.workflow,
    base: {branch: baseBranch, sha: baseSha},
    branches: fixes.length
      ? [
          {
            branch: run.branch,
            head: fixes.at(-1)!.sha,
            title: text.title,
            body: text.body,
            draft: settings.draft,
            labels: settings.labels,
            files: [...new Set(fixes.flatMap(f => f.files))].sort()
          }
        ]
      : [],
    ...(text.closeComment ? {closeStale: {branch: run.branch, comment: text.closeComment}} : {})
  }
  await writeFile(join(dir, PROPOSAL_FILE), `${JSON.stringify(proposal, null, 2)}\n`)
  return dir
}

/** `git bundle` of the verified commits (base..head) as the fix branch; returns the base sha. */
async function bundleFixes(deps: AutofixDeps, run: FixedRun, path: string): Promise<string> {
  const head = run.loop.fixes.at(-1)!.sha
  const scratch = await tokenlessScratchRepo(deps)
  try {
    const fetched = await scratch.fetchRef(deps.git.root, 'HEAD')
    if (fetched !== head)
      throw new ConfigurationError(
        `HEAD is at ${fetched.slice(0, 12)}, not at the commit autofix verified (${head.slice(0, 12)}): something moved it after verification, so no proposal was written.`
      )
    const base = await scratch.parentOf(run.loop.fixes[0]!.sha)
    if (!base)
      throw new ConfigurationError(
        'The first fix has no parent commit: nothing to base a proposal on.'
      )
    await scratch.bundle(path, run.branch, {base, sha: head})
    return base
  } finally {
    await scratch.dispose()
  }
}

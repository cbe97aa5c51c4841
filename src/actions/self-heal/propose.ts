// publish: separate-job. This job holds no write token: each verified group
// stays on its local fix/sentry-* branch, and at the end of the run one
// proposal under RUNNER_TEMP (proposal.json and fixes.bundle with one branch
// per group, src/core/proposal/) carries the PRs, the alert issues and the
// tracking issue's update to the publish command of a later job of the same
// run, which re-checks all of it, then pushes and writes on GitHub.
import {mkdir, rm, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {
  BUNDLE_FILE,
  PROPOSAL_FILE,
  type Proposal,
  type ProposedBranch
} from '../../core/proposal/proposal.js'
import {fixUpdatesOf, healTitle, type HealResult} from '../../core/self-heal/index.js'
import {capBody} from '../../edges/github/pull-requests.js'
import {tokenlessScratchRepo} from '../../engine/tokenless-scratch.js'
import {ConfigurationError, errorMessage} from '../../errors.js'
import type {SelfHealDeps} from './deps.js'
import {prBody, type Verified} from './publish.js'
import type {ProposedFix, SelfHealRun} from './run-state.js'
import {proposeOutcomes} from '../fixing-ledger.js'

/** Keeps a verified group for the proposal: its branch is pushed, and its PR opened, by the publish job. */
export function proposeFix(
  deps: SelfHealDeps,
  run: SelfHealRun,
  fix: Verified,
  baseSha: string
): HealResult {
  const {healed} = fix
  const title = healTitle(fix.case)
  run.proposed.fixes.push({
    result: healed,
    base: fix.base,
    baseSha,
    title,
    body: prBody(deps, fix),
    issueIds: fix.case.members.map(m => m.id),
    ...(fix.case.members[0]?.projectId ? {projectId: fix.case.members[0].projectId} : {})
  })
  run.journal.fact(
    'publish',
    `${healed.branch} is proposed: the publish job pushes it and opens "${title}".`
  )
  if (deps.settings.sentryNotes && run.proposed.fixes.length === 1)
    run.journal.fact(
      'sentry-noted',
      'No note links the PRs on Sentry: the publish job opens them and holds no Sentry token.'
    )
  return {
    ...healed,
    prAction: 'none',
    reason: `${healed.reason}; proposed to the publish job, which pushes ${healed.branch} and opens its PR`
  }
}

/** The "Write the proposal" step: the files, the proposal-path output and a line in the summary. */
export async function writeHealProposal(deps: SelfHealDeps, run: SelfHealRun): Promise<void> {
  try {
    const dir = await writeProposalFiles(deps, run)
    run.proposalPath = dir
    if (run.proposedOutcomes?.length)
      await proposeOutcomes(dir, run.proposedOutcomes, {
        journal: run.journal,
        logger: deps.io.logger
      })
    const {fixes, alerts} = run.proposed
    const what = `${fixes.length} fix branch(es), ${alerts.length} alert issue(s) and the tracking issue's update`
    run.journal.done('publish', `Wrote the proposal for the publish job (${what}) to ${dir}.`)
    deps.io.setOutputs({'proposal-path': dir})
    await deps.io.writeSummary(
      `\n**Proposal written** (publish: separate-job): ${what}. This job pushed nothing and wrote nothing on GitHub; the publish job checks the proposal again, then pushes the branches and opens the PRs and issues.\n`
    )
  } catch (error) {
    run.journal.couldNot('publish', `No proposal was written: ${errorMessage(error)}`)
    run.publishError = error
  }
}

async function writeProposalFiles(deps: SelfHealDeps, run: SelfHealRun): Promise<string> {
  const {context, settings} = deps
  const dir = join(context.tempDir, 'ci-medic', 'proposal')
  await rm(dir, {recursive: true, force: true})
  await mkdir(dir, {recursive: true})
  const fixes = run.proposed.fixes
  const baseSha = fixes[0]?.baseSha ?? (await deps.git.head()) ?? ''
  if (fixes.length) await bundleFixes(deps, fixes, join(dir, BUNDLE_FILE))
  const proposal: Proposal = {
    version: 1,
    action: 'self-heal',
    kind: 'self-heal',
    repository: {owner: context.owner, repo: context.repo},
    runId: context.runId,
    runAttempt: context.runAttempt,
    workflow: context.workflow,
    base: {branch: fixes[0]?.base ?? settings.baseBranch, sha: baseSha},
    branches: fixes.map(f => proposedBranch(deps, f)),
    selfHeal: {
      trackingIssueTitle: settings.trackingIssueTitle,
      maxPrsPerDay: settings.maxPrsPerDay,
      // Within the proposal's caps: GitHub would cut them anyway.
      alerts: run.proposed.alerts.map(a => ({...a, details: capBody(a.details, 60_000)})),
      // Only a state this job read says anything about earlier fixes.
      fixUpdates: run.stateRead ? fixUpdatesOf(run.state) : [],
      report: capBody(run.report)
    }
  }
  await writeFile(join(dir, PROPOSAL_FILE), `${JSON.stringify(proposal, null, 2)}\n`)
  return dir
}

function proposedBranch(deps: SelfHealDeps, fix: ProposedFix): ProposedBranch {
  const {result} = fix
  const testFile = result.testFile
  return {
    branch: result.branch,
    head: result.head!,
    title: fix.title,
    body: capBody(fix.body),
    draft: deps.settings.draft,
    labels: deps.settings.labels,
    files: [...new Set([...(testFile ? [testFile] : []), ...(result.fixFiles ?? [])])].sort(),
    sentry: {
      group: result.group,
      lead: result.lead,
      issueIds: fix.issueIds,
      shortIds: result.shortIds,
      ...(testFile ? {testFile} : {}),
      ...(fix.projectId ? {projectId: fix.projectId} : {})
    }
  }
}

/** One `git bundle` of every group's branch (base..head), made in a scratch repository. */
async function bundleFixes(
  deps: SelfHealDeps,
  fixes: readonly ProposedFix[],
  path: string
): Promise<void> {
  const scratch = await tokenlessScratchRepo(deps)
  try {
    for (const {result} of fixes) {
      const fetched = await scratch.fetchRef(deps.git.root, `refs/heads/${result.branch}`)
      if (fetched !== result.head)
        throw new ConfigurationError(
          `${result.branch} is at ${fetched.slice(0, 12)}, not at the commit self-heal verified (${result.head?.slice(0, 12)}): something moved it after verification, so no proposal was written.`
        )
    }
    await scratch.bundleBranches(
      path,
      fixes[0]!.baseSha,
      fixes.map(f => ({branch: f.result.branch, sha: f.result.head!}))
    )
  } finally {
    await scratch.dispose()
  }
}

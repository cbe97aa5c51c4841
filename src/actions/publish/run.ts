// The publish command (publish: separate-job, second job): takes the
// proposal autofix or self-heal wrote in the fixing job of this same run,
// re-checks it (verify.ts), then pushes the commits from a scratch
// repository to the repository's own URL with the lease rules (never over
// commits ci-medic did not push) and opens or updates the PR, or closes a
// stale PR when the proposal asks for it; a self-heal proposal also raises
// its alert issues and writes the tracking issue (self-heal.ts). Text from
// the proposal goes on GitHub only through inertForPublish. It runs no
// repository code and no model.
import {readPushedMarker, divertedNote, withPushedMarker} from '../../core/fixing/index.js'
import {featureReference} from '../../core/feature/report.js'
import {inertForPublish} from '../../core/proposal/inert.js'
import type {Proposal, ProposedBranch} from '../../core/proposal/proposal.js'
import type {PublishedPr} from '../../core/proposal/proposal-ledger.js'
import {sentryFingerprint} from '../../core/ledger/heal-outcome-of.js'
import type {OutcomeRecord} from '../../core/ledger/outcome-record.js'
import {
  closeStalePullRequest,
  findOpenPullRequest,
  upsertPullRequest
} from '../../edges/github/pull-requests.js'
import {createScratchRepo, type ScratchRepo} from '../../edges/workspace/index.js'
import {pushOwnedFrom} from '../../engine/push-branch.js'
import {requestReviews} from '../../engine/review-requests.js'
import {defaultBranch} from '../../engine/workspace-checks.js'
import type {InputSource} from '../../settings/input-source.js'
import {runnerDeps, type PublishDeps} from './deps.js'
import {appendOutcomes, ledgerLine} from './ledger.js'
import {publishSelfHeal, type SelfHealPublication} from './self-heal.js'
import {checkBranch, readProposal, requireBase, type ReadProposal} from './verify.js'

export interface Published {
  branch: string
  prUrl: string
  prNumber: number
  /** What happened to the PR. */
  action: 'created' | 'updated' | 'unchanged' | 'closed' | 'none'
  /** Set when the branch had commits ci-medic did not push and the fix went elsewhere. */
  diverted?: string
}

export async function publish(inputs: InputSource): Promise<void> {
  await runPublish(await runnerDeps(inputs))
}

export async function runPublish(deps: PublishDeps): Promise<Published> {
  const {io} = deps
  const read = await io.group('Read the proposal', () => readProposal(deps))
  const base = read.proposal.base.branch || (await defaultBranch(deps.client, deps.repo))
  if (read.proposal.kind === 'self-heal') return publishHealProposal(deps, read, base)
  const published = await io.group('Check and publish', () =>
    withScratch(deps, async scratch => {
      await requireBase(scratch, read.proposal)
      const branch = read.proposal.branches[0]
      if (branch) return publishBranch(deps, scratch, {read, branch, base})
      return closeIfAsked(deps, read.proposal, base)
    })
  )
  const ledger = await io.group('Write the ledger', () =>
    appendOutcomes(deps, read.outcomes, () => ({url: published.prUrl, action: published.action}))
  )
  io.setOutputs({
    'pr-url': published.prUrl,
    'pr-number': published.prNumber ? String(published.prNumber) : '',
    branch: published.branch,
    'pr-urls': JSON.stringify(published.prUrl ? [published.prUrl] : [])
  })
  await io.writeSummary(summaryOf(read.proposal, published, ledgerLine(ledger)))
  return published
}

async function publishHealProposal(
  deps: PublishDeps,
  read: ReadProposal,
  base: string
): Promise<Published> {
  const done = await deps.io.group('Check and publish the self-heal proposal', () =>
    publishSelfHeal(deps, read, base, use => withScratch(deps, use))
  )
  const ledger = await deps.io.group('Write the ledger', () =>
    appendOutcomes(deps, read.outcomes, healPrOf(read, done))
  )
  const first = done.fixes.find(f => f.prUrl)
  const published: Published = {
    branch: first?.branch ?? '',
    prUrl: first?.prUrl ?? '',
    prNumber: first?.prNumber ?? 0,
    action: first ? (first.action as Published['action']) : 'none'
  }
  deps.io.setOutputs({
    'pr-url': published.prUrl,
    'pr-number': published.prNumber ? String(published.prNumber) : '',
    branch: published.branch,
    'pr-urls': JSON.stringify(done.fixes.flatMap(f => (f.prUrl ? [f.prUrl] : [])))
  })
  await deps.io.writeSummary(healSummaryOf(read.proposal, done, ledgerLine(ledger)))
  return published
}

/** The PR of a self-heal outcome: its group's branch, as this job published it. */
function healPrOf(
  read: ReadProposal,
  done: SelfHealPublication
): (r: OutcomeRecord) => PublishedPr | undefined {
  return r => {
    const branch = read.proposal.branches.find(
      b => b.sentry && sentryFingerprint(b.sentry.group) === r.fingerprint
    )
    const fix = branch && done.fixes.find(f => f.proposed === branch.branch)
    if (!fix?.prUrl || fix.action === 'skipped' || fix.action === 'failed') return undefined
    return {url: fix.prUrl, action: fix.action}
  }
}

async function withScratch<T>(deps: PublishDeps, use: (s: ScratchRepo) => Promise<T>): Promise<T> {
  const scratch = await createScratchRepo({
    target: {serverUrl: deps.context.serverUrl, ...deps.repo},
    token: deps.settings.githubToken,
    parentEnv: deps.parentEnv,
    secrets: deps.secrets,
    tempDir: deps.context.tempDir
  })
  try {
    return await use(scratch)
  } finally {
    await scratch.dispose()
  }
}

interface BranchJob {
  read: ReadProposal
  branch: ProposedBranch
  base: string
}

async function publishBranch(
  deps: PublishDeps,
  scratch: ScratchRepo,
  job: BranchJob
): Promise<Published> {
  const {client, repo, io} = deps
  const {branch, base} = job
  await checkBranch(scratch, job.read, branch)
  const open = await findOpenPullRequest(client, repo, branch.branch, base)
  const pushed = await pushOwnedFrom(scratch, {
    head: branch.head,
    branch: branch.branch,
    action: 'publish',
    lastPushed: readPushedMarker(open?.body),
    runId: deps.context.runId
  })
  const diverted = pushed.diverted
    ? divertedNote(branch.branch, pushed.diverted.theirs, pushed.branch)
    : undefined
  if (diverted) io.logger.warning(diverted)
  else io.logger.info(`Pushed ${pushed.branch} (${pushed.action}).`)
  // The fixing job made its text inert; the publish job does not trust it to have.
  const runUrl = `${deps.context.serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${deps.context.runId}`
  // A feature build's PR refers to its issue: that one reference, rebuilt from the branch name, stays live.
  const reference = featureReference(branch.branch)
  const inertBody = inertForPublish(branch.body, [runUrl, ...(reference ? [reference] : [])])
  const body = diverted ? `> ${diverted}\n\n${inertBody}` : inertBody
  const pr = await upsertPullRequest(
    client,
    repo,
    {
      head: pushed.branch,
      base,
      title: inertForPublish(branch.title, [runUrl]),
      body: withPushedMarker(body, pushed.sha),
      draft: branch.draft,
      labels: branch.labels
    },
    io.logger
  )
  await requestReviews(
    {client, repo, number: pr.number},
    {settings: deps.settings.review, root: deps.context.workspace, files: branch.files},
    io.logger
  )
  return {
    branch: pushed.branch,
    prUrl: pr.url,
    prNumber: pr.number,
    action: pr.action,
    ...(diverted ? {diverted} : {})
  }
}

async function closeIfAsked(
  deps: PublishDeps,
  proposal: Proposal,
  base: string
): Promise<Published> {
  const none: Published = {branch: '', prUrl: '', prNumber: 0, action: 'none'}
  const close = proposal.closeStale
  if (!close) {
    deps.io.logger.info('The proposal holds no commits and asks for nothing: nothing to publish.')
    return none
  }
  const closed = await closeStalePullRequest(
    deps.client,
    deps.repo,
    {head: close.branch, base, comment: close.comment},
    deps.io.logger
  )
  return closed.closed ? {...none, prNumber: closed.number ?? 0, action: 'closed'} : none
}

function summaryOf(proposal: Proposal, published: Published, ledger: string): string {
  const from = `run ${proposal.runId} (attempt ${proposal.runAttempt})`
  const lines = [`## ci-medic publish`, '']
  if (published.action === 'none') lines.push(`Nothing to publish from ${from}.`)
  else if (published.action === 'closed')
    lines.push(
      `Closed PR #${published.prNumber}: the checks of ${from} passed, nothing left to fix.`
    )
  else
    lines.push(
      `Checked the proposal of ${from} and pushed ${published.branch}: PR ${published.prUrl} (${published.action}).`
    )
  if (published.diverted) lines.push('', `> ${published.diverted}`)
  lines.push('', ledger)
  return `${lines.join('\n')}\n`
}

function healSummaryOf(proposal: Proposal, done: SelfHealPublication, ledger: string): string {
  const from = `run ${proposal.runId} (attempt ${proposal.runAttempt})`
  const lines = [`## ci-medic publish`, '', `Checked the self-heal proposal of ${from}.`, '']
  for (const fix of done.fixes)
    lines.push(
      `- ${fix.branch}: ${fix.prUrl ? `PR ${fix.prUrl} (${fix.action})` : fix.action}${fix.note ? ` — ${fix.note}` : ''}`
    )
  if (!done.fixes.length) lines.push('- No fix branch to push.')
  for (const alert of done.alerts) lines.push(`- Alert issue ${alert.url} (${alert.action})`)
  lines.push(`- State and report: ${done.trackingUrl}`)
  lines.push(`- ${ledger}`)
  return `${lines.join('\n')}\n`
}

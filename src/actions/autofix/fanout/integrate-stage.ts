// stage: integrate. Reads the plan and every work job's proposal of this
// run, refuses those from another run, base commit or repository, applies
// the rest in a deterministic order on the plan's commit (a proposal that
// touches another group's files, or whose commits no longer apply, is
// re-fixed on top of the others within what is left of the budgets, or
// dropped with the reason: refix.ts), runs the full checks, reverts a
// proposal whose combination fails, and publishes ONE PR through autofix's usual
// publish step (or, with publish: separate-job, one proposal for the
// publish job). The report opens with the fan-out table.
import {autofixBranchName, branchOfRef, computeOutcome} from '../../../core/autofix/index.js'
import {
  triageProposals,
  type FanoutPlan,
  type Triage,
  type WorkProposal
} from '../../../core/fanout/index.js'
import {addTotals} from '../../../core/fixing/index.js'
import {cell} from '../../../core/report/markdown.js'
import type {RunJournal} from '../../../core/journal.js'
import {throwIfCancelled} from '../../../errors.js'
import {uploadFixingRunFiles} from '../../artifact-step.js'
import type {AutofixDeps} from '../deps.js'
import type {FixedRun} from '../fix-step.js'
import {writeTheLedger} from '../ledger-step.js'
import {publishFixes} from '../publish.js'
import {reportRun} from '../report.js'
import {downloadPlan, downloadWorkArtifacts} from './artifacts.js'
import {combine} from './combine.js'
import {missingGroups, withMissingReasons} from './missing-reasons.js'
import {
  fanoutSection,
  integratedResults,
  totalUsage,
  type IntegrateFacts
} from './integrate-report.js'
import {planBaselineRuns, requireAtPlanBase, requirePlanChecks} from './plan-checks.js'
import {readWork, type ReadWork, type RefusedWork} from './read-work.js'
import {refixConflicts} from './refix.js'
import type {StageInput} from './stage-input.js'
import {workProposalOf} from './work-file.js'

export async function integrateStage(
  deps: AutofixDeps,
  input: StageInput,
  journal: RunJournal
): Promise<void> {
  const {io, cancel} = deps
  const plan = await io.group('Read the plan', () => downloadPlan(deps))
  await requireAtPlanBase(deps.git, plan)
  requirePlanChecks(input.project, deps.reportDir, plan)
  const {reads, refused} = await io.group('Read the proposals', () => readProposals(deps))
  throwIfCancelled(cancel)
  const {proposals, triage, order} = triageReads(plan, reads)
  const combination = await io.group('Combine and check', () =>
    combine(deps, input, {plan, order, proposals})
  )
  const refixes = await io.group('Re-fix conflicts', () =>
    refixConflicts(deps, input, {plan, triage, combination, used: totalUsage(reads)}, journal)
  )
  const facts = await withMissingReasons(deps, {plan, reads, refused, triage, combination, refixes})
  const run = integratedRun(deps, input, facts)
  run.fanout = fanoutSection(facts, proposals, deps.clock() - Date.parse(plan.createdAt))
  noteFanout(journal, facts)
  throwIfCancelled(cancel)
  const published = await io.group('Publish', () => publishFixes(deps, run, journal))
  await io.group('Report', async () => {
    await writeTheLedger(deps, {run, published, ledger: input.ledger}, journal)
    await reportRun(deps, run, published, journal)
  })
  await uploadFixingRunFiles('autofix', deps)
  if (published.error !== undefined) throw published.error
}

export async function readProposals(
  deps: AutofixDeps
): Promise<{reads: ReadWork[]; refused: RefusedWork[]}> {
  const reads: ReadWork[] = []
  const refused: RefusedWork[] = []
  for (const artifact of await downloadWorkArtifacts(deps)) {
    const read =
      'error' in artifact
        ? {artifact: artifact.name, reason: artifact.error}
        : await readWork(artifact.name, artifact.dir, deps.context)
    if ('work' in read) reads.push(read)
    else {
      refused.push(read)
      deps.io.logger.warning(`The proposal ${read.artifact} was refused: ${read.reason}.`)
    }
  }
  // A rerun of a work job uploads again: the newest attempt of a group stands.
  reads.sort((a, b) => b.work.runAttempt - a.work.runAttempt)
  const newest = reads.filter((r, i) => reads.findIndex(x => x.work.group === r.work.group) === i)
  deps.io.logger.info(`${newest.length} proposal(s) read, ${refused.length} refused.`)
  return {reads: newest, refused}
}

/** The proposals read, triaged against the plan, and those to apply in the order to apply them. */
export function triageReads(
  plan: FanoutPlan,
  reads: readonly ReadWork[]
): {proposals: WorkProposal[]; triage: Triage; order: ReadWork[]} {
  const proposals = reads.map(r => workProposalOf(r.work))
  const triage = triageProposals(plan, proposals)
  const order = triage.apply.map(p => reads.find(r => r.work.group === p.group)!)
  return {proposals, triage, order}
}

function integratedRun(deps: AutofixDeps, input: StageInput, facts: IntegrateFacts): FixedRun {
  const {settings, context} = deps
  const results = integratedResults(facts)
  return {
    project: input.project,
    loop: {
      baseline: planBaselineRuns(facts.plan, input.project),
      results,
      fixes: facts.combination.fixes
    },
    outcome: computeOutcome({results}),
    totals: addTotals(totalUsage(facts.reads), facts.refixes.totals),
    branch: autofixBranchName({
      prefix: settings.branchPrefix,
      fingerprint: settings.fingerprint,
      target: settings.baseBranch || facts.plan.base.branch || branchOfRef(context.ref)
    }),
    startedAt: input.startedAt
  }
}

/** The journal's account: what was missing, refused, dropped or reverted, and why. */
export function noteFanout(journal: RunJournal, facts: IntegrateFacts): void {
  const {triage, combination, refused, plan} = facts
  const kept = combination.kept.length
  journal.done(
    'checks-run',
    `Integrated ${kept} of ${plan.groups.length} group(s) on ${plan.base.sha.slice(0, 12)}${combination.checks ? ', and ran the full checks on the combination' : ''}.`
  )
  for (const group of missingGroups(facts))
    journal.fact(
      'run-context',
      `No proposal from \`${group}\`: ${cell(facts.missingReasons[group] ?? 'its work job failed, timed out or was cancelled', 400)}; integrate went on with the others.`
    )
  for (const r of [...refused, ...triage.refused])
    journal.fact(
      'run-context',
      `Refused the proposal of \`${r.group ?? 'an unknown group'}\`: ${cell(r.reason, 400)}.`
    )
  for (const [group, reason] of combination.reverted)
    journal.fact('run-context', `Reverted \`${group}\`: ${cell(reason, 400)}.`)
  const after = (group: string): string =>
    facts.refixes.results.has(group)
      ? '; re-fixed on top of the others'
      : `; ${facts.refixes.notRefixed.get(group) ?? 'not re-fixed'}`
  for (const [group, reason] of combination.dropped)
    journal.fact('run-context', `Dropped \`${group}\`: ${cell(reason, 400)}${after(group)}.`)
  for (const c of triage.conflicts)
    journal.fact(
      'run-context',
      `Dropped \`${c.group}\`: it changes ${cell(c.files.join(', '), 400)}, owned by ${c.owners.join(', ')}${after(c.group)}.`
    )
}

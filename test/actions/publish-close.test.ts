// The split's stale-PR rule (issue #10, item 7): the fixing job asks for a
// close only after the checks ran and passed, and the publish job closes
// nothing else. Two in-process autofix runs with publish: separate-job and
// no github-token at all (the fixing job needs none), each followed by the
// publish command, against the fake GitHub holding an open autofix PR.
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterEach, expect, it} from 'vitest'
import type {Proposal} from '../../src/core/proposal/proposal.js'
import {
  checkout,
  cleanupAutofixRuns,
  PASS,
  runAutofixInProcess,
  said,
  NODE_TEST_COMMAND,
  TEST_ONLY,
  type AutofixRun,
  type Checkout
} from '../harness/autofix-run.js'
import {cleanupPublishRuns, publishInProcess} from '../harness/publish-run.js'

let world: Checkout | undefined

afterEach(async () => {
  await cleanupAutofixRuns()
  await cleanupPublishRuns()
  await world?.github.close()
  await world?.repo.cleanup()
  world = undefined
})

const BRANCH = 'ci-medic/autofix/green'

async function propose(
  inputs: Record<string, string>
): Promise<{run: AutofixRun; proposal: Proposal}> {
  await world!.repo.git(['reset', '--quiet', '--hard', world!.repo.head])
  const run = await runAutofixInProcess({
    workspace: world!.repo.dir,
    apiUrl: world!.github.url,
    inputs: {
      ...TEST_ONLY,
      ...NODE_TEST_COMMAND,
      fingerprint: 'green',
      publish: 'separate-job',
      ...inputs
    }
  })
  expect(run.error, said(run)).toBeUndefined()
  const path = run.io.outputs['proposal-path']!
  expect(path).not.toBe('')
  const proposal = JSON.parse(await readFile(join(path, 'proposal.json'), 'utf8')) as Proposal
  return {run, proposal}
}

it('a run that could not judge asks for no close; a green run does, and publish closes the PR', async () => {
  world = await checkout({fixture: 'ts-node-test'})
  const {github} = world
  const {issue} = github.addPullRequest({
    title: 'fix: 1 failing check (ci-medic autofix)',
    head: BRANCH,
    body: 'an earlier fix'
  })

  // No model key: the failing test is not-evaluated, nothing is fixed.
  const unjudged = await propose({})
  expect(unjudged.run.io.outputs.outcome).toBe('not-evaluated')
  expect(unjudged.proposal.branches).toEqual([])
  expect(unjudged.proposal.closeStale).toBeUndefined()
  const kept = await publishInProcess(github, unjudged.run.io.outputs['proposal-path']!)
  expect(kept.error).toBeUndefined()
  expect(github.state.issue(issue.number)?.state).toBe('open')

  // The checks ran and passed: the proposal asks to close the branch's PR.
  const green = await propose({'test-command': PASS})
  expect(green.run.io.outputs.outcome).toBe('nothing-to-fix')
  expect(green.proposal.closeStale?.branch).toBe(BRANCH)
  // The fixing job itself wrote nothing to GitHub.
  expect(github.state.issue(issue.number)?.state).toBe('open')
  const closed = await publishInProcess(github, green.run.io.outputs['proposal-path']!)
  expect(closed.error).toBeUndefined()
  expect(github.state.issue(issue.number)?.state).toBe('closed')
  expect(github.state.commentsOn(issue.number).at(-1)?.body).toMatch(/nothing left to fix/)
  expect(closed.io.outputs['pr-number']).toBe(String(issue.number))
}, 240_000)

// The trust rule for a ci-medic action's own run artifact: any workflow of
// this repository, on the default branch, not a pull request's event.
import {describe, expect, it} from 'vitest'
import {
  runIdOfRunArtifact,
  untrustedBecause,
  type UploadingRun
} from '../../../src/core/ledger/artifact-trust.js'

const trust = {repositoryId: 10, defaultBranch: 'main', workflowId: 7}
const classifyRun: UploadingRun = {
  id: 1,
  event: 'workflow_run',
  workflowId: 8,
  headBranch: 'main',
  headRepositoryId: 10,
  repositoryId: 10
}

describe("a ci-medic action's run artifact", () => {
  it('is trusted from another workflow of this repository on the default branch', () => {
    expect(untrustedBecause(classifyRun, trust, {anyWorkflow: true})).toBeUndefined()
    expect(untrustedBecause(classifyRun, trust)).toMatch(/another workflow/)
  })

  it.each([
    [{event: 'pull_request'}, /pull_request event/],
    [{headRepositoryId: 99}, /a fork/],
    [{repositoryId: 99}, /another repository/],
    [{headBranch: 'feature'}, /branch feature, not main/]
  ] as [Partial<UploadingRun>, RegExp][])('is not trusted from %o', (change, why) => {
    expect(untrustedBecause({...classifyRun, ...change}, trust, {anyWorkflow: true})).toMatch(why)
  })

  it('names the run that uploaded it', () => {
    expect(runIdOfRunArtifact('ci-medic-classify-123-1-classify')).toBe(123)
    expect(runIdOfRunArtifact('ci-medic-self-heal-45-2')).toBe(45)
    expect(runIdOfRunArtifact('ci-medic-autofix-7-1-fix-2')).toBe(7)
    expect(runIdOfRunArtifact('ci-medic-ledger')).toBeUndefined()
    expect(runIdOfRunArtifact('ci-medic-publish-7-1')).toBeUndefined()
  })
})

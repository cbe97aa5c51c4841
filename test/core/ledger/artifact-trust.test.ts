import {describe, expect, it} from 'vitest'
import {untrustedBecause, type UploadingRun} from '../../../src/core/ledger/artifact-trust.js'

const trust = {repositoryId: 10, defaultBranch: 'main', workflowId: 7}
const run: UploadingRun = {
  id: 1,
  event: 'workflow_run',
  workflowId: 7,
  headBranch: 'main',
  headRepositoryId: 10,
  repositoryId: 10
}

describe('untrustedBecause', () => {
  it.each(['workflow_run', 'push', 'schedule', 'workflow_dispatch'])(
    'trusts a %s run of the workflow on the default branch',
    event => {
      expect(untrustedBecause({...run, event}, trust)).toBeUndefined()
    }
  )

  it.each([
    [{event: 'pull_request'}, /pull_request event/],
    [{event: 'pull_request_target'}, /pull_request_target event/],
    [{headRepositoryId: 99}, /a fork/],
    [{headRepositoryId: null}, /a fork/],
    [{repositoryId: 99}, /another repository/],
    [{headBranch: 'feature'}, /branch feature, not main/],
    [{headBranch: null}, /no branch/],
    [{workflowId: 8}, /another workflow/]
  ] as [Partial<UploadingRun>, RegExp][])('does not trust %o', (change, why) => {
    expect(untrustedBecause({...run, ...change}, trust)).toMatch(why)
  })
})

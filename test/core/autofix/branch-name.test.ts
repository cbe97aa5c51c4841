import {describe, expect, it} from 'vitest'
import {autofixBranchName, branchOfRef} from '../../../src/core/autofix/index.js'

describe('the fix branch', () => {
  it("is the failure's own branch when the run is scoped to one fingerprint", () => {
    expect(
      autofixBranchName({prefix: 'ci-medic/autofix/', fingerprint: 'a1b2c3', target: 'main'})
    ).toBe('ci-medic/autofix/a1b2c3')
  })

  it('is one branch per target for scheduled and manual runs, whatever the day', () => {
    const week1 = autofixBranchName({prefix: 'ci-medic/autofix/', fingerprint: '', target: 'main'})
    const week2 = autofixBranchName({prefix: 'ci-medic/autofix/', fingerprint: '', target: 'main'})
    expect(week1).toBe('ci-medic/autofix/main')
    expect(week2).toBe(week1)
    expect(
      autofixBranchName({prefix: 'ci-medic/autofix/', fingerprint: '', target: 'release/2.x'})
    ).toBe('ci-medic/autofix/release/2.x')
  })

  it('falls back to a fixed name without a target, and keeps only ref-safe characters', () => {
    expect(autofixBranchName({prefix: 'fix/', fingerprint: '', target: ''})).toBe('fix/checks')
    expect(autofixBranchName({prefix: 'fix/', fingerprint: 'a b~c^d', target: ''})).toBe(
      'fix/a-b-c-d'
    )
  })

  it('reads the branch from a ref, and nothing from a tag or a pull request ref', () => {
    expect(branchOfRef('refs/heads/main')).toBe('main')
    expect(branchOfRef('refs/heads/feature/x')).toBe('feature/x')
    expect(branchOfRef('refs/tags/v1')).toBe('')
    expect(branchOfRef('refs/pull/4/merge')).toBe('')
  })
})

import {describe, expect, it} from 'vitest'
import {
  bundleMismatch,
  checkProposal,
  MAX_PROPOSAL_FILES,
  parseBundleHeader,
  type Proposal
} from '../../src/core/proposal/proposal.js'

const BASE = 'a'.repeat(40)
const HEAD = 'b'.repeat(40)

function proposal(over: Partial<Proposal> = {}): Proposal {
  return {
    version: 1,
    action: 'autofix',
    repository: {owner: 'octo', repo: 'app'},
    runId: 42,
    runAttempt: 1,
    workflow: 'ci-medic autofix',
    base: {branch: 'main', sha: BASE},
    branches: [
      {
        branch: 'ci-medic/autofix/x',
        head: HEAD,
        title: 'fix',
        body: 'report',
        draft: true,
        labels: ['ci-medic'],
        files: ['src/a.ts']
      }
    ],
    ...over
  }
}

const RUN = {owner: 'octo', repo: 'app', runId: 42}

describe('checkProposal', () => {
  it('accepts a proposal of this repository and run', () => {
    // A proposal without `kind` (as autofix writes it) reads as autofix's.
    expect(checkProposal(proposal(), RUN)).toEqual({
      ok: true,
      proposal: {...proposal(), kind: 'autofix'}
    })
  })
  it('refuses another repository, another run, and too many files', () => {
    expect(checkProposal(proposal(), {...RUN, repo: 'other'})).toMatchObject({ok: false})
    expect(checkProposal(proposal(), {...RUN, runId: 43})).toMatchObject({
      ok: false,
      reason: expect.stringContaining('comes from run 42')
    })
    const files = Array.from({length: MAX_PROPOSAL_FILES + 1}, (_, i) => `f${i}`)
    const many = proposal()
    many.branches[0]!.files = files
    expect(checkProposal(many, RUN)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('changes 101 files')
    })
  })
  it('refuses branch names that are not plain branches, and short shas', () => {
    for (const branch of ['-x', 'a..b', 'x.lock', 'refs/../x', 'a b']) {
      const bad = proposal()
      bad.branches[0]!.branch = branch
      expect(checkProposal(bad, RUN).ok, branch).toBe(false)
    }
    expect(checkProposal(proposal({base: {branch: 'main', sha: 'abc'}}), RUN).ok).toBe(false)
  })
})

describe('the bundle header', () => {
  const header = `# v2 git bundle\n-${BASE} base\n${HEAD} refs/heads/ci-medic/autofix/x\n\nPACK`
  it('parses prerequisites and refs, and matches the proposal', () => {
    const parsed = parseBundleHeader(header)
    expect(parsed).toEqual({
      prerequisites: [BASE],
      refs: [{sha: HEAD, ref: 'refs/heads/ci-medic/autofix/x'}]
    })
    expect(bundleMismatch(parsed!, proposal())).toBeUndefined()
  })
  it('names a bundle on another base, with more prerequisites, or other refs', () => {
    const other = 'c'.repeat(40)
    expect(
      bundleMismatch(parseBundleHeader(header.replace(`-${BASE}`, `-${other}`))!, proposal())
    ).toMatch(/not based on the recorded base commit/)
    expect(
      bundleMismatch(
        parseBundleHeader(header.replace(`-${BASE} base\n`, `-${BASE} base\n-${other}\n`))!,
        proposal()
      )
    ).toMatch(/not based on the recorded base commit/)
    expect(
      bundleMismatch(
        parseBundleHeader(header.replace('\n\nPACK', `\n${other} refs/heads/main\n\nPACK`))!,
        proposal()
      )
    ).toMatch(/are not the proposal's/)
  })
  it('is null for anything but a git bundle', () => {
    expect(parseBundleHeader('PK\u0003\u0004')).toBeNull()
    expect(parseBundleHeader('# v2 git bundle\nnot a line\n\n')).toBeNull()
  })
})

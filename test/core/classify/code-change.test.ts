// What the repository's commits changed between the last green run and the
// failed one, and what that does to the drift verdict: pure drift (nothing but
// documentation changed) is the strongest case; other code lowers the
// confidence; a changed manifest, lockfile or workflow, or a changed file the
// failure names, lowers it most, and leaves a confident rules verdict alone.
import {describe, expect, it} from 'vitest'
import {
  codeChange,
  describeCodeChange,
  isManifest,
  sameCommit,
  type CommitComparison
} from '../../../src/core/classify/code-change.js'
import {toolVersions} from '../../../src/core/classify/tool-versions.js'
import type {Classification} from '../../../src/core/classify/types.js'
import {
  CODE_CHANGED_CONFIDENCE,
  DRIFT_CONFIDENCE,
  OWN_CHANGE_CONFIDENCE,
  PURE_DRIFT_CONFIDENCE,
  driftVerdict,
  versionDrift
} from '../../../src/core/classify/version-drift.js'

const BASE = 'a'.repeat(40)
const HEAD = 'b'.repeat(40)

function comparison(files: string[], over: Partial<CommitComparison> = {}): CommitComparison {
  return {
    status: 'ahead',
    totalCommits: 2,
    behindBy: 0,
    files: files.map(filename => ({filename, status: 'modified'})),
    complete: true,
    ...over
  }
}

const change = (files: string[], named: string[] = [], over: Partial<CommitComparison> = {}) =>
  codeChange(comparison(files, over), {base: BASE, head: HEAD}, named)

describe('codeChange', () => {
  it('is pure drift when nothing or only documentation changed', () => {
    expect(change([]).pure).toBe(true)
    const docs = change(['README.md', 'docs/usage.rst', 'LICENSE'])
    expect(docs).toMatchObject({pure: true, docs: 3, files: 3, code: [], manifests: []})
    expect(describeCodeChange(docs)).toMatch(/^only documentation changed .*3 file\(s\)/)
    expect(describeCodeChange(sameCommit(HEAD))).toMatch(/^nothing in the repository changed/)
  })

  it('sorts manifests, files the failure names, and other code', () => {
    const c = change(
      ['requirements.txt', '.github/workflows/ci.yml', 'tests/test_models.py', 'app/x.py'],
      ['tests/test_models.py']
    )
    expect(c).toMatchObject({
      pure: false,
      manifests: ['requirements.txt', '.github/workflows/ci.yml'],
      named: ['tests/test_models.py'],
      code: ['app/x.py'],
      files: 4,
      commits: 2
    })
    expect(describeCodeChange(c)).toBe(
      'code also changed: 4 file(s) in 2 commit(s), including requirements.txt (a dependency or toolchain file), .github/workflows/ci.yml (a dependency or toolchain file), tests/test_models.py (named by the failure), app/x.py'
    )
  })

  it('counts a rename under both names', () => {
    const c = codeChange(
      {
        ...comparison([]),
        files: [{filename: 'app/new.py', status: 'renamed', previous: 'app/old.py'}]
      },
      {base: BASE, head: HEAD},
      ['app/old.py']
    )
    expect(c.named).toEqual(['app/old.py'])
    expect(c.code).toEqual(['app/new.py'])
  })

  it('is never pure when the failed commit does not descend from the green one, or the list is capped', () => {
    const behind = change([], [], {status: 'behind', totalCommits: 0, behindBy: 3})
    expect(behind.pure).toBe(false)
    expect(describeCodeChange(behind)).toMatch(/does not descend from the green one \(behind/)
    const capped = change(['README.md'], [], {complete: false})
    expect(capped.pure).toBe(false)
    expect(describeCodeChange(capped)).toMatch(/1\+ file\(s\)/)
  })

  it.each([
    ['package-lock.json', true],
    ['services/api/poetry.lock', true],
    ['Cargo.toml', true],
    ['src/App.csproj', true],
    ['.github/workflows/test.yml', true],
    ['src/package.ts', false],
    ['requirements.md', false]
  ])('isManifest(%s) is %s', (path, expected) => {
    expect(isManifest(path)).toBe(expected)
  })
})

const classification = (over: Partial<Classification> = {}): Classification => ({
  category: 'test_fail',
  confidence: 0.9,
  fingerprint: 'f'.repeat(16),
  failures: [],
  rule: 'pytest.failed',
  reason: 'A test failed.',
  stats: {bytes: 0, candidateLines: 0, regions: 0, failuresFound: 1, failuresDropped: 0},
  ...over
})

describe('driftVerdict with the code between the runs', () => {
  const drift = versionDrift(
    toolVersions('Successfully installed pydantic-1.10.14\n'),
    toolVersions('Successfully installed pydantic-2.6.0\n')
  )
  const failureText = 'E pydantic.warnings.PydanticDeprecatedSince20: use model_dump'
  const verdict = (code: ReturnType<typeof change> | undefined, c = classification()) =>
    driftVerdict(c, {drift, failureText, greenRun: '#41 (aaaaaaa)', code})

  it('ranks the confidence by what else changed', () => {
    expect(verdict(undefined)?.confidence).toBe(DRIFT_CONFIDENCE)
    expect(verdict(change(['README.md']))?.confidence).toBe(PURE_DRIFT_CONFIDENCE)
    expect(verdict(change(['app/x.py']))?.confidence).toBe(CODE_CHANGED_CONFIDENCE)
    const unsure = classification({category: 'unknown', confidence: 0.3})
    expect(verdict(change(['requirements.txt']), unsure)?.confidence).toBe(OWN_CHANGE_CONFIDENCE)
    expect(verdict(change(['tests/t.py'], ['tests/t.py']), unsure)?.confidence).toBe(
      OWN_CHANGE_CONFIDENCE
    )
    expect(PURE_DRIFT_CONFIDENCE).toBeGreaterThan(DRIFT_CONFIDENCE)
    expect(CODE_CHANGED_CONFIDENCE).toBeLessThan(DRIFT_CONFIDENCE)
    expect(OWN_CHANGE_CONFIDENCE).toBeLessThan(CODE_CHANGED_CONFIDENCE)
  })

  it('says pure drift, or what else changed, in the reason', () => {
    expect(verdict(change([]))?.reason).toMatch(
      /Pure drift: nothing in the repository changed between the two commits \(aaaaaaa…bbbbbbb\)\./
    )
    expect(verdict(change(['app/x.py', 'app/y.py']))?.reason).toMatch(
      /Not pure drift: code also changed: 2 file\(s\) in 2 commit\(s\), including app\/x\.py, app\/y\.py; the confidence is lower\./
    )
  })

  it('leaves a confident verdict alone when the repository changed its manifest or the failing file', () => {
    expect(verdict(change(['requirements.txt']))).toBeUndefined()
    expect(verdict(change(['tests/t.py'], ['tests/t.py']))).toBeUndefined()
    // Other code does not explain it as well: the drift verdict stands, weaker.
    expect(verdict(change(['app/x.py']))?.category).toBe('contract_violation')
  })
})

import {describe, expect, it} from 'vitest'
import {
  isSnapshotFile,
  isSourceFile,
  isTestFile,
  removedLines,
  sourceViews,
  syntaxOf
} from '../../../src/core/fixing/source-text.js'

describe('path conventions', () => {
  it.each([
    'test/discounts.test.ts',
    'src/cart.spec.tsx',
    'src/__tests__/cart.ts',
    'tests/test_split.py',
    'pkg/money/money_test.go',
    'src/split_test.py',
    'tests/conftest.py',
    'src/test/java/com/x/CartTest.java'
  ])('%s is a test file', path => {
    expect(isTestFile(path)).toBe(true)
    expect(isSourceFile(path)).toBe(false)
  })

  it.each([
    'src/discounts.ts',
    'src/testing.ts',
    'src/contest.py',
    'pkg/latest/go.go',
    'src/attestation.rs'
  ])('%s is a source file', path => {
    expect(isTestFile(path)).toBe(false)
    expect(isSourceFile(path)).toBe(true)
  })

  it('knows snapshot files and non-source files', () => {
    expect(isSnapshotFile('test/__snapshots__/a.test.ts.snap')).toBe(true)
    expect(isSnapshotFile('tests/__snapshots__/test_a.ambr')).toBe(true)
    expect(isSnapshotFile('testdata/out.golden')).toBe(true)
    expect(isSnapshotFile('src/snap.ts')).toBe(false)
    expect(isSourceFile('README.md')).toBe(false)
    expect(isSourceFile('package.json')).toBe(false)
  })

  it('normalizes Windows separators and ./', () => {
    expect(isTestFile('.\\test\\a.ts')).toBe(true)
  })
})

describe('sourceViews', () => {
  it('blanks JS comments and strings but keeps offsets and newlines', () => {
    const text = "it('a // b', () => {}) // it.skip\n/* xit( */ test(`x\n${1}`)\n"
    const v = sourceViews(text, syntaxOf('a.test.ts'))
    expect(v.code.length).toBe(text.length)
    expect(v.code.split('\n').length).toBe(text.split('\n').length)
    expect(v.code).not.toContain('skip')
    expect(v.code).not.toContain('xit')
    expect(v.code).toContain("it('      ', () => {})")
    expect(v.codeAndComments).toContain('// it.skip')
    expect(v.codeAndComments).not.toContain('a // b')
  })

  it('handles python comments, triple-quoted and raw strings', () => {
    const text = 'x = """\n@pytest.mark.skip\n"""  # noqa\ny = r"\\d" # type: ignore\n'
    const v = sourceViews(text, 'python')
    expect(v.code).not.toContain('pytest')
    expect(v.code).not.toContain('noqa')
    expect(v.codeAndComments).toContain('# noqa')
    expect(v.codeAndComments).toContain('# type: ignore')
  })

  it('does not mistake Rust lifetimes for strings', () => {
    const text = "fn f<'a>(x: &'a str) -> char { 'x' }\n#[allow(dead_code)]\n"
    const v = sourceViews(text, 'rust')
    expect(v.code).toContain('#[allow(dead_code)]')
    expect(v.code).toContain("{ ' ' }")
  })

  it('only treats # as a shell comment after whitespace', () => {
    const v = sourceViews('echo $# a#b # || true\n', 'hash')
    expect(v.code).toContain('$# a#b')
    expect(v.code).not.toContain('|| true')
  })

  it('survives an unterminated string', () => {
    const v = sourceViews("const a = 'oops\nit.skip('x')\n", 'c')
    expect(v.code).toContain('it.skip(')
  })
})

describe('removedLines', () => {
  it('counts lines as multisets and ignores indentation and blank lines', () => {
    expect(removedLines('a\n  b\nb\n\nc\n', 'b\na\n')).toEqual(['b', 'c'])
  })
})

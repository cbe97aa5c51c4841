import {describe, expect, it} from 'vitest'
import {
  makeRelativizer,
  normalizeLine,
  normalizeText,
  stripAnsi,
  stripRoots
} from '../../../src/core/classify/index.js'

describe('normalizeLine', () => {
  it('strips the runner timestamp and ANSI codes', () => {
    expect(
      normalizeLine('2026-11-23T10:00:00.1234567Z \u001b[31merror\u001b[39m TS2322').text
    ).toBe('error TS2322')
  })

  it('keeps the message of ##[error] and marks it', () => {
    expect(
      normalizeLine('2026-11-23T10:00:00.1234567Z ##[error]Process completed with exit code 2.')
    ).toEqual({text: 'Process completed with exit code 2.', marker: 'error'})
  })

  it('drops ##[group]/##[endgroup] markers but keeps the group title', () => {
    expect(normalizeLine('##[group]Run npm test')).toEqual({text: 'Run npm test', marker: 'group'})
    expect(normalizeLine('##[endgroup]').text).toBe('')
  })

  it('reads ::error workflow commands', () => {
    expect(normalizeLine('::error file=src/a.ts,line=3::Something broke')).toEqual({
      text: 'Something broke',
      marker: 'error'
    })
  })

  it('keeps only what a terminal showed after carriage returns', () => {
    expect(normalizeLine('Downloading  10%\rDownloading  50%\rDownloaded 100%\r').text).toBe(
      'Downloaded 100%'
    )
  })

  it('strips BuildKit step prefixes and step-link fragments', () => {
    expect(normalizeLine('#9 1.942 npm error code EUSAGE').text).toBe('npm error code EUSAGE')
    expect(
      normalizeLine('see https://github.com/acme/app/actions/runs/1/job/2#step:4:12 for details')
        .text
    ).toBe('see https://github.com/acme/app/actions/runs/1/job/2 for details')
  })

  it('leaves ordinary text alone', () => {
    expect(normalizeText('a\nb [1/4] c')).toBe('a\nb [1/4] c')
    expect(stripAnsi('plain')).toBe('plain')
  })
})

describe('paths', () => {
  const rel = makeRelativizer(['/srv/checkout'])

  it('makes runner checkout paths relative', () => {
    expect(rel('/home/runner/work/shop/shop/src/a.ts')).toBe('src/a.ts')
    expect(rel('/__w/shop/shop/src/a.ts')).toBe('src/a.ts')
    expect(rel('/github/workspace/lib/x.py')).toBe('lib/x.py')
    expect(rel('D:\\a\\Tools\\Tools\\src\\Program.cs')).toBe('src/Program.cs')
    expect(rel('file:///home/runner/work/a/a/app/Note.kt')).toBe('app/Note.kt')
  })

  it('uses the workspace given', () => {
    expect(rel('/srv/checkout/pkg/main.go')).toBe('pkg/main.go')
    expect(rel('./pkg/main.go')).toBe('pkg/main.go')
  })

  it('makes every root form relative, and leaves relative paths as they are', () => {
    expect(rel('/Users/runner/work/shop/shop/src/a.ts')).toBe('src/a.ts')
    expect(rel('/home/ci/actions-runner/_work/shop/shop/src/a.ts')).toBe('src/a.ts')
    expect(rel('/builds/group/shop/src/a.ts')).toBe('src/a.ts')
    expect(rel('C:/a/Tools/Tools/src/Program.cs')).toBe('src/Program.cs')
    expect(rel('C:\\Users\\dev\\src\\Program.cs')).toBe('C:/Users/dev/src/Program.cs')
    expect(rel('src/tax.ts')).toBe('src/tax.ts')
    expect(rel('lib\\a.rb')).toBe('lib/a.rb')
  })

  it('strips roots inside text', () => {
    expect(stripRoots('at /home/runner/work/a/a/src/x.ts:3:1')).toBe('at src/x.ts:3:1')
    expect(stripRoots('in /Users/runner/work/a/a/x.ts and /__w/a/a/y.ts')).toBe('in x.ts and y.ts')
    expect(stripRoots('see file:///github/workspace/z.py')).toBe('see z.py')
    for (const drive of ['D:\\a\\r\\r\\', 'D:/a/r/r/', 'D:\\a/r/r\\', 'D:/a\\r\\r/'])
      expect(stripRoots(`at ${drive}src/P.cs:3`)).toBe('at src/P.cs:3')
    expect(stripRoots("src/tax.ts(13,5): error TS2322: Type 'string'")).toBe(
      "src/tax.ts(13,5): error TS2322: Type 'string'"
    )
  })
})

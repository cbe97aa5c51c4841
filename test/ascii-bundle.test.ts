// The build writes every bundle in ASCII (scripts/ascii-bundle.mjs): each snippet
// here is run before and after, and must give the same value from an ASCII text.
import {describe, expect, it} from 'vitest'
import {asciiOnly} from '../scripts/ascii-bundle.mjs'

/** The value of a snippet's last expression, run as a function body. */
const run = (code: string): unknown => new Function(code)() as unknown

const isAscii = (text: string): boolean => !/[\u0080-\uffff]/.test(text)

function sameValue(code: string): string {
  const ascii = asciiOnly(code)
  expect(isAscii(ascii), ascii).toBe(true)
  expect(run(ascii)).toEqual(run(code))
  return ascii
}

describe('asciiOnly', () => {
  it('leaves an ASCII text as it is', () => {
    const code = 'const a = "x"; return a // plain\n'
    expect(asciiOnly(code)).toBe(code)
  })

  it('escapes strings, identity escapes and characters beyond the BMP', () => {
    sameValue(`return ['a → b', "✓ done", '\\…', '\\\\…', 'x 😀 y', '\\u2192→']`)
  })

  it('keeps what regular expressions match, with and without the u and v flags', () => {
    const ascii = sameValue(String.raw`
      const texts = ['a → b', '✓ ok', '\u2026', 'x 😀 y', 'xy', '✖']
      const res = [/→|✓/, /[✓✔√]\s+ok/, /\…/, /😀/u, /x [😀] y/u, /[😀]/, /^[^✖]+$/v, /→/gi]
      return res.map(re => texts.map(t => re.test(t)))
    `)
    expect(ascii).toContain(String.raw`/\u2192|\u2713/`)
  })

  it('escapes untagged templates, and String.raw templates by substitution', () => {
    const ascii = sameValue(
      'const n = 2; return [`${n} → ${n + 1} …`, `✓`, String.raw`\\d+ → \\w ${n}✓`, String.raw`→`]'
    )
    expect(ascii).toContain('String.raw`\\d+ ${"\\u2192"} \\w ${n}${"\\u2713"}`')
  })

  it('escapes identifiers and property names, comments and white space', () => {
    sameValue(
      [
        '// a comment → with an arrow',
        '/* ✓ block */ const café = {naïve: 1, "ü": 2}',
        'const\u00a0x\u2028= café.naïve // ends at the separator',
        'return [café.naïve + café["ü"], x]'
      ].join('\n')
    )
  })

  it('stops on a template tag whose raw text it cannot keep', () => {
    expect(() => asciiOnly('const tag = s => s.raw; tag`→`')).toThrow(
      /template.*extend scripts\/ascii-bundle\.mjs/
    )
    expect(() => asciiOnly('String.raw`\\→`')).toThrow(/escaped/)
  })

  it('refuses a text that does not parse', () => {
    expect(() => asciiOnly('const → = 1', 'x.mjs')).toThrow(/x\.mjs: not parsable/)
  })
})

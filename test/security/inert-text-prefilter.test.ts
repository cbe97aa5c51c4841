// inert() runs its Unicode expressions only where they can match (start-up): it must say
// exactly what the expressions alone say, whatever the line starts with.
import {describe, expect, it} from 'vitest'
import {INERT_MARKER, inert} from '../../src/runtime/inert-text.js'

const IGNORABLE = String.raw`[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]`
const V2_START = new RegExp(String.raw`^(?:\s|${IGNORABLE})*:${IGNORABLE}*:`, 'u')
const V1_PREFIX = new RegExp(String.raw`#${IGNORABLE}*#${IGNORABLE}*\[`, 'gu')

/** The expressions alone, on every line (what inert did before the prefilters). */
function reference(text: string): string {
  return text
    .split(/(\r\n|\r|\n|\u0085|\u2028|\u2029)/)
    .map((line, i) => {
      if (i % 2 === 1) return line
      const safe = line.replace(V1_PREFIX, '# #[')
      return V2_START.test(safe) ? INERT_MARKER + safe : safe
    })
    .join('')
}

describe('inert with its prefilters', () => {
  it('neutralises exactly the lines the expressions alone do', () => {
    const starts = [
      ...Array.from({length: 0x80}, (_, c) => String.fromCharCode(c)),
      '\u00a0',
      '\u00ad',
      '\u200b',
      '\u2028',
      '\ufeff',
      '\u3000',
      ''
    ]
    const rests = [
      ':',
      '::warning::x',
      ':\u200b:x',
      '#',
      '##[error]x',
      '#\u00ad#[x',
      'a::b',
      ' ::x'
    ]
    let lines = 0
    for (const start of starts)
      for (const rest of rests) {
        const line = start + rest
        expect(inert(line), JSON.stringify(line)).toBe(reference(line))
        lines++
      }
    expect(lines).toBeGreaterThan(1000)
    expect(inert('::error::x')).toBe('> ::error::x') // and it does neutralise
    expect(inert('\u200b ::error::x')).toBe('> \u200b ::error::x')
    expect(inert('build ##[error]x')).toBe('build # #[error]x')
  })
})

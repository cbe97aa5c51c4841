import {describe, expect, it} from 'vitest'
import {guarded, guardedExpressions} from '../../../src/core/classify/literal-guard.js'
import {LINE_PARSERS} from '../../../src/core/classify/region.js'
import {SIGNATURES, expressionOf} from '../../../src/core/classify/parsers/signatures.js'
import {derivedNeedles, needlesHold, requiredLiterals} from './regex-literals.js'

describe('what an expression cannot match without', () => {
  it('reads literal runs, quantifiers, classes and groups', () => {
    expect(requiredLiterals(/abc/)).toEqual([[['abc']]])
    // b+ keeps its first b; x? is dropped; the alternatives stay apart
    expect(requiredLiterals(/ab+c|x?yz/)).toEqual([[['ab'], ['c']], [['yz']]])
    expect(requiredLiterals(/(?:a|b)c\.d{2}e/)).toEqual([[['a', 'b'], ['c.d'], ['e']]])
    expect(requiredLiterals(/x[)|]y/)).toEqual([[['x'], ['y']]])
    // an optional group and a lookahead require nothing
    expect(requiredLiterals(/(?:ab|c)?d(?=ef)/)).toEqual([[['d']]])
    expect(requiredLiterals(/(?<name>foo)bar/)).toEqual([[['foo'], ['bar']]])
    // an alternative of a group that needs nothing: the group requires nothing
    expect(requiredLiterals(/(?:x|\d)y/)).toEqual([[['y']]])
  })

  it('lower-cases under i and keeps non-ASCII letters out of it', () => {
    expect(requiredLiterals(/No Space/i)).toEqual([[['no space']]])
    expect(requiredLiterals(/aéb/i)).toEqual([[['a'], ['b']]])
    expect(requiredLiterals(/✓ ok/)).toEqual([[['✓ ok']]])
  })

  it('gives up on what it does not read, and on alternatives with no literal', () => {
    for (const re of [
      /a\x41/,
      /a\u0041/,
      /(a)\1/,
      /\p{L}x/u,
      /Ab/iu,
      /ab/g,
      /ab/y,
      /a{b/,
      /a|/,
      /\d+/
    ])
      expect(requiredLiterals(re) && derivedNeedles(re), String(re)).toBeUndefined()
  })

  it('checks written needles against the expression', () => {
    expect(needlesHold(/error TS\d+: /, ['error TS'])).toBe(true)
    expect(needlesHold(/error TS\d+: |warning/, ['error TS'])).toBe(false)
    expect(needlesHold(/error TS\d+: |warning/, ['error', 'warn'])).toBe(true)
    expect(needlesHold(/Killed/i, ['Killed'])).toBe(false) // under i, needles are lower case
    expect(derivedNeedles(/\bENOSPC\b|No space left/i)).toEqual(['enospc', 'no space left'])
  })
})

describe('guarded expressions', () => {
  it('run only on text that holds a needle, and still decide', () => {
    const re = /panic: (.+)$/
    const g = guarded(re, ['panic: '])
    expect(g.exec('all tests passed')).toBeNull()
    expect(g.test('panic: boom')).toBe(true)
    expect(g.exec('panic: boom')?.[1]).toBe('boom')
    expect(g.test('panic:boom')).toBe(false)
    const i = guarded(/out of memory/i, ['out of memory'])
    expect(i.test('FATAL: Out Of Memory')).toBe(true)
    expect(guarded(/x\d/).test('x1')).toBe(true) // no needles: always run
  })

  it('refuse global and sticky expressions (their lastIndex would drift)', () => {
    expect(() => guarded(/a/g, ['a'])).toThrow(/lastIndex/)
  })

  it("every parser's needles are implied by its expression", () => {
    expect(LINE_PARSERS.length).toBeGreaterThan(5) // the parsers' modules are loaded
    const all = guardedExpressions().filter(g => g.needles)
    expect(all.length).toBeGreaterThan(80)
    const wrong = all
      .filter(g => !needlesHold(g.re, g.needles ?? []))
      .map(g => `${g.re} — needles that hold: ${JSON.stringify(derivedNeedles(g.re) ?? 'none')}`)
    expect(wrong).toEqual([])
  })

  it("every signature's needles are implied by its expression", () => {
    const wrong = SIGNATURES.filter(s => s.needles && !needlesHold(expressionOf(s), s.needles)).map(
      s =>
        `${s.rule} — needles that hold: ${JSON.stringify(derivedNeedles(expressionOf(s)) ?? 'none')}`
    )
    expect(wrong).toEqual([])
  })
})

import {describe, expect, it} from 'vitest'
import {
  decideLease,
  divertedBranch,
  readPushedMarker,
  withPushedMarker
} from '../../../src/core/fixing/index.js'

const A = 'a'.repeat(40)
const B = 'b'.repeat(40)
const C = 'c'.repeat(40)

describe('decideLease', () => {
  it('creates an absent branch, whatever the state remembers', () => {
    expect(decideLease(null, null, A)).toEqual({kind: 'create'})
    expect(decideLease(null, B, A)).toEqual({kind: 'create'})
  })
  it('replaces the branch only when it is at the sha ci-medic pushed last', () => {
    expect(decideLease(B, B, A)).toEqual({kind: 'replace', lease: B})
  })
  it('pushes nothing when the branch already holds the new head', () => {
    expect(decideLease(A, B, A)).toEqual({kind: 'up-to-date'})
    expect(decideLease(A, null, A)).toEqual({kind: 'up-to-date'})
  })
  it('never replaces a branch with commits ci-medic did not push, or one it has no record of', () => {
    expect(decideLease(C, B, A)).toEqual({kind: 'diverged', theirs: C})
    expect(decideLease(C, null, A)).toEqual({kind: 'diverged', theirs: C})
    expect(decideLease(C, '', A)).toEqual({kind: 'diverged', theirs: C})
  })
  it('names the diverted branch after the run', () => {
    expect(divertedBranch('ci-medic/autofix/x', 42)).toBe('ci-medic/autofix/x-42')
  })
})

describe('the pushed marker in a PR body', () => {
  it('round-trips, and the last marker wins', () => {
    const body = withPushedMarker('report', A)
    expect(body).toBe(`report\n\n<!-- ci-medic:pushed ${A} -->\n`)
    expect(readPushedMarker(body)).toBe(A)
    expect(readPushedMarker(`${body}\n<!-- ci-medic:pushed ${B} -->`)).toBe(B)
  })
  it('replaces an old marker instead of adding a second', () => {
    const body = withPushedMarker(withPushedMarker('report', A), B)
    expect(body.match(/ci-medic:pushed/g)).toHaveLength(1)
    expect(readPushedMarker(body)).toBe(B)
  })
  it('reads nothing from a body without one, or with a malformed sha', () => {
    expect(readPushedMarker('')).toBeNull()
    expect(readPushedMarker(undefined)).toBeNull()
    expect(readPushedMarker('<!-- ci-medic:pushed main -->')).toBeNull()
  })
})

// The delimiter of an output block: a version-4 UUID, as node:crypto makes
// one, and a new one every time.
import {describe, expect, it} from 'vitest'
import {randomUUID} from '../../src/runtime/random-uuid.js'

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('randomUUID', () => {
  it('is a version-4 UUID, formatted as crypto.randomUUID formats one', () => {
    for (let i = 0; i < 50; i++) expect(randomUUID()).toMatch(V4)
  })

  it('never repeats', () => {
    const ids = Array.from({length: 1000}, () => randomUUID())
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('varies in every random position', () => {
    // 122 random bits: over 200 ids each hex digit outside the fixed ones takes several values.
    const ids = Array.from({length: 200}, () => randomUUID().replace(/-/g, ''))
    const fixed = new Set([12])
    for (let i = 0; i < 32; i++) {
      if (fixed.has(i)) continue
      expect(new Set(ids.map(id => id[i])).size, `hex digit ${i}`).toBeGreaterThan(3)
    }
  })
})

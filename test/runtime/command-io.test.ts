import {describe, expect, it} from 'vitest'
import {randomUUID} from '../../src/runtime/command-io.js'

describe('randomUUID (output delimiters)', () => {
  it('is a version 4 UUID, as node:crypto gives', () => {
    for (let i = 0; i < 50; i++)
      expect(randomUUID()).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
      )
  })

  it('differs every time', () => {
    const seen = new Set(Array.from({length: 1000}, () => randomUUID()))
    expect(seen.size).toBe(1000)
  })
})

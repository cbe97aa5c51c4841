import {describe, expect, it} from 'vitest'
import {CATEGORIES} from '../../../src/core/classify/index.js'
import {loadCorpus} from '../../../bench/classify/corpus.mjs'

interface Entry {
  id: string
  ecosystem: string
  expected: string
  text: string
}

describe('labelled corpus', () => {
  const corpus = loadCorpus() as Entry[]

  it('has at least 150 labelled excerpts across many ecosystems', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150)
    expect(new Set(corpus.map(e => e.ecosystem)).size).toBeGreaterThanOrEqual(8)
  })

  it('labels every excerpt with a category of the taxonomy, under a unique id', () => {
    for (const e of corpus) expect(CATEGORIES, e.id).toContain(e.expected)
    expect(new Set(corpus.map(e => e.id)).size).toBe(corpus.length)
  })

  it('covers every category', () => {
    const seen = new Set(corpus.map(e => e.expected))
    for (const c of CATEGORIES) expect(seen, c).toContain(c)
  })
})

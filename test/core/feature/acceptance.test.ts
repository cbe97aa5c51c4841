import {describe, expect, it} from 'vitest'
import {askForCriteria, findAcceptanceCriteria} from '../../../src/core/feature/index.js'

describe('acceptance criteria in an issue', () => {
  it('finds a task list', () => {
    const body = 'Add coupons.\n\n- [ ] SAVE10 takes 10% off\n- [x] unknown codes are refused\n'
    expect(findAcceptanceCriteria(body)).toEqual([
      {kind: 'task-list', text: 'SAVE10 takes 10% off'},
      {kind: 'task-list', text: 'unknown codes are refused'}
    ])
  })

  it('finds the items of an acceptance-criteria or "must" section, and only there', () => {
    const body = [
      '## Background',
      '- people asked for it',
      '## Acceptance criteria',
      '- a cart total never goes below zero',
      '1. the coupon is case-insensitive',
      '### Must',
      '* codes expire',
      '## Notes',
      '- maybe later: gift cards'
    ].join('\n')
    expect(findAcceptanceCriteria(body).map(c => c.text)).toEqual([
      'a cart total never goes below zero',
      'the coupon is case-insensitive',
      'codes expire'
    ])
  })

  it('finds given/when/then scenarios and examples with an expected output', () => {
    const body = [
      'Given an empty cart',
      'When the total is computed',
      'Then it is 0',
      '',
      'Examples:',
      '`applyCoupon(1000, "SAVE10")` → `900`',
      'applyCoupon(1000, "NOPE") should return 1000'
    ].join('\n')
    const found = findAcceptanceCriteria(body)
    expect(found.map(c => c.kind).sort()).toEqual(['example', 'example', 'given-when-then'])
    expect(found.find(c => c.kind === 'given-when-then')?.text).toBe(
      'Given an empty cart When the total is computed Then it is 0'
    )
  })

  it('finds nothing in prose without anything to test', () => {
    expect(findAcceptanceCriteria('It would be great to have coupons. Thanks!')).toEqual([])
    expect(findAcceptanceCriteria('')).toEqual([])
    expect(askForCriteria(4)).toMatch(/no testable acceptance criteria/)
  })
})

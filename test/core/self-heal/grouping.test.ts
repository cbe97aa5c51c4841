import {describe, expect, it} from 'vitest'
import {
  groupId,
  groupIssues,
  normalizeFunction,
  normalizeMessage
} from '../../../src/core/self-heal/grouping.js'

describe('normalizeMessage', () => {
  it('replaces numbers, ids, quoted values, hex, uuids, emails and IPs', () => {
    expect(normalizeMessage('Order 1234 not found for user "bob@example.com"')).toBe(
      normalizeMessage("Order 98 not found for user 'alice'")
    )
    expect(normalizeMessage('timeout after 3000ms connecting to 10.0.0.7:5432')).toBe(
      'timeout after <n>ms connecting to <ip>'
    )
    expect(normalizeMessage('row 5f2b9c1e-0a4d-4c1b-9a7e-2f1d3c4b5a6e locked by 0x7ff3a9')).toBe(
      'row <uuid> locked by <hex>'
    )
    expect(normalizeMessage('invoice inv_20240512 failed')).toBe('invoice <id> failed')
  })

  it('keeps the property of a JavaScript property access', () => {
    expect(normalizeMessage("Cannot read properties of undefined (reading 'amount')")).toBe(
      "Cannot read properties of undefined (reading 'amount')"
    )
    expect(normalizeMessage("Cannot read properties of undefined (reading 'amount')")).not.toBe(
      normalizeMessage("Cannot read properties of null (reading 'id')")
    )
  })
})

describe('normalizeFunction', () => {
  it.each([
    ['Object.sumLines', 'sumLines'],
    ['async sumLines', 'sumLines'],
    ['Layer.handle [as handle_request]', 'handle'],
    [null, '?']
  ])('%s → %s', (input, expected) => {
    expect(normalizeFunction(input)).toBe(expected)
  })
})

describe('groupIssues', () => {
  const top = {file: 'src/orders/total.ts', function: 'sumLines'}

  it('joins issues with the same type, message shape and top frame', () => {
    const groups = groupIssues([
      {id: '1', exceptionType: 'TypeError', exceptionValue: 'bad total 12', topFrame: top},
      {
        id: '2',
        exceptionType: 'TypeError',
        exceptionValue: 'bad total 7',
        topFrame: {...top, function: 'Object.sumLines'}
      }
    ])
    expect(groups).toHaveLength(1)
    expect(groups[0]!.issues.map(i => i.id)).toEqual(['1', '2'])
    expect(groups[0]!.id).toBe(groupId(groups[0]!.key))
    expect(groups[0]!.id).toMatch(/^g-[0-9a-f]{10}$/)
  })

  it('keeps apart a different top frame, message shape or type', () => {
    const groups = groupIssues([
      {id: '1', exceptionType: 'TypeError', exceptionValue: 'bad total 12', topFrame: top},
      {
        id: '2',
        exceptionType: 'TypeError',
        exceptionValue: 'bad total 12',
        topFrame: {file: 'src/orders/tax.ts', function: 'sumLines'}
      },
      {
        id: '3',
        exceptionType: 'TypeError',
        exceptionValue: 'total is not a function',
        topFrame: top
      },
      {id: '4', exceptionType: 'RangeError', exceptionValue: 'bad total 12', topFrame: top}
    ])
    expect(groups).toHaveLength(4)
  })

  it('never joins issues without an application frame', () => {
    const groups = groupIssues([
      {id: '1', exceptionType: 'Error', exceptionValue: 'ECONNRESET'},
      {id: '2', exceptionType: 'Error', exceptionValue: 'ECONNRESET'}
    ])
    expect(groups).toHaveLength(2)
  })

  it('gives stable ids: the same input, the same group id', () => {
    const input = [{id: '9', exceptionType: 'TypeError', exceptionValue: 'x', topFrame: top}]
    expect(groupIssues(input)[0]!.id).toBe(groupIssues(structuredClone(input))[0]!.id)
  })
})

import {describe, expect, it} from 'vitest'
import {ConfigurationError} from '../../src/errors.js'
import {
  bool,
  decimal,
  int,
  json,
  list,
  oneOf,
  optionalInt,
  readFields,
  secret,
  text,
  url
} from '../../src/settings/fields.js'
import {inputsFromRecord} from '../../src/settings/input-source.js'
import {z} from 'zod'

function read(
  fields: Parameters<typeof readFields>[0],
  record: Record<string, string>
): Record<string, unknown> {
  return readFields(fields, inputsFromRecord(record), () => undefined)
}

function messageOf(fn: () => unknown): string {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError)
    return (error as Error).message
  }
  throw new Error('expected a ConfigurationError')
}

describe('input fields', () => {
  it('applies defaults to empty inputs and parses typed values', () => {
    const fields = {
      flag: bool(true),
      count: int(3, 1, 10),
      ratio: decimal(1.5, 0, 10),
      mode: oneOf(['a', 'b'] as const, 'a'),
      items: list('x, y', 'p, q'),
      name: text('n', 'default-name')
    }
    expect(read(fields, {})).toEqual({
      flag: true,
      count: 3,
      ratio: 1.5,
      mode: 'a',
      items: ['p', 'q'],
      name: 'default-name'
    })
    expect(
      read(fields, {
        flag: 'FALSE',
        count: '7',
        ratio: '0.25',
        mode: 'b',
        items: 'a\nb, c\n\n',
        name: 'z'
      })
    ).toEqual({
      flag: false,
      count: 7,
      ratio: 0.25,
      mode: 'b',
      items: ['a', 'b', 'c'],
      name: 'z'
    })
  })

  it.each([
    [
      {flag: bool(true)},
      {flag: 'yes'},
      "Input 'flag' must be true or false, got 'yes'. Example: flag: false"
    ],
    [
      {count: int(3, 1, 10)},
      {count: '11'},
      "Input 'count' must be at most 10, got '11'. Example: count: 3"
    ],
    [
      {count: int(3, 1, 10)},
      {count: '2.5'},
      "Input 'count' must be a whole number from 1 to 10, got '2.5'. Example: count: 3"
    ],
    [
      {mode: oneOf(['issue', 'artifact', 'none'] as const, 'issue')},
      {mode: 'comment'},
      "Input 'mode' must be one of issue, artifact, none, got 'comment'. Example: mode: artifact"
    ],
    [
      {base: url('https://x.example')},
      {base: 'ftp://x'},
      "Input 'base' must be an http(s) URL, got 'ftp://x'. Example: base: https://x.example"
    ],
    [
      {limit: optionalInt(1, 5, '2')},
      {limit: 'ten'},
      "Input 'limit' must be a whole number from 1 to 5, got 'ten'. Example: limit: 2"
    ]
  ])('explains a bad value in one line: %#', (fields, record, expected) => {
    expect(messageOf(() => read(fields, record))).toBe(expected)
  })

  it('names the place in a JSON input that is wrong', () => {
    const fields = {
      prices: json(z.record(z.string(), z.object({input: z.number()})), '{"m": {"input": 1}}')
    }
    expect(read(fields, {}).prices).toBeUndefined()
    expect(messageOf(() => read(fields, {prices: '{"m": {"input": "cheap"}}'}))).toMatch(
      /^Input 'prices' is not valid at m\.input: .+, got '\{"m": \{"input": "cheap"\}\}'\. Example: prices: /
    )
    expect(messageOf(() => read(fields, {prices: '{oops'}))).toMatch(
      /^Input 'prices' must be valid JSON/
    )
  })

  it('hands secrets to the masker before validating anything, and never echoes them', () => {
    const masked: string[] = []
    const fields = {count: int(1, 1, 2), key: secret('k', true), other: secret('o')}
    let message = ''
    try {
      readFields(fields, inputsFromRecord({count: 'bad', key: 'sk-hidden', other: ''}), v =>
        masked.push(v)
      )
    } catch (error) {
      message = (error as Error).message
    }
    expect(masked).toEqual(['sk-hidden'])
    expect(message).toContain("Input 'count'")
    expect(message).not.toContain('sk-hidden')
  })

  it('reports a missing required input with an example', () => {
    expect(messageOf(() => read({key: secret('${{ secrets.KEY }}', true)}, {}))).toBe(
      "Input 'key' is required and was not supplied. Example: key: ${{ secrets.KEY }}"
    )
  })
})

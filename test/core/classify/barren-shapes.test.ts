import {describe, expect, it} from 'vitest'
import {
  BARREN_AFTER,
  BarrenShapes,
  LEARN_AFTER_CANDIDATES,
  shapeOf
} from '../../../src/core/classify/barren-shapes.js'
import {scanText} from '../../../src/core/classify/scanner.js'

/** Noise every line of which holds a candidate word and none of which is a failure. */
function noise(count: number, from = 0): string[] {
  const out: string[] = []
  for (let i = from; i < from + count; i++)
    out.push(
      `2026-12-06T10:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.1234567Z [worker ${i % 8}] error: retrying job ${i} after failure (attempt ${i % 5})`
    )
  return out
}

const TSC = "src/money.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'."
const JEST = [
  'FAIL src/cart.test.ts',
  '  ● cart › totals the basket',
  '',
  '    expect(received).toBe(expected) // Object.is equality',
  '',
  '    Expected: 5',
  '    Received: 4',
  '',
  '      at Object.<anonymous> (src/cart.test.ts:12:19)'
]

function scan(lines: readonly string[]) {
  return scanText(`${lines.join('\n')}\n`)
}

describe('shapeOf', () => {
  it('makes lines that differ only in their numbers equal, and no others', () => {
    const [a, b] = noise(2, 100)
    expect(shapeOf(a)).toBe(shapeOf(b))
    expect(shapeOf('error: retrying job 7')).not.toBe(shapeOf('error: retrying task 7'))
  })
})

describe('BarrenShapes', () => {
  it('marks a shape barren only once it was counted often enough', () => {
    const shapes = new BarrenShapes()
    shapes.learn(noise(BARREN_AFTER - 1))
    expect(shapes.any).toBe(false)
    expect(shapes.has(noise(1, 5000)[0])).toBe(false)
    shapes.learn(noise(1, 9000))
    expect(shapes.any).toBe(true)
    expect(shapes.has(noise(1, 5000)[0])).toBe(true)
    expect(shapes.has('error: the job failed for good')).toBe(false)
  })
})

describe('a log of noise that looks like failure', () => {
  it('below the budget, every candidate line is read as before', () => {
    const r = scan([...noise(LEARN_AFTER_CANDIDATES - 100), TSC])
    expect(r.stats.candidateLines).toBe(LEARN_AFTER_CANDIDATES - 100 + 1)
    expect(r.failures.map(f => f.errorCode)).toEqual(['TS2322'])
  })

  it('past the budget, stops reading the noise and still finds the failures in and after it', () => {
    const lines = [...noise(6000), ...JEST, ...noise(20_000, 6000), TSC]
    const r = scan(lines)
    // The noise stopped opening windows: far fewer candidate lines than lines of noise.
    expect(r.stats.candidateLines).toBeLessThan(10_000)
    expect(r.failures.map(f => f.category)).toEqual(['test_fail', 'compile_error'])
    expect(r.failures[0].test).toContain('totals the basket')
    expect(r.failures[1]).toMatchObject({file: 'src/money.ts', line: 3, errorCode: 'TS2322'})
  })

  it('a line of another shape among the learned noise is still a candidate', () => {
    const odd = `2026-12-06T11:00:00.0000000Z [worker 3] ${TSC}`
    const r = scan([...noise(8000), odd, ...noise(8000, 8000)])
    expect(r.failures.map(f => f.errorCode)).toEqual(['TS2322'])
  })

  it('never learns lines from windows with a finding: a repeated failure stays a failure', () => {
    const failing: string[] = []
    for (let i = 0; i < 3000; i++) failing.push(`--- FAIL: TestShard${i % 40} (0.0${i % 9}s)`)
    const r = scan([...noise(4000), ...failing])
    expect(r.failures.filter(f => f.category === 'test_fail')).toHaveLength(40)
  })
})

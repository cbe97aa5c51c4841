// region.ts gives a parser family a window only when some line holds one of the family's
// needles. A needle list that missed a shape the family knows would drop its findings
// silently, so each family is run here ungated, on every window of every corpus excerpt and
// fixture log, and every finding must sit in a window that holds one of its needles.
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {holdsNeedle} from '../../../src/core/classify/literal-guard.js'
import {normalizeLine} from '../../../src/core/classify/normalize.js'
import {FAMILY_NEEDLES, LINE_PARSERS} from '../../../src/core/classify/region.js'
import type {ParseContext} from '../../../src/core/classify/parsers/parser.js'

const ctx: ParseContext = {relativize: path => path}

/** The excerpts of the corpora rules are written and tuned on (never the sealed split). */
function corpusTexts(): string[] {
  const texts: string[] = []
  for (const dir of ['corpus', 'corpus-blind', 'corpus-real/dev']) {
    const path = join('bench', dir)
    for (const file of readdirSync(path).filter(f => f.endsWith('.corpus')))
      texts.push(...readFileSync(join(path, file), 'utf8').split(/^>>> .*$/m))
  }
  return texts
}

function fixtureLogs(dir = 'test/fixtures'): string[] {
  const texts: string[] = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) texts.push(...fixtureLogs(path))
    else if (/\.(?:log|txt)$/.test(name) && statSync(path).size < 2_000_000)
      texts.push(readFileSync(path, 'utf8'))
  }
  return texts
}

describe('parser family needles', () => {
  const windows = [...corpusTexts(), ...fixtureLogs()].map(text =>
    text.split('\n').map(line => normalizeLine(line).text)
  )

  it('gate some families, and only families of the dispatch list', () => {
    expect(FAMILY_NEEDLES.size).toBeGreaterThan(3)
    for (const parse of FAMILY_NEEDLES.keys()) expect(LINE_PARSERS).toContain(parse)
    expect(windows.length).toBeGreaterThan(500)
  })

  it('are held by every window a family finds something in, and by the line it found', () => {
    const missed: string[] = []
    for (const [parse, needles] of FAMILY_NEEDLES) {
      for (const lines of windows) {
        const found = parse(lines, ctx)
        if (found.length === 0) continue
        if (!holdsNeedle(lines.join('\n'), needles))
          missed.push(`${parse.name}: ${found[0].rule} at "${lines[found[0].index]}"`)
      }
    }
    expect(missed).toEqual([])
  })

  it('drop the families whose needles a window lacks, and keep them where they appear', () => {
    const tsc = [
      "src/tax.ts(13,5): error TS2322: Type 'string' is not assignable to type 'number'."
    ]
    const [, needles] = [...FAMILY_NEEDLES].find(([parse]) => parse.name === 'parseGo')!
    expect(holdsNeedle(tsc.join('\n'), needles)).toBe(false)
    expect(holdsNeedle('main.go:12:3: undefined: x', needles)).toBe(true)
  })
})

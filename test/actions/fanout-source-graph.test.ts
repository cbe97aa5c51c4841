// The plan stage's import graph from a real checkout on disk: tracked JS/TS
// sources read with their caps, and the barrels named, so a shared
// `src/index.ts` of re-exports does not put every failure in one group.
import {mkdtemp, mkdir, rm, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {planFailures} from '../../src/core/autofix/index.js'
import type {Failure} from '../../src/core/classify/types.js'
import {independentGroups} from '../../src/core/fanout/index.js'
import {sourceImportGraph} from '../../src/actions/autofix/fanout/source-graph.js'

let root: string
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'ci-medic-source-graph-'))
})
afterEach(async () => {
  await rm(root, {recursive: true, force: true})
})

async function write(files: Record<string, string>): Promise<string[]> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), {recursive: true})
    await writeFile(join(root, path), text)
  }
  return Object.keys(files)
}

function testFailure(file: string, message: string): Failure {
  return {
    category: 'test_fail',
    file,
    line: 3,
    test: `${file} > works`,
    message,
    excerpt: `FAIL ${file} > works\n${message}`,
    fingerprint: `fp-${file}`,
    rule: 'vitest.fail',
    confidence: 0.9,
    tool: 'vitest'
  }
}

describe('the plan stage import graph', () => {
  it('names the barrel, so two tests importing it and different modules stay two groups', async () => {
    const files = await write({
      'src/index.ts': "export {price} from './price.js'\nexport * from './units.js'\n",
      'src/price.ts': 'export const price = (n: number) => n * 2\n',
      'src/units.ts': 'export const toCm = (m: number) => m * 100\n',
      'test/price.test.ts':
        "import {price} from '../src/index.js'\nimport {x} from '../src/price.js'\n",
      'test/units.test.ts':
        "import {toCm} from '../src/index.js'\nimport {y} from '../src/units.js'\n"
    })
    const {importGraph, barrels} = await sourceImportGraph(root, files)
    expect(barrels).toEqual(['src/index.ts'])
    expect(importGraph['test/price.test.ts']).toEqual(
      expect.arrayContaining(['src/index.ts', 'src/price.ts'])
    )
    const plan = planFailures(
      [
        testFailure('test/price.test.ts', 'expected 4 to be 5'),
        testFailure('test/units.test.ts', 'expected 100 to be 1000')
      ],
      {maxFailures: 10, importGraph}
    )
    expect(independentGroups(plan.items, {importGraph, barrels, maxGroups: 4})).toHaveLength(2)
    // Without the barrels named, the shared index ties both failures into one group.
    expect(independentGroups(plan.items, {importGraph, maxGroups: 4})).toHaveLength(1)
  })

  it('never follows a symbolic link out of the checkout', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'ci-medic-outside-'))
    await writeFile(join(outside, 'secret.ts'), "import {a} from './a.js'\n")
    const files = await write({'src/a.ts': 'export const a = 1\n'})
    await symlink(join(outside, 'secret.ts'), join(root, 'src/link.ts'))
    const {importGraph} = await sourceImportGraph(root, [...files, 'src/link.ts'])
    expect(importGraph['src/link.ts'] ?? []).toEqual([])
    await rm(outside, {recursive: true, force: true})
  })
})

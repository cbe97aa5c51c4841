// The tools' extra write guard (a feature stream's owned files): a refused
// path is never written, by write_file or replace_in_file, under any spelling.
import {mkdir, mkdtemp, readFile, realpath, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, beforeEach, expect, it} from 'vitest'
import {createModelTools, type ModelTools} from '../../../src/edges/workspace/index.js'

let root: string

beforeEach(async () => {
  root = await realpath(await mkdtemp(join(tmpdir(), 'ci-medic-refuse-')))
  await mkdir(join(root, 'src'))
  await writeFile(join(root, 'src/other.ts'), 'export const a = 1\n')
})
afterEach(() => rm(root, {recursive: true, force: true}))

function tools(): ModelTools {
  return createModelTools({
    root,
    protectedGlobs: [],
    secrets: [],
    maxReadBytes: 4096,
    maxListEntries: 100,
    runAffectedTest: () => Promise.resolve(''),
    refuseWrite: rel => (rel === 'src/mine.ts' ? undefined : `"${rel}" is not yours`)
  })
}

it('writes the owned file and refuses every other, whatever the spelling', async () => {
  const t = tools()
  expect(await t.write_file({path: 'src/mine.ts', content: 'x\n'})).toMatchObject({isError: false})
  for (const path of ['src/other.ts', './src/other.ts', 'src/../src/other.ts', 'src/new.ts']) {
    const result = await t.write_file({path, content: 'hacked\n'})
    expect(result, path).toMatchObject({isError: true, text: expect.stringMatching(/is not yours/)})
  }
  const replaced = await t.replace_in_file({path: 'src/other.ts', old_string: '1', new_string: '2'})
  expect(replaced.isError).toBe(true)
  expect(await readFile(join(root, 'src/other.ts'), 'utf8')).toBe('export const a = 1\n')
  expect(t.writtenFiles()).toEqual(['src/mine.ts'])
})

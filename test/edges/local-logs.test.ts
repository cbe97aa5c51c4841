// log-path resolution: a plain path is looked up directly, a glob goes through fs.glob,
// and both give the same files.
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {resolveLogFiles} from '../../src/edges/logs/local-logs.js'
import {ConfigurationError} from '../../src/errors.js'

describe('resolveLogFiles', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ci-medic-local-logs-'))
    await mkdir(join(dir, 'logs', 'nested.log'), {recursive: true})
    await writeFile(join(dir, 'logs', 'a.log'), 'one\n')
    await writeFile(join(dir, 'logs', 'b.log'), 'two two\n')
  })
  afterAll(() => rm(dir, {recursive: true, force: true}))

  const names = async (patterns: string): Promise<string[]> =>
    (await resolveLogFiles(patterns, dir)).map(f => f.name)

  it('finds a plain path, relative or absolute, with its size', async () => {
    expect(await names('logs/a.log')).toEqual(['logs/a.log'])
    const [file] = await resolveLogFiles(join(dir, 'logs/b.log'), dir)
    expect(file).toEqual({path: join(dir, 'logs/b.log'), name: 'logs/b.log', size: 8})
  })

  it('gives the same files for a glob as for the plain paths, directories left out', async () => {
    expect(await names('logs/*.log')).toEqual(['logs/a.log', 'logs/b.log'])
    expect(await names('logs/b.log, logs/a.log\nlogs/a.log')).toEqual(['logs/a.log', 'logs/b.log'])
    expect(await names('logs/[ab].log')).toEqual(['logs/a.log', 'logs/b.log'])
  })

  it('names the input when nothing matches, a directory included', async () => {
    await expect(resolveLogFiles('logs/missing.log', dir)).rejects.toThrow(ConfigurationError)
    await expect(resolveLogFiles('logs/nested.log', dir)).rejects.toThrow(/matched no files/)
    await expect(resolveLogFiles('logs/*.txt', dir)).rejects.toThrow(/matched no files/)
  })
})

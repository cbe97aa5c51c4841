// The cache service stand-in against the real @actions/cache client: save
// (Twirp create, blob upload, finalize) and restore (Twirp lookup, download,
// tar extraction), with the library reading the runtime token, the results
// URL and the v2 flag from the environment as it does on a runner.
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {restoreCache, saveCache} from '@actions/cache'
import {afterEach, beforeEach, expect, it, vi} from 'vitest'
import {startFakeCacheService, type FakeCacheService} from './cache/index.js'

let service: FakeCacheService
let dir: string

beforeEach(async () => {
  service = await startFakeCacheService()
  dir = await mkdtemp(join(tmpdir(), 'ci-medic-cache-fake-'))
  for (const [k, v] of Object.entries(service.env)) vi.stubEnv(k, v)
  vi.stubEnv('GITHUB_SERVER_URL', 'https://github.com')
  vi.stubEnv('RUNNER_TEMP', dir)
  vi.stubEnv('ACTIONS_CACHE_MODE', '')
})
afterEach(async () => {
  vi.unstubAllEnvs()
  await service.close()
  await rm(dir, {recursive: true, force: true})
})

it('stores what saveCache uploads and gives it back to restoreCache', async () => {
  const file = join(dir, 'state', 'baseline.json')
  await mkdir(join(dir, 'state'))
  await writeFile(file, '{"saved":1}')
  const id = await saveCache([file], 'ci-medic-test-key-1')
  expect(id).toBe(service.entries[0]!.id)
  expect(service.entries[0]).toMatchObject({key: 'ci-medic-test-key-1', finalized: true})
  expect(service.calls('CreateCacheEntry')).toHaveLength(1)
  expect(service.calls('FinalizeCacheEntryUpload')).toHaveLength(1)

  await rm(file)
  expect(await restoreCache([file], 'ci-medic-test-key-1')).toBe('ci-medic-test-key-1')
  expect(await readFile(file, 'utf8')).toBe('{"saved":1}')
})

it('misses on another key or another path, matches a restore key by prefix, newest first', async () => {
  const file = join(dir, 'a.json')
  await writeFile(file, 'one')
  await saveCache([file], 'prefix-1')
  await writeFile(file, 'two')
  await saveCache([file], 'prefix-2')
  await rm(file)
  expect(await restoreCache([file], 'other')).toBeUndefined()
  // The version is a hash of the paths: the same key asked for with another path is a miss.
  expect(await restoreCache([join(dir, 'b.json')], 'prefix-1')).toBeUndefined()
  expect(await restoreCache([file], 'nothing', ['prefix-'])).toBe('prefix-2')
  expect(await readFile(file, 'utf8')).toBe('two')
})

it('refuses a second save of the same key (the library reports it as an info line) and a foreign token', async () => {
  const file = join(dir, 'a.json')
  await writeFile(file, 'first')
  await saveCache([file], 'same')
  await writeFile(file, 'second')
  expect(await saveCache([file], 'same')).toBe(-1)
  expect(service.calls('CreateCacheEntry').map(r => r.status)).toEqual([200, 409])
  expect(service.entries).toHaveLength(1)

  vi.stubEnv('ACTIONS_RUNTIME_TOKEN', service.runtimeToken.replace(/\.[^.]+$/, '.forged'))
  await rm(file)
  expect(await restoreCache([file], 'same')).toBeUndefined()
  expect(service.calls('GetCacheEntryDownloadURL').at(-1)?.status).toBe(401)
})

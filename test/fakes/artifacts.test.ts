// The artifact service stand-in against the real @actions/artifact client:
// upload (Twirp create, block blob upload, finalize), list, get, and download
// through a signed URL, with the library reading the runtime token and
// results URL from the environment as it does on a runner.
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {DefaultArtifactClient} from '@actions/artifact'
import {afterEach, beforeEach, expect, it, vi} from 'vitest'
import {startFakeArtifactService, type FakeArtifactService} from './artifacts/index.js'
import {readZip} from './github/index.js'

let service: FakeArtifactService
let dir: string

beforeEach(async () => {
  service = await startFakeArtifactService()
  for (const [k, v] of Object.entries(service.env)) vi.stubEnv(k, v)
  vi.stubEnv('GITHUB_SERVER_URL', 'https://github.com')
  dir = await mkdtemp(join(tmpdir(), 'ci-medic-artifact-fake-'))
})
afterEach(async () => {
  vi.unstubAllEnvs()
  await service.close()
  await rm(dir, {recursive: true, force: true})
})

it('stores what the client uploads, lists it, and serves it back through a signed URL', async () => {
  await writeFile(join(dir, 'report.json'), '{"ok":true}\n')
  const client = new DefaultArtifactClient()
  const up = await client.uploadArtifact('ci-medic-test-1-1', [join(dir, 'report.json')], dir, {
    retentionDays: 3
  })
  expect(up.id).toBe(service.artifacts[0]!.id)
  expect(readZip(service.artifacts[0]!.zip!)['report.json']?.toString('utf8')).toBe('{"ok":true}\n')

  const {artifacts} = await client.listArtifacts()
  expect(artifacts.map(a => [a.id, a.name])).toEqual([[up.id, 'ci-medic-test-1-1']])
  const {artifact} = await client.getArtifact('ci-medic-test-1-1')
  expect(artifact.size).toBe(up.size)

  const out = join(dir, 'out')
  await client.downloadArtifact(artifact.id, {path: out})
  expect(await readFile(join(out, 'report.json'), 'utf8')).toBe('{"ok":true}\n')
})

it('refuses a second artifact of the same name in the run, and a token that is not the run’s', async () => {
  await writeFile(join(dir, 'a.txt'), 'a')
  const client = new DefaultArtifactClient()
  await client.uploadArtifact('same', [join(dir, 'a.txt')], dir)
  await expect(client.uploadArtifact('same', [join(dir, 'a.txt')], dir)).rejects.toThrow(/409/)
  vi.stubEnv('ACTIONS_RUNTIME_TOKEN', service.runtimeToken.replace(/\.[^.]+$/, '.forged'))
  await expect(
    new DefaultArtifactClient().uploadArtifact('other', [join(dir, 'a.txt')], dir)
  ).rejects.toThrow(/401/)
})

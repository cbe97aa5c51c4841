// The baseline cache's pure parts: the key, the record's caps and the checks
// that tell a foreign or corrupt entry apart, and the cache service choice.
import {describe, expect, it} from 'vitest'
import {baselineCacheKey, isLockfile, lockfileHash} from '../../../src/core/baseline/key.js'
import {
  BASELINE_OUTPUT_TAIL,
  baselineRecordOf,
  foreignReason,
  MAX_BASELINE_RECORD_BYTES,
  parseBaselineRecord,
  type CheckRunLike
} from '../../../src/core/baseline/record.js'
import {cacheServiceOf, type CacheServiceFacts} from '../../../src/core/baseline/service.js'

const SHA = 'a'.repeat(40)
const commands = [{check: 'test', command: 'npm test'}]
const identity = {repository: 'o/r', sha: SHA, commands, lockfileHash: 'none'}
const key = baselineCacheKey(identity)

function run(stdout: string): CheckRunLike {
  return {
    check: 'test',
    command: 'npm test',
    result: {
      command: 'npm test',
      exitCode: 1,
      signal: null,
      timedOut: false,
      stdout,
      stderr: '',
      durationMs: 12,
      outputTruncated: false
    },
    failures: [
      {
        category: 'test_fail',
        message: 'expected 1 to be 2',
        excerpt: 'x',
        fingerprint: 'f00d',
        rule: 'vitest',
        confidence: 0.9,
        tool: 'vitest',
        file: 'a.test.ts'
      }
    ]
  }
}
const saved = {...identity, key, savedAt: '2026-01-01T00:00:00.000Z', savedBy: 'run 1'}

describe('the key', () => {
  it('is the sha, a hash of the commands and the lockfiles’ hash; each part changes it', () => {
    expect(key).toMatch(new RegExp(`^ci-medic-baseline-v1-${SHA}-[0-9a-f]{16}-none$`))
    expect(baselineCacheKey({...identity, sha: 'b'.repeat(40)})).not.toBe(key)
    expect(baselineCacheKey({...identity, commands: [{check: 'test', command: 'npm t'}]})).not.toBe(
      key
    )
    const lock = lockfileHash([{name: 'package-lock.json', content: '{}'}])
    expect(lock).toMatch(/^[0-9a-f]{16}$/)
    expect(baselineCacheKey({...identity, lockfileHash: lock})).not.toBe(key)
    expect(lockfileHash([{name: 'package-lock.json', content: '{"a":1}'}])).not.toBe(lock)
  })
  it('knows the lockfiles', () => {
    for (const name of [
      'package-lock.json',
      'pnpm-lock.yaml',
      'yarn.lock',
      'poetry.lock',
      'uv.lock',
      'requirements.txt',
      'requirements-dev.txt'
    ])
      expect(isLockfile(name), name).toBe(true)
    for (const name of ['package.json', 'requirements.in', 'Cargo.toml'])
      expect(isLockfile(name), name).toBe(false)
  })
})

describe('the record', () => {
  it('round-trips, with outputs cut to their tails', () => {
    const record = baselineRecordOf(saved, [run('x'.repeat(BASELINE_OUTPUT_TAIL + 10))])!
    expect(record.runs[0]!.result.stdout).toHaveLength(BASELINE_OUTPUT_TAIL)
    expect(record.runs[0]!.result.outputTruncated).toBe(true)
    const parsed = parseBaselineRecord(Buffer.from(JSON.stringify(record)))
    expect(parsed).toEqual({ok: true, record})
    expect(foreignReason(record, {...identity, key})).toBeUndefined()
  })
  it('tells a corrupt, oversized or foreign entry apart', () => {
    expect(parseBaselineRecord(Buffer.from('{'))).toEqual({ok: false, reason: 'it is not JSON'})
    expect(parseBaselineRecord(Buffer.from('{"version":2}'))).toMatchObject({ok: false})
    expect(parseBaselineRecord(Buffer.alloc(MAX_BASELINE_RECORD_BYTES + 1, 32))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('cap')
    })
    const record = baselineRecordOf(saved, [run('')])!
    expect(foreignReason(record, {...identity, key, repository: 'o/other'})).toBe(
      'it names another repository (o/r)'
    )
    expect(foreignReason({...record, sha: 'c'.repeat(40)}, {...identity, key})).toMatch(
      /another commit/
    )
    expect(foreignReason(record, {...identity, key: 'k2'})).toMatch(/another key/)
    expect(foreignReason({...record, runs: []}, {...identity, key})).toBe(
      'its results are not those of its commands'
    )
  })
})

describe('the cache service', () => {
  const facts: CacheServiceFacts = {
    serverUrl: 'https://github.com',
    v2: true,
    resultsUrl: true,
    cacheUrl: false,
    runtimeToken: true,
    mode: ''
  }
  it('is v2 on github.com with the flag, v1 on a GitHub Enterprise Server with ACTIONS_CACHE_URL', () => {
    expect(cacheServiceOf(facts)).toEqual({enabled: true, version: 'v2'})
    expect(
      cacheServiceOf({...facts, serverUrl: 'https://ghe.example.com', cacheUrl: true})
    ).toEqual({enabled: true, version: 'v1'})
  })
  it('is off, saying why, without a token, a service, or with cache mode none', () => {
    expect(cacheServiceOf({...facts, runtimeToken: false})).toMatchObject({
      enabled: false,
      reason: expect.stringContaining('ACTIONS_RUNTIME_TOKEN')
    })
    expect(cacheServiceOf({...facts, mode: 'none'})).toMatchObject({enabled: false})
    expect(cacheServiceOf({...facts, serverUrl: 'https://ghe.example.com'})).toMatchObject({
      enabled: false,
      reason: expect.stringContaining('https://ghe.example.com')
    })
    expect(cacheServiceOf({...facts, v2: false})).toMatchObject({enabled: false})
  })
})

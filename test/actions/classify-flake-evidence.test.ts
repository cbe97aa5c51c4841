// #11: flake evidence in one log, through classify in-process (log-path, no token). A test that
// failed then passed in the same run is flaky: transient, rerun. A race report is evidence, not
// proof: test_fail below the dispatch threshold, an alert instead of autofix, and a scripted
// model's second opinion (a stand-in for Claude, only in tests) that agrees with test_fail at
// 0.9 cannot raise it to a dispatch.
import {copyFile, mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {startFakeAnthropic, textTurn, type FakeAnthropic} from '../fakes/anthropic/index.js'
import {classifyInProcess, cleanupInProcessRuns, everythingSaid} from './classify-in-process.js'

const LOGS = new URL('../core/classify/flake-logs/', import.meta.url)
let dir = ''
let model: FakeAnthropic | undefined

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ci-medic-flake-logs-'))
})
afterEach(async () => {
  await model?.close()
  model = undefined
  await cleanupInProcessRuns()
  await rm(dir, {recursive: true, force: true})
})

async function classifyLog(name: string, inputs: Record<string, string> = {}) {
  await copyFile(new URL(name, LOGS), join(dir, 'test.log'))
  return classifyInProcess({
    workspace: dir,
    inputs: {
      'log-path': 'test.log',
      ledger: 'none',
      'dispatch-autofix': 'ci-medic-autofix.yml',
      ...inputs
    }
  })
}

describe('classify reads flake evidence in the log', () => {
  it('go test -count: a test that failed then passed is transient, and rerun', async () => {
    const run = await classifyLog('go-count-fail-then-pass.log')
    expect(run.error, everythingSaid(run)).toBeUndefined()
    expect(run.io.outputs).toMatchObject({category: 'transient', 'next-action': 'rerun'})
    expect(run.io.summary).toContain('root.flaky-evidence')
  })

  it('go test -race: alerted, never autofix, even when a model agrees it is a test failure', async () => {
    model = await startFakeAnthropic({
      apiKey: 'sk-ant-test',
      models: 'any',
      script: [
        textTurn(
          '{"category": "test_fail", "confidence": 0.9, "reason": "A test assertion failed."}'
        )
      ]
    })
    const run = await classifyLog('go-race.log', {
      'anthropic-api-key': 'sk-ant-test',
      'anthropic-base-url': model.url
    })
    expect(run.error, everythingSaid(run)).toBeUndefined()
    expect(model.calls).toBe(1)
    expect(run.io.outputs).toMatchObject({category: 'test_fail', 'next-action': 'alert'})
    expect(Number(run.io.outputs.confidence)).toBeLessThan(0.5)
    expect(run.io.summary).toMatch(/points to a flaky test/)
  })
})

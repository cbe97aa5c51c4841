// A long answer is not cut off. A non-streaming Messages request returns only
// once the whole answer is generated, and the more output tokens the longer
// that takes (the SDK plans for 128,000 an hour at worst). A fix session asks
// for up to max_tokens, so its request may take as long as generating them;
// a client timeout shorter than that made the SDK give up on an answer still
// coming and retry it, paying for each try, and the attempt ended
// not-evaluated. The fake Anthropic API (a scripted model, not Claude) takes
// msPerOutputToken per output token, like a slow real one.
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {BudgetTracker} from '../../src/core/fixing/budgets.js'
import type {FixPrompt} from '../../src/core/fixing/index.js'
import {createModelClient} from '../../src/edges/model/anthropic-client.js'
import type {ModelTools} from '../../src/edges/workspace/index.js'
import {createDecisionLog} from '../../src/engine/decision-log.js'
import {runSession} from '../../src/engine/model-session.js'
import {startFakeAnthropic, textTurn, type FakeAnthropic} from '../fakes/anthropic/index.js'

const cleanups: (() => Promise<unknown>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

const prompt: FixPrompt = {
  system: [{type: 'text', text: 'You fix failing tests.'}],
  tools: [],
  messages: [{role: 'user', content: 'The test in a.test.ts fails.'}],
  cacheBreakpoints: 0
}

/** No tool is called in these sessions. */
const noTools = {
  dispatchTool: () => Promise.reject(new Error('no tool call was scripted'))
} as unknown as ModelTools

async function session(fake: FakeAnthropic, clientTimeoutMs: number) {
  const dir = await mkdtemp(join(tmpdir(), 'ci-medic-session-'))
  cleanups.push(() => rm(dir, {recursive: true, force: true}))
  const budget = new BudgetTracker(
    {
      maxInputTokens: 1_000_000,
      maxCostUsd: 10,
      maxInputTokensPerFailure: 1_000_000,
      maxCostUsdPerFailure: 10,
      timeBudgetMs: 600_000,
      reserveMs: 0
    },
    {now: () => Date.now()}
  )
  return runSession(
    {
      client: createModelClient({
        apiKey: 'test-key',
        baseUrl: fake.url,
        maxRetries: 2,
        timeoutMs: clientTimeoutMs
      }),
      tools: noTools,
      budget,
      log: createDecisionLog(join(dir, 'decisions.jsonl'))
    },
    {
      model: 'claude-sonnet-5-5',
      thinking: false,
      prompt,
      tools: [],
      failureKey: 'a',
      maxTurns: 2,
      maxTokens: 8192
    }
  )
}

describe('runSession and a long answer', () => {
  it('waits for an answer that takes longer than the client timeout but fits max_tokens', async () => {
    const fake = await startFakeAnthropic({
      msPerOutputToken: 1,
      script: [textTurn('Fixed the off-by-one in sum().', {usage: {output_tokens: 2500}})]
    })
    cleanups.push(() => fake.close())
    const result = await session(fake, 1000)
    expect(result).toMatchObject({stop: 'done', message: 'Fixed the off-by-one in sum().'})
    expect(fake.calls).toBe(1)
  })
})

// An answer cut at max_tokens is asked for again with room. The Messages API
// stops at max_tokens wherever the model is, a tool call included ("the
// truncated response contains an incomplete tool use block": retry with a
// higher max_tokens, say its tool-use docs). A fix session that writes a
// large file can get there; it used to take the cut answer as the model's
// last word, so the write never happened and the attempt was judged on
// nothing. The fake Anthropic API (a scripted model, not Claude) cuts the
// way the API documents; the scripted turn is asked twice, as a real model
// would answer again.
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
import {
  startFakeAnthropic,
  textTurn,
  toolTurn,
  type FakeAnthropic
} from '../fakes/anthropic/index.js'

const cleanups: (() => Promise<unknown>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

const writeFile = {
  name: 'write_file',
  description: 'Writes a file.',
  input_schema: {
    type: 'object' as const,
    properties: {path: {type: 'string'}, content: {type: 'string'}},
    required: ['path', 'content']
  }
}

const prompt: FixPrompt = {
  system: [{type: 'text', text: 'You fix failing tests.'}],
  tools: [writeFile],
  messages: [{role: 'user', content: 'Regenerate src/table.ts.'}],
  cacheBreakpoints: 0
}

/** The workspace side of the session: records the writes it is asked for. */
function recordingTools(writes: unknown[]): ModelTools {
  return {
    dispatchTool: (name: string, input: unknown) => {
      writes.push({name, input})
      return Promise.resolve({text: 'written', isError: false})
    }
  } as unknown as ModelTools
}

async function session(fake: FakeAnthropic, writes: unknown[]) {
  const dir = await mkdtemp(join(tmpdir(), 'ci-medic-session-'))
  cleanups.push(() => rm(dir, {recursive: true, force: true}))
  return runSession(
    {
      client: createModelClient({apiKey: 'test-key', baseUrl: fake.url, maxRetries: 0}),
      tools: recordingTools(writes),
      budget: new BudgetTracker(
        {
          maxInputTokens: 1_000_000,
          maxCostUsd: 10,
          maxInputTokensPerFailure: 1_000_000,
          maxCostUsdPerFailure: 10,
          timeBudgetMs: 600_000,
          reserveMs: 0
        },
        {now: () => Date.now()}
      ),
      log: createDecisionLog(join(dir, 'decisions.jsonl'))
    },
    {
      model: 'claude-sonnet-5-5',
      thinking: false,
      prompt,
      tools: [writeFile],
      failureKey: 'table',
      maxTurns: 5,
      maxTokens: 8192
    }
  )
}

describe('runSession and an answer cut at max_tokens', () => {
  it('asks again with twice the room, and the write the model meant happens', async () => {
    const big = {path: 'src/table.ts', content: 'x'.repeat(40_000)}
    const fake = await startFakeAnthropic({
      script: [toolTurn('write_file', big), toolTurn('write_file', big), textTurn('Done.')]
    })
    cleanups.push(() => fake.close())
    const writes: unknown[] = []
    const result = await session(fake, writes)
    expect(fake.responses.map(r => r.stop_reason)).toEqual(['max_tokens', 'tool_use', 'end_turn'])
    expect((fake.requests[1] as {max_tokens: number}).max_tokens).toBe(16_384)
    expect(writes).toEqual([{name: 'write_file', input: big}])
    expect(result).toMatchObject({stop: 'done', message: 'Done.', toolCalls: 1})
  })

  it('says the answer was cut when it is cut again', async () => {
    const huge = {path: 'src/table.ts', content: 'x'.repeat(80_000)}
    const fake = await startFakeAnthropic({
      script: [toolTurn('write_file', huge), toolTurn('write_file', huge)]
    })
    cleanups.push(() => fake.close())
    const writes: unknown[] = []
    const result = await session(fake, writes)
    expect(writes).toEqual([])
    expect(result.stop).toBe('done')
    expect(result.message).toMatch(/cut at max_tokens \(16384 output tokens\)/)
  })
})

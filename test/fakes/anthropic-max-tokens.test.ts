// The fake Anthropic API cuts a tool call at max_tokens the way the real API
// documents it: stop_reason `max_tokens`, and "the truncated response
// contains an incomplete tool use block" (the Messages API's tool-use docs,
// which say to retry with a higher max_tokens). The input of the cut block is
// not documented; the fake's is empty.
import Anthropic from '@anthropic-ai/sdk'
import {afterEach, describe, expect, it} from 'vitest'
import {startFakeAnthropic, toolTurn, type FakeAnthropic} from './anthropic/index.js'

let fake: FakeAnthropic | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
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

describe('fake Anthropic: a tool call cut at max_tokens', () => {
  it('answers max_tokens with the call incomplete, and the whole call when it fits', async () => {
    const call = toolTurn('write_file', {path: 'a.ts', content: 'x'.repeat(4000)})
    fake = await startFakeAnthropic({script: [call, call]})
    const client = new Anthropic({apiKey: 'test-key', baseURL: fake.url, maxRetries: 0})
    const ask = (maxTokens: number) =>
      client.messages.create({
        model: 'claude-sonnet-5-5',
        max_tokens: maxTokens,
        tools: [writeFile],
        messages: [{role: 'user', content: 'write a.ts'}]
      })
    const cut = await ask(500)
    expect(cut.stop_reason).toBe('max_tokens')
    expect(cut.content).toEqual([
      {type: 'tool_use', id: expect.any(String), name: 'write_file', input: {}}
    ])
    const whole = await ask(2000)
    expect(whole.stop_reason).toBe('tool_use')
    expect(whole.content).toEqual([
      {
        type: 'tool_use',
        id: expect.any(String),
        name: 'write_file',
        input: {path: 'a.ts', content: 'x'.repeat(4000)}
      }
    ])
  })
})

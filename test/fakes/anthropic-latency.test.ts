// The fake Anthropic API's generation time: a real response takes longer the
// more output tokens the model generates (the SDK itself plans a
// non-streaming request for 128,000 output tokens an hour at worst, see
// calculateNonstreamingTimeout in @anthropic-ai/sdk), so a client whose
// timeout is shorter than the generation sees a timeout, not an answer. With
// `msPerOutputToken` the fake answers only after that long per output token
// of the turn. No timing is asserted: only whether the SDK's timeout fired.
import Anthropic from '@anthropic-ai/sdk'
import {afterEach, describe, expect, it} from 'vitest'
import {startFakeAnthropic, textTurn, type FakeAnthropic} from './anthropic/index.js'

let fake: FakeAnthropic | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

describe('fake Anthropic: generation time', () => {
  it('answers a short turn within the timeout and times a long one out', async () => {
    fake = await startFakeAnthropic({
      msPerOutputToken: 1,
      script: [
        textTurn('short', {usage: {output_tokens: 10}}),
        textTurn('long', {usage: {output_tokens: 3000}})
      ]
    })
    const client = new Anthropic({
      apiKey: 'test-key',
      baseURL: fake.url,
      maxRetries: 0,
      timeout: 1000
    })
    const ask = () =>
      client.messages.create({
        model: 'claude-sonnet-5-5',
        max_tokens: 4096,
        messages: [{role: 'user', content: 'hi'}]
      })
    expect((await ask()).usage.output_tokens).toBe(10)
    await expect(ask()).rejects.toBeInstanceOf(Anthropic.APIConnectionTimeoutError)
  })
})

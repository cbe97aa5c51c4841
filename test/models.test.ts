// Default models must be ones the installed SDK lists as current: present in
// its Model type, and sent without any deprecation warning from the SDK.
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import Anthropic from '@anthropic-ai/sdk'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {costOf, DEFAULT_MODELS, priceOf, thinkingFor} from '../src/models/catalog.js'
import {startFakeAnthropic, textTurn, type FakeAnthropic} from './fakes/anthropic/index.js'

function sdkModelIds(): string[] {
  const require = createRequire(import.meta.url)
  const root = dirname(require.resolve('@anthropic-ai/sdk'))
  const types = readFileSync(join(root, 'resources', 'messages', 'messages.d.ts'), 'utf8')
  const declaration = /export type Model = ([^;]+);/.exec(types)?.[1] ?? ''
  return [...declaration.matchAll(/'([^']+)'/g)].map(m => m[1] as string)
}

describe('model defaults', () => {
  let fake: FakeAnthropic
  beforeAll(async () => {
    fake = await startFakeAnthropic({script: () => textTurn('ok'), models: 'any'})
  })
  afterAll(async () => {
    await fake.close()
  })

  it.each(Object.entries(DEFAULT_MODELS))(
    '%s default (%s) is in the SDK Model list',
    (_, model) => {
      const ids = sdkModelIds()
      expect(ids.length).toBeGreaterThan(5)
      expect(ids).toContain(model)
    }
  )

  it.each(Object.entries(DEFAULT_MODELS))(
    '%s default (%s) draws no SDK warning',
    async (_, model) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
      try {
        const client = new Anthropic({apiKey: 'test-key', baseURL: fake.url})
        const message = await client.messages.create({
          model,
          max_tokens: 64,
          messages: [{role: 'user', content: 'ping'}]
        })
        expect(message.content[0]).toMatchObject({type: 'text', text: 'ok'})
        expect(warn).not.toHaveBeenCalled()
      } finally {
        warn.mockRestore()
      }
    }
  )
})

describe('extended thinking', () => {
  it('asks the 4.5 and older families for a fixed budget, and every later or unknown model adaptively', () => {
    for (const model of [
      'claude-sonnet-4-5',
      'claude-sonnet-4-5-20250929',
      'claude-haiku-4-5-20251001',
      'claude-opus-4-1',
      'claude-sonnet-4-20250514',
      'claude-3-7-sonnet-latest'
    ])
      expect(thinkingFor(model, 4096), model).toEqual({type: 'enabled', budget_tokens: 4096})
    for (const model of [
      DEFAULT_MODELS.escalation,
      'claude-opus-4-6',
      'claude-opus-4-7',
      'claude-mythos-preview',
      'claude-sonnet-5',
      'claude-opus-4-50',
      'some-compatible-endpoint-model'
    ])
      expect(thinkingFor(model, 4096), model).toEqual({type: 'adaptive'})
  })

  it('sends the escalation default a thinking request the API accepts, without an SDK warning', async () => {
    const fake = await startFakeAnthropic({script: () => textTurn('ok')})
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    try {
      const client = new Anthropic({apiKey: 'test-key', baseURL: fake.url, maxRetries: 0})
      const message = await client.messages.create({
        model: DEFAULT_MODELS.escalation,
        max_tokens: 8192,
        messages: [{role: 'user', content: 'ping'}],
        thinking: thinkingFor(DEFAULT_MODELS.escalation, 4096)
      })
      expect(message.type).toBe('message')
      expect(warn).not.toHaveBeenCalled()
    } finally {
      warn.mockRestore()
      await fake.close()
    }
  })
})

describe('prices', () => {
  it('prices a response from its usage, cache reads far cheaper than fresh input', () => {
    const price = priceOf(DEFAULT_MODELS.fix)
    const fresh = costOf(
      {
        inputTokens: 1_000_000,
        outputTokens: 0,
        cacheCreationInputTokens: 0,
        cacheReadInputTokens: 0
      },
      price
    )
    const cached = costOf(
      {
        inputTokens: 0,
        outputTokens: 0,
        cacheCreationInputTokens: 0,
        cacheReadInputTokens: 1_000_000
      },
      price
    )
    expect(cached).toBeCloseTo(fresh / 10)
    expect(
      costOf(
        {
          inputTokens: 0,
          outputTokens: 1_000_000,
          cacheCreationInputTokens: 0,
          cacheReadInputTokens: 0
        },
        price
      )
    ).toBe(price.output)
  })

  it('prefers an override, and prices an unknown model as the most expensive family', () => {
    expect(
      priceOf('gateway-model', {
        'gateway-model': {input: 1, output: 2, cacheWrite: 1, cacheRead: 0.1}
      }).output
    ).toBe(2)
    const unknown = priceOf('some-new-model')
    for (const known of Object.values(DEFAULT_MODELS)) {
      expect(unknown.input).toBeGreaterThanOrEqual(priceOf(known).input)
    }
  })
})

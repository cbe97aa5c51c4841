import Anthropic, {APIError, BadRequestError, OverloadedError} from '@anthropic-ai/sdk'
import {afterEach, describe, expect, it} from 'vitest'
import {
  errorTurn,
  startFakeAnthropic,
  textTurn,
  toolTurn,
  type FakeAnthropic,
  type FakeAnthropicOptions
} from './anthropic/index.js'

const MODEL = 'claude-sonnet-5-5'
/** A model that takes extended thinking as a fixed budget (`type: enabled`). */
const BUDGET_MODEL = 'claude-haiku-4-5'
const weatherTool: Anthropic.Tool = {
  name: 'get_weather',
  description: 'Weather for a city',
  input_schema: {type: 'object', properties: {city: {type: 'string'}}, required: ['city']}
}

let fake: FakeAnthropic | undefined

afterEach(async () => {
  await fake?.close()
  fake = undefined
})

async function setup(
  options: FakeAnthropicOptions = {}
): Promise<{fake: FakeAnthropic; client: Anthropic}> {
  fake = await startFakeAnthropic(options)
  const client = new Anthropic({apiKey: 'test-key', baseURL: fake.url, maxRetries: 2})
  return {fake, client}
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected the request to fail')
}

describe('fake Anthropic Messages API', () => {
  it('runs a tool-use round trip and records the tool_result for the right id', async () => {
    const {fake, client} = await setup({
      script: [
        toolTurn('get_weather', {city: 'Paris'}, {text: 'Let me check.'}),
        textTurn('It is sunny in Paris.')
      ]
    })
    const messages: Anthropic.MessageParam[] = [{role: 'user', content: 'Weather in Paris?'}]
    const first = await client.messages.create({
      model: MODEL,
      max_tokens: 1024,
      tools: [weatherTool],
      messages
    })

    expect(first.stop_reason).toBe('tool_use')
    expect(first.id).toMatch(/^msg_01/)
    expect(first.model).toBe(MODEL)
    const use = first.content.find(b => b.type === 'tool_use')
    if (use?.type !== 'tool_use') throw new Error('no tool_use block')
    expect(use.id).toMatch(/^toolu_01/)
    expect(use.input).toEqual({city: 'Paris'})

    messages.push({role: 'assistant', content: first.content})
    messages.push({
      role: 'user',
      content: [{type: 'tool_result', tool_use_id: use.id, content: '22C, clear'}]
    })
    const second = await client.messages.create({
      model: MODEL,
      max_tokens: 1024,
      tools: [weatherTool],
      messages
    })

    expect(second.stop_reason).toBe('end_turn')
    expect(second.content).toEqual([{type: 'text', text: 'It is sunny in Paris.'}])
    expect(fake.toolResultFor(use.id)).toMatchObject({
      toolUseId: use.id,
      text: '22C, clear',
      isError: false
    })
    expect(fake.calls).toBe(2)
    expect(fake.name).toBe('scripted-model')
    expect(fake.usageTotals.output_tokens).toBe(
      first.usage.output_tokens + second.usage.output_tokens
    )
  })

  it('lets a script function read the tool results of the last user turn', async () => {
    const {client} = await setup({
      script: (_request, ctx) =>
        ctx.toolResults.length === 0
          ? toolTurn('get_weather', {city: 'Oslo'}, {id: 'toolu_fixed'})
          : textTurn(
              `got ${ctx.toolResults.map(r => `${r.toolUseId}=${r.text}`).join(',')} on call ${ctx.call}`
            )
    })
    const messages: Anthropic.MessageParam[] = [{role: 'user', content: 'Oslo?'}]
    const first = await client.messages.create({
      model: MODEL,
      max_tokens: 512,
      tools: [weatherTool],
      messages
    })
    messages.push({role: 'assistant', content: first.content})
    messages.push({
      role: 'user',
      content: [
        {type: 'tool_result', tool_use_id: 'toolu_fixed', content: [{type: 'text', text: '-3C'}]}
      ]
    })
    const second = await client.messages.create({
      model: MODEL,
      max_tokens: 512,
      tools: [weatherTool],
      messages
    })
    expect(second.content).toEqual([{type: 'text', text: 'got toolu_fixed=-3C on call 2'}])
  })

  it('answers 429 with retry-after headers, and the SDK retry then succeeds', async () => {
    const {fake, client} = await setup({
      script: [errorTurn('rate_limit_error', {retryAfterMs: 5}), textTurn('after the rate limit')]
    })
    const message = await client.messages.create({
      model: MODEL,
      max_tokens: 256,
      messages: [{role: 'user', content: 'hi'}]
    })
    expect(message.content).toEqual([{type: 'text', text: 'after the rate limit'}])
    expect(fake.calls).toBe(2)
    const limited = fake.exchanges[0]
    expect(limited?.status).toBe(429)
    expect(limited?.error?.type).toBe('rate_limit_error')
    expect(fake.server.requests[1]?.headers['x-stainless-retry-count']).toBe('1')
  })

  it('applies faults injected through the http-fake base before the script runs', async () => {
    const {fake, client} = await setup({script: [textTurn('ok')]})
    fake.server.fault('POST', '/v1/messages', {
      status: 529,
      headers: {'retry-after-ms': '5', 'request-id': 'req_01fault'},
      body: {
        type: 'error',
        error: {type: 'overloaded_error', message: 'Overloaded'},
        request_id: 'req_01fault'
      }
    })
    const message = await client.messages.create({
      model: MODEL,
      max_tokens: 64,
      messages: [{role: 'user', content: 'hi'}]
    })
    expect(message.content).toEqual([{type: 'text', text: 'ok'}])
    expect(fake.calls).toBe(2)
    expect(fake.modelCalls).toBe(1)
  })

  it('surfaces a 529 with maxRetries 0 as the SDK overloaded error', async () => {
    const {fake, client} = await setup({script: [errorTurn('overloaded_error')]})
    const error = await rejectionOf(
      client.messages.create(
        {model: MODEL, max_tokens: 64, messages: [{role: 'user', content: 'hi'}]},
        {maxRetries: 0}
      )
    )
    expect(error).toBeInstanceOf(OverloadedError)
    const apiError = error as APIError
    expect(apiError.status).toBe(529)
    expect(apiError.type).toBe('overloaded_error')
    expect(apiError.requestID).toMatch(/^req_01/)
    expect(apiError.error).toMatchObject({
      type: 'error',
      error: {type: 'overloaded_error'},
      request_id: apiError.requestID
    })
    expect(fake.calls).toBe(1)
  })

  it('answers failNext faults without consuming a turn', async () => {
    const {fake, client} = await setup({script: [textTurn('fine')]})
    fake.failNext('api_error', {times: 2, retryAfterMs: 1})
    const message = await client.messages.create({
      model: MODEL,
      max_tokens: 64,
      messages: [{role: 'user', content: 'x'}]
    })
    expect(message.content).toEqual([{type: 'text', text: 'fine'}])
    expect(fake.exchanges.map(e => e.status)).toEqual([500, 500, 200])
  })

  it('fails loudly, without SDK retries, when the script has no turn left', async () => {
    const {fake, client} = await setup({script: [textTurn('only one')]})
    await client.messages.create({
      model: MODEL,
      max_tokens: 64,
      messages: [{role: 'user', content: 'a'}]
    })
    const error = (await rejectionOf(
      client.messages.create({
        model: MODEL,
        max_tokens: 64,
        messages: [{role: 'user', content: 'b'}]
      })
    )) as APIError
    expect(error.status).toBe(500)
    expect(error.type).toBe('api_error')
    expect(error.message).toContain('scripted model has no turn left for call 2')
    expect(fake.calls).toBe(2)
  })

  describe('validation', () => {
    async function badRequest(client: Anthropic, body: Record<string, unknown>): Promise<APIError> {
      const error = await rejectionOf(
        client.messages.create({
          model: MODEL,
          max_tokens: 256,
          ...body
        } as unknown as Anthropic.MessageCreateParamsNonStreaming)
      )
      expect(error).toBeInstanceOf(BadRequestError)
      const apiError = error as APIError
      expect(apiError.type).toBe('invalid_request_error')
      return apiError
    }

    it('rejects a tool_result without a tool_use in the previous message', async () => {
      const {fake, client} = await setup({script: [textTurn('never')]})
      const error = await badRequest(client, {
        messages: [
          {role: 'user', content: 'hi'},
          {role: 'assistant', content: 'hello'},
          {role: 'user', content: [{type: 'tool_result', tool_use_id: 'toolu_ghost', content: 'x'}]}
        ]
      })
      expect(error.apiMessage).toBe(
        'messages.2.content.0: unexpected `tool_use_id` found in `tool_result` blocks: toolu_ghost. Each `tool_result` block must have a corresponding `tool_use` block in the previous message.'
      )
      expect(fake.modelCalls).toBe(0)
    })

    it('rejects a tool_use left without a tool_result', async () => {
      const {client} = await setup()
      const error = await badRequest(client, {
        tools: [weatherTool],
        messages: [
          {role: 'user', content: 'hi'},
          {
            role: 'assistant',
            content: [{type: 'tool_use', id: 'toolu_a', name: 'get_weather', input: {city: 'x'}}]
          },
          {role: 'user', content: 'never mind'}
        ]
      })
      expect(error.apiMessage).toContain(
        'messages.1: `tool_use` ids were found without `tool_result` blocks immediately after: toolu_a'
      )
    })

    it('counts cache_control across tools, system and messages', async () => {
      const {client} = await setup()
      const cc = {type: 'ephemeral'}
      const error = await badRequest(client, {
        tools: [{...weatherTool, cache_control: cc}],
        system: [
          {type: 'text', text: 'one', cache_control: cc},
          {type: 'text', text: 'two', cache_control: cc}
        ],
        messages: [
          {
            role: 'user',
            content: [
              {type: 'text', text: 'a', cache_control: cc},
              {type: 'text', text: 'b', cache_control: cc}
            ]
          }
        ]
      })
      expect(error.apiMessage).toBe(
        'A maximum of 4 blocks with cache_control may be provided. Found 5.'
      )
    })

    it('rejects bad roles, a non-user first message and empty content', async () => {
      const {client} = await setup()
      expect((await badRequest(client, {messages: [{role: 'bot', content: 'x'}]})).apiMessage).toBe(
        "messages.0.role: Input should be 'user', 'assistant' or 'system'"
      )
      expect(
        (await badRequest(client, {messages: [{role: 'assistant', content: 'x'}]})).apiMessage
      ).toBe('messages: first message must use the "user" role')
      expect(
        (await badRequest(client, {messages: [{role: 'user', content: []}]})).apiMessage
      ).toContain('messages.0: all messages must have non-empty content')
    })

    it('rejects consecutive same roles only in strict mode, and combines them otherwise', async () => {
      const twoUsers = [
        {role: 'user', content: 'a'},
        {role: 'user', content: 'b'}
      ]
      const strict = await setup({strictAlternation: true})
      expect((await badRequest(strict.client, {messages: twoUsers})).apiMessage).toBe(
        'messages: roles must alternate between "user" and "assistant", but found multiple "user" roles in a row'
      )
      await strict.fake.close()
      const lenient = await setup({script: [textTurn('combined')]})
      const message = await lenient.client.messages.create({
        model: MODEL,
        max_tokens: 64,
        messages: twoUsers as Anthropic.MessageParam[]
      })
      expect(message.content).toEqual([{type: 'text', text: 'combined'}])
    })

    it('checks max_tokens, thinking budgets and temperature with thinking', async () => {
      const {client} = await setup({script: [textTurn('thought about it')]})
      const messages = [{role: 'user', content: 'x'}]
      const model = BUDGET_MODEL
      expect((await badRequest(client, {max_tokens: undefined, messages})).apiMessage).toBe(
        'max_tokens: Field required'
      )
      expect(
        (
          await badRequest(client, {
            model,
            messages,
            thinking: {type: 'enabled', budget_tokens: 500}
          })
        ).apiMessage
      ).toBe('thinking.enabled.budget_tokens: Input should be greater than or equal to 1024')
      expect(
        (
          await badRequest(client, {
            model,
            max_tokens: 2000,
            messages,
            thinking: {type: 'enabled', budget_tokens: 2000}
          })
        ).apiMessage
      ).toContain('`max_tokens` must be greater than `thinking.budget_tokens`')
      expect(
        (
          await badRequest(client, {
            model,
            max_tokens: 4000,
            messages,
            temperature: 0.2,
            thinking: {type: 'enabled', budget_tokens: 2000}
          })
        ).apiMessage
      ).toContain('`temperature` may only be set to 1 when thinking is enabled')
      // A fixed budget is refused by a model that thinks adaptively; adaptive is accepted.
      expect(
        (await badRequest(client, {messages, thinking: {type: 'enabled', budget_tokens: 2000}}))
          .apiMessage
      ).toContain('use `thinking.type: adaptive`')
      const adaptive = await client.messages.create({
        model: MODEL,
        max_tokens: 256,
        messages: [{role: 'user', content: 'x'}],
        thinking: {type: 'adaptive'}
      })
      expect(adaptive.type).toBe('message')
    })

    it('answers an unknown model with 404 and a bad key with 401', async () => {
      const {fake, client} = await setup()
      const notFound = (await rejectionOf(
        client.messages.create({
          model: 'claude-imaginary-9',
          max_tokens: 10,
          messages: [{role: 'user', content: 'x'}]
        })
      )) as APIError
      expect(notFound).toBeInstanceOf(Anthropic.NotFoundError)
      expect(notFound.type).toBe('not_found_error')
      expect(notFound.apiMessage).toBe('model: claude-imaginary-9')

      const wrongKey = new Anthropic({apiKey: 'nope', baseURL: fake.url})
      const denied = (await rejectionOf(
        wrongKey.messages.create({
          model: MODEL,
          max_tokens: 10,
          messages: [{role: 'user', content: 'x'}]
        })
      )) as APIError
      expect(denied).toBeInstanceOf(Anthropic.AuthenticationError)
      expect(denied.type).toBe('authentication_error')
    })
  })

  it('reads the cached prefix back on the second request', async () => {
    const {fake, client} = await setup({script: [textTurn('first'), textTurn('second')]})
    const system: Anthropic.TextBlockParam[] = [
      {type: 'text', text: 'You are a CI doctor. '.repeat(400), cache_control: {type: 'ephemeral'}}
    ]
    const first = await client.messages.create({
      model: MODEL,
      max_tokens: 64,
      system,
      messages: [{role: 'user', content: 'first question'}]
    })
    const second = await client.messages.create({
      model: MODEL,
      max_tokens: 64,
      system,
      messages: [{role: 'user', content: 'second question'}]
    })
    expect(first.usage.cache_creation_input_tokens).toBeGreaterThan(1024)
    expect(first.usage.cache_read_input_tokens).toBe(0)
    expect(second.usage.cache_read_input_tokens).toBe(first.usage.cache_creation_input_tokens)
    expect(second.usage.cache_creation_input_tokens).toBe(0)
    expect(second.usage.input_tokens).toBeLessThan(
      first.usage.input_tokens + (first.usage.cache_creation_input_tokens ?? 0)
    )
    expect(fake.usageTotals.cache_read_input_tokens).toBe(second.usage.cache_read_input_tokens)
  })

  it('keeps caches per model and finds an earlier breakpoint by lookback', async () => {
    const {client} = await setup({script: [textTurn('one'), textTurn('two'), textTurn('three')]})
    const long = 'Stack trace line from the failing job. '.repeat(150)
    const first = await client.messages.create({
      model: MODEL,
      max_tokens: 64,
      messages: [
        {role: 'user', content: [{type: 'text', text: long, cache_control: {type: 'ephemeral'}}]}
      ]
    })
    expect(first.usage.cache_creation_input_tokens).toBeGreaterThan(0)

    // The next turn moves the breakpoint to its last block; the old prefix is still found.
    const second = await client.messages.create({
      model: MODEL,
      max_tokens: 64,
      messages: [
        {role: 'user', content: [{type: 'text', text: long}]},
        {role: 'assistant', content: 'one'},
        {
          role: 'user',
          content: [{type: 'text', text: 'and then?', cache_control: {type: 'ephemeral'}}]
        }
      ]
    })
    expect(second.usage.cache_read_input_tokens).toBe(first.usage.cache_creation_input_tokens)
    expect(second.usage.cache_creation_input_tokens).toBeGreaterThan(0)

    const otherModel = await client.messages.create({
      model: 'claude-haiku-5-5',
      max_tokens: 64,
      messages: [
        {role: 'user', content: [{type: 'text', text: long, cache_control: {type: 'ephemeral'}}]}
      ]
    })
    expect(otherModel.usage.cache_read_input_tokens).toBe(0)
    expect(otherModel.usage.cache_creation_input_tokens).toBe(
      first.usage.cache_creation_input_tokens
    )
  })

  it('does not cache a prefix shorter than the minimum', async () => {
    const {client} = await setup({script: [textTurn('a'), textTurn('b')]})
    const system: Anthropic.TextBlockParam[] = [
      {type: 'text', text: 'short', cache_control: {type: 'ephemeral'}}
    ]
    for (const _ of [1, 2]) {
      const message = await client.messages.create({
        model: MODEL,
        max_tokens: 16,
        system,
        messages: [{role: 'user', content: 'q'}]
      })
      expect(message.usage.cache_creation_input_tokens).toBe(0)
      expect(message.usage.cache_read_input_tokens).toBe(0)
    }
  })

  it('streams text and tool_use input through messages.stream()', async () => {
    const {fake, client} = await setup({
      script: [
        toolTurn(
          'get_weather',
          {city: 'Lyon', days: [1, 2, 3]},
          {text: 'Checking the weather for you now, one moment.'}
        )
      ]
    })
    const stream = client.messages.stream({
      model: MODEL,
      max_tokens: 512,
      tools: [weatherTool],
      messages: [{role: 'user', content: 'Lyon?'}]
    })
    const deltas: string[] = []
    stream.on('text', text => deltas.push(text))
    const message = await stream.finalMessage()
    expect(deltas.length).toBeGreaterThan(1)
    expect(deltas.join('')).toBe('Checking the weather for you now, one moment.')
    expect(message.stop_reason).toBe('tool_use')
    const use = message.content.find(b => b.type === 'tool_use')
    expect(use?.type === 'tool_use' && use.input).toEqual({city: 'Lyon', days: [1, 2, 3]})
    expect(message.usage.output_tokens).toBe(fake.responses[0]?.usage.output_tokens)
    expect(fake.exchanges[0]?.stream).toBe(true)
  })

  it('streams with stream: true as raw events', async () => {
    const {client} = await setup({script: [textTurn('raw events')]})
    const stream = await client.messages.create({
      model: MODEL,
      max_tokens: 64,
      stream: true,
      messages: [{role: 'user', content: 'x'}]
    })
    const types: string[] = []
    for await (const event of stream) types.push(event.type)
    expect(types[0]).toBe('message_start')
    expect(types.slice(-2)).toEqual(['message_delta', 'message_stop'])
    expect(types).toContain('content_block_delta')
  })

  it('sends a mid-stream error event that the SDK throws', async () => {
    const {client} = await setup({
      script: [{text: 'partial answer', streamError: {type: 'overloaded_error'}}]
    })
    const stream = client.messages.stream({
      model: MODEL,
      max_tokens: 64,
      messages: [{role: 'user', content: 'x'}]
    })
    const error = (await rejectionOf(stream.finalMessage())) as APIError
    expect(error).toBeInstanceOf(APIError)
    expect(error.type).toBe('overloaded_error')
  })

  it('returns a signed thinking block when thinking is enabled, and checks it when it comes back', async () => {
    const {client} = await setup({
      script: [
        toolTurn('get_weather', {city: 'Rome'}, {thinking: 'The user wants Rome weather.'}),
        textTurn('Warm.', {thinking: 'Tool said warm.'}),
        textTurn('plain')
      ]
    })
    const thinking = {type: 'enabled', budget_tokens: 1024} as const
    const messages: Anthropic.MessageParam[] = [{role: 'user', content: 'Rome?'}]
    const first = await client.messages.create({
      model: BUDGET_MODEL,
      max_tokens: 4096,
      thinking,
      tools: [weatherTool],
      messages
    })
    expect(first.content.map(b => b.type)).toEqual(['thinking', 'tool_use'])
    const block = first.content[0]
    expect(block?.type === 'thinking' && block.thinking).toBe('The user wants Rome weather.')
    expect(block?.type === 'thinking' && block.signature.length).toBeGreaterThan(10)
    const use = first.content[1]
    if (use?.type !== 'tool_use') throw new Error('no tool_use')

    // Dropping the thinking block from the tool loop is rejected, as by the real API.
    const withoutThinking: Anthropic.MessageParam[] = [
      ...messages,
      {role: 'assistant', content: [use]},
      {role: 'user', content: [{type: 'tool_result', tool_use_id: use.id, content: 'warm'}]}
    ]
    const rejected = (await rejectionOf(
      client.messages.create({
        model: BUDGET_MODEL,
        max_tokens: 4096,
        thinking,
        tools: [weatherTool],
        messages: withoutThinking
      })
    )) as APIError
    expect(rejected).toBeInstanceOf(BadRequestError)
    expect(rejected.apiMessage).toContain(
      'Expected `thinking` or `redacted_thinking`, but found `tool_use`'
    )

    const tampered: Anthropic.MessageParam[] = [
      ...messages,
      {
        role: 'assistant',
        content: [
          {
            type: 'thinking',
            thinking: 'forged',
            signature: block?.type === 'thinking' ? block.signature : ''
          },
          use
        ]
      },
      {role: 'user', content: [{type: 'tool_result', tool_use_id: use.id, content: 'warm'}]}
    ]
    const forged = (await rejectionOf(
      client.messages.create({
        model: BUDGET_MODEL,
        max_tokens: 4096,
        thinking,
        tools: [weatherTool],
        messages: tampered
      })
    )) as APIError
    expect(forged.apiMessage).toBe('messages.1.content.0: Invalid `signature` in `thinking` block')

    const loop: Anthropic.MessageParam[] = [
      ...messages,
      {role: 'assistant', content: first.content},
      {role: 'user', content: [{type: 'tool_result', tool_use_id: use.id, content: 'warm'}]}
    ]
    const second = await client.messages.create({
      model: BUDGET_MODEL,
      max_tokens: 4096,
      thinking,
      tools: [weatherTool],
      messages: loop
    })
    expect(second.content.map(b => b.type)).toEqual(['thinking', 'text'])

    const noThinking = await client.messages.create({
      model: BUDGET_MODEL,
      max_tokens: 256,
      messages: [{role: 'user', content: 'x'}]
    })
    expect(noThinking.content.map(b => b.type)).toEqual(['text'])
  })

  it('cuts output at max_tokens and at stop sequences', async () => {
    const {client} = await setup({script: [textTurn('x'.repeat(400)), textTurn('alpha STOP beta')]})
    const cut = await client.messages.create({
      model: MODEL,
      max_tokens: 10,
      messages: [{role: 'user', content: 'x'}]
    })
    expect(cut.stop_reason).toBe('max_tokens')
    expect(cut.content).toEqual([{type: 'text', text: 'x'.repeat(40)}])
    expect(cut.usage.output_tokens).toBe(10)
    const stopped = await client.messages.create({
      model: MODEL,
      max_tokens: 100,
      stop_sequences: ['STOP'],
      messages: [{role: 'user', content: 'x'}]
    })
    expect(stopped.stop_reason).toBe('stop_sequence')
    expect(stopped.stop_sequence).toBe('STOP')
    expect(stopped.content).toEqual([{type: 'text', text: 'alpha '}])
  })

  it('counts tokens with count_tokens', async () => {
    const {client} = await setup()
    const small = await client.messages.countTokens({
      model: MODEL,
      messages: [{role: 'user', content: 'hi'}]
    })
    const large = await client.messages.countTokens({
      model: MODEL,
      messages: [{role: 'user', content: 'hi '.repeat(100)}]
    })
    expect(small.input_tokens).toBeGreaterThan(0)
    expect(large.input_tokens).toBeGreaterThan(small.input_tokens)
  })
})

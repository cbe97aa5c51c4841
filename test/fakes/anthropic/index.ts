// A fake Anthropic Messages API on 127.0.0.1 for ci-medic's test bed.
//
// There is no model behind it. Answers come from a SCRIPTED MODEL: turns a
// test writes (`textTurn`, `toolTurn`, `errorTurn`, or a function of the
// request). Responses echo the model id the client asked for, but the fake
// calls itself `scripted-model` (`fake.name`), so nothing here should be read
// as Claude's behaviour. What is real is the wire: request validation with
// the API's rules and messages, the response and error envelopes, the
// `request-id` header, prompt-cache usage accounting, and the SSE events of
// `stream: true`, so the real `@anthropic-ai/sdk` works against it unchanged.
import {
  FakeHttpServer,
  type FakeRequest,
  type FakeResponse,
  type RecordedRequest
} from '../http-fake.js'
import {ApiFailure, defaultErrorMessage, errorEnvelope, invalid, statusOfError} from './errors.js'
import {IdFactory} from './ids.js'
import {
  allToolResultsOf,
  buildReply,
  errorTurnFailure,
  isErrorTurn,
  SCRIPTED_MODEL_NAME,
  ScriptedModel,
  type ErrorTurnOptions
} from './model.js'
import {renderSse} from './streaming.js'
import {PromptCache, promptSegments, totalTokens} from './tokens.js'
import type {MessageResponse, MessagesRequest, Script, ToolResultSeen, Turn} from './types.js'
import {KNOWN_MODELS, validateRequest} from './validation.js'

export * from './types.js'
export {
  textTurn,
  toolTurn,
  errorTurn,
  toolResultsOf,
  allToolResultsOf,
  SCRIPTED_MODEL_NAME
} from './model.js'
export type {ErrorTurnOptions} from './model.js'
export {KNOWN_MODELS} from './validation.js'
export {estimateTokens} from './tokens.js'
export {STATUS_OF_ERROR, type ApiErrorType} from './errors.js'

export interface FakeAnthropicOptions {
  /** Turns consumed in order, or a function of each request. Default: none (every call fails loudly). */
  script?: Script
  /** The key the fake accepts in `x-api-key` (or `Authorization: Bearer`). Default `test-key`. */
  apiKey?: string
  /** Model ids served; others answer 404. Default {@link KNOWN_MODELS}; `'any'` serves every id. */
  models?: readonly string[] | 'any'
  /** Reject consecutive same-role messages (the real API combines them). Default false. */
  strictAlternation?: boolean
  /** Largest `max_tokens` accepted. Default 128000. */
  maxOutputTokens?: number
  /** Largest prompt in estimated tokens before `prompt is too long`. Default 200000. */
  contextWindow?: number
  /** Shortest prefix the prompt cache stores, in estimated tokens. Default 1024. */
  minCacheableTokens?: number
  /** Largest request body in bytes before 413 request_too_large. Default 32 MiB. */
  maxRequestBytes?: number
  /**
   * `retry-after-ms` sent with 429s that do not set their own headers (the
   * real API sends only `retry-after`, in seconds; the SDK prefers the ms
   * header). Default 10 so retries are quick; null to send only `retry-after: 1`.
   */
  retryAfterMs?: number | null
  /**
   * Milliseconds the fake takes per output token before it answers (default 0):
   * a real response takes longer the more the model generates (the SDK plans
   * for 128,000 output tokens an hour at worst, `calculateNonstreamingTimeout`),
   * and a client that gives up first sees a timeout.
   */
  msPerOutputToken?: number
  /** Clock for cache TTLs. Default Date.now. */
  now?: () => number
  /** Seed of the deterministic ids. */
  seed?: string
}

export interface UsageTotals {
  input_tokens: number
  output_tokens: number
  cache_creation_input_tokens: number
  cache_read_input_tokens: number
}

/** One request the messages handler answered (injected http-fake faults are not here). */
export interface Exchange {
  path: string
  requestId: string
  status: number
  /** The parsed body as sent (valid or not). */
  body: unknown
  response?: MessageResponse
  error?: {type: string; message: string}
  stream: boolean
}

export interface FakeAnthropic {
  /** Always `scripted-model`: this is not Claude. */
  readonly name: string
  /** Base URL for `new Anthropic({baseURL})`. */
  readonly url: string
  /** The underlying server: `.fault()`, `.requests` (raw), `.requestsTo()`. */
  readonly server: FakeHttpServer
  /** Parsed bodies of every `POST /v1/messages`, in order, including rejected and faulted ones. */
  readonly requests: unknown[]
  /** Number of `POST /v1/messages` requests received (SDK retries count). */
  readonly calls: number
  /** Number of turns the scripted model was asked for. */
  readonly modelCalls: number
  /** Messages answered successfully, in order. */
  readonly responses: MessageResponse[]
  readonly exchanges: Exchange[]
  /** Sums of `usage` over successful responses. */
  readonly usageTotals: UsageTotals
  /** Every distinct tool_result the client sent back (by tool_use_id, first seen). */
  toolResults(): ToolResultSeen[]
  /** The tool_result the client sent back for a tool_use id. */
  toolResultFor(toolUseId: string): ToolResultSeen | undefined
  /**
   * Answer the next `times` (default 1) valid-or-not messages requests with an
   * error before the script is consulted (no turn is consumed).
   */
  failNext(type: string, options?: ErrorTurnOptions & {times?: number}): void
  /** Appends turns to an array script. */
  enqueue(...turns: Turn[]): void
  clearCache(): void
  close(): Promise<void>
}

class AnthropicHttpServer extends FakeHttpServer {
  constructor(private readonly requestIds: IdFactory) {
    super('anthropic')
  }

  protected override notFound(_record: RecordedRequest): FakeResponse {
    const requestId = this.requestIds.next('req')
    return {
      status: 404,
      headers: {'request-id': requestId},
      body: errorEnvelope('not_found_error', 'Not Found', requestId)
    }
  }
}

function header(req: FakeRequest, name: string): string | undefined {
  const value = req.headers[name]
  return Array.isArray(value) ? value[0] : value
}

export async function startFakeAnthropic(
  options: FakeAnthropicOptions = {}
): Promise<FakeAnthropic> {
  const ids = new IdFactory(options.seed ?? 'ci-medic')
  const server = new AnthropicHttpServer(ids)
  const model = new ScriptedModel(options.script ?? [])
  const cache = new PromptCache(options.minCacheableTokens ?? 1024, options.now ?? Date.now)
  const apiKey = options.apiKey ?? 'test-key'
  const models = options.models ?? KNOWN_MODELS
  const validation = {
    isKnownModel: (id: string): boolean => models === 'any' || models.includes(id),
    strictAlternation: options.strictAlternation ?? false,
    maxOutputTokens: options.maxOutputTokens ?? 128_000
  }
  const contextWindow = options.contextWindow ?? 200_000
  const maxRequestBytes = options.maxRequestBytes ?? 32 * 1024 * 1024
  const retryAfterMs = options.retryAfterMs === undefined ? 10 : options.retryAfterMs
  const responses: MessageResponse[] = []
  const exchanges: Exchange[] = []
  const totals: UsageTotals = {
    input_tokens: 0,
    output_tokens: 0,
    cache_creation_input_tokens: 0,
    cache_read_input_tokens: 0
  }
  const injected: {type: string; options: ErrorTurnOptions; remaining: number}[] = []

  const rateLimitHeaders = (): Record<string, string> => {
    const headers: Record<string, string> = {
      'retry-after': '1',
      'anthropic-ratelimit-requests-limit': '50',
      'anthropic-ratelimit-requests-remaining': '0',
      'anthropic-ratelimit-requests-reset': new Date(Date.now() + 1000).toISOString()
    }
    if (retryAfterMs !== null) headers['retry-after-ms'] = String(retryAfterMs)
    return headers
  }

  const failureOf = (type: string, opts: ErrorTurnOptions): ApiFailure => {
    const headers: Record<string, string> = {...opts.headers}
    if (opts.retryAfterMs !== undefined) {
      headers['retry-after-ms'] = String(opts.retryAfterMs)
      headers['retry-after'] = String(Math.max(1, Math.ceil(opts.retryAfterMs / 1000)))
    }
    return new ApiFailure(
      opts.status ?? statusOfError(type),
      type,
      opts.message ?? defaultErrorMessage(type),
      headers
    )
  }

  /** Auth, version header, size and JSON checks shared by both endpoints. */
  const precheck = (req: FakeRequest): void => {
    const key = header(req, 'x-api-key')
    const bearer = /^Bearer (.+)$/.exec(header(req, 'authorization') ?? '')?.[1]
    if (key === undefined && bearer === undefined) {
      throw new ApiFailure(401, 'authentication_error', 'x-api-key header is required')
    }
    if ((key ?? bearer) !== apiKey)
      throw new ApiFailure(401, 'authentication_error', 'invalid x-api-key')
    if (!header(req, 'anthropic-version')) throw invalid('anthropic-version: header is required')
    if (req.rawBody.length > maxRequestBytes) {
      throw new ApiFailure(413, 'request_too_large', defaultErrorMessage('request_too_large'))
    }
    if (typeof req.body === 'string') {
      throw invalid('There was an error parsing the body of your request as JSON.')
    }
  }

  const withDefaults = (failure: ApiFailure): ApiFailure => {
    if (
      failure.status !== 429 ||
      'retry-after' in failure.headers ||
      'retry-after-ms' in failure.headers
    ) {
      return failure
    }
    return new ApiFailure(failure.status, failure.type, failure.message, {
      ...rateLimitHeaders(),
      ...failure.headers
    })
  }

  const answerError = (exchange: Exchange, error: unknown): FakeResponse => {
    const failure =
      error instanceof ApiFailure
        ? withDefaults(error)
        : new ApiFailure(500, 'api_error', `fake anthropic crashed: ${String(error)}`)
    exchange.status = failure.status
    exchange.error = {type: failure.type, message: failure.message}
    return {
      status: failure.status,
      headers: {...failure.headers, 'request-id': exchange.requestId},
      body: errorEnvelope(failure.type, failure.message, exchange.requestId)
    }
  }

  server.route('POST', '/v1/messages', async req => {
    const exchange: Exchange = {
      path: req.path,
      requestId: ids.next('req'),
      status: 200,
      body: req.body,
      stream: false
    }
    exchanges.push(exchange)
    try {
      precheck(req)
      const pending = injected.find(f => f.remaining > 0)
      if (pending) {
        pending.remaining -= 1
        throw failureOf(pending.type, pending.options)
      }
      const request = validateRequest(req.body, validation)
      exchange.stream = request.stream === true
      const segments = promptSegments(request)
      const total = totalTokens(segments)
      if (total > contextWindow)
        throw invalid(`prompt is too long: ${total} tokens > ${contextWindow} maximum`)

      let reply: ReturnType<typeof buildReply>
      let streamError: {type: string; message: string} | undefined
      let overrides: Partial<UsageTotals> = {}
      if (request.max_tokens === 0) {
        // Pre-warming the cache: no generation, no turn consumed.
        reply = {content: [], stop_reason: 'max_tokens', stop_sequence: null, output_tokens: 0}
      } else {
        const {turn, ctx} = await model.next(request)
        if (isErrorTurn(turn)) throw errorTurnFailure(turn)
        reply = buildReply(turn, request, ids, ctx.call)
        overrides = turn.usage ?? {}
        if (turn.streamError) {
          streamError = {
            type: turn.streamError.type,
            message: turn.streamError.message ?? defaultErrorMessage(turn.streamError.type)
          }
          if (!exchange.stream) throw failureOf(streamError.type, {message: streamError.message})
        }
      }

      const account = cache.account(request.model, segments)
      const message: MessageResponse = {
        id: ids.next('msg'),
        type: 'message',
        role: 'assistant',
        model: request.model,
        content: reply.content,
        stop_reason: reply.stop_reason,
        stop_sequence: reply.stop_sequence,
        usage: {
          input_tokens: overrides.input_tokens ?? account.input_tokens,
          cache_creation_input_tokens:
            overrides.cache_creation_input_tokens ?? account.cache_creation_input_tokens,
          cache_read_input_tokens:
            overrides.cache_read_input_tokens ?? account.cache_read_input_tokens,
          cache_creation: account.cache_creation,
          output_tokens: overrides.output_tokens ?? reply.output_tokens,
          service_tier: 'standard'
        }
      }
      if (streamError) {
        exchange.error = streamError
      } else {
        exchange.response = message
        responses.push(message)
        totals.input_tokens += message.usage.input_tokens
        totals.output_tokens += message.usage.output_tokens
        totals.cache_creation_input_tokens += message.usage.cache_creation_input_tokens
        totals.cache_read_input_tokens += message.usage.cache_read_input_tokens
      }
      const generating = (options.msPerOutputToken ?? 0) * message.usage.output_tokens
      if (generating > 0) await new Promise(resolve => setTimeout(resolve, generating))
      if (exchange.stream) {
        return {
          status: 200,
          headers: {
            'content-type': 'text/event-stream; charset=utf-8',
            'cache-control': 'no-cache',
            'request-id': exchange.requestId
          },
          body: renderSse(message, streamError && {...streamError, requestId: exchange.requestId})
        }
      }
      return {status: 200, headers: {'request-id': exchange.requestId}, body: message}
    } catch (error) {
      return answerError(exchange, error)
    }
  })

  server.route('POST', '/v1/messages/count_tokens', req => {
    const exchange: Exchange = {
      path: req.path,
      requestId: ids.next('req'),
      status: 200,
      body: req.body,
      stream: false
    }
    exchanges.push(exchange)
    try {
      precheck(req)
      const request = validateRequest(req.body, validation, true)
      return {
        status: 200,
        headers: {'request-id': exchange.requestId},
        body: {input_tokens: totalTokens(promptSegments(request))}
      }
    } catch (error) {
      return answerError(exchange, error)
    }
  })

  server.route('GET', '/v1/models', () => {
    const list = models === 'any' ? KNOWN_MODELS : models
    const data = list.map(id => ({
      type: 'model',
      id,
      display_name: id,
      created_at: '2026-01-01T00:00:00Z'
    }))
    return {
      status: 200,
      headers: {'request-id': ids.next('req')},
      body: {
        data,
        has_more: false,
        first_id: data[0]?.id ?? null,
        last_id: data[data.length - 1]?.id ?? null
      }
    }
  })

  await server.start()

  const toolResults = (): ToolResultSeen[] => {
    const seen = new Map<string, ToolResultSeen>()
    for (const exchange of exchanges) {
      const body = exchange.body as MessagesRequest
      if (exchange.path !== '/v1/messages' || !Array.isArray(body?.messages)) continue
      try {
        for (const result of allToolResultsOf(body)) {
          if (!seen.has(result.toolUseId)) seen.set(result.toolUseId, result)
        }
      } catch {
        // a malformed request the fake rejected; it carries no usable tool results
      }
    }
    return [...seen.values()]
  }

  const messageRequests = (): RecordedRequest[] => server.requestsTo('POST', '/v1/messages')

  return {
    name: SCRIPTED_MODEL_NAME,
    url: server.url,
    server,
    get requests(): unknown[] {
      return messageRequests().map(r => r.body)
    },
    get calls(): number {
      return messageRequests().length
    },
    get modelCalls(): number {
      return model.calls
    },
    responses,
    exchanges,
    get usageTotals(): UsageTotals {
      return {...totals}
    },
    toolResults,
    toolResultFor(toolUseId: string): ToolResultSeen | undefined {
      return toolResults().find(r => r.toolUseId === toolUseId)
    },
    failNext(type: string, opts: ErrorTurnOptions & {times?: number} = {}): void {
      const {times, ...rest} = opts
      injected.push({type, options: rest, remaining: times ?? 1})
    },
    enqueue(...turns: Turn[]): void {
      model.enqueue(...turns)
    },
    clearCache(): void {
      cache.clear()
    },
    close(): Promise<void> {
      return server.close()
    }
  }
}

// Request validation with the real API's rules and (close to) its messages.
// Everything a client can trip over answers 400 invalid_request_error, except
// an unknown model (404 not_found_error) and auth (401, see index.ts).
import {ApiFailure, invalid} from './errors.js'
import {signThinking} from './ids.js'
import type {CacheControl, MessagesRequest, RequestBlock, RequestMessage} from './types.js'

/** Model ids the fake serves by default: the ids the installed SDK lists in its `Model` type. */
export const KNOWN_MODELS: readonly string[] = [
  'claude-fable-5-2',
  'claude-mythos-5-2',
  'claude-haiku-5-5',
  'claude-sonnet-5-5',
  'claude-fable-5-1',
  'claude-opus-5-5',
  'claude-mythos-5-1',
  'claude-sonnet-5',
  'claude-fable-5',
  'claude-mythos-5',
  'claude-opus-5',
  'claude-opus-4-8',
  'claude-opus-4-7',
  'claude-mythos-preview',
  'claude-opus-4-6',
  'claude-sonnet-4-6',
  'claude-haiku-4-5',
  'claude-haiku-4-5-20251001',
  'claude-opus-4-5',
  'claude-opus-4-5-20251101',
  'claude-sonnet-4-5',
  'claude-sonnet-4-5-20250929'
]

export interface ValidationOptions {
  isKnownModel: (model: string) => boolean
  /** Reject consecutive same-role messages instead of combining them (the real API combines). */
  strictAlternation: boolean
  /** Largest `max_tokens` accepted. */
  maxOutputTokens: number
}

const CREATE_FIELDS = new Set([
  'model',
  'messages',
  'max_tokens',
  'system',
  'metadata',
  'stop_sequences',
  'stream',
  'temperature',
  'top_p',
  'top_k',
  'tools',
  'tool_choice',
  'thinking',
  'service_tier',
  'container',
  'context_management',
  'mcp_servers',
  'output_config',
  'output_format',
  'inference_geo',
  'speed',
  'cache_control',
  'diagnostics'
])

const USER_BLOCKS = ['text', 'image', 'document', 'search_result', 'tool_result']
const ASSISTANT_BLOCKS = [
  'text',
  'tool_use',
  'thinking',
  'redacted_thinking',
  'server_tool_use',
  'web_search_tool_result',
  'web_fetch_tool_result',
  'code_execution_tool_result'
]

const DOCS =
  'Please consult our documentation at https://docs.claude.com/en/docs/build-with-claude/extended-thinking'

/** Models that take extended thinking only as `type: adaptive`. */
const ADAPTIVE_ONLY_MODELS = /^claude-(?:opus-4-[7-9]|[a-z]+-5(?:-|$))/

type Obj = Record<string, unknown>

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value)
}

/** Blocks of a message's content; a string is one text block. */
export function blocksOf(content: string | RequestBlock[]): RequestBlock[] {
  return typeof content === 'string' ? [{type: 'text', text: content}] : content
}

/** Whether the request turns thinking on (`enabled` or `adaptive`). */
export function thinkingActive(request: MessagesRequest): boolean {
  return request.thinking?.type === 'enabled' || request.thinking?.type === 'adaptive'
}

interface Placed {
  block: RequestBlock
  message: number
  index: number
}

interface MergedTurn {
  role: 'user' | 'assistant'
  /** Index of the last original message merged into this turn. */
  lastMessage: number
  firstMessage: number
  blocks: Placed[]
}

/** Validates the JSON body of `POST /v1/messages` (or count_tokens when `countTokens`). */
export function validateRequest(
  body: unknown,
  options: ValidationOptions,
  countTokens = false
): MessagesRequest {
  if (!isObj(body))
    throw invalid('Input should be a valid dictionary or object to extract fields from')

  for (const key of Object.keys(body)) {
    if (!CREATE_FIELDS.has(key) || (countTokens && (key === 'stream' || key === 'max_tokens'))) {
      throw invalid(`${key}: Extra inputs are not permitted`)
    }
  }
  if (body.model === undefined) throw invalid('model: Field required')
  if (typeof body.model !== 'string') throw invalid('model: Input should be a valid string')
  if (body.messages === undefined) throw invalid('messages: Field required')
  if (!Array.isArray(body.messages)) throw invalid('messages: Input should be a valid list')
  if (!countTokens) {
    if (body.max_tokens === undefined) throw invalid('max_tokens: Field required')
    if (!isInt(body.max_tokens)) throw invalid('max_tokens: Input should be a valid integer')
    if (body.max_tokens < 0) throw invalid('max_tokens: Input should be greater than or equal to 0')
    if (body.max_tokens > options.maxOutputTokens) {
      throw invalid(
        `max_tokens: ${body.max_tokens} > ${options.maxOutputTokens}, which is the maximum allowed number of output tokens for ${body.model}`
      )
    }
  }
  if (body.stream !== undefined && typeof body.stream !== 'boolean') {
    throw invalid('stream: Input should be a valid boolean')
  }

  validateSystem(body.system)
  const toolNames = validateTools(body.tools)
  validateSampling(body)
  const request = body as MessagesRequest
  validateThinking(request, toolNames, countTokens)
  validateStopSequences(body.stop_sequences)
  validateMessages(request, options)
  validateCacheControl(request)

  if (!options.isKnownModel(request.model)) {
    throw new ApiFailure(404, 'not_found_error', `model: ${request.model}`)
  }
  return request
}

function validateSystem(system: unknown): void {
  if (system === undefined || typeof system === 'string') return
  if (!Array.isArray(system))
    throw invalid('system: Input should be a valid string or list of text blocks')
  system.forEach((block: unknown, i) => {
    if (!isObj(block) || block.type !== 'text') {
      throw invalid(`system.${i}.type: Input should be 'text'`)
    }
    if (typeof block.text !== 'string') throw invalid(`system.${i}.text: Field required`)
    if (block.text === '') throw invalid('system: text content blocks must be non-empty')
  })
}

function validateTools(tools: unknown): Set<string> {
  const names = new Set<string>()
  if (tools === undefined) return names
  if (!Array.isArray(tools)) throw invalid('tools: Input should be a valid list')
  tools.forEach((tool: unknown, i) => {
    if (!isObj(tool)) throw invalid(`tools.${i}: Input should be a valid dictionary`)
    if (typeof tool.name !== 'string') throw invalid(`tools.${i}.custom.name: Field required`)
    const custom = tool.type === undefined || tool.type === null || tool.type === 'custom'
    if (custom) {
      if (!/^[a-zA-Z0-9_-]{1,128}$/.test(tool.name)) {
        throw invalid(
          `tools.${i}.custom.name: String should match pattern '^[a-zA-Z0-9_-]{1,128}$'`
        )
      }
      if (tool.input_schema === undefined)
        throw invalid(`tools.${i}.custom.input_schema: Field required`)
      if (!isObj(tool.input_schema) || tool.input_schema.type !== 'object') {
        throw invalid(`tools.${i}.custom.input_schema.type: Input should be 'object'`)
      }
    }
    if (names.has(tool.name)) throw invalid('tools: Tool names must be unique.')
    names.add(tool.name)
  })
  return names
}

function validateSampling(body: Obj): void {
  const t = body.temperature
  if (t !== undefined) {
    if (typeof t !== 'number') throw invalid('temperature: Input should be a valid number')
    if (t < 0) throw invalid('temperature: Input should be greater than or equal to 0')
    if (t > 1) throw invalid('temperature: Input should be less than or equal to 1')
  }
  const p = body.top_p
  if (p !== undefined && (typeof p !== 'number' || p < 0 || p > 1)) {
    throw invalid('top_p: Input should be a number between 0 and 1')
  }
  const k = body.top_k
  if (k !== undefined && (!isInt(k) || k < 0)) {
    throw invalid('top_k: Input should be a non-negative integer')
  }
}

function validateThinking(
  request: MessagesRequest,
  toolNames: Set<string>,
  countTokens: boolean
): void {
  const choice: unknown = request.tool_choice
  if (choice !== undefined) {
    if (!isObj(choice) || !['auto', 'any', 'tool', 'none'].includes(String(choice.type))) {
      throw invalid(
        `tool_choice: Input tag '${isObj(choice) ? String(choice.type) : ''}' found using 'type' does not match any of the expected tags: 'auto', 'any', 'tool', 'none'`
      )
    }
    if (choice.type === 'tool') {
      if (typeof choice.name !== 'string') throw invalid('tool_choice.tool.name: Field required')
      if (!toolNames.has(choice.name)) {
        throw invalid(`tool_choice: Tool '${choice.name}' not found in provided tools`)
      }
    }
  }

  const thinking: unknown = request.thinking
  if (thinking === undefined) return
  const types = ['enabled', 'disabled', 'adaptive', 'between_tools']
  if (!isObj(thinking) || !types.includes(String(thinking.type))) {
    throw invalid(
      `thinking: Input tag '${isObj(thinking) ? String(thinking.type) : ''}' found using 'type' does not match any of the expected tags: 'enabled', 'disabled', 'adaptive', 'between_tools'`
    )
  }
  if (thinking.type === 'enabled') {
    // The API's own rule, stated here apart from ci-medic's catalog: a fixed
    // thinking budget is refused by Opus 4.7 and later and by the 5.x models,
    // which think adaptively (the wording of the refusal is the fake's).
    if (ADAPTIVE_ONLY_MODELS.test(request.model)) {
      throw invalid(
        `thinking.type: \`enabled\` is not supported for ${request.model}; use \`thinking.type: adaptive\`. ${DOCS}`
      )
    }
    const budget = thinking.budget_tokens
    if (budget === undefined) throw invalid('thinking.enabled.budget_tokens: Field required')
    if (!isInt(budget))
      throw invalid('thinking.enabled.budget_tokens: Input should be a valid integer')
    if (budget < 1024) {
      throw invalid('thinking.enabled.budget_tokens: Input should be greater than or equal to 1024')
    }
    if (!countTokens && budget >= request.max_tokens) {
      throw invalid(
        `\`max_tokens\` must be greater than \`thinking.budget_tokens\`. ${DOCS}#max-tokens-and-context-window-size`
      )
    }
  }
  if (!thinkingActive(request)) return
  if (request.temperature !== undefined && request.temperature !== 1) {
    throw invalid(
      `\`temperature\` may only be set to 1 when thinking is enabled. ${DOCS}#feature-compatibility`
    )
  }
  if (request.top_k !== undefined) {
    throw invalid(`\`top_k\` must be unset when thinking is enabled. ${DOCS}#feature-compatibility`)
  }
  if (request.top_p !== undefined && request.top_p < 0.95) {
    throw invalid(
      `\`top_p\` must be greater than or equal to 0.95 or unset when thinking is enabled. ${DOCS}#feature-compatibility`
    )
  }
  if (request.tool_choice?.type === 'any' || request.tool_choice?.type === 'tool') {
    throw invalid('Thinking may not be enabled when tool_choice forces tool use.')
  }
}

function validateStopSequences(stops: unknown): void {
  if (stops === undefined) return
  if (!Array.isArray(stops)) throw invalid('stop_sequences: Input should be a valid list')
  stops.forEach((stop: unknown, i) => {
    if (typeof stop !== 'string')
      throw invalid(`stop_sequences.${i}: Input should be a valid string`)
    if (!/\S/.test(stop))
      throw invalid('stop_sequences: each stop sequence must contain non-whitespace')
  })
}

function validateMessages(request: MessagesRequest, options: ValidationOptions): void {
  const messages = request.messages as unknown[]
  if (messages.length === 0) throw invalid('messages: at least one message is required')

  const turns: MergedTurn[] = []
  messages.forEach((raw, m) => {
    if (!isObj(raw)) throw invalid(`messages.${m}: Input should be a valid dictionary`)
    if (raw.role === undefined) throw invalid(`messages.${m}.role: Field required`)
    if (raw.role !== 'user' && raw.role !== 'assistant' && raw.role !== 'system') {
      throw invalid(`messages.${m}.role: Input should be 'user', 'assistant' or 'system'`)
    }
    if (raw.content === undefined) throw invalid(`messages.${m}.content: Field required`)
    if (typeof raw.content !== 'string' && !Array.isArray(raw.content)) {
      throw invalid(
        `messages.${m}.content: Input should be a valid string or list of content blocks`
      )
    }
    const message = raw as unknown as RequestMessage
    const isFinal = m === messages.length - 1
    const empty =
      typeof message.content === 'string' ? message.content === '' : message.content.length === 0
    if (empty && !(isFinal && message.role === 'assistant')) {
      throw invalid(
        `messages.${m}: all messages must have non-empty content except for the optional final assistant message`
      )
    }
    const blocks = blocksOf(message.content)
    blocks.forEach((block, b) => validateBlock(block, message.role, m, b))
    if (message.role === 'system') return

    const last = turns[turns.length - 1]
    if (turns.length === 0 && message.role !== 'user') {
      throw invalid('messages: first message must use the "user" role')
    }
    if (last && last.role === message.role) {
      if (options.strictAlternation) {
        throw invalid(
          `messages: roles must alternate between "user" and "assistant", but found multiple "${message.role}" roles in a row`
        )
      }
      last.lastMessage = m
      last.blocks.push(...blocks.map((block, index) => ({block, message: m, index})))
    } else {
      turns.push({
        role: message.role,
        firstMessage: m,
        lastMessage: m,
        blocks: blocks.map((block, index) => ({block, message: m, index}))
      })
    }
  })
  if (turns.length === 0) throw invalid('messages: first message must use the "user" role')

  const finalMessage = messages[messages.length - 1] as RequestMessage
  if (finalMessage.role === 'assistant') {
    const finalBlocks = blocksOf(finalMessage.content)
    const tail = finalBlocks[finalBlocks.length - 1]
    if (tail?.type === 'text' && typeof tail.text === 'string' && /\s$/.test(tail.text)) {
      throw invalid('messages: final assistant content cannot end with trailing whitespace')
    }
  }

  validateToolPairing(turns)
  if (request.thinking?.type === 'enabled') validateThinkingInToolLoop(turns)
}

function validateBlock(block: unknown, role: string, m: number, b: number): void {
  const path = `messages.${m}.content.${b}`
  if (!isObj(block)) throw invalid(`${path}: Input should be a valid dictionary or object`)
  const allowed = role === 'assistant' ? ASSISTANT_BLOCKS : role === 'user' ? USER_BLOCKS : ['text']
  if (typeof block.type !== 'string' || !allowed.includes(block.type)) {
    throw invalid(
      `${path}.type: Input tag '${String(block.type)}' found using 'type' does not match any of the expected tags: ${allowed.map(t => `'${t}'`).join(', ')}`
    )
  }
  switch (block.type) {
    case 'text':
      if (typeof block.text !== 'string') throw invalid(`${path}.text.text: Field required`)
      if (block.text === '') throw invalid('messages: text content blocks must be non-empty')
      break
    case 'tool_use':
      if (typeof block.id !== 'string') throw invalid(`${path}.tool_use.id: Field required`)
      if (!/^[a-zA-Z0-9_-]+$/.test(block.id)) {
        throw invalid(`${path}.tool_use.id: String should match pattern '^[a-zA-Z0-9_-]+$'`)
      }
      if (typeof block.name !== 'string') throw invalid(`${path}.tool_use.name: Field required`)
      if (!isObj(block.input))
        throw invalid(`${path}.tool_use.input: Input should be a valid dictionary`)
      break
    case 'tool_result':
      if (typeof block.tool_use_id !== 'string')
        throw invalid(`${path}.tool_result.tool_use_id: Field required`)
      if (
        block.content !== undefined &&
        typeof block.content !== 'string' &&
        !Array.isArray(block.content)
      ) {
        throw invalid(`${path}.tool_result.content: Input should be a valid string or list`)
      }
      if (Array.isArray(block.content)) {
        block.content.forEach((inner: unknown, i) => {
          if (
            !isObj(inner) ||
            !['text', 'image', 'document', 'search_result'].includes(String(inner.type))
          ) {
            throw invalid(
              `${path}.tool_result.content.${i}.type: Input should be 'text', 'image', 'document' or 'search_result'`
            )
          }
          if (inner.type === 'text' && (typeof inner.text !== 'string' || inner.text === '')) {
            throw invalid('messages: text content blocks must be non-empty')
          }
        })
      }
      break
    case 'thinking':
      if (typeof block.thinking !== 'string')
        throw invalid(`${path}.thinking.thinking: Field required`)
      if (typeof block.signature !== 'string')
        throw invalid(`${path}.thinking.signature: Field required`)
      if (block.cache_control !== undefined) {
        throw invalid(`${path}.thinking.cache_control: Extra inputs are not permitted`)
      }
      if (block.signature !== signThinking(block.thinking)) {
        throw invalid(`${path}: Invalid \`signature\` in \`thinking\` block`)
      }
      break
    case 'redacted_thinking':
      if (typeof block.data !== 'string')
        throw invalid(`${path}.redacted_thinking.data: Field required`)
      break
  }
}

function validateToolPairing(turns: MergedTurn[]): void {
  const seen = new Set<string>()
  turns.forEach((turn, t) => {
    if (turn.role === 'user') {
      const previous = turns[t - 1]
      const offered = new Set(
        previous?.blocks.filter(p => p.block.type === 'tool_use').map(p => String(p.block.id)) ?? []
      )
      const orphans = turn.blocks.filter(
        p => p.block.type === 'tool_result' && !offered.has(String(p.block.tool_use_id))
      )
      const first = orphans[0]
      if (first) {
        throw invalid(
          `messages.${first.message}.content.${first.index}: unexpected \`tool_use_id\` found in \`tool_result\` blocks: ${orphans
            .map(p => String(p.block.tool_use_id))
            .join(
              ', '
            )}. Each \`tool_result\` block must have a corresponding \`tool_use\` block in the previous message.`
        )
      }
      return
    }
    const uses = turn.blocks.filter(p => p.block.type === 'tool_use')
    for (const use of uses) {
      const id = String(use.block.id)
      if (seen.has(id))
        throw invalid(
          `messages.${use.message}.content.${use.index}: \`tool_use\` ids must be unique`
        )
      seen.add(id)
    }
    const next = turns[t + 1]
    if (!next || uses.length === 0) return
    const answered = new Set(
      next.blocks.filter(p => p.block.type === 'tool_result').map(p => String(p.block.tool_use_id))
    )
    const missing = uses.map(p => String(p.block.id)).filter(id => !answered.has(id))
    if (missing.length > 0) {
      throw invalid(
        `messages.${turn.lastMessage}: \`tool_use\` ids were found without \`tool_result\` blocks immediately after: ${missing.join(
          ', '
        )}. Each \`tool_use\` block must have a corresponding \`tool_result\` block in the next message.`
      )
    }
  })
}

/** With `thinking.type: enabled`, the assistant turn of an open tool loop must start with thinking. */
function validateThinkingInToolLoop(turns: MergedTurn[]): void {
  const lastUser = turns[turns.length - 1]
  if (lastUser?.role !== 'user' || !lastUser.blocks.some(p => p.block.type === 'tool_result'))
    return
  const assistant = turns[turns.length - 2]
  const first = assistant?.blocks[0]
  if (!assistant || !first) return
  if (first.block.type !== 'thinking' && first.block.type !== 'redacted_thinking') {
    throw invalid(
      `messages.${first.message}.content.${first.index}.type: Expected \`thinking\` or \`redacted_thinking\`, but found \`${first.block.type}\`. When \`thinking\` is enabled, a final \`assistant\` message must start with a thinking block (preceeding the lastmost set of \`tool_use\` and \`tool_result\` blocks). We recommend you include thinking blocks from previous turns. To avoid this requirement, disable \`thinking\`. ${DOCS}`
    )
  }
}

function checkCacheControl(value: unknown, path: string): CacheControl | undefined {
  if (value === undefined || value === null) return undefined
  if (!isObj(value) || value.type !== 'ephemeral')
    throw invalid(`${path}.cache_control.type: Input should be 'ephemeral'`)
  if (value.ttl !== undefined && value.ttl !== '5m' && value.ttl !== '1h') {
    throw invalid(`${path}.cache_control.ttl: Input should be '5m' or '1h'`)
  }
  return value as unknown as CacheControl
}

/** Every cache_control marker in processing order (tools, system, messages); top-level last. */
export function cacheMarkers(request: MessagesRequest): CacheControl[] {
  const markers: CacheControl[] = []
  const add = (value: unknown, path: string): void => {
    const marker = checkCacheControl(value, path)
    if (marker) markers.push(marker)
  }
  request.tools?.forEach((tool, i) => add(tool.cache_control, `tools.${i}`))
  if (Array.isArray(request.system))
    request.system.forEach((block, i) => add(block.cache_control, `system.${i}`))
  request.messages.forEach((message, m) => {
    if (typeof message.content === 'string') return
    message.content.forEach((block, b) => {
      add(block.cache_control, `messages.${m}.content.${b}`)
      if (block.type === 'tool_result' && Array.isArray(block.content)) {
        block.content.forEach((inner, i) =>
          add(inner.cache_control, `messages.${m}.content.${b}.content.${i}`)
        )
      }
    })
  })
  add(request.cache_control, 'body')
  return markers
}

function validateCacheControl(request: MessagesRequest): void {
  const markers = cacheMarkers(request)
  if (markers.length > 4) {
    throw invalid(
      `A maximum of 4 blocks with cache_control may be provided. Found ${markers.length}.`
    )
  }
  let sawShort = false
  for (const marker of markers) {
    if ((marker.ttl ?? '5m') === '5m') sawShort = true
    else if (sawShort) {
      throw invalid(
        "a ttl='1h' cache_control block must not come after a ttl='5m' cache_control block. Note that blocks are processed in the following order: `tools`, `system`, `messages`."
      )
    }
  }
}

// The scripted model: the only stand-in for Claude in this test bed. It does
// not generate anything; it replays turns a test wrote, shaped into real
// Messages API content, stop reasons and token counts.
import {ApiFailure, defaultErrorMessage, scriptFailure, statusOfError} from './errors.js'
import {signThinking, type IdFactory} from './ids.js'
import {estimateTokens} from './tokens.js'
import {blocksOf} from './validation.js'
import type {
  ErrorTurn,
  MessagesRequest,
  ReplyTurn,
  RequestBlock,
  ResponseBlock,
  Script,
  ScriptContext,
  StopReason,
  ToolResultSeen,
  ToolUseSpec,
  Turn
} from './types.js'

export const SCRIPTED_MODEL_NAME = 'scripted-model'

export function isErrorTurn(turn: Turn): turn is ErrorTurn {
  return 'error' in turn && turn.error !== undefined
}

/** A turn that answers with text (stop_reason `end_turn`). */
export function textTurn(text: string, extra: Omit<ReplyTurn, 'text'> = {}): ReplyTurn {
  return {...extra, text}
}

/** A turn that calls one tool (stop_reason `tool_use`); `extra.text` is said before the call. */
export function toolTurn(
  name: string,
  input: Record<string, unknown>,
  extra: Omit<ReplyTurn, 'toolUses'> & {id?: string} = {}
): ReplyTurn {
  const {id, ...rest} = extra
  const use: ToolUseSpec = id === undefined ? {name, input} : {name, input, id}
  return {...rest, toolUses: [use]}
}

export interface ErrorTurnOptions {
  status?: number
  message?: string
  headers?: Record<string, string>
  /** Adds `retry-after-ms` (which the SDK honours) and a matching whole-second `retry-after`. */
  retryAfterMs?: number
}

/** A turn answered as an HTTP error in the real envelope (status from the type unless given). */
export function errorTurn(type: string, options: ErrorTurnOptions = {}): ErrorTurn {
  const headers: Record<string, string> = {...options.headers}
  if (options.retryAfterMs !== undefined) {
    headers['retry-after-ms'] = String(options.retryAfterMs)
    headers['retry-after'] = String(Math.max(1, Math.ceil(options.retryAfterMs / 1000)))
  }
  return {
    error: {
      status: options.status ?? statusOfError(type),
      type,
      message: options.message ?? defaultErrorMessage(type),
      headers
    }
  }
}

export function errorTurnFailure(turn: ErrorTurn): ApiFailure {
  const {type, status, message, headers} = turn.error
  return new ApiFailure(
    status ?? statusOfError(type),
    type,
    message ?? defaultErrorMessage(type),
    headers ?? {}
  )
}

function flatten(content: string | RequestBlock[] | undefined): string {
  if (content === undefined) return ''
  if (typeof content === 'string') return content
  return content
    .filter(block => block.type === 'text')
    .map(block => block.text ?? '')
    .join('\n')
}

function lastUserBlocks(request: MessagesRequest): RequestBlock[] {
  const blocks: RequestBlock[] = []
  for (let i = request.messages.length - 1; i >= 0; i--) {
    const message = request.messages[i]
    if (!message || message.role === 'system') continue
    if (message.role !== 'user') {
      if (blocks.length > 0) break
      continue
    }
    blocks.unshift(...blocksOf(message.content))
  }
  return blocks
}

/** The tool_result blocks of the request's last user turn. */
export function toolResultsOf(request: MessagesRequest): ToolResultSeen[] {
  return allToolResultsOf(request, lastUserBlocks(request))
}

/** Every tool_result block anywhere in the request. */
export function allToolResultsOf(
  request: MessagesRequest,
  blocks?: RequestBlock[]
): ToolResultSeen[] {
  const source =
    blocks ?? request.messages.filter(m => m.role === 'user').flatMap(m => blocksOf(m.content))
  return source
    .filter(block => block.type === 'tool_result')
    .map(block => ({
      toolUseId: String(block.tool_use_id),
      text: flatten(block.content),
      isError: block.is_error === true,
      content: block.content
    }))
}

export function lastUserTextOf(request: MessagesRequest): string {
  return flatten(lastUserBlocks(request))
}

export class ScriptedModel {
  /** How many turns have been asked for. */
  calls = 0

  constructor(private readonly script: Script) {}

  /** Turns still queued (array scripts only). */
  get remaining(): number | undefined {
    return Array.isArray(this.script) ? this.script.length - this.calls : undefined
  }

  /** Appends turns to an array script. */
  enqueue(...turns: Turn[]): void {
    if (!Array.isArray(this.script)) throw new Error('enqueue needs an array script')
    this.script.push(...turns)
  }

  async next(request: MessagesRequest): Promise<{turn: Turn; ctx: ScriptContext}> {
    this.calls += 1
    const ctx: ScriptContext = {
      call: this.calls,
      request,
      toolResults: toolResultsOf(request),
      lastUserText: lastUserTextOf(request)
    }
    if (Array.isArray(this.script)) {
      const turn = this.script[this.calls - 1]
      if (!turn) {
        throw scriptFailure(
          `scripted model has no turn left for call ${this.calls} (the script has ${this.script.length} turn${this.script.length === 1 ? '' : 's'})`
        )
      }
      return {turn, ctx}
    }
    let turn: Turn
    try {
      turn = await this.script(request, ctx)
    } catch (error) {
      throw scriptFailure(`scripted model script threw on call ${this.calls}: ${String(error)}`)
    }
    if (!turn || typeof turn !== 'object') {
      throw scriptFailure(`scripted model script returned no turn for call ${this.calls}`)
    }
    return {turn, ctx}
  }
}

export interface Reply {
  content: ResponseBlock[]
  stop_reason: StopReason
  stop_sequence: string | null
  output_tokens: number
}

function checkToolUses(turn: ReplyTurn, request: MessagesRequest, call: number): void {
  const uses = turn.toolUses ?? []
  const offered = (request.tools ?? []).map(t => t.name)
  for (const use of uses) {
    if (!offered.includes(use.name)) {
      throw scriptFailure(
        `scripted model turn ${call} calls tool "${use.name}" but the request offers ${
          offered.length ? offered.map(n => `"${n}"`).join(', ') : 'no tools'
        }`
      )
    }
  }
  const choice = request.tool_choice
  if (choice?.type === 'none' && uses.length > 0) {
    throw scriptFailure(
      `scripted model turn ${call} calls a tool but the request set tool_choice none`
    )
  }
  if ((choice?.type === 'any' || choice?.type === 'tool') && uses.length === 0) {
    throw scriptFailure(`scripted model turn ${call} calls no tool but the request forces tool use`)
  }
  if (choice?.type === 'tool' && uses.some(u => u.name !== choice.name)) {
    throw scriptFailure(
      `scripted model turn ${call} calls a tool other than the forced "${choice.name}"`
    )
  }
}

/**
 * Shapes a scripted turn into response content within the request's limits:
 * thinking only when the request enables it (always with `type: enabled`),
 * text cut at the first stop sequence, and everything cut at `max_tokens` (a tool call
 * cut there is answered incomplete, with an empty input).
 */
export function buildReply(
  turn: ReplyTurn,
  request: MessagesRequest,
  ids: IdFactory,
  call: number
): Reply {
  checkToolUses(turn, request, call)
  const content: ResponseBlock[] = []
  let remaining = request.max_tokens
  let used = 0
  let truncated = false
  let stopSequence: string | null = null

  const take = (text: string): string => {
    const tokens = estimateTokens(text)
    if (tokens <= remaining) {
      remaining -= tokens
      used += tokens
      return text
    }
    truncated = true
    const cut = text.slice(0, remaining * 4)
    used += remaining
    remaining = 0
    return cut
  }

  const mode = request.thinking?.type
  let thinking: string | undefined
  if (mode === 'enabled')
    thinking = turn.thinking ?? `Scripted turn ${call}: no thinking was scripted.`
  else if (mode === 'adaptive' && turn.thinking !== undefined) thinking = turn.thinking
  if (thinking !== undefined) {
    const kept = take(thinking)
    const shown = request.thinking?.display === 'omitted' ? '' : kept
    content.push({type: 'thinking', thinking: shown, signature: signThinking(shown)})
  }

  if (!truncated && turn.text !== undefined) {
    let text = turn.text
    let at = -1
    for (const stop of request.stop_sequences ?? []) {
      const i = text.indexOf(stop)
      if (i >= 0 && (at < 0 || i < at)) {
        at = i
        stopSequence = stop
      }
    }
    if (at >= 0) text = text.slice(0, at)
    text = take(text)
    if (text !== '') content.push({type: 'text', text})
  }

  let usedTools = false
  if (!truncated && stopSequence === null) {
    for (const use of turn.toolUses ?? []) {
      const tokens = estimateTokens(use.name) + estimateTokens(JSON.stringify(use.input))
      if (tokens > remaining) {
        // The API's answer cut mid-call still holds the call, incomplete ("the truncated
        // response contains an incomplete tool use block": retry with a higher max_tokens).
        // What its `input` holds then is not documented; the fake's is empty.
        truncated = true
        used += remaining
        remaining = 0
        content.push({type: 'tool_use', id: use.id ?? ids.next('toolu'), name: use.name, input: {}})
        break
      }
      remaining -= tokens
      used += tokens
      usedTools = true
      content.push({
        type: 'tool_use',
        id: use.id ?? ids.next('toolu'),
        name: use.name,
        input: use.input
      })
    }
  }

  let stopReason: StopReason
  if (truncated) stopReason = 'max_tokens'
  else if (stopSequence !== null) stopReason = 'stop_sequence'
  else stopReason = turn.stopReason ?? (usedTools ? 'tool_use' : 'end_turn')
  return {
    content,
    stop_reason: stopReason,
    stop_sequence: stopSequence,
    output_tokens: Math.max(1, used)
  }
}

// Types of the fake Anthropic Messages API and of its scripted model.
import type {ApiErrorType} from './errors.js'

export type StopReason =
  | 'end_turn'
  | 'max_tokens'
  | 'stop_sequence'
  | 'tool_use'
  | 'pause_turn'
  | 'refusal'
  | 'model_context_window_exceeded'

/** A content block as the client sent it (loosely typed: the fake validates it). */
export interface RequestBlock {
  type: string
  text?: string
  id?: string
  name?: string
  input?: unknown
  tool_use_id?: string
  content?: string | RequestBlock[]
  is_error?: boolean
  thinking?: string
  signature?: string
  data?: string
  cache_control?: CacheControl | null
  [key: string]: unknown
}

export interface CacheControl {
  type: 'ephemeral'
  ttl?: '5m' | '1h'
}

export interface RequestMessage {
  role: 'user' | 'assistant' | 'system'
  content: string | RequestBlock[]
}

export interface RequestTool {
  name: string
  description?: string
  input_schema?: unknown
  type?: string
  cache_control?: CacheControl | null
  [key: string]: unknown
}

/** The body of `POST /v1/messages` after validation. */
export interface MessagesRequest {
  model: string
  max_tokens: number
  messages: RequestMessage[]
  system?: string | RequestBlock[]
  tools?: RequestTool[]
  tool_choice?: {type: 'auto' | 'any' | 'tool' | 'none'; name?: string}
  thinking?: {
    type: 'enabled' | 'disabled' | 'adaptive' | 'between_tools'
    budget_tokens?: number
    display?: 'summarized' | 'omitted' | null
  }
  stop_sequences?: string[]
  stream?: boolean
  temperature?: number
  top_p?: number
  top_k?: number
  cache_control?: CacheControl | null
  [key: string]: unknown
}

export interface Usage {
  input_tokens: number
  output_tokens: number
  cache_creation_input_tokens: number
  cache_read_input_tokens: number
  cache_creation: {ephemeral_5m_input_tokens: number; ephemeral_1h_input_tokens: number}
  service_tier: 'standard'
}

export type ResponseBlock =
  | {type: 'text'; text: string}
  | {type: 'tool_use'; id: string; name: string; input: unknown}
  | {type: 'thinking'; thinking: string; signature: string}

export interface MessageResponse {
  id: string
  type: 'message'
  role: 'assistant'
  model: string
  content: ResponseBlock[]
  stop_reason: StopReason
  stop_sequence: string | null
  usage: Usage
}

export interface ToolUseSpec {
  name: string
  input: Record<string, unknown>
  /** Fix the tool_use id (default: a generated `toolu_01...`). */
  id?: string
}

/** One answer of the scripted model. */
export interface ReplyTurn {
  /** Thinking, emitted when the request enables thinking (always a block when `type: 'enabled'`). */
  thinking?: string
  text?: string
  toolUses?: ToolUseSpec[]
  /** Default: `tool_use` when there are tool uses, else `end_turn` (max_tokens / stop_sequences still apply). */
  stopReason?: StopReason
  /** Overrides of the computed usage numbers. */
  usage?: Partial<
    Pick<
      Usage,
      'input_tokens' | 'output_tokens' | 'cache_creation_input_tokens' | 'cache_read_input_tokens'
    >
  >
  /**
   * An error the real API sends mid-stream (`event: error`) after the content.
   * On a non-streaming request it is answered as the matching HTTP error.
   */
  streamError?: {type: ApiErrorType | string; message?: string}
}

/** An HTTP error in the real envelope instead of an answer. */
export interface ErrorTurn {
  error: {
    /** Default: the real status for `type` (429, 529, 500, 413, ...). */
    status?: number
    type: ApiErrorType | string
    message?: string
    headers?: Record<string, string>
  }
}

export type Turn = ReplyTurn | ErrorTurn

/** A tool_result block the client sent back, flattened for assertions. */
export interface ToolResultSeen {
  toolUseId: string
  /** The block's content flattened to text (text blocks joined by newlines). */
  text: string
  isError: boolean
  content: string | RequestBlock[] | undefined
}

export interface ScriptContext {
  /** 1-based number of this call to the scripted model (validation failures and injected faults do not count). */
  call: number
  request: MessagesRequest
  /** The tool_result blocks of the last user turn. */
  toolResults: ToolResultSeen[]
  /** Text of the last user turn (text blocks only). */
  lastUserText: string
}

export type ScriptFn = (request: MessagesRequest, ctx: ScriptContext) => Turn | Promise<Turn>
export type Script = Turn[] | ScriptFn

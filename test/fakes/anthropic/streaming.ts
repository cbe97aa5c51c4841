// The real SSE event sequence of `stream: true`, rendered from a finished message.
import type {MessageResponse} from './types.js'

function chunks(text: string, size: number): string[] {
  const out: string[] = []
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size))
  return out
}

function event(name: string, data: unknown): string {
  return `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`
}

/**
 * message_start, ping, then per block content_block_start / *_delta /
 * content_block_stop, then message_delta (stop_reason, cumulative usage) and
 * message_stop. With `streamError`, an `error` event replaces the tail, as the
 * real API does when it fails mid-stream.
 */
export function renderSse(
  message: MessageResponse,
  streamError?: {type: string; message: string; requestId: string}
): string {
  let out = event('message_start', {
    type: 'message_start',
    message: {
      ...message,
      content: [],
      stop_reason: null,
      stop_sequence: null,
      usage: {...message.usage, output_tokens: 1}
    }
  })
  out += event('ping', {type: 'ping'})
  message.content.forEach((block, index) => {
    if (block.type === 'text') {
      out += event('content_block_start', {
        type: 'content_block_start',
        index,
        content_block: {type: 'text', text: ''}
      })
      for (const piece of chunks(block.text, 24)) {
        out += event('content_block_delta', {
          type: 'content_block_delta',
          index,
          delta: {type: 'text_delta', text: piece}
        })
      }
    } else if (block.type === 'tool_use') {
      out += event('content_block_start', {
        type: 'content_block_start',
        index,
        content_block: {type: 'tool_use', id: block.id, name: block.name, input: {}}
      })
      for (const piece of chunks(JSON.stringify(block.input), 16)) {
        out += event('content_block_delta', {
          type: 'content_block_delta',
          index,
          delta: {type: 'input_json_delta', partial_json: piece}
        })
      }
    } else {
      out += event('content_block_start', {
        type: 'content_block_start',
        index,
        content_block: {type: 'thinking', thinking: '', signature: ''}
      })
      for (const piece of chunks(block.thinking, 24)) {
        out += event('content_block_delta', {
          type: 'content_block_delta',
          index,
          delta: {type: 'thinking_delta', thinking: piece}
        })
      }
      out += event('content_block_delta', {
        type: 'content_block_delta',
        index,
        delta: {type: 'signature_delta', signature: block.signature}
      })
    }
    out += event('content_block_stop', {type: 'content_block_stop', index})
  })
  if (streamError) {
    out += event('error', {
      type: 'error',
      error: {type: streamError.type, message: streamError.message},
      request_id: streamError.requestId
    })
    return out
  }
  const {input_tokens, cache_creation_input_tokens, cache_read_input_tokens, output_tokens} =
    message.usage
  out += event('message_delta', {
    type: 'message_delta',
    delta: {stop_reason: message.stop_reason, stop_sequence: message.stop_sequence},
    usage: {input_tokens, cache_creation_input_tokens, cache_read_input_tokens, output_tokens}
  })
  out += event('message_stop', {type: 'message_stop'})
  return out
}

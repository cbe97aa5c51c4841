// One model session on one failure: the Messages API with the workspace
// tools, until the model stops asking for tools. Every call is checked
// against the budgets first and counted after.
import type Anthropic from '@anthropic-ai/sdk'
import {
  withConversationBreakpoint,
  type BudgetTracker,
  type FixPrompt
} from '../core/fixing/index.js'
import {THINKING_BUDGET} from '../core/fixing/limits.js'
import {thinkingFor} from '../models/catalog.js'
import {requestTimeoutMs, usageOf} from '../edges/model/anthropic-client.js'
import {cancelReason, throwIfCancelled} from '../errors.js'
import type {ModelTools} from '../edges/workspace/index.js'
import type {DecisionLog} from './decision-log.js'

export interface SessionRequest {
  model: string
  /** Extended thinking (the escalation attempt). */
  thinking: boolean
  prompt: FixPrompt
  tools: Anthropic.Messages.Tool[]
  failureKey: string
  /** Tool round trips before the session is cut off. */
  maxTurns: number
  maxTokens: number
}

export type SessionStop = 'done' | 'budget' | 'turns'

export interface SessionResult {
  stop: SessionStop
  /** The model's last words, or why the session stopped. */
  message: string
  toolCalls: number
}

function estimateTokens(value: unknown): number {
  return Math.ceil(JSON.stringify(value).length / 4)
}

/**
 * The most output tokens a request may ask for after an answer was cut at
 * max_tokens (twice the usual; within what the SDK sends without streaming).
 */
export const MAX_RETRY_OUTPUT_TOKENS = 16_384

/** The model's text, and that it was cut off when it was. */
function lastWords(response: Anthropic.Messages.Message, maxTokens: number): string {
  const text = response.content
    .map(b => (b.type === 'text' ? b.text : ''))
    .join('')
    .trim()
  if (response.stop_reason !== 'max_tokens') return text
  const cut = `(the answer was cut at max_tokens (${maxTokens} output tokens))`
  return text ? `${text} ${cut}` : cut
}

/** What a session talks to: the model, the workspace tools, the budgets and the decision log. */
export interface SessionParts {
  client: Anthropic
  tools: ModelTools
  budget: BudgetTracker
  log: DecisionLog
  /** The run's cancellation: checked between steps, and it aborts the request in flight. */
  cancel?: AbortSignal
}

/** Rejects with a CancelledError when the run is cancelled, whatever the session was doing. */
export async function runSession(
  parts: SessionParts,
  request: SessionRequest
): Promise<SessionResult> {
  const {client, tools, budget, log, cancel} = parts
  const messages: Anthropic.Messages.MessageParam[] = [...request.prompt.messages]
  let maxTokens = request.thinking
    ? Math.max(request.maxTokens, THINKING_BUDGET + 4096)
    : request.maxTokens
  let toolCalls = 0
  for (let turn = 0; turn < request.maxTurns; turn++) {
    throwIfCancelled(cancel)
    const estimatedInputTokens = estimateTokens([request.prompt.system, request.tools, messages])
    const afford = budget.canAffordNextCall({
      failureKey: request.failureKey,
      estimatedInputTokens,
      maxOutputTokens: maxTokens,
      model: request.model
    })
    if (!afford.ok) {
      log.record('budget-stop', {
        failure: request.failureKey,
        reason: afford.reason,
        message: afford.message
      })
      return {stop: 'budget', message: afford.message, toolCalls}
    }
    const response = await client.messages
      .create(
        {
          model: request.model,
          max_tokens: maxTokens,
          system: request.prompt.system,
          tools: request.tools,
          messages: withConversationBreakpoint(messages),
          ...(request.thinking ? {thinking: thinkingFor(request.model, THINKING_BUDGET)} : {})
        },
        {
          timeout: requestTimeoutMs(maxTokens, client.timeout),
          ...(cancel ? {signal: cancel} : {})
        }
      )
      .catch((error: unknown) => {
        // The SDK's abort error says nothing about why: the cancellation does.
        throw cancel?.aborted ? cancelReason(cancel) : error
      })
    budget.record(usageOf(response.usage), request.model, request.failureKey)
    if (response.stop_reason === 'max_tokens' && maxTokens < MAX_RETRY_OUTPUT_TOKENS) {
      // Cut off mid-answer, a tool call in it incomplete: asked again with room, as the API advises.
      maxTokens = Math.min(MAX_RETRY_OUTPUT_TOKENS, maxTokens * 2)
      continue
    }
    messages.push({role: 'assistant', content: response.content})
    const uses = response.content.filter(
      (b): b is Anthropic.Messages.ToolUseBlock => b.type === 'tool_use'
    )
    if (response.stop_reason !== 'tool_use' || uses.length === 0) {
      return {stop: 'done', message: lastWords(response, maxTokens), toolCalls}
    }
    const results: Anthropic.Messages.ToolResultBlockParam[] = []
    for (const use of uses) {
      throwIfCancelled(cancel)
      toolCalls += 1
      const result = await tools.dispatchTool(use.name, use.input)
      results.push({
        type: 'tool_result',
        tool_use_id: use.id,
        content: result.text,
        is_error: result.isError
      })
    }
    messages.push({role: 'user', content: results})
  }
  return {stop: 'turns', message: `stopped after ${request.maxTurns} tool rounds`, toolCalls}
}

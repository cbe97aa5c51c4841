// A second opinion from a small model when the rules are unsure. The log
// excerpt goes in fenced and labelled as untrusted data; only a valid JSON
// answer within the taxonomy is considered, and a confident rule is never
// overridden (mergeSecondOpinion decides). Failures of the API are warnings.
import {
  buildSecondOpinionPrompt,
  mergeSecondOpinion,
  parseSecondOpinion,
  secondOpinionExcerpt
} from '../../core/classify/index.js'
import type {Classification} from '../../core/classify/types.js'
import type {Logger} from '../../logger.js'
import {createModelClient, describeModelError} from './anthropic-client.js'

export interface SecondOpinionSettings {
  anthropicApiKey: string
  anthropicBaseUrl: string
  model: string
}

export interface SecondOpinionReport {
  model: string
  verdict: string
  used: boolean
  inputTokens: number
  outputTokens: number
}

/**
 * `logTail` is the end of the logs, for when no failure was recognised and
 * there is no excerpt to show.
 */
export async function askSecondOpinion(
  classification: Classification,
  logTail: string,
  settings: SecondOpinionSettings,
  logger: Logger
): Promise<{classification: Classification; report: SecondOpinionReport}> {
  const client = createModelClient({
    apiKey: settings.anthropicApiKey,
    baseUrl: settings.anthropicBaseUrl,
    maxRetries: 2,
    logger
  })
  const prompt = buildSecondOpinionPrompt(
    classification,
    secondOpinionExcerpt(classification, logTail)
  )
  try {
    const message = await client.messages.create({
      model: settings.model,
      max_tokens: 400,
      system: prompt.system,
      messages: [{role: 'user', content: prompt.user}]
    })
    const text = message.content.map(block => (block.type === 'text' ? block.text : '')).join('')
    const opinion = parseSecondOpinion(text)
    const merged = opinion ? mergeSecondOpinion(classification, opinion) : classification
    const used = merged !== classification && merged.category !== classification.category
    return {
      classification: merged,
      report: {
        model: settings.model,
        verdict: opinion
          ? `${opinion.category} (${opinion.confidence.toFixed(2)}): ${opinion.reason}`
          : 'no valid answer (ignored)',
        used,
        inputTokens: message.usage.input_tokens,
        outputTokens: message.usage.output_tokens
      }
    }
  } catch (error) {
    const why = describeModelError(error, settings.anthropicBaseUrl)
    logger.warning(`No second opinion: ${why}. The rules' verdict stands.`)
    return {
      classification,
      report: {
        model: settings.model,
        verdict: `unavailable (${why})`,
        used: false,
        inputTokens: 0,
        outputTokens: 0
      }
    }
  }
}

// The weekly summary to a Slack-compatible incoming webhook: one POST of
// {"text": …}. Optional, and never fatal: a failure is a warning.
import {errorMessage} from '../../errors.js'

const TIMEOUT_MS = 15_000

/** Posts `text`; returns why it failed ('' when it was accepted). */
export async function postWebhook(url: string, text: string): Promise<string> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify({text}),
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: 'error'
    })
    if (response.ok) return ''
    return `the webhook answered HTTP ${response.status}`
  } catch (error) {
    // The URL is a credential: the message names the failure, never the URL.
    const cause = (error as {cause?: {code?: string}}).cause?.code
    return cause
      ? `the request failed (${cause})`
      : `the request failed (${errorMessage(error).split('\n')[0]})`
  }
}

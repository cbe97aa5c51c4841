// A scripted model (a stand-in for Claude, only in tests) that plays one list
// of turns per model session: the session is recognised by its first user
// message, and the turn by how many assistant messages the request carries.
import type {MessagesRequest, ScriptFn, Turn} from '../fakes/anthropic/index.js'

/** The text of a request's first user message (the task). */
export function firstUserText(request: MessagesRequest): string {
  const first = request.messages[0]
  if (!first) return ''
  return typeof first.content === 'string'
    ? first.content
    : first.content.map(b => (b.type === 'text' ? b.text : '')).join('')
}

/** A script that answers each session with `turnsFor(its task)`, turn by turn; the last turn repeats. */
export function perSession(turnsFor: (task: string) => Turn[]): ScriptFn {
  return request => {
    const turns = turnsFor(firstUserText(request))
    const index = request.messages.filter(m => m.role === 'assistant').length
    return turns[Math.min(index, turns.length - 1)]!
  }
}

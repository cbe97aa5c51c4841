// Where an error happened, from the signals a Sentry event carries: the
// exception's mechanism (which SDK integration caught it, and whether it was
// handled), the level, the request entry, the transaction (the route or the
// task name), the trace's operation and tags such as http.status_code. The
// context is what severity is decided on:
//   crash       the process died or restarts: an uncaught exception (Node
//               `onuncaughtexception`, Python's `excepthook`), level fatal,
//               or running out of memory
//   request     a request handler failed: a web framework's error handler
//               turned it into a 500 (Express, Koa, Fastify, Hapi, Nest,
//               Django, Flask, FastAPI/Starlette, Rails, …), or the event
//               carries the request, an http.server trace or an HTTP route
//   background  a queue task (Celery, RQ, Sidekiq, …), a queue or cron trace,
//               or an unhandled promise rejection with no request around it
//               (fire-and-forget work)
//   unknown     none of these signals
import {exceptionValues} from './frames.js'
import type {SentryEventPayload} from './types.js'

export type ErrorContext = (typeof ERROR_CONTEXTS)[number]

export const ERROR_CONTEXTS = ['crash', 'request', 'background', 'unknown'] as const

/** What an event says about where its error happened. */
export interface EventSignals {
  /** `mechanism.type` of the thrown exception, e.g. `auto.middleware.express`. */
  mechanism: string | undefined
  /** `mechanism.handled`; undefined when the SDK did not say. */
  handled: boolean | undefined
  level: string
  /** The route or task name (the `transaction` tag, else the culprit when it looks like a route). */
  transaction: string | undefined
  /** The HTTP status of the response (tags `http.status_code`, `http.response.status_code`, `status_code`, or the response context). */
  statusCode: number | undefined
  /** `contexts.trace.op`, e.g. `http.server`, `queue.task.celery`. */
  traceOp: string | undefined
  /** The event has a request entry (method and URL). */
  hasRequest: boolean
  /** The thrown exception, type and message. */
  exception: string
}

export interface ContextVerdict {
  context: ErrorContext
  /** The signals that decided it, e.g. `mechanism auto.middleware.express`. */
  signals: string[]
}

/** Uncaught exceptions: Node (SDK ≥ 10 and older) and Python's sys.excepthook. */
const CRASH_MECHANISMS = new Set(['onuncaughtexception', 'excepthook'])

/** Error handlers of web frameworks (a segment of `mechanism.type`). */
const REQUEST_MECHANISMS = new Set([
  'middleware', // Node SDK < 8 Express/Connect handler, and `auto.middleware.*`
  'express',
  'connect',
  'koa',
  'fastify',
  'hapi',
  'nestjs',
  'nextjs',
  'django',
  'flask',
  'fastapi',
  'starlette',
  'asgi',
  'wsgi',
  'aiohttp',
  'tornado',
  'sanic',
  'falcon',
  'pyramid',
  'bottle',
  'quart',
  'litestar',
  'rails',
  'rack',
  'sinatra'
])

/** Task queues and worker threads (a segment of `mechanism.type`). */
const BACKGROUND_MECHANISMS = new Set([
  'celery',
  'rq',
  'arq',
  'huey',
  'dramatiq',
  'threading',
  'sidekiq',
  'resque',
  'delayed_job',
  'active_job',
  'good_job',
  'shoryuken',
  'bullmq',
  'cron'
])

const REJECTION_MECHANISMS = new Set(['onunhandledrejection'])

/** Running out of memory (the process is killed or about to be). */
export const OUT_OF_MEMORY =
  /\b(out of memory|OutOfMemory(Error)?|MemoryError|heap out of memory|ERR_WORKER_OUT_OF_MEMORY|Array buffer allocation failed)\b/i

const HTTP_ROUTE = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \/|^\/[\w{}:<>.*-]*/
const STATUS_TAGS = ['http.status_code', 'http.response.status_code', 'status_code']

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null
}

function tagOf(event: SentryEventPayload, key: string): string | undefined {
  return (event.tags ?? []).find(t => t.key === key)?.value
}

function statusOf(event: SentryEventPayload): number | undefined {
  const response = event.contexts?.response
  const candidates = [
    ...STATUS_TAGS.map(k => tagOf(event, k)),
    isObject(response) ? response.status_code : undefined
  ]
  for (const c of candidates) {
    const n = typeof c === 'number' ? c : typeof c === 'string' ? Number.parseInt(c, 10) : NaN
    if (Number.isInteger(n) && n >= 100 && n < 600) return n
  }
  return undefined
}

function traceOpOf(event: SentryEventPayload): string | undefined {
  const trace = event.contexts?.trace
  return isObject(trace) && typeof trace.op === 'string' && trace.op ? trace.op : undefined
}

function hasRequestEntry(event: SentryEventPayload): boolean {
  const entry = (event.entries ?? []).find(e => e.type === 'request')
  return (
    isObject(entry?.data) &&
    (typeof entry.data.url === 'string' || typeof entry.data.method === 'string')
  )
}

/** The signals of an event (undefined event: the issue's level alone). */
export function eventSignals(
  event: SentryEventPayload | undefined,
  issue: {level: string; culprit?: string | null; exception: string}
): EventSignals {
  const values = event ? exceptionValues(event) : []
  const mechanism = values[values.length - 1]?.mechanism ?? undefined
  const transaction =
    (event && tagOf(event, 'transaction')) ||
    (issue.culprit && HTTP_ROUTE.test(issue.culprit) ? issue.culprit : undefined)
  return {
    mechanism: mechanism?.type ?? undefined,
    handled: typeof mechanism?.handled === 'boolean' ? mechanism.handled : undefined,
    level: (event && tagOf(event, 'level')) || issue.level,
    transaction: transaction || undefined,
    statusCode: event ? statusOf(event) : undefined,
    traceOp: event ? traceOpOf(event) : undefined,
    hasRequest: event ? hasRequestEntry(event) : false,
    exception: issue.exception
  }
}

function mechanismIn(mechanism: string | undefined, families: ReadonlySet<string>): boolean {
  if (!mechanism) return false
  return mechanism
    .toLowerCase()
    .split('.')
    .some(part => families.has(part))
}

/** The request signals of an event, strongest first ([] = none). */
function requestSignals(s: EventSignals): string[] {
  const out: string[] = []
  if (mechanismIn(s.mechanism, REQUEST_MECHANISMS)) out.push(`mechanism ${s.mechanism}`)
  if (s.statusCode !== undefined && s.statusCode >= 500)
    out.push(`http.status_code ${s.statusCode}`)
  if (s.traceOp?.startsWith('http.server')) out.push(`trace op ${s.traceOp}`)
  if (s.transaction && HTTP_ROUTE.test(s.transaction)) out.push(`transaction ${s.transaction}`)
  if (s.hasRequest) out.push('a request entry')
  return out
}

function backgroundSignals(s: EventSignals): string[] {
  const out: string[] = []
  if (mechanismIn(s.mechanism, BACKGROUND_MECHANISMS)) out.push(`mechanism ${s.mechanism}`)
  if (
    s.traceOp &&
    /^(queue|celery|rq|task|cron|function\.(celery|rq|dramatiq|huey))\b/.test(s.traceOp)
  )
    out.push(`trace op ${s.traceOp}`)
  return out
}

/** Where the error happened, and the signals that say so. */
export function errorContext(s: EventSignals): ContextVerdict {
  if (mechanismIn(s.mechanism, CRASH_MECHANISMS))
    return {context: 'crash', signals: [`mechanism ${s.mechanism}`]}
  if (s.level.toLowerCase() === 'fatal') return {context: 'crash', signals: ['level fatal']}
  if (OUT_OF_MEMORY.test(s.exception)) return {context: 'crash', signals: ['out of memory']}
  // A task's own mechanism wins over request-looking leftovers (a task started by a request).
  if (mechanismIn(s.mechanism, BACKGROUND_MECHANISMS))
    return {context: 'background', signals: backgroundSignals(s)}
  const request = requestSignals(s)
  const rejection = mechanismIn(s.mechanism, REJECTION_MECHANISMS)
  if (request.length) {
    return {
      context: 'request',
      signals: rejection ? [`mechanism ${s.mechanism}`, ...request] : request
    }
  }
  const background = backgroundSignals(s)
  if (background.length) return {context: 'background', signals: background}
  if (rejection) {
    return {
      context: 'background',
      signals: [`mechanism ${s.mechanism}`, 'no request, route or http.server trace']
    }
  }
  return {context: 'unknown', signals: []}
}

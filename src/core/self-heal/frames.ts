// The exception of an event and its frames (reference §2.3): chained values
// are oldest first with the thrown one last; frames are oldest → newest with
// the crash frame last. A frame counts as the application's own code when
// Sentry marks it in-app and it is not a dependency, not a runtime internal
// and not under the user's `exclude-paths`.
import picomatch from 'picomatch'
import {isThirdPartyOrRuntimePath, normalizeFramePath} from './path-mapping.js'
import type {SentryEventPayload, SentryExceptionValuePayload, SentryFramePayload} from './types.js'

export interface StackFrame {
  filename: string | null
  absPath: string | null
  module: string | null
  function: string | null
  lineNo: number | null
  colNo: number | null
  /** The crash line's text when the event carries context. */
  contextLine: string | undefined
  /** What the SDK/Sentry said. */
  sdkInApp: boolean
  /** The application's own code: in-app, not a dependency or runtime internal, not excluded. */
  inApp: boolean
  /** In-app, but under `exclude-paths`. */
  excluded: boolean
}

export interface ExceptionInfo {
  type: string
  value: string
  /** e.g. `auto.middleware.express`, `auto.node.onunhandledrejection`; undefined when absent. */
  mechanism: string | undefined
  /** false = unhandled, true = handled, undefined = unknown. */
  handled: boolean | undefined
  /** Oldest → newest, the crash frame last. [] when the event has no stack trace. */
  frames: StackFrame[]
  /** The chain, oldest cause first, the thrown exception last. */
  chain: {type: string; value: string}[]
}

export type ExcludeMatcher = (path: string) => boolean

/** A matcher for `exclude-paths` globs, tried on the raw and the normalized frame path. */
export function excludeMatcher(globs: readonly string[]): ExcludeMatcher {
  const patterns = globs.map(g => g.trim().replace(/^\.\//, '')).filter(Boolean)
  if (patterns.length === 0) return () => false
  const match = picomatch(patterns, {dot: true})
  return path => {
    const normalized = normalizeFramePath(path)
    return match(normalized) || match(path.replace(/\\/g, '/'))
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null
}

/** The exception values of an event's `exception` entry, oldest first; [] when there is none. */
export function exceptionValues(event: SentryEventPayload): SentryExceptionValuePayload[] {
  const entry = (event.entries ?? []).find(e => e.type === 'exception')
  const data = entry?.data
  if (!isObject(data) || !Array.isArray(data.values)) return []
  return data.values.filter(isObject) as SentryExceptionValuePayload[]
}

function framesOf(value: SentryExceptionValuePayload | undefined): SentryFramePayload[] {
  const frames = value?.stacktrace?.frames
  return Array.isArray(frames) ? frames.filter(isObject) : []
}

/** Whether the frame is runtime or dependency code whatever the SDK said. */
function isSystemFrame(frame: SentryFramePayload): boolean {
  const paths = [frame.filename, frame.absPath].filter((p): p is string => !!p)
  if (paths.length === 0) return true
  if (paths.some(isThirdPartyOrRuntimePath)) return true
  if (frame.function === 'eval') return true
  // builtins without a real path (`native`)
  return paths.every(p => !p.includes('/') && !p.includes('\\') && !p.includes('.'))
}

function toFrame(frame: SentryFramePayload, excluded: ExcludeMatcher): StackFrame {
  const sdkInApp = frame.inApp === true
  const own = sdkInApp && !isSystemFrame(frame)
  const isExcluded =
    own &&
    [frame.filename, frame.absPath].some(p => typeof p === 'string' && p !== '' && excluded(p))
  const lineNo = typeof frame.lineNo === 'number' ? frame.lineNo : null
  const contextLine = lineNo === null ? undefined : frame.context?.find(([n]) => n === lineNo)?.[1]
  return {
    filename: frame.filename ?? null,
    absPath: frame.absPath ?? null,
    module: frame.module ?? null,
    function: frame.function ?? null,
    lineNo,
    colNo: typeof frame.colNo === 'number' ? frame.colNo : null,
    contextLine,
    sdkInApp,
    inApp: own && !isExcluded,
    excluded: isExcluded
  }
}

/**
 * The thrown exception of an event with its frames. When the thrown value
 * has no stack trace, the newest cause that has one supplies the frames.
 * Undefined when the event has no exception at all (a message event).
 */
export function extractException(
  event: SentryEventPayload,
  excluded: ExcludeMatcher = () => false
): ExceptionInfo | undefined {
  const values = exceptionValues(event)
  const thrown = values[values.length - 1]
  if (!thrown) return undefined
  let frames = framesOf(thrown)
  if (frames.length === 0) {
    for (let i = values.length - 2; i >= 0 && frames.length === 0; i -= 1) {
      frames = framesOf(values[i])
    }
  }
  const mechanism = thrown.mechanism ?? undefined
  return {
    type: thrown.type || event.metadata?.type || 'Error',
    value: thrown.value ?? event.metadata?.value ?? '',
    mechanism: mechanism?.type ?? undefined,
    handled: typeof mechanism?.handled === 'boolean' ? mechanism.handled : undefined,
    frames: frames.map(f => toFrame(f, excluded)),
    chain: values.map(v => ({type: v.type ?? 'Error', value: v.value ?? ''}))
  }
}

/** The application frame closest to the crash (the last in-app frame), if any. */
export function topInAppFrame(frames: readonly StackFrame[]): StackFrame | undefined {
  for (let i = frames.length - 1; i >= 0; i -= 1) {
    const f = frames[i]!
    if (f.inApp) return f
  }
  return undefined
}

/** The crash frame: the newest frame of the stack. */
export function crashFrame(frames: readonly StackFrame[]): StackFrame | undefined {
  return frames[frames.length - 1]
}

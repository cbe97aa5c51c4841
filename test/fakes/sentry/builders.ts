// Builders for realistic Sentry payloads, shaped after
// /work/shared/reference/sentry-api.md (§2.1 list item, §2.3 event, §4 path
// forms). They are plain data: the fake stores them, end-to-end tests can
// also use them directly.
import {randomBytes} from 'node:crypto'
import {posix} from 'node:path'

// ---------------------------------------------------------------- shapes

export interface SentryProject {
  id: string
  name: string
  slug: string
  platform: string
}

export interface SentryUser {
  id: string
  name: string
  username: string
  email: string
  avatarUrl?: string | null
  isActive?: boolean
  hasPasswordAuth?: boolean
  dateJoined?: string
}

/** `[epochSeconds, count]` — one stats bucket. */
export type StatsBucket = [number, number]

export interface SentryIssueMetadata {
  value: string
  type: string
  filename: string | null
  function: string | null
  in_app_frame_mix: 'in-app-only' | 'mixed' | 'system-only'
  sdk: {name: string; name_normalized: string}
  initial_priority: number
  title: string | null
  [key: string]: unknown
}

export type IssueStatus =
  'resolved' | 'ignored' | 'pending_deletion' | 'pending_merge' | 'reprocessing' | 'unresolved'

export type IssueSubstatus =
  | 'archived_until_escalating'
  | 'archived_until_condition_met'
  | 'archived_forever'
  | 'escalating'
  | 'ongoing'
  | 'regressed'
  | 'new'
  | null

export type IssueLevel = 'sample' | 'debug' | 'info' | 'warning' | 'error' | 'fatal' | 'unknown'

/** An issue as the org issue list serializes it (StreamGroupSerializerSnuba). */
export interface SentryIssue {
  id: string
  shareId: string | null
  shortId: string
  title: string
  culprit: string | null
  permalink: string | null
  logger: string | null
  level: IssueLevel
  status: IssueStatus
  statusDetails: Record<string, unknown>
  substatus: IssueSubstatus
  isPublic: boolean
  platform: string
  project: SentryProject
  type: string
  issueType: string
  issueCategory: string
  metadata: SentryIssueMetadata
  numComments: number
  assignedTo: {type: 'user' | 'team'; id: string; name: string; email?: string} | null
  isBookmarked: boolean
  isSubscribed: boolean
  subscriptionDetails: Record<string, unknown> | null
  hasSeen: boolean
  annotations: {displayName: string; url: string}[]
  priority: 'low' | 'medium' | 'high' | null
  priorityLockedAt: string | null
  seerFixabilityScore: number | null
  seerAutofixLastTriggered: string | null
  seerExplorerAutofixLastTriggered: string | null
  isUnhandled: boolean
  /** Always a string in Sentry's payloads. */
  count: string
  userCount: number
  firstSeen: string
  lastSeen: string
  stats: Record<string, StatsBucket[]>
  lifetime: {
    count: string
    userCount: number
    firstSeen: string
    lastSeen: string
    stats: Record<string, StatsBucket[]> | null
  }
  filtered: {
    count: string
    userCount: number
    firstSeen: string
    lastSeen: string
    stats: Record<string, StatsBucket[]> | null
  } | null
}

export interface SentryFrame {
  filename: string | null
  absPath: string | null
  module: string | null
  package: string | null
  platform: string | null
  instructionAddr: string | null
  symbolAddr: string | null
  function: string | null
  rawFunction: string | null
  symbol: string | null
  context: [number, string][]
  lineNo: number | null
  colNo: number | null
  inApp: boolean
  trust: string | null
  errors: unknown[] | null
  lock: unknown
  sourceLink: string | null
  vars: Record<string, unknown> | null
}

export interface SentryStacktrace {
  frames: SentryFrame[]
  framesOmitted: number[] | null
  registers: Record<string, string> | null
  hasSystemFrames: boolean
}

export interface SentryExceptionValue {
  type: string
  value: string
  mechanism: {type: string; handled: boolean; [key: string]: unknown} | null
  threadId: number | null
  module: string | null
  stacktrace: SentryStacktrace | null
  rawStacktrace: SentryStacktrace | null
}

export interface SentryExceptionEntry {
  type: 'exception'
  data: {values: SentryExceptionValue[]; hasSystemFrames: boolean; excOmitted: number[] | null}
}

export interface SentryRequestEntry {
  type: 'request'
  data: {
    apiTarget: string | null
    method: string
    url: string
    query: [string, string][]
    fragment: string | null
    data: unknown
    headers: [string, string][]
    cookies: [string, string][]
    env: Record<string, string> | null
    inferredContentType: string | null
  }
}

export interface SentryBreadcrumbsEntry {
  type: 'breadcrumbs'
  data: {
    values: {
      type: string
      timestamp: string
      level: string
      message: string | null
      category: string | null
      data: Record<string, unknown> | null
      event_id: string | null
    }[]
  }
}

export type SentryEntry =
  SentryExceptionEntry | SentryRequestEntry | SentryBreadcrumbsEntry | {type: string; data: unknown}

export interface SentryRelease {
  id: number
  version: string
  status: 'open' | 'archived'
  shortVersion: string
  versionInfo: {
    package: string | null
    version: {raw: string; [key: string]: unknown}
    description: string
    buildHash: string | null
  } | null
  ref: string | null
  url: string | null
  dateReleased: string | null
  dateCreated: string
  data: Record<string, unknown>
  newGroups: number
  owner: unknown
  commitCount: number
  lastCommit: unknown
  deployCount: number
  lastDeploy: {
    id: string
    environment: string
    dateStarted: string | null
    dateFinished: string
    name: string | null
    url: string | null
  } | null
  authors: unknown[]
  projects: {
    id: number
    slug: string
    name: string
    newGroups: number
    platform: string
    platforms: string[]
    hasHealthData: boolean
  }[]
  firstEvent: string | null
  lastEvent: string | null
  currentProjectMeta: Record<string, unknown>
  userAgent: string | null
}

/** An event as `/organizations/{org}/issues/{id}/events/{event_id}/` serializes it. */
export interface SentryEvent {
  id: string
  groupID: string
  eventID: string
  projectID: string
  size: number
  entries: SentryEntry[]
  dist: string | null
  message: string
  title: string
  location: string | null
  user: {
    id: string | null
    email: string | null
    username: string | null
    ip_address: string | null
    name: string | null
    geo: Record<string, string> | null
    data: Record<string, unknown> | null
  } | null
  contexts: Record<string, Record<string, unknown>>
  sdk: {name: string; version: string}
  context: Record<string, unknown>
  packages: Record<string, string>
  type: string
  metadata: {
    filename: string | null
    function: string | null
    in_app_frame_mix: 'in-app-only' | 'mixed' | 'system-only'
    type: string
    value: string
    [key: string]: unknown
  }
  tags: {key: string; value: string; query?: string}[]
  platform: string
  dateCreated: string
  dateReceived: string
  errors: {type: string; message: string; data: Record<string, unknown>}[]
  occurrence: unknown
  _meta: Record<string, unknown>
  crashFile: unknown
  culprit: string | null
  fingerprints: string[]
  groupingConfig: {id: string; enhancements: string}
  release: SentryRelease | {version: string} | null
  userReport: unknown
  sdkUpdates: unknown[]
  resolvedWith: string[]
  nextEventID: string | null
  previousEventID: string | null
}

// ---------------------------------------------------------------- helpers

export const DEFAULT_PROJECT: SentryProject = {
  id: '4501234567890123',
  name: 'web-api',
  slug: 'web-api',
  platform: 'node-express'
}

/** ISO-8601 UTC without fractional seconds: `2025-05-01T09:12:03Z`. */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z')
}

/** ISO-8601 UTC with microseconds, as Django serializes some fields: `...:19.403000Z`. */
export function isoMicros(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z')
}

export function hexId(): string {
  return randomBytes(16).toString('hex')
}

/** Hour-aligned epoch seconds of the hour containing `ms`. */
export function hourFloor(ms: number): number {
  return Math.floor(ms / 3_600_000) * 3600
}

/**
 * 25 hourly `[epochSeconds, n]` buckets ending with the current (partial)
 * hour, as `stats["24h"]`. A number gives every bucket that many events; an
 * array is aligned to the end (the last element is the current hour) and
 * padded with zeros at the start.
 */
export function hourlyStats(nowMs: number, eventsPerHour: number | number[]): StatsBucket[] {
  const last = hourFloor(nowMs)
  const counts = Array.isArray(eventsPerHour)
    ? [
        ...Array<number>(Math.max(0, 25 - eventsPerHour.length)).fill(0),
        ...eventsPerHour.slice(-25)
      ]
    : Array<number>(25).fill(eventsPerHour)
  return counts.map((n, i) => [last - (24 - i) * 3600, n])
}

/** 15 daily buckets for `stats["14d"]`, derived from an hourly series. */
export function dailyStats(nowMs: number, hourly: StatsBucket[]): StatsBucket[] {
  const today = Math.floor(nowMs / 86_400_000) * 86_400
  const perHour = hourly.length ? hourly.reduce((s, [, n]) => s + n, 0) / hourly.length : 0
  const buckets: StatsBucket[] = []
  for (let i = 14; i >= 0; i -= 1) {
    const start = today - i * 86_400
    const inDay = hourly.filter(([t]) => t >= start && t < start + 86_400)
    buckets.push([
      start,
      inDay.length ? inDay.reduce((s, [, n]) => s + n, 0) : Math.round(perHour * 24)
    ])
  }
  return buckets
}

/** `<PROJECT-SLUG-UPPER>-<base32>` like Sentry's short ids. */
export function shortIdFor(projectSlug: string, n: number): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
  let s = ''
  let v = n
  do {
    s = alphabet[v % 32] + s
    v = Math.floor(v / 32)
  } while (v > 0)
  return `${projectSlug.toUpperCase()}-${s}`
}

// ---------------------------------------------------------------- frames

/** How a frame's path looks for a given build/upload setup (reference §4). */
export type PathForm =
  | 'sourcemap' // Node + tsc + uploaded source maps: ../../src/x.ts, /app/src/x.ts
  | 'dist' // Node, no source maps: /app/dist/x.js
  | 'enable-source-maps' // node --enable-source-maps: /app/src/x.ts
  | 'webpack' // ./src/x.ts, webpack://<ns>/./src/x.ts
  | 'app' // RewriteFrames: app:///src/x.ts
  | 'lambda' // /var/task/src/x.js

export interface FramePathOptions {
  /** Deployment root, default `/app`. */
  root?: string
  /** Source and output roots in the repo, default `src` and `dist`. */
  srcDir?: string
  outDir?: string
  /** Webpack namespace, default `web-api`. */
  webpackNamespace?: string
}

/** filename/absPath/module for a repo file (e.g. `src/orders/total.ts`) in a given path form. */
export function framePath(
  repoPath: string,
  form: PathForm = 'sourcemap',
  options: FramePathOptions = {}
): {filename: string; absPath: string; module: string | null} {
  const root = options.root ?? '/app'
  const srcDir = options.srcDir ?? 'src'
  const outDir = options.outDir ?? 'dist'
  const ns = options.webpackNamespace ?? 'web-api'
  const withoutSrc = repoPath.startsWith(`${srcDir}/`)
    ? repoPath.slice(srcDir.length + 1)
    : repoPath
  const jsRel = withoutSrc.replace(/\.(m|c)?tsx?$/, '.$1js')
  const distPath = `${outDir}/${jsRel}`
  const nodeModule = (rel: string): string => {
    const dir = posix.dirname(rel)
    const base = posix.basename(rel).replace(/\.(m|c)?js$/, '')
    return dir === '.' ? base : `${dir.replace(/\//g, '.')}:${base}`
  }
  switch (form) {
    case 'sourcemap': {
      const filename = posix.relative(posix.dirname(distPath), repoPath)
      return {
        filename,
        absPath: posix.join(root, posix.dirname(distPath), filename),
        module: nodeModule(jsRel)
      }
    }
    case 'dist':
      return {
        filename: `${root}/${distPath}`,
        absPath: `${root}/${distPath}`,
        module: nodeModule(jsRel)
      }
    case 'enable-source-maps':
      return {
        filename: `${root}/${repoPath}`,
        absPath: `${root}/${repoPath}`,
        module: posix.basename(repoPath)
      }
    case 'webpack':
      return {
        filename: `./${repoPath}`,
        absPath: `webpack://${ns}/./${repoPath}`,
        module: repoPath.replace(/\.[^./]+$/, '')
      }
    case 'app':
      return {filename: `app:///${repoPath}`, absPath: `app:///${repoPath}`, module: null}
    case 'lambda':
      return {
        filename: `/var/task/${srcDir}/${jsRel}`,
        absPath: `/var/task/${srcDir}/${jsRel}`,
        module: null
      }
  }
}

export interface FrameInput {
  filename?: string | null
  absPath?: string | null
  module?: string | null
  function?: string | null
  lineNo?: number | null
  colNo?: number | null
  inApp?: boolean
  /** `[[lineNo, text], ...]`; wins over `source`/`contextLine`. */
  context?: [number, string][]
  /** Whole file text: the context is cut as lineNo-5..lineNo+5 from it. */
  source?: string
  /** Only the crash line's text. */
  contextLine?: string
  vars?: Record<string, unknown> | null
}

/** A frame with every key `Frame.get_api_context` emits. */
export function buildFrame(input: FrameInput = {}): SentryFrame {
  const lineNo = input.lineNo === undefined ? 12 : input.lineNo
  let context: [number, string][] = input.context ?? []
  if (!input.context && lineNo !== null) {
    if (input.source !== undefined) {
      const lines = input.source.split('\n')
      for (let n = Math.max(1, lineNo - 5); n <= Math.min(lines.length, lineNo + 5); n += 1) {
        context.push([n, lines[n - 1] ?? ''])
      }
    } else if (input.contextLine !== undefined) {
      context = [[lineNo, input.contextLine]]
    }
  }
  const filename = input.filename === undefined ? '../../src/orders/total.ts' : input.filename
  return {
    filename,
    absPath: input.absPath === undefined ? filename : input.absPath,
    module: input.module ?? null,
    package: null,
    platform: null,
    instructionAddr: null,
    symbolAddr: null,
    function: input.function === undefined ? null : input.function,
    rawFunction: null,
    symbol: null,
    context,
    lineNo,
    colNo: input.colNo === undefined ? 22 : input.colNo,
    inApp: input.inApp ?? !isSystemPath(filename ?? ''),
    trust: null,
    errors: null,
    lock: null,
    sourceLink: null,
    vars: input.vars ?? null
  }
}

function isSystemPath(path: string): boolean {
  return (
    path.includes('node_modules/') ||
    path.startsWith('node:') ||
    path === '<anonymous>' ||
    path.includes('[native code]') ||
    path.includes('/~/')
  )
}

/** An in-app frame for a repo file in a given path form. */
export function appFrame(
  repoPath: string,
  fn: string | null,
  lineNo: number,
  options: Omit<FrameInput, 'filename' | 'absPath' | 'module' | 'function' | 'lineNo'> & {
    form?: PathForm
    paths?: FramePathOptions
  } = {}
): SentryFrame {
  const {form, paths, ...rest} = options
  return buildFrame({
    ...framePath(repoPath, form, paths),
    function: fn,
    lineNo,
    inApp: true,
    ...rest
  })
}

/** `node:internal/...` frame, e.g. `nodeInternalFrame('process/task_queues', 'process.processTicksAndRejections')`. */
export function nodeInternalFrame(
  internalPath: string,
  fn: string | null,
  lineNo = 95
): SentryFrame {
  const path = `node:internal/${internalPath}`
  return buildFrame({
    filename: path,
    absPath: path,
    module: posix.basename(internalPath),
    function: fn,
    lineNo,
    colNo: 5,
    inApp: false
  })
}

/** A dependency frame, e.g. `nodeModulesFrame('express/lib/router/layer.js', 'Layer.handle [as handle_request]')`. */
export function nodeModulesFrame(
  packagePath: string,
  fn: string | null,
  lineNo = 95,
  root = '/app'
): SentryFrame {
  const path = `${root}/node_modules/${packagePath}`
  const dir = posix.dirname(packagePath)
  const base = posix.basename(packagePath).replace(/\.(m|c)?js$/, '')
  return buildFrame({
    filename: path,
    absPath: path,
    module: dir === '.' ? base : `${dir.replace(/\//g, '.')}:${base}`,
    function: fn,
    lineNo,
    colNo: 5,
    inApp: false,
    contextLine: '    fn(req, res, next);'
  })
}

// ---------------------------------------------------------------- events

export interface ExceptionInput {
  type?: string
  value?: string
  mechanism?: {type: string; handled: boolean; [key: string]: unknown} | null
  /** Oldest → newest (crash frame last). */
  frames?: SentryFrame[]
  module?: string | null
  rawFrames?: SentryFrame[] | null
}

export interface BuildEventOptions {
  eventID?: string
  groupID?: string
  project?: SentryProject
  type?: string
  value?: string
  /** Default: `{type: 'auto.middleware.express', handled: false}`. */
  mechanism?: {type: string; handled: boolean; [key: string]: unknown} | null
  /** Shorthand for `mechanism.handled` when `mechanism` is not given. */
  handled?: boolean
  /** Frames oldest → newest, crash frame last. Default: a small Express stack ending in `sumLines`. */
  frames?: SentryFrame[]
  /** Pre-symbolication frames for `rawStacktrace`, default null. */
  rawFrames?: SentryFrame[] | null
  /** Causes of the thrown exception, oldest first; the thrown one (above) is appended last. */
  causes?: ExceptionInput[]
  level?: IssueLevel
  release?: string | null
  /** Full release object to embed instead of `{version}`. */
  releaseObject?: SentryRelease | null
  environment?: string
  platform?: string
  sdk?: {name: string; version: string}
  transaction?: string | null
  culprit?: string | null
  request?: {
    method?: string
    url?: string
    query?: [string, string][]
    headers?: [string, string][]
    data?: unknown
  } | null
  user?: {id?: string; email?: string; ip_address?: string; username?: string} | null
  tags?: Record<string, string>
  contexts?: Record<string, Record<string, unknown>>
  /** Epoch ms, Date or ISO string. */
  dateCreated?: number | string | Date
  fingerprints?: string[]
  breadcrumbs?: SentryBreadcrumbsEntry['data']['values']
}

function toMs(value: number | string | Date | undefined, fallback: number): number {
  if (value === undefined) return fallback
  if (typeof value === 'number') return value
  if (value instanceof Date) return value.getTime()
  return Date.parse(value)
}

export function defaultFrames(): SentryFrame[] {
  return [
    nodeInternalFrame('process/task_queues', 'process.processTicksAndRejections'),
    nodeModulesFrame('express/lib/router/layer.js', 'Layer.handle [as handle_request]'),
    appFrame('src/routes/orders.ts', 'createOrder', 31, {
      colNo: 18,
      contextLine: '  const total = sumLines(order.lines)'
    }),
    appFrame('src/orders/total.ts', 'sumLines', 12, {
      colNo: 22,
      context: [
        [7, 'export function sumLines(lines: Line[]): number {'],
        [8, '  let sum = 0'],
        [9, '  for (const line of lines) {'],
        [10, '    // amounts are in cents'],
        [11, '    if (line.skip) continue'],
        [12, '    sum += line.item.amount'],
        [13, '  }'],
        [14, '  return sum'],
        [15, '}']
      ]
    })
  ]
}

/** The frame Sentry's metadata points at: last in-app frame with a function, else the last frame. */
export function culpritFrame(frames: SentryFrame[]): SentryFrame | undefined {
  for (let i = frames.length - 1; i >= 0; i -= 1) {
    const f = frames[i]
    if (f && f.inApp && f.function) return f
  }
  return frames[frames.length - 1]
}

export function inAppFrameMix(frames: SentryFrame[]): 'in-app-only' | 'mixed' | 'system-only' {
  const inApp = frames.filter(f => f.inApp).length
  if (inApp === 0) return 'system-only'
  return inApp === frames.length ? 'in-app-only' : 'mixed'
}

function stacktrace(frames: SentryFrame[]): SentryStacktrace {
  return {frames, framesOmitted: null, registers: null, hasSystemFrames: frames.some(f => !f.inApp)}
}

/** A full issue event (IssueEventSerializer shape, camelCase as the event endpoint serializes it). */
export function buildEvent(options: BuildEventOptions = {}): SentryEvent {
  const now = toMs(options.dateCreated, Date.now() - 5 * 60_000)
  const project = options.project ?? DEFAULT_PROJECT
  const type = options.type ?? 'TypeError'
  const value = options.value ?? "Cannot read properties of undefined (reading 'amount')"
  const frames = options.frames ?? defaultFrames()
  const mechanism =
    options.mechanism === undefined
      ? {type: 'auto.middleware.express', handled: options.handled ?? false}
      : options.mechanism
  const eventID = options.eventID ?? hexId()
  const environment = options.environment ?? 'production'
  const release = options.release === undefined ? 'web-api@1.4.0' : options.release
  const transaction = options.transaction === undefined ? 'POST /api/orders' : options.transaction
  const level =
    options.level ?? (mechanism?.type.includes('onuncaughtexception') ? 'fatal' : 'error')
  const crash = culpritFrame(frames)
  const mix = inAppFrameMix(frames)
  const platform = options.platform ?? 'node'
  const sdk = options.sdk ?? {name: 'sentry.javascript.node', version: '10.22.0'}
  const requestInput = options.request === undefined ? {} : options.request
  const user = options.user === undefined ? {id: '42', ip_address: '10.0.0.7'} : options.user

  const values: SentryExceptionValue[] = [
    ...(options.causes ?? []).map(c => ({
      type: c.type ?? 'Error',
      value: c.value ?? '',
      mechanism: c.mechanism ?? null,
      threadId: null,
      module: c.module ?? null,
      stacktrace: c.frames ? stacktrace(c.frames) : null,
      rawStacktrace: c.rawFrames ? stacktrace(c.rawFrames) : null
    })),
    {
      type,
      value,
      mechanism,
      threadId: null,
      module: null,
      stacktrace: stacktrace(frames),
      rawStacktrace: options.rawFrames ? stacktrace(options.rawFrames) : null
    }
  ]

  const entries: SentryEntry[] = [
    {
      type: 'exception',
      data: {
        values,
        hasSystemFrames: values.some(v => v.stacktrace?.hasSystemFrames),
        excOmitted: null
      }
    }
  ]
  if (options.breadcrumbs) entries.push({type: 'breadcrumbs', data: {values: options.breadcrumbs}})
  let requestUrl: string | undefined
  if (requestInput) {
    requestUrl = requestInput.url ?? 'http://web-api.internal/api/orders'
    entries.push({
      type: 'request',
      data: {
        apiTarget: null,
        method: requestInput.method ?? 'POST',
        url: requestUrl,
        query: requestInput.query ?? [],
        fragment: null,
        data: requestInput.data ?? null,
        headers: requestInput.headers ?? [
          ['Content-Type', 'application/json'],
          ['User-Agent', 'node-fetch']
        ],
        cookies: [],
        env: null,
        inferredContentType: 'application/json'
      }
    })
  }

  const tagMap: Record<string, string> = {
    environment,
    handled: mechanism?.handled === false ? 'no' : 'yes',
    level,
    'runtime.name': 'node',
    runtime: 'node v24.11.0',
    server_name: 'web-api-7c9f6b-x2kq',
    ...(mechanism ? {mechanism: mechanism.type} : {}),
    ...(release ? {release} : {}),
    ...(transaction ? {transaction} : {}),
    ...(requestUrl ? {url: requestUrl} : {}),
    ...(user?.id ? {user: `id:${user.id}`} : {}),
    ...options.tags
  }
  const tags = Object.keys(tagMap)
    .sort()
    .map(key => {
      const tagValue = tagMap[key] ?? ''
      return key === 'user'
        ? {key, value: tagValue, query: tagValue.replace(/^(\w+):/, 'user.$1:')}
        : {key, value: tagValue}
    })

  return {
    id: eventID,
    groupID: options.groupID ?? '4412345678',
    eventID,
    projectID: project.id,
    size: 6822,
    entries,
    dist: null,
    message: '',
    title: `${type}: ${value}`.slice(0, 200),
    location: crash?.filename ?? null,
    user: user
      ? {
          id: user.id ?? null,
          email: user.email ?? null,
          username: user.username ?? null,
          ip_address: user.ip_address ?? null,
          name: null,
          geo: null,
          data: null
        }
      : null,
    contexts: options.contexts ?? {
      runtime: {name: 'node', version: 'v24.11.0', type: 'runtime'},
      os: {name: 'Linux', version: '6.1.0', kernel_version: '6.1.0-28-cloud-amd64', type: 'os'},
      app: {app_start_time: isoSeconds(now - 3_600_000), app_memory: 104_857_600, type: 'app'},
      trace: {
        trace_id: hexId(),
        span_id: hexId().slice(0, 16),
        op: 'http.server',
        status: 'internal_error',
        type: 'trace'
      }
    },
    sdk,
    context: {},
    packages: {express: '4.21.2', '@sentry/node': sdk.version},
    type: 'error',
    metadata: {
      filename: crash?.filename ?? null,
      function: crash?.function ?? null,
      in_app_frame_mix: mix,
      type,
      value
    },
    tags,
    platform,
    dateCreated: isoMicros(now),
    dateReceived: isoMicros(now + 431),
    errors: [],
    occurrence: null,
    _meta: {},
    crashFile: null,
    culprit:
      options.culprit !== undefined
        ? options.culprit
        : (transaction ??
          (crash ? `${crash.function ?? '?'}(${crash.module ?? crash.filename ?? ''})` : null)),
    fingerprints: options.fingerprints ?? [hexId()],
    groupingConfig: {id: 'newstyle:2023-01-11', enhancements: 'eJybzDRxY3J-bm5-npWVAQAcGQP5'},
    release: options.releaseObject ?? (release ? {version: release} : null),
    userReport: null,
    sdkUpdates: [],
    resolvedWith: [],
    nextEventID: null,
    previousEventID: null
  }
}

// ---------------------------------------------------------------- issues

export interface BuildIssueOptions extends Partial<
  Omit<SentryIssue, 'metadata' | 'lifetime' | 'count'>
> {
  /** Number (or string) of events in the query range; serialized as a string. Default: sum of `stats["24h"]`. */
  count?: number | string
  /** Events per hour for `stats["24h"]`: one number for all 25 buckets, or a series ending with the current hour. Default 5. */
  eventsPerHour?: number | number[]
  /** Reference time for stats and default seen-times (epoch ms). Default `Date.now()`. */
  now?: number
  /** Base URL for `permalink` (`<base>/organizations/<org>/issues/<id>/`). */
  baseUrl?: string
  org?: string
  metadata?: Partial<SentryIssueMetadata>
  lifetime?: Partial<SentryIssue['lifetime']> & {count?: string | number}
  /** Exception type/value shorthand (title and metadata follow). */
  errorType?: string
  errorValue?: string
  /** Crash frame shorthand for metadata. */
  filename?: string
  function?: string
  /** Sequence number used for the short id (`WEB-API-<n>`). */
  shortIdNumber?: number
}

let issueSeq = 0

/** An issue as the org issue list returns it. Derives title, metadata, stats and counts consistently. */
export function buildIssue(options: BuildIssueOptions = {}): SentryIssue {
  issueSeq += 1
  const now = options.now ?? Date.now()
  const project = options.project ?? DEFAULT_PROJECT
  const id = options.id ?? String(4412345678 + issueSeq - 1)
  const shortId = options.shortId ?? shortIdFor(project.slug, options.shortIdNumber ?? issueSeq + 6)
  const errorType = options.errorType ?? options.metadata?.type ?? 'TypeError'
  const errorValue =
    options.errorValue ??
    options.metadata?.value ??
    "Cannot read properties of undefined (reading 'amount')"
  const stats24h = options.stats?.['24h'] ?? hourlyStats(now, options.eventsPerHour ?? 5)
  const inRange = stats24h.reduce((s, [, n]) => s + n, 0)
  const count = String(options.count ?? inRange)
  const userCount =
    options.userCount ?? Math.max(Number(count) > 0 ? 1 : 0, Math.ceil(Number(count) / 3))
  const lastNonZero = [...stats24h].reverse().find(([, n]) => n > 0)
  const lastSeen =
    options.lastSeen ??
    isoMicros(
      lastNonZero ? Math.min(now - 60_000, (lastNonZero[0] + 1800) * 1000) : now - 25 * 3_600_000
    )
  const firstSeen = options.firstSeen ?? isoSeconds(now - 2 * 86_400_000)
  const level = options.level ?? 'error'
  const isUnhandled = options.isUnhandled ?? true
  const metadata: SentryIssueMetadata = {
    value: errorValue,
    type: errorType,
    filename: options.filename ?? '../../src/orders/total.ts',
    function: options.function ?? 'sumLines',
    in_app_frame_mix: 'mixed',
    sdk: {name: 'sentry.javascript.node', name_normalized: 'sentry.javascript.node'},
    initial_priority: isUnhandled || level === 'fatal' ? 75 : level === 'error' ? 50 : 25,
    title: null,
    ...options.metadata
  }
  const org = options.org ?? 'my-org'
  const {
    eventsPerHour: _e,
    now: _n,
    baseUrl,
    org: _o,
    metadata: _m,
    lifetime,
    errorType: _t,
    errorValue: _v,
    filename: _f,
    function: _fn,
    shortIdNumber: _s,
    count: _c,
    ...rest
  } = options
  const issue: SentryIssue = {
    id,
    shareId: null,
    shortId,
    title: `${metadata.type}: ${metadata.value}`.slice(0, 200),
    culprit: 'POST /api/orders',
    permalink: `${baseUrl ?? 'https://sentry.invalid'}/organizations/${org}/issues/${id}/`,
    logger: null,
    level,
    status: 'unresolved',
    statusDetails: {},
    substatus: 'ongoing',
    isPublic: false,
    platform: 'node',
    project,
    type: 'error',
    issueType: 'error',
    issueCategory: 'error',
    metadata,
    numComments: 0,
    assignedTo: null,
    isBookmarked: false,
    isSubscribed: false,
    subscriptionDetails: null,
    hasSeen: false,
    annotations: [],
    priority:
      metadata.initial_priority >= 75 ? 'high' : metadata.initial_priority >= 50 ? 'medium' : 'low',
    priorityLockedAt: null,
    seerFixabilityScore: null,
    seerAutofixLastTriggered: null,
    seerExplorerAutofixLastTriggered: null,
    isUnhandled,
    count,
    userCount,
    firstSeen,
    lastSeen,
    stats: {'24h': stats24h},
    lifetime: {
      count: String(lifetime?.count ?? count),
      userCount: lifetime?.userCount ?? userCount,
      firstSeen: lifetime?.firstSeen ?? firstSeen,
      lastSeen: lifetime?.lastSeen ?? lastSeen,
      stats: null
    },
    filtered: null,
    ...rest
  }
  return issue
}

/** Issue fields consistent with an event (metadata, title, isUnhandled, level, project). */
export function issueFieldsFromEvent(event: SentryEvent): BuildIssueOptions {
  const exception = event.entries.find((e): e is SentryExceptionEntry => e.type === 'exception')
  const thrown = exception?.data.values[exception.data.values.length - 1]
  const frames = thrown?.stacktrace?.frames ?? []
  const level = event.tags.find(t => t.key === 'level')?.value as IssueLevel | undefined
  return {
    errorType: event.metadata.type,
    errorValue: event.metadata.value,
    filename: event.metadata.filename ?? undefined,
    function: event.metadata.function ?? undefined,
    metadata: {in_app_frame_mix: inAppFrameMix(frames)},
    isUnhandled: thrown?.mechanism?.handled === false,
    culprit: event.culprit,
    platform: event.platform,
    ...(level ? {level} : {})
  }
}

// ---------------------------------------------------------------- releases

export interface BuildReleaseOptions extends Partial<SentryRelease> {
  projects?: SentryRelease['projects']
  project?: SentryProject
  /** Environment of `lastDeploy` when `deployed` is set. */
  environment?: string
  /** Epoch ms the deploy finished; sets `lastDeploy`, `dateReleased` and `deployCount`. */
  deployedAt?: number
}

let releaseSeq = 0

/** A release as `/organizations/{org}/releases/{version}/` returns it (OrganizationRelease). */
export function buildRelease(options: BuildReleaseOptions = {}): SentryRelease {
  releaseSeq += 1
  const version = options.version ?? 'web-api@1.4.0'
  const project = options.project ?? DEFAULT_PROJECT
  const at = options.dateCreated ?? isoMicros(Date.now() - 86_400_000)
  const [pkg, ver] = version.includes('@')
    ? [version.slice(0, version.lastIndexOf('@')), version.slice(version.lastIndexOf('@') + 1)]
    : [null, version]
  const semver = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$/.exec(
    ver ?? ''
  )
  const deployedAt = options.deployedAt
  const {project: _p, environment, deployedAt: _d, ...rest} = options
  return {
    id: 1_000_000 + releaseSeq,
    version,
    status: 'open',
    shortVersion: ver ?? version,
    versionInfo: {
      package: pkg,
      version: semver
        ? {
            raw: ver ?? version,
            major: Number(semver[1]),
            minor: Number(semver[2]),
            patch: Number(semver[3]),
            pre: semver[4] ?? null,
            buildCode: semver[5] ?? null,
            components: 3
          }
        : {raw: ver ?? version},
      description: ver ?? version,
      buildHash: semver ? null : /^[0-9a-f]{40}$/.test(ver ?? '') ? (ver ?? null) : null
    },
    ref: null,
    url: null,
    dateReleased: deployedAt ? isoMicros(deployedAt) : null,
    dateCreated: at,
    data: {},
    newGroups: 0,
    owner: null,
    commitCount: 0,
    lastCommit: null,
    deployCount: deployedAt ? 1 : 0,
    lastDeploy: deployedAt
      ? {
          id: String(5000 + releaseSeq),
          environment: environment ?? 'production',
          dateStarted: null,
          dateFinished: isoMicros(deployedAt),
          name: null,
          url: null
        }
      : null,
    authors: [],
    projects: options.projects ?? [
      {
        id: Number(project.id),
        slug: project.slug,
        name: project.name,
        newGroups: 0,
        platform: project.platform,
        platforms: [project.platform],
        hasHealthData: false
      }
    ],
    firstEvent: null,
    lastEvent: null,
    currentProjectMeta: {},
    userAgent: null,
    ...rest
  }
}

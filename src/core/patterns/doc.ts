// A pattern's doc, docs/patterns/<key>.md: YAML front matter the fixing
// actions read (key, category, fingerprints, files…), then the problem, where
// it occurs, what fixed it and what did not. A later week updates the doc:
// counts, runs and fixes are merged with what it already says, and whatever
// a person wrote below the end marker is kept as it is.
//
// What the merge needs beyond the front matter (the runs, the fixes, the
// failed attempts) is kept in one hidden `ci-medic:state` comment above the
// end marker, so the visible text is never parsed back.
import {Document, parse, visit} from 'yaml'
import {fence, inertReferences} from '../report/markdown.js'
import type {FailedFix, FixRef, Pattern, RunRef} from './group.js'

export const DOC_FORMAT = 'pattern/v1'
/** Everything below this line is a person's, kept word for word on updates. */
export const END_MARKER =
  '<!-- ci-medic:end — text below this line is kept as written when ci-medic updates this doc -->'
const END_RE = /^<!-- ci-medic:end\b.*-->$/m
const STATE_RE = /<!-- ci-medic:state (\{.*\}) -->/

const MAX_RUNS = 30
const MAX_FIXES = 20
const MAX_FILES = 20

/** Where the doc's links point: GITHUB_SERVER_URL and owner/repo. */
export interface DocContext {
  serverUrl: string
  repository: string
}

/** What a doc holds: the merged pattern, plus the text a person wrote below the marker. */
export interface PatternDoc {
  pattern: Pattern
  /** Kept verbatim below the end marker ('' when none). */
  human: string
}

/** The doc text of a pattern. */
export function renderPatternDoc(doc: PatternDoc, context: DocContext): string {
  const p = doc.pattern
  const state = {title: p.title, rules: p.rules, workflows: p.workflows}
  const hidden = {...state, runs: p.runs, fixes: p.fixes, failed: p.failed}
  return [
    frontMatter(p),
    `# ${heading(p.title)}`,
    '',
    '## Problem',
    '',
    ...problem(p),
    '',
    '## Where it occurs',
    '',
    ...p.runs.map(r => `- ${runLink(r, context)} — ${r.at}`),
    '',
    '## What fixed it',
    '',
    ...(p.fixes.length ? p.fixes.map(f => fixLine(f, context)) : ['Nothing has fixed it yet.']),
    '',
    '## What did not',
    '',
    ...(p.failed.length
      ? p.failed.map(f => failedLine(f, context))
      : ['No failed fix is recorded.']),
    '',
    `<!-- ci-medic:state ${safeJson(hidden)} -->`,
    END_MARKER,
    doc.human ? `${doc.human.replace(/^\n+/, '').trimEnd()}\n` : ''
  ].join('\n')
}

function frontMatter(p: Pattern): string {
  const yaml = new Document({
    'ci-medic': DOC_FORMAT,
    key: p.key,
    category: p.category,
    fingerprints: p.fingerprints,
    files: p.files,
    count: p.count,
    'first-seen': p.firstSeen,
    'last-seen': p.lastSeen
  })
  visit(yaml, {
    Seq(_, node) {
      node.flow = true
    }
  })
  return `---\n${yaml.toString({lineWidth: 0, flowCollectionPadding: false})}---\n`
}

function problem(p: Pattern): string[] {
  const fps = p.fingerprints.map(f => `\`${plain(f)}\``).join(', ')
  const lines = [
    `A \`${plain(p.category)}\` failure, seen ${p.count} time${p.count === 1 ? '' : 's'} from ${p.firstSeen} to ${p.lastSeen} (fingerprint${p.fingerprints.length === 1 ? '' : 's'} ${fps}).`
  ]
  if (p.rules.length) lines.push('', `classify recognised it by: ${p.rules.map(code).join(', ')}.`)
  if (p.workflows.length) lines.push('', `Workflows: ${p.workflows.map(code).join(', ')}.`)
  if (p.files.length) lines.push('', `Files: ${p.files.map(code).join(', ')}.`)
  // The title is a test name or an error's text from a log: shown as log text, never as Markdown.
  lines.push('', fence(p.title))
  return lines
}

function runLink(r: RunRef, c: DocContext): string {
  const attempt = r.attempt > 1 ? ` (attempt ${r.attempt})` : ''
  return `[run ${r.id}${attempt}](${c.serverUrl}/${c.repository}/actions/runs/${r.id})`
}

function fixLine(f: FixRef, c: DocContext): string {
  const where = [
    f.pr ? safeUrl(f.pr) : '',
    f.commit ? `commit \`${plain(f.commit).slice(0, 12)}\`` : ''
  ].filter(Boolean)
  const run = runLink({id: f.runId, attempt: 1, at: f.at}, c)
  return `- **${f.resolution}** by ${f.source} (${run}, ${f.at})${where.length ? `: ${where.join(', ')}` : ''}`
}

function failedLine(f: FailedFix, c: DocContext): string {
  const run = runLink({id: f.runId, attempt: 1, at: f.at}, c)
  const reason = f.reason ? `: ${inline(f.reason)}` : ''
  return `- **${f.resolution}** by ${f.source} (${run}, ${f.at})${reason}`
}

/** A PR or commit URL as written by ci-medic; anything else is shown inert. */
function safeUrl(url: string): string {
  return /^https?:\/\/[\w.:-]+\/[\w./%-]+$/.test(url) ? url : inline(url)
}

/** Untrusted one-line text: no HTML, no mentions or references, bounded. */
function inline(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim().slice(0, 300)
  return inertReferences(flat.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))
}

function heading(text: string): string {
  return inline(text.slice(0, 120)).replace(/^#+\s*/, '') || 'Recurring failure'
}

function code(text: string): string {
  return `\`${plain(text).replace(/`/g, "'")}\``
}

function plain(text: string): string {
  return text.replace(/\s+/g, ' ').slice(0, 200)
}

/** JSON that cannot end the HTML comment it sits in. */
function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e')
}

// ---- reading a doc back ----

/** A doc as it was written: its pattern (from the front matter and the hidden state) and the human text. */
export function parsePatternDoc(text: string): PatternDoc | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text)
  if (!match) return undefined
  let front: Record<string, unknown>
  try {
    front = parse(match[1]!) as Record<string, unknown>
  } catch {
    return undefined
  }
  if (!front || typeof front !== 'object' || front['ci-medic'] !== DOC_FORMAT) return undefined
  // The key names the doc's file: a slug only, never a path.
  if (typeof front.key !== 'string' || !/^[a-z0-9][a-z0-9._-]{0,100}$/i.test(front.key))
    return undefined
  const body = text.slice(match[0].length)
  const end = END_RE.exec(body)
  // A doc without the marker was written by hand: all of its body is kept.
  const human = end ? body.slice(end.index + end[0].length) : body
  const state = readState(end ? body.slice(0, end.index) : '')
  return {pattern: patternFrom(front, state), human: human.replace(/^\n/, '')}
}

interface HiddenState {
  title?: string
  rules?: string[]
  workflows?: string[]
  runs?: RunRef[]
  fixes?: FixRef[]
  failed?: FailedFix[]
}

function readState(text: string): HiddenState {
  const m = STATE_RE.exec(text)
  if (!m) return {}
  try {
    const value = JSON.parse(m[1]!) as unknown
    return value && typeof value === 'object' ? (value as HiddenState) : {}
  } catch {
    return {}
  }
}

function patternFrom(front: Record<string, unknown>, state: HiddenState): Pattern {
  const strings = (v: unknown): string[] =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
  const str = (v: unknown): string =>
    typeof v === 'string' ? v : v instanceof Date ? v.toISOString() : ''
  // The hidden state is text in a file anyone with push access can edit: only well-formed entries are kept.
  const arr = <T>(v: T[] | undefined, fields: Record<string, 'string' | 'number'>): T[] =>
    Array.isArray(v)
      ? v.filter(
          x =>
            x !== null &&
            typeof x === 'object' &&
            Object.entries(fields).every(([k, t]) => typeof (x as Record<string, unknown>)[k] === t)
        )
      : []
  const RUN = {id: 'number', attempt: 'number', at: 'string'} as const
  const FIX = {source: 'string', runId: 'number', at: 'string', resolution: 'string'} as const
  return {
    key: str(front.key),
    category: str(front.category) || 'unknown',
    count: typeof front.count === 'number' && front.count >= 0 ? Math.floor(front.count) : 0,
    fingerprints: strings(front.fingerprints),
    files: strings(front.files),
    firstSeen: str(front['first-seen']),
    lastSeen: str(front['last-seen']),
    title: typeof state.title === 'string' ? state.title : str(front.key),
    rules: strings(state.rules),
    workflows: strings(state.workflows),
    runs: arr(state.runs, RUN),
    fixes: arr(state.fixes, {...FIX, pr: 'string', commit: 'string', title: 'string'}),
    failed: arr(state.failed, {...FIX, reason: 'string'})
  }
}

// ---- merging a week into a doc ----

/**
 * This period's pattern merged into the doc of an earlier week: the total
 * count grows by the sightings after the doc's last-seen that are not runs
 * it already lists (so a rerun over the same week adds nothing), lists are
 * united, the key and the human text stay.
 */
export function mergePattern(week: Pattern, earlier: PatternDoc | undefined): PatternDoc {
  if (!earlier) return {pattern: capped(week), human: ''}
  const old = earlier.pattern
  const since = old.lastSeen ? Date.parse(old.lastSeen) : Number.NEGATIVE_INFINITY
  const known = new Set(old.runs.map(r => `${r.id}.${r.attempt}`))
  const fresh = week.runs.filter(
    r => !known.has(`${r.id}.${r.attempt}`) && !(Date.parse(r.at) <= since)
  ).length
  const merged: Pattern = {
    ...week,
    key: old.key,
    title: old.title || week.title,
    count: old.count + fresh,
    fingerprints: union(old.fingerprints, week.fingerprints, x => x),
    files: union(old.files, week.files, x => x),
    firstSeen: earliest(old.firstSeen, week.firstSeen),
    lastSeen: latest(old.lastSeen, week.lastSeen),
    rules: union(old.rules, week.rules, x => x),
    workflows: union(old.workflows, week.workflows, x => x),
    runs: union(old.runs, week.runs, r => `${r.id}.${r.attempt}`),
    fixes: union(old.fixes, week.fixes, f => `${f.runId}|${f.resolution}|${f.pr}|${f.commit}`),
    failed: union(old.failed, week.failed, f => `${f.runId}|${f.resolution}|${f.reason}`)
  }
  return {pattern: capped(merged), human: earlier.human}
}

/** Newest entries kept: a doc stays readable however long a pattern lasts. */
function capped(p: Pattern): Pattern {
  const newest = <T extends {at: string}>(xs: T[], max: number): T[] =>
    [...xs].sort((a, b) => b.at.localeCompare(a.at)).slice(0, max)
  return {
    ...p,
    files: p.files.slice(0, MAX_FILES),
    runs: newest(p.runs, MAX_RUNS),
    fixes: newest(p.fixes, MAX_FIXES),
    failed: newest(p.failed, MAX_FIXES)
  }
}

function union<T>(a: T[], b: T[], key: (x: T) => string): T[] {
  const out = new Map<string, T>()
  for (const x of [...a, ...b]) if (!out.has(key(x))) out.set(key(x), x)
  return [...out.values()]
}

function earliest(a: string, b: string): string {
  if (!a) return b
  if (!b) return a
  return Date.parse(a) <= Date.parse(b) ? a : b
}

function latest(a: string, b: string): string {
  if (!a) return b
  if (!b) return a
  return Date.parse(a) >= Date.parse(b) ? a : b
}

/** Which earlier doc a pattern continues: the same key, else one sharing a fingerprint. */
export function earlierDocOf(week: Pattern, docs: PatternDoc[]): PatternDoc | undefined {
  const fps = new Set(week.fingerprints)
  return (
    docs.find(d => d.pattern.key === week.key) ??
    docs.find(d => d.pattern.fingerprints.some(f => fps.has(f)))
  )
}

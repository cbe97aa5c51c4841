// The baseline record: the checks' results on a commit before any fix, as the
// fix loop needs them (which check, its command, how it ended, its failures),
// in the one JSON file the baseline cache stores. It repeats what the key is
// made of (repository, sha, commands), so an entry that is not this run's
// baseline (another repository's, another commit's, a hash collision, a
// hand-made one) is told apart and ignored, and it is size-capped both ways:
// the outputs are cut to their tails before saving, and a file over the cap
// is never parsed.
//
// Why restoring is safe: the baseline only decides which failures exist
// before fixing, so which ones are attempted and what counts as "new" later.
// No fix is kept on its strength: every attempt is verified by the affected
// test and by fresh full checks on a clean checkout of the change. A stale or
// wrong baseline can at worst make a run attempt a failure that is not there
// (the verification finds nothing to fix) or leave one out; it cannot get an
// unverified change committed.
import {z} from 'zod'
import {CATEGORIES, type Failure} from '../classify/types.js'
import {CHECK_OUTPUT_TAIL} from '../fixing/limits.js'
import type {BaselineIdentity} from './key.js'

/** The JSON file is never read past this, nor saved over it. */
export const MAX_BASELINE_RECORD_BYTES = 2 * 1024 * 1024
/** A check's stdout and stderr are each kept to their last this many characters. */
export const BASELINE_OUTPUT_TAIL = CHECK_OUTPUT_TAIL
const MAX_FAILURES_PER_CHECK = 1000

const failureSchema = z.object({
  category: z.enum(CATEGORIES),
  file: z.string().max(4096).optional(),
  line: z.number().int().nonnegative().optional(),
  column: z.number().int().nonnegative().optional(),
  test: z.string().max(4096).optional(),
  errorCode: z.string().max(200).optional(),
  message: z.string().max(20_000),
  excerpt: z.string().max(4 * CHECK_OUTPUT_TAIL),
  fingerprint: z.string().min(1).max(128),
  rule: z.string().max(200),
  confidence: z.number().min(0).max(1),
  tool: z.string().max(200),
  step: z.string().max(4096).optional(),
  network: z.boolean().optional(),
  source: z.string().max(4096).optional()
})

const resultSchema = z.object({
  command: z.string().max(20_000),
  exitCode: z.number().int().nullable(),
  signal: z.string().max(20).nullable(),
  timedOut: z.boolean(),
  stdout: z.string().max(BASELINE_OUTPUT_TAIL),
  stderr: z.string().max(BASELINE_OUTPUT_TAIL),
  durationMs: z.number().nonnegative(),
  outputTruncated: z.boolean(),
  error: z.string().max(4096).optional()
})

const runSchema = z.object({
  check: z.enum(['test', 'lint', 'typecheck']),
  command: z.string().max(20_000),
  result: resultSchema,
  failures: z.array(failureSchema).max(MAX_FAILURES_PER_CHECK)
})

export const baselineRecordSchema = z.object({
  version: z.literal(1),
  key: z.string().min(1).max(512),
  repository: z.string().min(3).max(300),
  sha: z.string().regex(/^[0-9a-f]{40}([0-9a-f]{24})?$/, 'a full commit sha'),
  commands: z.array(z.object({check: z.string().max(20), command: z.string().max(20_000)})).max(10),
  /** When the baseline ran (ISO 8601) and in which run: for the report of the job that restores it. */
  savedAt: z.string().max(40),
  savedBy: z.string().max(300),
  runs: z.array(runSchema).max(10)
})

export type BaselineRecord = z.infer<typeof baselineRecordSchema>
export type BaselineRun = BaselineRecord['runs'][number]

/** A check's run as the engine returns it (CheckRun), structurally. */
export interface CheckRunLike {
  check: 'test' | 'lint' | 'typecheck'
  command: string
  result: {
    command: string
    exitCode: number | null
    signal: string | null
    timedOut: boolean
    stdout: string
    stderr: string
    durationMs: number
    outputTruncated: boolean
    error?: string
  }
  failures: Failure[]
}

const tail = (text: string): string => text.slice(-BASELINE_OUTPUT_TAIL)

/** The runs with their outputs cut to the tails; undefined (never saved) when still over the cap. */
export function baselineRecordOf(
  identity: BaselineIdentity & {key: string; savedAt: string; savedBy: string},
  runs: readonly CheckRunLike[]
): BaselineRecord | undefined {
  const record: BaselineRecord = {
    version: 1,
    key: identity.key,
    repository: identity.repository,
    sha: identity.sha,
    commands: identity.commands.map(c => ({check: c.check, command: c.command})),
    savedAt: identity.savedAt,
    savedBy: identity.savedBy,
    runs: runs.map(run => {
      const {stdout, stderr} = run.result
      const cut = stdout.length > BASELINE_OUTPUT_TAIL || stderr.length > BASELINE_OUTPUT_TAIL
      return {
        check: run.check,
        command: run.command,
        result: {
          ...run.result,
          stdout: tail(stdout),
          stderr: tail(stderr),
          outputTruncated: run.result.outputTruncated || cut
        },
        failures: run.failures.slice(0, MAX_FAILURES_PER_CHECK)
      }
    })
  }
  const parsed = baselineRecordSchema.safeParse(record)
  if (!parsed.success) return undefined
  return serializedSize(parsed.data) <= MAX_BASELINE_RECORD_BYTES ? parsed.data : undefined
}

export function serializedSize(record: BaselineRecord): number {
  return Buffer.byteLength(JSON.stringify(record))
}

export type ParsedBaseline = {ok: true; record: BaselineRecord} | {ok: false; reason: string}

/** The cached file's bytes → the record, or why it is not one (corrupt, too large, not JSON). */
export function parseBaselineRecord(bytes: Buffer): ParsedBaseline {
  if (bytes.length > MAX_BASELINE_RECORD_BYTES)
    return {
      ok: false,
      reason: `it is ${bytes.length} bytes, over the ${MAX_BASELINE_RECORD_BYTES}-byte cap`
    }
  let json: unknown
  try {
    json = JSON.parse(bytes.toString('utf8'))
  } catch {
    return {ok: false, reason: 'it is not JSON'}
  }
  const parsed = baselineRecordSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : ''
    return {
      ok: false,
      reason: `it is not a baseline record (${issue?.message ?? 'invalid'}${where})`
    }
  }
  return {ok: true, record: parsed.data}
}

/** Why a well-formed record is not this run's baseline; undefined when it is. */
export function foreignReason(
  record: BaselineRecord,
  expected: BaselineIdentity & {key: string}
): string | undefined {
  if (record.key !== expected.key) return `it was saved under another key (${record.key})`
  if (record.repository !== expected.repository)
    return `it names another repository (${record.repository})`
  if (record.sha !== expected.sha) return `it names another commit (${record.sha})`
  const same =
    record.commands.length === expected.commands.length &&
    record.commands.every(
      (c, i) =>
        c.check === expected.commands[i]?.check && c.command === expected.commands[i]?.command
    )
  if (!same) return 'it ran other check commands'
  const ran = record.runs.map(r => `${r.check}\0${r.command}`).join('\n')
  const listed = record.commands.map(c => `${c.check}\0${c.command}`).join('\n')
  if (ran !== listed) return 'its results are not those of its commands'
  return undefined
}

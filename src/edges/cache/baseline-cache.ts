// The baseline cache: one JSON file (src/core/baseline/record.ts) kept in
// GitHub's Actions cache through @actions/cache, the toolkit's own client
// (restoreCache / saveCache; it tars the file, talks to the cache service
// with the runtime token the runner gives JavaScript actions, and moves the
// archive to and from blob storage). The library reads ACTIONS_RUNTIME_TOKEN,
// ACTIONS_RESULTS_URL, ACTIONS_CACHE_SERVICE_V2 and ACTIONS_CACHE_URL from the
// process environment itself; src/core/baseline/service.ts decides from the
// same variables, before it is loaded, whether there is a service at all. It
// is loaded with a dynamic import, so a run that caches nothing never pays
// for it (nor for the Azure storage client under it).
//
// Best effort by design. Caching never decides a run's result:
// - no service here: a disabled cache that says why once (info);
// - "another job is saving this key" / "already exists" on save: silent,
//   the other job's entry is as good;
// - any other failure of the service: ONE warning for the run, after which
//   the cache is off for the rest of it; never an error, never a failed run.
// The library logs its own best-effort failures as ::warning:: or, for a
// 5xx, ::error:: lines (an error annotation on a run that did not fail);
// while it runs, those two are taken from its output and become that one
// warning instead. Its info and debug lines pass through untouched.
//
// The file's path is fixed (<RUNNER_TEMP>/ci-medic-baseline/baseline.json):
// the service keys an entry by key *and* a version hashed from the paths, so
// another job restores it only when it asks with the same path string. It is
// removed before a restore (a hit is then really the downloaded file) and
// after a save.
import {mkdir, readFile, rm, stat, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {
  MAX_BASELINE_RECORD_BYTES,
  parseBaselineRecord,
  type BaselineRecord,
  type ParsedBaseline
} from '../../core/baseline/record.js'
import {cacheServiceOf, type CacheServiceFacts} from '../../core/baseline/service.js'
import {errorMessage} from '../../errors.js'
import type {Logger} from '../../logger.js'

export interface BaselineCache {
  /** Why there is no cache in this run (no service, turned off); undefined when there is one. */
  readonly disabled?: string
  /** undefined on a miss (or when the cache is off); a corrupt entry is `{ok: false, reason}`. */
  restore(key: string): Promise<ParsedBaseline | undefined>
  save(key: string, record: BaselineRecord): Promise<void>
}

export const BASELINE_FILE = 'baseline.json'
/** A cache call that takes longer is given up (one warning): the checks are quicker to run than to wait for. */
export const CACHE_CALL_TIMEOUT_MS = 120_000

/** A cache that is off: it restores nothing and saves nothing. */
export function disabledBaselineCache(reason: string): BaselineCache {
  return {
    disabled: reason,
    restore: async () => undefined,
    save: async () => undefined
  }
}

/** The cache this step can have: the Actions cache, or a disabled one saying why. */
export function openBaselineCache(
  facts: CacheServiceFacts | undefined,
  options: ActionsCacheOptions
): BaselineCache {
  const service = facts
    ? cacheServiceOf(facts)
    : {enabled: false as const, reason: 'the runner said nothing about a cache service'}
  return service.enabled ? actionsBaselineCache(options) : disabledBaselineCache(service.reason)
}

export interface ActionsCacheOptions {
  /** RUNNER_TEMP: the file lives in ci-medic-baseline/ under it. */
  tempDir: string
  logger: Logger
}

export function actionsBaselineCache(options: ActionsCacheOptions): BaselineCache {
  const dir = join(options.tempDir, 'ci-medic-baseline')
  const file = join(dir, BASELINE_FILE)
  let broken: string | undefined
  const fail = (what: string, message: string): void => {
    if (broken) return
    broken = message
    options.logger.warning(
      `The baseline cache could not ${what} (${message}); the checks run instead, and the cache is off for the rest of this run. Caching never fails a run.`
    )
  }
  return {
    get disabled() {
      return broken
    },
    async restore(key) {
      if (broken) return undefined
      await mkdir(dir, {recursive: true})
      await rm(file, {force: true})
      let hit: string | undefined
      try {
        const {restoreCache} = await import('@actions/cache')
        const {value, problem} = await annotationsOf(() => restoreCache([file], key))
        if (problem) return void fail('be read', problem)
        hit = value
      } catch (error) {
        return void fail('be read', errorMessage(error))
      }
      return hit ? readRestored(file) : undefined
    },
    async save(key, record) {
      if (broken) return
      await mkdir(dir, {recursive: true})
      await writeFile(file, JSON.stringify(record))
      try {
        const {saveCache} = await import('@actions/cache')
        const {problem} = await annotationsOf(() => saveCache([file], key))
        if (problem) fail('be written', problem)
      } catch (error) {
        // Thrown only for what the library does not swallow (a validation error, no token).
        if (!isTaken(error)) fail('be written', errorMessage(error))
      } finally {
        await rm(file, {force: true})
      }
    }
  }
}

/** The downloaded file, read within the cap, then removed. */
async function readRestored(file: string): Promise<ParsedBaseline> {
  try {
    const size = (await stat(file)).size
    if (size > MAX_BASELINE_RECORD_BYTES)
      return {
        ok: false,
        reason: `it is ${size} bytes, over the ${MAX_BASELINE_RECORD_BYTES}-byte cap`
      }
    return parseBaselineRecord(await readFile(file))
  } catch (error) {
    return {ok: false, reason: `the restored file could not be read (${errorMessage(error)})`}
  } finally {
    await rm(file, {force: true})
  }
}

/** Another job saved (or is saving) the same key: its entry is as good as ours. */
function isTaken(error: unknown): boolean {
  return (
    (error instanceof Error && error.name === 'ReserveCacheError') ||
    /already exists|another job may be creating/i.test(errorMessage(error))
  )
}

/**
 * Runs `fn` with the ::warning:: and ::error:: lines the library writes to
 * stdout taken out, and returns the first one's message as `problem`; what
 * it throws is thrown, and so is a call that outlives CACHE_CALL_TIMEOUT_MS.
 */
async function annotationsOf<T>(fn: () => Promise<T>): Promise<{value?: T; problem?: string}> {
  const problems: string[] = []
  const original = process.stdout.write
  const write = function (this: unknown, chunk: unknown, ...rest: unknown[]): boolean {
    const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString() : ''
    const annotation = /^::(warning|error)(?: [^:]*)?::(.*)$/s.exec(text.trimEnd())
    if (!annotation) return (original as (...args: unknown[]) => boolean).call(this, chunk, ...rest)
    problems.push(unescapeCommand(annotation[2] ?? ''))
    const callback = rest.find(r => typeof r === 'function') as (() => void) | undefined
    callback?.()
    return true
  }
  process.stdout.write = write as typeof process.stdout.write
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${CACHE_CALL_TIMEOUT_MS / 1000} s`)),
      CACHE_CALL_TIMEOUT_MS
    )
    timer.unref()
  })
  try {
    const value = await Promise.race([fn(), timeout])
    return {value, problem: problems[0]}
  } finally {
    clearTimeout(timer)
    process.stdout.write = original
  }
}

/** @actions/core's command escaping, undone (the logger escapes the message again). */
function unescapeCommand(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

// Typed input fields: each knows how to turn the raw string a workflow passes
// into a value, and how to explain a bad one in a single line.
//
// The fields check their text with plain functions (schemaOf), not zod: every
// action reads its settings at start-up, and zod was half of classify's
// bundle, about 25 ms of CPU to load and build schemas with (#11). A zod
// schema fits FieldSchema too (the JSON fields hand theirs to `json`), and is
// loaded by the actions that use one.
import type {z} from 'zod'
import {ConfigurationError} from '../errors.js'
import type {InputSource} from './input-source.js'

/** What a field's check answers: the value, or the problem (the first issue is shown). */
export type FieldResult<T> =
  {success: true; data: T} | {success: false; error: {issues: readonly {message: string}[]}}

/** How a field turns its raw text into a value: the part of a zod schema readFields uses. */
export interface FieldSchema<T> {
  safeParse(value: string): FieldResult<T>
}

/** A field's problem, thrown by `invalid` inside a schemaOf check. */
class FieldProblem {
  constructor(readonly message: string) {}
}

/** Ends a schemaOf check: the value is refused with this one-line problem. */
export function invalid(message: string): never {
  throw new FieldProblem(message)
}

/** A field schema from a check that returns the value or calls `invalid`. */
export function schemaOf<T>(check: (value: string) => T): FieldSchema<T> {
  return {
    safeParse(value) {
      try {
        return {success: true, data: check(value)}
      } catch (error) {
        if (!(error instanceof FieldProblem)) throw error
        return {success: false, error: {issues: [{message: error.message}]}}
      }
    }
  }
}

export interface InputField<T> {
  readonly schema: FieldSchema<T>
  /** A good value, shown in the error message for a bad one. */
  readonly example: string
  /** Used when the input is empty; mirrors the default in action.yml. */
  readonly default?: string
  /** Required inputs have no default and fail when empty. */
  readonly required?: boolean
  /** Masked before anything is logged, and never echoed in messages. */
  readonly secret?: boolean
}

export type InputFields = Record<string, InputField<unknown>>

export type ValuesOf<F extends InputFields> = {
  [K in keyof F]: F[K] extends InputField<infer T> ? T : never
}

const TRUE = ['true', 'True', 'TRUE']
const FALSE = ['false', 'False', 'FALSE']

/** Plain text; '' stays ''. */
export function text(example: string, defaultValue?: string): InputField<string> {
  return {schema: schemaOf(v => v), example, default: defaultValue}
}

const given = (v: string): string => (v === '' ? invalid('is required') : v)

/** Text that must be given (no default). */
export function requiredText(example: string): InputField<string> {
  return {schema: schemaOf(given), example, required: true}
}

/** A secret (token, key): masked as soon as it is read. Optional unless `required`. */
export function secret(example: string, required = false): InputField<string> {
  return {
    schema: schemaOf(required ? given : v => v),
    example,
    secret: true,
    required
  }
}

/** `true` or `false`, as the runner's getBooleanInput accepts them. */
export function bool(defaultValue: boolean): InputField<boolean> {
  return {
    schema: schemaOf(v =>
      TRUE.includes(v) ? true : FALSE.includes(v) ? false : invalid('must be true or false')
    ),
    example: String(!defaultValue),
    default: String(defaultValue)
  }
}

/** `n` when it is a finite number in [min, max]; the messages are the ones zod gave. */
function inRange(n: number, min: number, max: number): number {
  if (!Number.isFinite(n)) invalid(`Invalid input: expected number, received ${n}`)
  if (n < min) invalid(`must be at least ${min}`)
  if (n > max) invalid(`must be at most ${max}`)
  return n
}

/** A whole number in [min, max]. */
export function int(
  defaultValue: number | undefined,
  min: number,
  max: number
): InputField<number> {
  return {
    schema: schemaOf(v =>
      /^-?\d+$/.test(v)
        ? inRange(Number(v), min, max)
        : invalid(`must be a whole number from ${min} to ${max}`)
    ),
    example: String(defaultValue ?? min),
    default: defaultValue === undefined ? undefined : String(defaultValue)
  }
}

/** A decimal number in [min, max]. */
export function decimal(
  defaultValue: number | undefined,
  min: number,
  max: number
): InputField<number> {
  return {
    schema: schemaOf(v =>
      /^\d+(\.\d+)?$/.test(v)
        ? inRange(Number(v), min, max)
        : invalid(`must be a number from ${min} to ${max}`)
    ),
    example: String(defaultValue ?? min),
    default: defaultValue === undefined ? undefined : String(defaultValue)
  }
}

/** '' means "not given" (undefined); anything else must pass `field`. */
export function optional<T>(field: InputField<T>, example: string): InputField<T | undefined> {
  return {
    schema: schemaOf(v => {
      if (v === '') return undefined
      const parsed = field.schema.safeParse(v)
      if (parsed.success) return parsed.data
      return invalid(parsed.error.issues[0]?.message ?? 'is not valid')
    }),
    example
  }
}

/** An optional whole number: '' means "no limit" (undefined). */
export function optionalInt(
  min: number,
  max: number,
  example: string
): InputField<number | undefined> {
  return optional(int(undefined, min, max), example)
}

/** One of a fixed set of words. */
export function oneOf<const T extends string>(
  values: readonly T[],
  defaultValue: T
): InputField<T> {
  return {
    schema: schemaOf(v =>
      (values as readonly string[]).includes(v)
        ? (v as T)
        : invalid(`must be one of ${values.join(', ')}`)
    ),
    example: values.find(v => v !== defaultValue) ?? defaultValue,
    default: defaultValue
  }
}

/** A list: one item per line or separated by commas; blanks dropped. */
export function list(example: string, defaultValue?: string): InputField<string[]> {
  return {
    schema: schemaOf(splitList),
    example,
    default: defaultValue
  }
}

/** A list with one item per line only (items may contain commas, e.g. shell commands). */
export function lines(example: string, defaultValue?: string): InputField<string[]> {
  return {
    schema: schemaOf(v =>
      v
        .split(/\r?\n/)
        .map(s => s.trim())
        .filter(s => s !== '')
    ),
    example,
    default: defaultValue
  }
}

/** An http(s) URL without a trailing slash; '' allowed when optional. */
export function url(example: string, defaultValue?: string): InputField<string> {
  return {
    schema: schemaOf(v => {
      if (v === '') return ''
      let parsed: URL
      try {
        parsed = new URL(v)
      } catch {
        return invalid('must be an http(s) URL')
      }
      if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        invalid('must be an http(s) URL')
      return v.replace(/\/+$/, '')
    }),
    example,
    default: defaultValue
  }
}

/** A JSON value checked against a (zod) schema ('' means the default). */
export function json<T>(
  schema: z.ZodType<T>,
  example: string,
  defaultValue = ''
): InputField<T | undefined> {
  return {
    schema: schemaOf(v => {
      if (v === '') return undefined
      let value: unknown
      try {
        value = JSON.parse(v)
      } catch {
        return invalid('must be valid JSON')
      }
      const parsed = schema.safeParse(value)
      if (parsed.success) return parsed.data
      const issue = parsed.error.issues[0]
      const where = issue?.path.length ? ` at ${issue.path.join('.')}` : ''
      return invalid(`is not valid${where}: ${issue?.message ?? 'unknown problem'}`)
    }),
    example,
    default: defaultValue
  }
}

export function splitList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map(s => s.trim())
    .filter(s => s !== '')
}

/**
 * Reads every field once. `onSecret` sees each non-empty secret before any
 * validation can fail, so it is masked before anything could print it.
 */
export function readFields<F extends InputFields>(
  fields: F,
  source: InputSource,
  onSecret: (value: string) => void
): ValuesOf<F> {
  const raw: Record<string, string> = {}
  for (const [name, field] of Object.entries(fields)) {
    const value = source.get(name)
    if (field.secret && value !== '') onSecret(value)
    raw[name] = value
  }
  const values: Record<string, unknown> = {}
  for (const [name, field] of Object.entries(fields)) {
    let value = raw[name] ?? ''
    if (value === '' && field.default !== undefined) value = field.default
    if (value === '' && field.required) {
      throw new ConfigurationError(
        `Input '${name}' is required and was not supplied. Example: ${name}: ${field.example}`
      )
    }
    const parsed = field.schema.safeParse(value)
    if (!parsed.success) {
      const problem = parsed.error.issues[0]?.message ?? 'is not valid'
      const shown = field.secret ? '' : `, got '${truncate(value, 80)}'`
      throw new ConfigurationError(
        `Input '${name}' ${problem}${shown}. Example: ${name}: ${field.example}`
      )
    }
    values[name] = parsed.data
  }
  return values as ValuesOf<F>
}

function truncate(value: string, max: number): string {
  const oneLine = value.replace(/\s+/g, ' ')
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine
}

/** Text that is empty or matches `pattern`. */
export function matching(
  pattern: RegExp,
  message: string,
  example: string,
  defaultValue = ''
): InputField<string> {
  return {
    schema: schemaOf(v => (v === '' || pattern.test(v) ? v : invalid(message))),
    example,
    default: defaultValue
  }
}

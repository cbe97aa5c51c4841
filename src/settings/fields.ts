// Typed input fields: each knows how to turn the raw string a workflow passes
// into a value, and how to explain a bad one in a single line.
import {z} from 'zod'
import {ConfigurationError} from '../errors.js'
import type {InputSource} from './input-source.js'

export interface InputField<T> {
  readonly schema: z.ZodType<T, string>
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
  return {schema: z.string(), example, default: defaultValue}
}

/** Text that must be given (no default). */
export function requiredText(example: string): InputField<string> {
  return {schema: z.string().min(1, 'is required'), example, required: true}
}

/** A secret (token, key): masked as soon as it is read. Optional unless `required`. */
export function secret(example: string, required = false): InputField<string> {
  return {
    schema: required ? z.string().min(1, 'is required') : z.string(),
    example,
    secret: true,
    required
  }
}

/** `true` or `false`, as the runner's getBooleanInput accepts them. */
export function bool(defaultValue: boolean): InputField<boolean> {
  return {
    schema: z
      .string()
      .refine(v => TRUE.includes(v) || FALSE.includes(v), 'must be true or false')
      .transform(v => TRUE.includes(v)),
    example: String(!defaultValue),
    default: String(defaultValue)
  }
}

/** A whole number in [min, max]. */
export function int(
  defaultValue: number | undefined,
  min: number,
  max: number
): InputField<number> {
  return {
    schema: z
      .string()
      .regex(/^-?\d+$/, `must be a whole number from ${min} to ${max}`)
      .transform(Number)
      .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`)),
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
    schema: z
      .string()
      .regex(/^\d+(\.\d+)?$/, `must be a number from ${min} to ${max}`)
      .transform(Number)
      .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`)),
    example: String(defaultValue ?? min),
    default: defaultValue === undefined ? undefined : String(defaultValue)
  }
}

/** '' means "not given" (undefined); anything else must pass `field`. */
export function optional<T>(field: InputField<T>, example: string): InputField<T | undefined> {
  return {
    schema: z.string().transform((v, ctx) => {
      if (v === '') return undefined
      const parsed = field.schema.safeParse(v)
      if (parsed.success) return parsed.data
      ctx.addIssue({code: 'custom', message: parsed.error.issues[0]?.message ?? 'is not valid'})
      return z.NEVER
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
    schema: z
      .string()
      .refine((v): v is T => (values as readonly string[]).includes(v), {
        message: `must be one of ${values.join(', ')}`
      })
      .transform(v => v as T),
    example: values.find(v => v !== defaultValue) ?? defaultValue,
    default: defaultValue
  }
}

/** A list: one item per line or separated by commas; blanks dropped. */
export function list(example: string, defaultValue?: string): InputField<string[]> {
  return {
    schema: z.string().transform(splitList),
    example,
    default: defaultValue
  }
}

/** A list with one item per line only (items may contain commas, e.g. shell commands). */
export function lines(example: string, defaultValue?: string): InputField<string[]> {
  return {
    schema: z.string().transform(v =>
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
    schema: z.string().transform((v, ctx) => {
      if (v === '') return ''
      let parsed: URL
      try {
        parsed = new URL(v)
      } catch {
        ctx.addIssue({code: 'custom', message: 'must be an http(s) URL'})
        return z.NEVER
      }
      if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
        ctx.addIssue({code: 'custom', message: 'must be an http(s) URL'})
        return z.NEVER
      }
      return v.replace(/\/+$/, '')
    }),
    example,
    default: defaultValue
  }
}

/** A JSON value checked against a schema ('' means the default). */
export function json<T>(
  schema: z.ZodType<T>,
  example: string,
  defaultValue = ''
): InputField<T | undefined> {
  return {
    schema: z.string().transform((v, ctx) => {
      if (v === '') return undefined
      let value: unknown
      try {
        value = JSON.parse(v)
      } catch {
        ctx.addIssue({code: 'custom', message: 'must be valid JSON'})
        return z.NEVER
      }
      const parsed = schema.safeParse(value)
      if (parsed.success) return parsed.data
      const issue = parsed.error.issues[0]
      const where = issue?.path.length ? ` at ${issue.path.join('.')}` : ''
      ctx.addIssue({
        code: 'custom',
        message: `is not valid${where}: ${issue?.message ?? 'unknown problem'}`
      })
      return z.NEVER
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
    schema: z.string().refine(v => v === '' || pattern.test(v), message),
    example,
    default: defaultValue
  }
}

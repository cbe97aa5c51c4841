// Two kinds of failure: a user's configuration mistake, which gets one clear
// line and no stack trace, and everything else, which is a bug in ci-medic.

/** A mistake the user can fix in their workflow file or repository settings. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError'
}

export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError
}

/** The message of anything thrown, without a stack. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  if (typeof error === 'string') return error
  try {
    return JSON.stringify(error)
  } catch {
    return String(error)
  }
}

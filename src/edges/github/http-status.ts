/** The HTTP status of an octokit (or any HTTP) error, if it has one. */
export function statusOf(error: unknown): number | undefined {
  if (error && typeof error === 'object' && 'status' in error) {
    const status = (error as {status: unknown}).status
    return typeof status === 'number' ? status : undefined
  }
  return undefined
}

// A failed read or write through the API, kept in the journal with the
// permission that would allow it: classify's outputs stand, and the warning
// says what to add under `permissions:`.
import type {JournalCode, RunJournal} from '../../core/journal.js'
import {
  describeGitHubError,
  isGitHubApiError,
  missingPermission
} from '../../edges/github/errors.js'
import {statusOf} from '../../edges/github/http-status.js'

/** `what` is the thing attempted, e.g. "Write the ledger". */
export function couldNot(
  journal: RunJournal,
  code: JournalCode,
  what: string,
  failure: {error: unknown; permission: string}
): void {
  const {error, permission} = failure
  journal.couldNot(
    code,
    `${what}: ${describeGitHubError(error, permission)}`,
    permissionOf(error, permission)
  )
}

/** The permission to add, only when the request was refused for want of one. */
function permissionOf(error: unknown, expected: string): string | undefined {
  if (isGitHubApiError(error)) return missingPermission(error)
  const status = statusOf(error)
  return status === 401 || status === 403 ? expected : undefined
}

// A failed read or write through the API, kept in the journal with the
// permission that would allow it: classify's outputs stand, and the warning
// says what to add under `permissions:`.
import type {JournalCode, RunJournal} from '../../core/journal.js'
import {statusOf} from '../../edges/github/http-status.js'
import {errorMessage} from '../../errors.js'

/** `what` is the thing attempted, e.g. "Write the ledger". */
export function couldNot(
  journal: RunJournal,
  code: JournalCode,
  what: string,
  failure: {error: unknown; permission: string}
): void {
  const {error, permission} = failure
  const denied = statusOf(error) === 403 || statusOf(error) === 401
  journal.couldNot(
    code,
    `${what}: ${permissionHint(error, permission)}`,
    denied ? permission : undefined
  )
}

/** A failed call, said with the permission that would allow it. */
export function permissionHint(error: unknown, permission: string): string {
  const status = statusOf(error)
  if (status === 403 || status === 401)
    return `the token lacks '${permission}' (GitHub answered ${status}). Add it under permissions: in the workflow.`
  if (status === 404)
    return `GitHub answered 404 (the token may not see this repository, or the workflow does not exist).`
  return errorMessage(error)
}

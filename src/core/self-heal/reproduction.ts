// Whether a reproduction attempt counts: the model may only add test files,
// and the new test must fail with the same exception type as production and,
// when the message has a stable head (the text before its first quoted or
// numeric part), with that message too: an assertion failure, a syntax error
// or another TypeError is not a reproduction.
import {isSnapshotFile, isTestFile, normalizePath} from '../fixing/source-text.js'

export interface ChangedFile {
  path: string
  status: 'added' | 'modified' | 'deleted' | 'renamed'
}

export interface ReproductionDiffVerdict {
  ok: boolean
  /** The new test files (when ok). */
  testFiles: string[]
  /** Why the change is not a reproduction test (when not ok). */
  reason?: string
}

/** A reproduction step may add test files and nothing else. */
export function checkReproductionDiff(diff: readonly ChangedFile[]): ReproductionDiffVerdict {
  if (diff.length === 0) return {ok: false, testFiles: [], reason: 'no test was written'}
  const notAdded = diff.filter(c => c.status !== 'added')
  if (notAdded.length) {
    return {
      ok: false,
      testFiles: [],
      reason: `the reproduction step may only add new test files, but it ${notAdded[0]!.status} ${normalizePath(notAdded[0]!.path)}`
    }
  }
  const nonTest = diff.filter(c => !isTestFile(c.path) || isSnapshotFile(c.path))
  if (nonTest.length) {
    return {
      ok: false,
      testFiles: [],
      reason: `the reproduction step may only add test files; ${nonTest.map(c => normalizePath(c.path)).join(', ')} ${nonTest.length === 1 ? 'is' : 'are'} not (name it like the existing tests, e.g. test/<name>.test.ts)`
    }
  }
  return {ok: true, testFiles: diff.map(c => normalizePath(c.path)).sort()}
}

export interface ReproductionRun {
  /** The test command passed (exit 0). */
  passed: boolean
  output: string
}

export interface ReproductionVerdict {
  reproduced: boolean
  /** The output also shows the production message (informational). */
  sameMessage: boolean
  reason: string
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Whether the new test failed with the production exception type. */
export function reproductionVerdict(
  run: ReproductionRun,
  exceptionType: string,
  exceptionValue: string
): ReproductionVerdict {
  if (run.passed) {
    return {
      reproduced: false,
      sameMessage: false,
      reason: 'the new test passes on the current code, so it does not reproduce the error'
    }
  }
  const type = exceptionType.trim() || 'Error'
  const typeSeen = new RegExp(`(?<![\\w$])${escapeRegExp(type)}(?![\\w$])`).test(run.output)
  // The message's stable head: up to the first quote or number, at least 12 characters.
  const head = exceptionValue.split(/['"`\d]/)[0]?.trim() ?? ''
  const sameMessage = head.length >= 12 ? run.output.includes(head) : typeSeen
  if (!typeSeen) {
    return {
      reproduced: false,
      sameMessage,
      reason: `the new test fails, but not with ${type} (a different failure is not a reproduction)`
    }
  }
  if (!sameMessage) {
    return {
      reproduced: false,
      sameMessage,
      reason: `the new test fails with ${type}, but not with the production message ("${head}…"): another ${type} is not this error`
    }
  }
  return {
    reproduced: true,
    sameMessage,
    reason: `the new test fails with ${type} and the production message`
  }
}

// What the TAP readers share: Test::More's block for a failed test, which perl.ts reads and
// the plain TAP reader (js-tests.ts, node:test and others) leaves to it, so a failure printed
// both ways is counted once.
import {guarded} from '../literal-guard.js'

/**
 * `#   Failed test 'name'` (its location on the next line), `#   Failed test at t/x.t line 9.`,
 * pgTAP's `# Failed test 9: "name"`; at the line's start or after prove's progress
 * (`t/x.t .. 1/5 # Failed test …`, the script's stderr on the harness's line). A failed TODO
 * test (`Failed (TODO) test`) is no failure.
 */
export const FAILED_TEST = guarded(
  /^(?:\s*|\S+\s?\.{2,}\s*(?:\d+\/(?:\d+|\?)\s*)?)#\s+Failed (?:test|(\(TODO\)) test)(?: (\d+):)?(?: '(.*)'| "(.*)")?(?: at (.+?) line (\d+)\.)?\s*$/,
  ['Failed ']
)
/** Whether a TAP `not ok` on line `i` is followed by Test::More's own block for it (read by perl.ts). */
export function hasTestMoreBlock(lines: readonly string[], i: number): boolean {
  for (let j = i + 1; j < Math.min(lines.length, i + 3); j++) {
    if (lines[j].trim() === '') continue
    return FAILED_TEST.test(lines[j])
  }
  return false
}

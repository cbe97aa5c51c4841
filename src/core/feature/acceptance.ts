// Testable acceptance criteria in an issue: what a build is judged against.
// Four shapes count: a task list (`- [ ] ...`), the items of a section named
// "Acceptance criteria" (or "Must", "Must have", "Requirements"),
// given/when/then scenarios, and examples with an expected output
// (`slugify("A B") → "a-b"`, "... returns ...", "expected ..."). An issue with
// none gets a comment asking for them, and no PR.

export type CriterionKind = 'task-list' | 'section' | 'given-when-then' | 'example'

export interface Criterion {
  kind: CriterionKind
  text: string
}

/** Most criteria kept (the prompt and the report show them all). */
export const MAX_CRITERIA = 30
const MAX_CRITERION_CHARS = 300

const TASK = /^\s*[-*+]\s+\[[ xX]\]\s+(.+)$/
const HEADING = /^\s{0,3}(?:#{1,6}\s+(.+?)\s*#*\s*$|\*\*(.+?)\*\*:?\s*$|__(.+?)__:?\s*$)/
const CRITERIA_SECTION = /\bacceptance(?:\s+criteria)?\b|^\s*must(?:\s+have)?\b|\brequirements?\b/i
const ITEM = /^\s*(?:[-*+]|\d+[.)])\s+(.+)$/
const GIVEN = /^\s*(?:[-*+]\s+)?\**given\b/i
const WHEN_THEN = /^\s*(?:[-*+]\s+)?\**(?:when|then|and|but)\b/i
const EXAMPLE = /(?:→|=>|\breturns?\b|\bshould (?:return|be|give|equal)\b|\bexpected?\b|\bgives\b)/i
const CODE_ISH = /`[^`]+`|\w\(.*\)|\d/

function headingText(line: string): string | undefined {
  const m = HEADING.exec(line)
  return m ? (m[1] ?? m[2] ?? m[3])?.trim() : undefined
}

function clip(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim()
  return t.length > MAX_CRITERION_CHARS ? `${t.slice(0, MAX_CRITERION_CHARS - 1)}…` : t
}

/** Lines outside fenced code blocks, with whether each is inside one. */
function linesOf(body: string): {text: string; code: boolean}[] {
  let code = false
  return body.split(/\r?\n/).map(text => {
    if (/^\s*(```|~~~)/.test(text)) {
      code = !code
      return {text, code: true}
    }
    return {text, code}
  })
}

function givenWhenThen(lines: readonly {text: string; code: boolean}[]): Criterion[] {
  const out: Criterion[] = []
  let current: string[] | undefined
  const close = (): void => {
    if (current && current.some(l => /\bthen\b/i.test(l)))
      out.push({kind: 'given-when-then', text: clip(current.join(' '))})
    current = undefined
  }
  for (const {text, code} of lines) {
    if (code) continue
    if (GIVEN.test(text)) {
      close()
      current = [text.replace(/^\s*[-*+]\s+/, '')]
    } else if (current && WHEN_THEN.test(text)) current.push(text.replace(/^\s*[-*+]\s+/, ''))
    else close()
  }
  close()
  return out
}

/** The testable criteria in an issue body, in the order found, each once. */
export function findAcceptanceCriteria(body: string): Criterion[] {
  const lines = linesOf(body)
  const found: Criterion[] = []
  let inSection = false
  for (const {text, code} of lines) {
    const heading = code ? undefined : headingText(text)
    if (heading !== undefined) {
      inSection = CRITERIA_SECTION.test(heading)
      continue
    }
    const task = code ? undefined : TASK.exec(text)
    if (task?.[1]) found.push({kind: 'task-list', text: clip(task[1])})
    else if (inSection && !code && ITEM.exec(text)?.[1])
      found.push({kind: 'section', text: clip(ITEM.exec(text)?.[1] ?? '')})
    else if (EXAMPLE.test(text) && CODE_ISH.test(text) && !GIVEN.test(text))
      found.push({kind: 'example', text: clip(text.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ''))})
  }
  found.push(...givenWhenThen(lines))
  const seen = new Set<string>()
  return found
    .filter(c => c.text !== '' && !seen.has(c.text) && seen.add(c.text))
    .slice(0, MAX_CRITERIA)
}

/** The comment for an issue with no testable criteria. */
export function askForCriteria(issueNumber: number): string {
  return [
    `ci-medic did not build #${issueNumber}: the issue has no testable acceptance criteria, so nothing could tell whether a build is done.`,
    '',
    'Add at least one of these to the issue, then apply the label again (or dispatch the workflow):',
    '- a task list (`- [ ] a cart with a SAVE10 coupon costs 10% less`);',
    '- a section named **Acceptance criteria** (or **Must**) with one item per requirement;',
    '- given/when/then scenarios (`Given an empty cart, when the total is computed, then it is 0`);',
    '- examples with the expected output (`slugify("Hello World") → "hello-world"`).'
  ].join('\n')
}

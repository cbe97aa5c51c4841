// RSpec and Minitest failures.
import {draft, int, type Found, type LineParser} from './parser.js'
import {guarded} from '../literal-guard.js'
import {rspecRetryPasses} from './retry-passes.js'

const RSPEC_RERUN = guarded(/^rspec (\.\/\S+?\.rb)(?::(\d+)|\[[\d:]+\])? # (.+)$/, ['rspec '])
const MINITEST = guarded(
  /^\s*(?:(Failure|Error):\s*)?([\w:]+)#(test_\w+)(?: \[(\S+?\.rb):(\d+)\])?:?\s*$/,
  ['test_']
)
const RUBY_SYNTAX = guarded(/^(\S+\.rb):(\d+): (syntax errors? found|syntax error, .+)$/, [
  'syntax error'
])

export const parseRuby: LineParser = (lines, ctx) => {
  const out: Found[] = []
  let minitestKind: string | undefined
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    let m = RSPEC_RERUN.exec(line)
    if (m) {
      out.push(
        draft(i, 'rspec', 'rspec.failed-example', 'test_fail', 0.9, 'Example failed', {
          file: ctx.relativize(m[1]),
          line: int(m[2]),
          test: m[3]
        })
      )
      continue
    }
    if (/^\s*(?:\d+\) )?(Failure|Error):\s*$/.test(line)) {
      minitestKind = line
        .trim()
        .replace(/^\d+\) /, '')
        .slice(0, -1)
      continue
    }
    m = MINITEST.exec(line)
    if (m && (m[1] || minitestKind) && line.includes('#test_')) {
      const message = (lines[i + 1] ?? '').trim()
      out.push(
        draft(i, 'minitest', 'minitest.failed', 'test_fail', 0.85, message || 'Test failed', {
          test: `${m[2]} > ${m[3]}`,
          file: m[4] ? ctx.relativize(m[4]) : undefined,
          line: int(m[5])
        })
      )
      minitestKind = undefined
      continue
    }
    m = RUBY_SYNTAX.exec(line)
    if (m)
      out.push(
        draft(i, 'ruby', 'ruby.syntax-error', 'compile_error', 0.85, m[3], {
          file: ctx.relativize(m[1]),
          line: int(m[2])
        })
      )
  }
  // `Failure/Error:` blocks carry the message for an example listed by its rerun line.
  const messages: string[] = []
  for (let i = 0; i < lines.length; i++) {
    if (/^\s*Failure\/Error: /.test(lines[i])) {
      const detail = (lines[i + 1] ?? '').trim()
      messages.push(detail && !detail.startsWith('#') ? detail : lines[i].trim().slice(15))
    }
  }
  const rspec = out.filter(f => f.tool === 'rspec')
  if (messages.length === rspec.length) rspec.forEach((f, k) => (f.message = messages[k]))
  return [...out, ...rspecRetryPasses(lines, ctx)]
}

// PHPStan's table output: a `Line   path/File.php` header between dashed rules, then one
// row per error (`  42     Call to an undefined method …`). Every row is an error PHPStan
// found, whatever its wording, so the table's shape is what is recognised, not the messages.
// PHPStan gates CI like a type checker: its errors are compile errors (see the corpus README).
import {draft, int, type Found, type LineParser} from './parser.js'
import {guarded} from '../literal-guard.js'

const RULE = guarded(/^\s*-{4,}\s+-{8,}\s*$/, ['-'])
const HEADER = guarded(/^\s*Line\s{2,}(\S+\.php)\s*$/, ['Line'])
const ROW = guarded(/^\s*(\d+)\s{2,}(\S.*?)\s*$/)

export const parsePhpstan: LineParser = (lines, ctx) => {
  const out: Found[] = []
  for (let i = 0; i < lines.length; i++) {
    const header = HEADER.exec(lines[i])
    if (!header || !RULE.test(lines[i - 1] ?? '')) continue
    const file = ctx.relativize(header[1])
    for (let j = i + 1; j < lines.length && j < i + 200; j++) {
      if (RULE.test(lines[j])) {
        if (j > i + 1) break // the rule that closes the table
        continue // the rule under the header
      }
      const row = ROW.exec(lines[j])
      if (!row) continue // a wrapped message continues the row above
      out.push(
        draft(j, 'phpstan', 'phpstan.table', 'compile_error', 0.8, row[2], {
          file,
          line: int(row[1])
        })
      )
    }
  }
  return out
}

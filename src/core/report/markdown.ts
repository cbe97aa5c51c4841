// Markdown helpers for text that came from logs, tests or users: it is shown,
// never interpreted (no HTML, no table breaks, no mentions, bounded length).

export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

/** One table cell: a single line, pipes and HTML escaped, @mentions defused. */
export function cell(text: string | number | undefined, max = 160): string {
  if (text === undefined || text === '') return ''
  return truncate(String(text).replace(/\s+/g, ' ').trim(), max)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/@(?=\w)/g, '@\u200b')
}

/**
 * Untrusted text where GitHub acts on references (a PR title or body, an
 * issue): no `#12`, `owner/repo#12`, `GH-12` or issue URL that a closing
 * keyword before it (`Closes #12`) would close on merge, or that would
 * cross-reference the issue, and no `@mention`. A zero-width space after `#`,
 * `@`, `GH-` and `://` breaks each, and the text reads the same.
 */
export function inertReferences(text: string): string {
  return text
    .replace(/([#@])(?=[\p{L}\p{N}_])/gu, '$1\u200b')
    .replace(/\b(GH-)(?=\d)/gi, '$1\u200b')
    .replace(/:\/\//g, ':/\u200b/')
    .replace(/\b(www)\./gi, '$1\u200b.')
}

/** A fenced block that the content cannot close early. */
export function fence(text: string, info = 'text'): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map(m => m[0].length))
  const ticks = '`'.repeat(longest + 1)
  return `${ticks}${info}\n${text}\n${ticks}`
}

export function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map(r => `| ${r.join(' | ')} |`)
  ].join('\n')
}

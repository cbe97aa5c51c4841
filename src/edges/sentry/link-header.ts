// Sentry's `Link` header (reference §2.8): always a previous and a next
// link, each `<url>; rel="…"; results="true|false"; cursor="…"`. The next
// link is present on the last page too, with results="false".

export interface LinkEntry {
  url: string
  /** Attributes, lower-cased names, unquoted values (`rel`, `results`, `cursor`). */
  params: Record<string, string>
}

/** Parses an RFC 8288 Link header; commas inside `<…>` or quotes do not split. */
export function parseLinkHeader(header: string | null | undefined): LinkEntry[] {
  if (!header) return []
  const entries: LinkEntry[] = []
  let i = 0
  const n = header.length
  while (i < n) {
    const open = header.indexOf('<', i)
    if (open < 0) break
    const close = header.indexOf('>', open + 1)
    if (close < 0) break
    const url = header.slice(open + 1, close).trim()
    const params: Record<string, string> = {}
    i = close + 1
    // parameters until the next top-level comma
    for (;;) {
      while (i < n && /\s/.test(header[i]!)) i += 1
      if (i >= n) break
      if (header[i] === ',') {
        i += 1
        break
      }
      if (header[i] !== ';') {
        i += 1
        continue
      }
      i += 1
      while (i < n && /\s/.test(header[i]!)) i += 1
      let name = ''
      while (i < n && !/[\s=;,]/.test(header[i]!)) name += header[i++]
      while (i < n && /\s/.test(header[i]!)) i += 1
      let value = ''
      if (header[i] === '=') {
        i += 1
        while (i < n && /\s/.test(header[i]!)) i += 1
        if (header[i] === '"') {
          i += 1
          while (i < n && header[i] !== '"') {
            if (header[i] === '\\' && i + 1 < n) i += 1
            value += header[i++]
          }
          i += 1
        } else {
          while (i < n && !/[\s;,]/.test(header[i]!)) value += header[i++]
        }
      }
      if (name) params[name.toLowerCase()] = value
    }
    entries.push({url, params})
  }
  return entries
}

/** The next page's cursor, or undefined when `rel="next"` is absent or has `results="false"`. */
export function nextCursor(header: string | null | undefined): string | undefined {
  const next = parseLinkHeader(header).find(e => (e.params.rel ?? '').split(/\s+/).includes('next'))
  if (!next || next.params.results === 'false') return undefined
  if (next.params.cursor) return next.params.cursor
  try {
    return new URL(next.url).searchParams.get('cursor') ?? undefined
  } catch {
    return undefined
  }
}

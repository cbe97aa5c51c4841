// Sentry's cursor pagination (reference §2.8): `value:offset:is_prev`
// cursors and a `Link` header that always carries both a previous and a next
// link, each with `results="true|false"` and `cursor="…"`.

export interface Cursor {
  value: number
  offset: number
  isPrev: boolean
}

export function formatCursor(cursor: Cursor): string {
  return `${cursor.value}:${cursor.offset}:${cursor.isPrev ? 1 : 0}`
}

/** Parses `value:offset:is_prev`; undefined for a malformed cursor. */
export function parseCursor(raw: string | null): Cursor | undefined {
  if (raw === null || raw === '') return undefined
  const parts = raw.split(':')
  if (parts.length !== 3) return undefined
  const [value, offset, isPrev] = parts.map(Number)
  if (![value, offset, isPrev].every(n => Number.isInteger(n)) || (offset ?? 0) < 0)
    return undefined
  return {value: value ?? 0, offset: offset ?? 0, isPrev: isPrev === 1}
}

export interface Page<T> {
  items: T[]
  previous: {cursor: Cursor; results: boolean}
  next: {cursor: Cursor; results: boolean}
}

/**
 * Score-keyed pagination over items already sorted by `score` descending
 * (Sentry's issue search: lastSeen ms, firstSeen ms, count, user count).
 * A next cursor `(v, o, 0)` starts `o` items past the first item scoring ≤ v;
 * a previous cursor `(v, o, 1)` ends there. Ties are disambiguated by the
 * offset, as in `src/sentry/utils/cursors.py`.
 */
export function paginateByScore<T>(
  sorted: T[],
  score: (item: T) => number,
  limit: number,
  cursor: Cursor | undefined
): Page<T> {
  const firstAtOrBelow = (v: number): number => {
    const i = sorted.findIndex(item => score(item) <= v)
    return i === -1 ? sorted.length : i
  }
  let start: number
  let end: number
  if (!cursor) {
    start = 0
    end = Math.min(sorted.length, limit)
  } else if (cursor.isPrev) {
    end = Math.min(sorted.length, firstAtOrBelow(cursor.value) + cursor.offset)
    start = Math.max(0, end - limit)
  } else {
    start = Math.min(sorted.length, firstAtOrBelow(cursor.value) + cursor.offset)
    end = Math.min(sorted.length, start + limit)
  }
  const items = sorted.slice(start, end)
  const boundary = (index: number, fallback: number): Cursor => {
    const item = sorted[index]
    if (item === undefined) return {value: fallback, offset: 0, isPrev: false}
    const v = score(item)
    return {value: v, offset: index - firstAtOrBelow(v), isPrev: false}
  }
  const first = items[0]
  const last = items[items.length - 1]
  // previous: ends right before this page's first item
  const prevCursor = first !== undefined ? boundary(start, 0) : boundary(start, cursor?.value ?? 0)
  // next: starts right after this page's last item (offset counts the ties already seen)
  let nextCursor: Cursor
  if (last !== undefined) {
    const v = score(last)
    nextCursor = {value: v, offset: end - firstAtOrBelow(v), isPrev: false}
  } else {
    nextCursor = {value: cursor?.value ?? 0, offset: cursor?.offset ?? 0, isPrev: false}
  }
  return {
    items,
    previous: {cursor: {...prevCursor, isPrev: true}, results: start > 0},
    next: {cursor: nextCursor, results: end < sorted.length}
  }
}

/**
 * Plain offset pagination (`0:100:0` style) as Sentry's generic
 * OffsetPaginator uses it for most non-search lists (`per_page`).
 */
export function paginateByOffset<T>(
  items: T[],
  perPage: number,
  cursor: Cursor | undefined
): Page<T> {
  const offset = cursor ? (cursor.isPrev ? Math.max(0, cursor.offset - perPage) : cursor.offset) : 0
  const page = items.slice(offset, offset + perPage)
  return {
    items: page,
    previous: {
      cursor: {value: 0, offset: Math.max(0, offset - perPage), isPrev: true},
      results: offset > 0
    },
    next: {
      cursor: {value: 0, offset: offset + perPage, isPrev: false},
      results: offset + perPage < items.length
    }
  }
}

/**
 * The `Link` header: request URL without `cursor`, re-encoded like Django's
 * `urlencode` (`:` → `%3A`, space → `+`), then `&cursor=<value>`.
 */
export function linkHeader(
  baseUrl: string,
  path: string,
  query: URLSearchParams,
  page: Page<unknown>
): string {
  const kept = new URLSearchParams()
  for (const [key, value] of query) if (key !== 'cursor') kept.append(key, value)
  const prefix = `${baseUrl}${path}?${kept.toString()}&cursor=`
  const link = (rel: 'previous' | 'next', side: {cursor: Cursor; results: boolean}): string => {
    const c = formatCursor(side.cursor)
    return `<${prefix}${c}>; rel="${rel}"; results="${side.results}"; cursor="${c}"`
  }
  return `${link('previous', page.previous)}, ${link('next', page.next)}`
}

// GitHub-style page-number pagination with a `Link` header.
import type {FakeRequest} from '../http-fake.js'

export interface Page<T> {
  items: T[]
  headers: Record<string, string>
}

export const DEFAULT_PER_PAGE = 30
export const MAX_PER_PAGE = 100

function positiveInt(value: string | null, fallback: number): number {
  const n = Number.parseInt(value ?? '', 10)
  return Number.isFinite(n) && n >= 1 ? n : fallback
}

/** Cuts `all` to the page asked for by `page`/`per_page` and builds the `Link` header. */
export function paginate<T>(
  req: Pick<FakeRequest, 'baseUrl' | 'path' | 'query'>,
  all: T[]
): Page<T> {
  const perPage = Math.min(positiveInt(req.query.get('per_page'), DEFAULT_PER_PAGE), MAX_PER_PAGE)
  const page = positiveInt(req.query.get('page'), 1)
  const items = all.slice((page - 1) * perPage, page * perPage)
  const last = Math.max(1, Math.ceil(all.length / perPage))
  const link = (n: number): string => {
    const query = new URLSearchParams(req.query)
    query.set('page', String(n))
    return `${req.baseUrl}${req.path}?${query.toString()}`
  }
  const rels: string[] = []
  if (page > 1) rels.push(`<${link(Math.min(page - 1, last))}>; rel="prev"`)
  if (page < last) rels.push(`<${link(page + 1)}>; rel="next"`)
  if (page < last) rels.push(`<${link(last)}>; rel="last"`)
  if (page > 1) rels.push(`<${link(1)}>; rel="first"`)
  return {items, headers: rels.length ? {link: rels.join(', ')} : {}}
}

/** The search page's URL: ?q=<query>&page=<n> (1-based; page 1 has no parameter). */

export const PAGE_SIZE = 10

export interface SearchParams {
  q: string
  /** 0-based. */
  page: number
}

export function readSearch(params: URLSearchParams): SearchParams {
  const n = Number(params.get('page'))
  return { q: params.get('q') ?? '', page: Number.isInteger(n) && n > 1 ? n - 1 : 0 }
}

export function searchHref(q: string, page = 0): string {
  const params = new URLSearchParams({ q })
  if (page > 0) params.set('page', String(page + 1))
  return `/search?${params}`
}

/** The items of one page; a page past the end shows the last one. */
export function pageOf<T>(items: readonly T[], page: number): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE))
  const p = Math.min(page, pages - 1)
  return { items: items.slice(p * PAGE_SIZE, (p + 1) * PAGE_SIZE), page: p, pages }
}

import type { MonthGroup } from './month-groups.ts'

/** Items per page: enough to read a busy month at once, few enough to render quickly. */
export const PAGE_SIZE = 40

/**
 * Pages of whole months: a page takes months until the next would overflow it; a month
 * longer than a page is split over pages of its own, later parts marked `continued`.
 * Cost per page stays bounded however large the collection grows.
 */
export function paginate(groups: readonly MonthGroup[], size = PAGE_SIZE): MonthGroup[][] {
  const pages: MonthGroup[][] = []
  let page: MonthGroup[] = []
  let count = 0
  const flush = () => {
    if (page.length) pages.push(page)
    page = []
    count = 0
  }
  for (const group of groups) {
    if (count && count + group.items.length > size) flush()
    if (group.items.length <= size) {
      page.push(group)
      count += group.items.length
      continue
    }
    for (let at = 0; at < group.items.length; at += size) {
      if (at) flush()
      const items = group.items.slice(at, at + size)
      page.push({ ...group, items, ...(at ? { continued: true } : {}) })
      count = items.length
    }
  }
  flush()
  return pages
}

/** ?page=N (1-based) → a valid page index (0-based); anything else → the first page. */
export function pageIndex(param: string | null, pageCount: number): number {
  const n = Number(param)
  if (!Number.isInteger(n) || n < 1) return 0
  return Math.min(n, Math.max(pageCount, 1)) - 1
}

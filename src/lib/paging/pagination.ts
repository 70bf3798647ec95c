/** Pages of a long list, addressed by ?page=N (1-based) so a page can be linked and reloaded. */
export const PAGE_SIZE = 20

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size))
}

/** A page number from the URL: anything unreadable is page 1, anything past the end the last page. */
export function parsePage(raw: string | null, pages: number): number {
  const n = Number(raw)
  if (!raw || !Number.isInteger(n) || n < 1) return 1
  return Math.min(n, pages)
}

export function pageSlice<T>(items: readonly T[], page: number, size = PAGE_SIZE): T[] {
  return items.slice((page - 1) * size, page * size)
}

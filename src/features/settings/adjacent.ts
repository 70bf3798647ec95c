/**
 * The reports published just before and just after one report, in publication order
 * (ties broken by slug so the order is stable).
 */
export function adjacentReports<T extends { slug: string; published: string }>(
  reports: readonly T[],
  slug: string,
): { previous?: T; next?: T } {
  const ordered = [...reports].sort((a, b) => a.published.localeCompare(b.published) || a.slug.localeCompare(b.slug))
  const at = ordered.findIndex((r) => r.slug === slug)
  if (at < 0) return {}
  return { previous: ordered[at - 1], next: ordered[at + 1] }
}

import type { IndexEntry } from '../../lib/content/types.ts'

/**
 * Which two reports a comparison shows, derived from the index alone (no slug is written
 * into the view), so a report an editor just added can be compared like any other.
 */

export type Selection =
  | { kind: 'ok'; first: IndexEntry; second: IndexEntry }
  | { kind: 'same'; report: IndexEntry }
  | { kind: 'unknown'; missing: string[]; first?: IndexEntry; second?: IndexEntry }
  | { kind: 'too-few' }

/** Older first; same day by slug, so the order never depends on the index's order. */
export function byPublished(a: IndexEntry, b: IndexEntry): number {
  return a.published.localeCompare(b.published) || a.slug.localeCompare(b.slug)
}

/**
 * The comparison /compare opens: the newest report that shares its story with another,
 * with the newest of those others — the latest story's two latest reports — older first.
 * With no story told twice, the two newest reports.
 */
export function defaultPair(articles: readonly IndexEntry[]): [IndexEntry, IndexEntry] | null {
  if (articles.length < 2) return null
  const newest = [...articles].sort((a, b) => byPublished(b, a))
  for (const report of newest) {
    const mate = report.story && newest.find((o) => o !== report && o.story === report.story)
    if (mate) return [mate, report].sort(byPublished) as [IndexEntry, IndexEntry]
  }
  return [newest[1], newest[0]]
}

/** The selection the URL asks for: both slugs, or none for the default comparison. */
export function resolveSelection(articles: readonly IndexEntry[], first?: string, second?: string): Selection {
  if (first === undefined && second === undefined) {
    const pair = defaultPair(articles)
    return pair ? { kind: 'ok', first: pair[0], second: pair[1] } : { kind: 'too-few' }
  }
  const find = (slug?: string) => articles.find((a) => a.slug === slug)
  const a = find(first)
  const b = find(second)
  if (!a || !b) {
    const missing = [...new Set([a ? null : first ?? '', b ? null : second ?? ''].filter((s) => s !== null))]
    return { kind: 'unknown', missing, first: a, second: b }
  }
  if (a === b) return { kind: 'same', report: a }
  return { kind: 'ok', first: a, second: b }
}

/** The other reports of a report's story, older first. */
export function storyMates(articles: readonly IndexEntry[], slug: string): IndexEntry[] {
  const self = articles.find((a) => a.slug === slug)
  if (!self?.story) return []
  return articles.filter((a) => a !== self && a.story === self.story).sort(byPublished)
}

/** Two reports in reading order for a comparison: the older one first (on the right in RTL). */
export function olderFirst(a: IndexEntry, b: IndexEntry): [IndexEntry, IndexEntry] {
  return byPublished(a, b) <= 0 ? [a, b] : [b, a]
}

/** The slugs the selectors show for a selection ("" where the URL names no report). */
export function shownSlugs(selection: Selection): [string, string] {
  switch (selection.kind) {
    case 'ok':
      return [selection.first.slug, selection.second.slug]
    case 'same':
      return [selection.report.slug, selection.report.slug]
    case 'unknown':
      return [selection.first?.slug ?? '', selection.second?.slug ?? '']
    default:
      return ['', '']
  }
}

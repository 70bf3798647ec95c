import type { Granularity, IndexEntry, IndexEvent } from '../../../lib/content/types.ts'

/**
 * The things on the time axis: the events the reports describe, and the reports'
 * publication dates as their own kind of item (a report is not an event it reports).
 */

export interface EventItem {
  kind: 'event'
  /** Unique on the axis: "<slug>/<event id>". */
  key: string
  slug: string
  date: string
  granularity: Granularity
  event: IndexEvent
  /** Position of the event in its report (reading order). */
  order: number
}

export interface PublishedItem {
  kind: 'published'
  key: string
  slug: string
  date: string
  granularity: 'day'
}

export type TimelineItem = EventItem | PublishedItem

/** The report an item belongs to, as the axis needs it. */
export type ReportRef = Pick<IndexEntry, 'slug' | 'title' | 'published'>

/** Every item of every report, oldest first (see compareItems). */
export function collectItems(articles: ReadonlyArray<Pick<IndexEntry, 'slug' | 'published'> & { events: readonly IndexEvent[] }>): TimelineItem[] {
  const items: TimelineItem[] = []
  for (const a of articles) {
    items.push({ kind: 'published', key: `${a.slug}/published`, slug: a.slug, date: a.published, granularity: 'day' })
    a.events.forEach((event, order) => {
      items.push({ kind: 'event', key: `${a.slug}/${event.id}`, slug: a.slug, date: event.date, granularity: event.granularity, event, order })
    })
  }
  const published = new Map(articles.map((a) => [a.slug, a.published]))
  return items.sort((x, y) => compareItems(x, y, published))
}

/**
 * [year, month, day] with 0 for what the date does not say, so that "2016" sorts at the
 * head of 2016 and "2016-07" at the head of July: a coarse date opens its period.
 */
export function dateParts(iso: string): [number, number, number] {
  const [y, m = '0', d = '0'] = iso.split('-')
  return [Number(y), Number(m), Number(d)]
}

export function compareDates(a: string, b: string): number {
  const pa = dateParts(a)
  const pb = dateParts(b)
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i]
  return 0
}

/**
 * Oldest first. On one date, events come before publications (a report tells of its
 * day); items of different reports follow their reports' publication, then slug; a
 * report's events keep their reading order.
 */
export function compareItems(a: TimelineItem, b: TimelineItem, published: ReadonlyMap<string, string>): number {
  const byDate = compareDates(a.date, b.date)
  if (byDate) return byDate
  if (a.kind !== b.kind) return a.kind === 'event' ? -1 : 1
  if (a.slug !== b.slug) {
    const byReport = compareDates(published.get(a.slug) ?? '', published.get(b.slug) ?? '')
    return byReport || (a.slug < b.slug ? -1 : 1)
  }
  return a.kind === 'event' && b.kind === 'event' ? a.order - b.order : 0
}

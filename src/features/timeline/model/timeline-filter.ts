import { eventCounts } from '../../filters/facets.ts'
import { matchesEntities, type FilterState } from '../../filters/filter-params.ts'
import type { EventItem, TimelineItem } from './timeline-items.ts'

/**
 * The URL filters applied to the axis. An event passes when its report is selected (or
 * none is) and the entities of its sentence pass the entity filter. A publication marker
 * stays while its report is selected and, under an entity filter, keeps an event on the
 * axis: a report with nothing left to show does not mark the axis.
 */
export function filterItems(items: readonly TimelineItem[], state: FilterState): TimelineItem[] {
  const reports = new Set(state.reports)
  const inReports = (slug: string) => !reports.size || reports.has(slug)
  const events = items.filter((i): i is EventItem => i.kind === 'event' && inReports(i.slug) && eventMatches(i, state))
  const withEvents = new Set(events.map((e) => e.slug))
  const keep = new Set<TimelineItem>(events)
  return items.filter(
    (i) => keep.has(i) || (i.kind === 'published' && inReports(i.slug) && (!state.entities.length || withEvents.has(i.slug))),
  )
}

/**
 * The entities of the event's sentence, counted as the filter panel counts them
 * (filters/facets.ts): named, unless the event lists them as only described (الأمريكي).
 */
export function eventMatches(item: EventItem, state: FilterState): boolean {
  return matchesEntities(eventCounts({ ...item.event, slug: item.slug }), state)
}

/** Events of the selected reports, whatever the entity filter (for the entity panel's counts). */
export function eventsOfReports(items: readonly TimelineItem[], reports: readonly string[]): EventItem[] {
  const set = new Set(reports)
  return items.filter((i): i is EventItem => i.kind === 'event' && (!set.size || set.has(i.slug)))
}

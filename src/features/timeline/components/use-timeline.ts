import { useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { useSuspenseQuery } from '@tanstack/react-query'
import { eventsQuery, indexQuery } from '../../articles/api/queries.ts'
import { readFilters, splitUnknown } from '../../filters/filter-params.ts'
import { eventsOfReports, filterItems } from '../model/timeline-filter.ts'
import { collectItems } from '../model/timeline-items.ts'
import { reportStyles } from '../model/report-styles.ts'
import { buildTimelineView } from '../model/timeline-view.ts'
import { entitiesById } from '../../articles/api/entities-by-id.ts'

/**
 * Everything the timeline page shows, derived from the index and the URL. The work that
 * depends on the whole collection (collecting, sorting) runs once per index; filtering is
 * one pass; only one page is ever rendered.
 */
export function useTimeline() {
  const { data: index } = useSuspenseQuery(indexQuery())
  const { data: events } = useSuspenseQuery(eventsQuery())
  const [params] = useSearchParams()
  const { articles } = index

  const all = useMemo(() => collectItems(articles.map((a) => ({ ...a, events: events[a.slug] ?? [] }))), [articles, events])
  const reports = useMemo(() => new Map(articles.map((a) => [a.slug, a])), [articles])
  const styles = useMemo(() => reportStyles(articles), [articles])
  const entities = entitiesById(index)

  // Entity ids the gazetteer does not know are left out (the filter panel says so).
  const query = params.toString()
  const filters = useMemo(() => splitUnknown(readFilters(new URLSearchParams(query)), new Set(entities.keys())).state, [query, entities])
  const shown = useMemo(() => filterItems(all, filters), [all, filters])
  const page = params.get('page')
  const view = useMemo(() => buildTimelineView(shown, page), [shown, page])

  // Per report, the events that pass the entity filter (the report checkboxes' counts).
  const perReport = useMemo(() => {
    const counts = new Map<string, number>()
    for (const i of filterItems(all, { ...filters, reports: [] })) if (i.kind === 'event') counts.set(i.slug, (counts.get(i.slug) ?? 0) + 1)
    return counts
  }, [all, filters])

  // The entity panel sees the events of the selected reports, whatever entities are picked.
  const panelEvents = useMemo(
    () => eventsOfReports(all, filters.reports).map((i) => ({ ...i.event, slug: i.slug })),
    [all, filters.reports],
  )

  return { params, filters, all, shown, view, reports, styles, entities, perReport, panelEvents }
}

export type TimelineData = ReturnType<typeof useTimeline>

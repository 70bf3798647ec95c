import { useMemo } from 'react'
import { Link } from 'react-router'
import { useSuspenseQuery } from '@tanstack/react-query'
import type { IndexEvent } from '../../../lib/content/types.ts'
import { indexQuery } from '../../articles/api/queries.ts'
import { eventCounts } from '../facets.ts'
import { EVENTS } from '../../../lib/format/plural.ts'
import { useFilterState } from '../use-filter-state.ts'
import { EntityFilterPanel } from './entity-filter-panel.tsx'
import { UnknownEntitiesNotice } from './unknown-notice.tsx'

/**
 * The entity filter panel on the timeline: counts are of events (those given: the
 * timeline passes the events of the chosen reports), and a link takes the same selection
 * back to the list of reports. The timeline shows the chips and the count itself.
 */
export function TimelineFilters({ events }: { events: ReadonlyArray<IndexEvent & { slug: string }> }) {
  const { data: index } = useSuspenseQuery(indexQuery())
  const filters = useFilterState(index.entities)
  const items = useMemo(() => events.map(eventCounts), [events])
  return (
    <EntityFilterPanel items={items} entities={index.entities} filters={filters} noun={EVENTS}>
      <UnknownEntitiesNotice ids={filters.unknown} onRemove={() => filters.update((s) => s)} />
      {filters.state.entities.length > 0 && (
        <p className="ef-elsewhere">
          <Link to={{ pathname: '/', search: filters.search }}>تقارير هذا الاختيار</Link>
        </p>
      )}
    </EntityFilterPanel>
  )
}

import { useMemo, useRef } from 'react'
import { Link } from 'react-router'
import type { ContentIndex } from '../../../lib/content/types.ts'
import type { FilterApi } from '../use-filter-state.ts'
import { REPORTS } from '../../../lib/format/plural.ts'
import { ActiveFilters } from './active-filters.tsx'
import { CollapsiblePanel } from './collapsible-panel.tsx'
import { EntityFilterPanel } from './entity-filter-panel.tsx'
import { FilterStatus } from './filter-status.tsx'
import { UnknownEntitiesNotice } from './unknown-notice.tsx'
import './list-filters.css'
import { entitiesById } from '../../articles/api/entities-by-id.ts'

/** Above the list: the count, the chosen filters and a link to the same selection on the timeline. */
export function ListFilterSummary({ index, filters, shown }: { index: ContentIndex; filters: FilterApi; shown: number }) {
  const status = useRef<HTMLParagraphElement>(null)
  const entities = entitiesById(index)
  const { state, unknown, update, search } = filters
  const filtered = state.entities.length > 0
  return (
    <div className="ef-summary">
      <FilterStatus ref={status} shown={shown} total={index.articles.length} filtered={filtered} noun={REPORTS} />
      <UnknownEntitiesNotice ids={unknown} onRemove={() => update((s) => s)} />
      <ActiveFilters filters={filters} entities={entities} fallback={() => status.current} />
      {filtered && (
        <p className="ef-elsewhere">
          <Link to={{ pathname: '/timeline', search }}>أحداث هذا الاختيار على الخط الزمني</Link>
        </p>
      )}
    </div>
  )
}

/** Beside the list (folded on a phone): the entity checkboxes with report counts. */
export function ListFilterPanel({ index, filters }: { index: ContentIndex; filters: FilterApi }) {
  const items = useMemo(() => index.articles.map((a) => a.entities), [index.articles])
  return (
    <CollapsiblePanel selected={filters.state.entities.length}>
      <EntityFilterPanel items={items} entities={index.entities} filters={filters} noun={REPORTS} heading={false} />
    </CollapsiblePanel>
  )
}

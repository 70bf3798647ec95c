import { useMemo, type ReactNode } from 'react'
import type { EntitySummary, EntityCount, EntityType } from '../../../lib/content/types.ts'
import type { ArabicForms } from '../../../lib/format/plural.ts'
import { facetCounts } from '../facets.ts'
import type { FilterApi } from '../use-filter-state.ts'
import { toggleEntity } from '../filter-params.ts'
import { EntityGroup } from './entity-group.tsx'
import { FilterSwitches } from './filter-switches.tsx'
import '../filters.css'

const GROUPS: Array<{ type: EntityType; legend: string }> = [
  { type: 'person', legend: 'الأشخاص' },
  { type: 'place', legend: 'الأماكن' },
  { type: 'organization', legend: 'المنظمات والجماعات' },
]

const collator = new Intl.Collator('ar')

export const PANEL_TITLE = 'تصفية حسب الأعلام'

interface Props {
  /** The entity counts of each item (report or event) the panel filters. */
  items: ReadonlyArray<Record<string, EntityCount>>
  entities: readonly EntitySummary[]
  filters: FilterApi
  /** What an item is called: reports on the list, events on the timeline. */
  noun: ArabicForms
  /** The panel's heading; false when the caller titles it (a <summary> on the list). */
  heading?: boolean
  children?: ReactNode
}

/**
 * The entity checkboxes, one fieldset per type, each entity with the number of items the
 * selection would match with it added; an entity that would match none is disabled, not
 * hidden. Within a type, the most mentioned first, so the order does not jump as counts change.
 */
export function EntityFilterPanel({ items, entities, filters, noun, heading = true, children }: Props) {
  const { state, update } = filters
  const ids = useMemo(() => entities.map((e) => e.id), [entities])
  const order = useMemo(() => {
    const overall = facetCounts(items, ids, { entities: [], match: 'all', adjectives: true, reports: [] })
    return [...entities].sort((a, b) => overall.get(b.id)! - overall.get(a.id)! || collator.compare(a.name.ar, b.name.ar))
  }, [items, ids, entities])
  const counts = useMemo(() => facetCounts(items, ids, state), [items, ids, state])
  const onToggle = (id: string) => update((s) => toggleEntity(s, id))

  return (
    <section className="ef-panel" aria-labelledby="ef-title">
      {heading && (
        <h2 id="ef-title" className="ef-title">
          {PANEL_TITLE}
        </h2>
      )}
      <FilterSwitches filters={filters} />
      {GROUPS.map((g) => (
        <EntityGroup
          key={g.type}
          legend={g.legend}
          entities={order.filter((e) => e.type === g.type)}
          counts={counts}
          selected={state.entities}
          noun={noun}
          onToggle={onToggle}
        />
      ))}
      {children}
    </section>
  )
}

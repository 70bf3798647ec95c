import type { EntityCount } from '../../lib/content/types.ts'
import { matchesEntities, type FilterState } from './filter-params.ts'

/**
 * Faceted counts: for each entity, how many items (reports or events) the selection would
 * match if that entity were added to it. Zero means choosing it would empty the list.
 */
export function facetCounts(
  items: ReadonlyArray<Record<string, EntityCount>>,
  ids: readonly string[],
  state: FilterState,
): Map<string, number> {
  const out = new Map<string, number>()
  for (const id of ids) {
    const next = state.entities.includes(id) ? state : { ...state, entities: [...state.entities, id] }
    let n = 0
    for (const counts of items) if (matchesEntities(counts, next)) n++
    out.set(id, n)
  }
  return out
}

/** How many items the selection matches. */
export function matchCount(items: ReadonlyArray<Record<string, EntityCount>>, state: FilterState): number {
  let n = 0
  for (const counts of items) if (matchesEntities(counts, state)) n++
  return n
}

/** A timeline event's entities in the shape reports have. `adjectives`, when the event
 *  carries it, lists entities the sentence only describes (الأمريكي). */
export interface FilterableEvent {
  slug: string
  entities: readonly string[]
  adjectives?: readonly string[]
}

export function eventCounts(event: FilterableEvent): Record<string, EntityCount> {
  const out: Record<string, EntityCount> = {}
  for (const id of event.entities) out[id] = { names: 1, adjectives: 0 }
  for (const id of event.adjectives ?? []) out[id] ??= { names: 0, adjectives: 1 }
  return out
}

/** Events of the chosen reports (all when none is chosen), then by entity. */
export function filterEvents<E extends FilterableEvent>(events: readonly E[], state: FilterState): E[] {
  return events.filter(
    (e) => (!state.reports.length || state.reports.includes(e.slug)) && matchesEntities(eventCounts(e), state),
  )
}

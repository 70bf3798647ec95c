import type { EntityCount } from '../../lib/content/types.ts'

/**
 * The filter state lives in the URL, shared by the list and the timeline:
 * `?entity=<id>` (repeatable), `&match=any` (default: all), `&adjectives=1` (count
 * adjective-only mentions such as الأمريكي), `&report=<slug>` (repeatable; timeline).
 */

export interface FilterState {
  entities: string[]
  match: 'all' | 'any'
  adjectives: boolean
  reports: string[]
}

export function readFilters(params: URLSearchParams): FilterState {
  const unique = (xs: string[]) => [...new Set(xs.filter(Boolean))]
  return {
    entities: unique(params.getAll('entity')),
    match: params.get('match') === 'any' ? 'any' : 'all',
    adjectives: params.get('adjectives') === '1',
    reports: unique(params.getAll('report')),
  }
}

/** Writes the state back, keeping unrelated parameters (such as a search query). */
export function writeFilters(state: FilterState, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const out = new URLSearchParams(base)
  for (const key of ['entity', 'match', 'adjectives', 'report']) out.delete(key)
  for (const id of state.entities) out.append('entity', id)
  if (state.match === 'any') out.set('match', 'any')
  if (state.adjectives) out.set('adjectives', '1')
  for (const slug of state.reports) out.append('report', slug)
  return out
}

/** Does a report (or event) with these entity counts pass the entity filter? */
export function matchesEntities(counts: Record<string, EntityCount>, state: FilterState): boolean {
  if (!state.entities.length) return true
  const has = (id: string) => {
    const c = counts[id]
    return !!c && (c.names > 0 || (state.adjectives && c.adjectives > 0))
  }
  return state.match === 'any' ? state.entities.some(has) : state.entities.every(has)
}

/** The URL's entity ids split into known ones (kept) and unknown ones (ignored, and shown). */
export function splitUnknown(state: FilterState, known: ReadonlySet<string>): { state: FilterState; unknown: string[] } {
  return {
    state: { ...state, entities: state.entities.filter((id) => known.has(id)) },
    unknown: state.entities.filter((id) => !known.has(id)),
  }
}

/** Only the filter parameters, as a link's search string ("" or "?entity=…"), so the
 *  selection carries between the list and the timeline. */
export function filterSearch(params: URLSearchParams): string {
  const out = writeFilters(readFilters(params))
  const text = out.toString()
  return text ? `?${text}` : ''
}

export function toggleEntity(state: FilterState, id: string): FilterState {
  const entities = state.entities.includes(id) ? state.entities.filter((x) => x !== id) : [...state.entities, id]
  return { ...state, entities }
}

import { useCallback, useMemo } from 'react'
import { useLocation, useNavigation, useSearchParams } from 'react-router'
import type { EntitySummary } from '../../lib/content/types.ts'
import { filterSearch, readFilters, splitUnknown, writeFilters, type FilterState } from './filter-params.ts'

export interface FilterApi {
  /** The selection, unknown ids left out. */
  state: FilterState
  /** EntitySummary ids in the URL that the gazetteer does not know. */
  unknown: string[]
  /** Changes the selection in the URL (a history entry; unknown ids and ?page dropped). */
  update: (change: (state: FilterState) => FilterState) => void
  /** The filter parameters for links to the list or the timeline ("" or "?entity=…"). */
  search: string
}

/**
 * The entity filter, read from and written to the URL: the URL is the state. While a
 * filter change is still navigating (the route's loader runs first), the state is read
 * from the URL being navigated to, so a checkbox shows its new state at once.
 */
export function useFilterState(entities: readonly EntitySummary[]): FilterApi {
  const [params, setParams] = useSearchParams()
  const { pathname } = useLocation()
  const navigation = useNavigation()
  const pending = navigation.location?.pathname === pathname ? navigation.location.search : null
  const query = pending ?? `?${params}`
  const known = useMemo(() => new Set(entities.map((e) => e.id)), [entities])
  const { state, unknown } = useMemo(() => splitUnknown(readFilters(new URLSearchParams(query)), known), [query, known])
  const update = useCallback(
    (change: (state: FilterState) => FilterState) => {
      const current = new URLSearchParams(query)
      const next = writeFilters(change(splitUnknown(readFilters(current), known).state), current)
      next.delete('page') // the pages of another selection are other pages
      setParams(next, { preventScrollReset: true, flushSync: true })
    },
    [setParams, known, query],
  )
  return { state, unknown, update, search: filterSearch(new URLSearchParams(query)) }
}

import { queryOptions } from '@tanstack/react-query'
import { fetchSearchIndex } from '../../articles/api/content-source.ts'
import { contentKeys } from '../../articles/api/queries.ts'

/**
 * The search index: its own chunk, fetched the first time the search box gets focus or
 * the search page loads — never for the first screen. A content key, so the dev server's
 * live preview refreshes it with the rest of the content.
 */
export const searchIndexQuery = () =>
  queryOptions({ queryKey: [...contentKeys.all, 'search-index'] as const, queryFn: fetchSearchIndex, staleTime: Infinity })

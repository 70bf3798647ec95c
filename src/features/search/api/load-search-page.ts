import type { QueryClient } from '@tanstack/react-query'
import { search } from '../../../lib/search/run-query.ts'
import { articleQuery, gazetteerQuery } from '../../articles/api/queries.ts'
import { pageOf, readSearch } from '../search-params.ts'
import { searcherFor } from './searcher.ts'
import { searchIndexQuery } from './search-index-query.ts'

/**
 * The search page's loader: the content index and the search index, then the reports on
 * the requested page of results (their snippets are cut from the reports' own text).
 */
export async function loadSearchPage(queryClient: QueryClient, url: URL): Promise<null> {
  const { q, page } = readSearch(url.searchParams)
  const [entities, searchIndex] = await Promise.all([
    queryClient.ensureQueryData(gazetteerQuery()),
    queryClient.ensureQueryData(searchIndexQuery()),
  ])
  if (!q.trim()) return null
  const { hits } = search(searcherFor(searchIndex, entities), q)
  await Promise.all(pageOf(hits, page).items.map((h) => queryClient.ensureQueryData(articleQuery(h.slug))))
  return null
}

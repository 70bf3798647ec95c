import type { Entity } from '../../../lib/content/types.ts'
import type { SearchIndex } from '../../../lib/search/build-index.ts'
import { createSearcher, type Searcher } from '../../../lib/search/searcher.ts'

const cache = new WeakMap<SearchIndex, { entities: readonly Entity[]; searcher: Searcher }>()

/** One searcher per loaded index (and gazetteer): the loader and the page share it. */
export function searcherFor(index: SearchIndex, entities: readonly Entity[]): Searcher {
  const hit = cache.get(index)
  if (hit && hit.entities === entities) return hit.searcher
  const searcher = createSearcher(index, entities)
  cache.set(index, { entities, searcher })
  return searcher
}

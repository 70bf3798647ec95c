import type { ContentIndex, EntitySummary } from '../../../lib/content/types.ts'

const cache = new WeakMap<ContentIndex, ReadonlyMap<string, EntitySummary>>()

/** The index's entities by id, built once per loaded index and shared by every view. */
export function entitiesById(index: ContentIndex): ReadonlyMap<string, EntitySummary> {
  let map = cache.get(index)
  if (!map) cache.set(index, (map = new Map(index.entities.map((e) => [e.id, e]))))
  return map
}

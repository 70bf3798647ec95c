import type { ArticleData, Entity } from '../content/types.ts'

/** The search index, built at build time (the search feature fills this in). */
export type SearchIndex = Record<string, never>

export function buildSearchIndex(_articles: ArticleData[], _entities: Entity[]): SearchIndex {
  return {}
}

declare module 'virtual:content/index' {
  import type { ArticleData, ContentIndex } from './lib/content/types.ts'
  import type { ContentProblem } from './content-pipeline/problems.ts'
  export const index: ContentIndex
  /** Dev server only: problems in content files (the build fails on any). */
  export const problems: ContentProblem[]
  export function loadArticle(slug: string): Promise<ArticleData | null>
  /** The search index, in its own chunk. */
  export function loadSearchIndex(): Promise<import('./lib/search/build-index.ts').SearchIndex>
  /** Every report's events, by slug, in its own chunk (the timeline). */
  export function loadEvents(): Promise<import('./lib/content/types.ts').EventsIndex>
  /** The full gazetteer, in its own chunk (entity pages, popovers, search notes). */
  export function loadGazetteer(): Promise<import('./lib/content/types.ts').Entity[]>
}

declare module 'virtual:content/search-index' {
  import type { SearchIndex } from './lib/search/build-index.ts'
  const index: SearchIndex
  export default index
}

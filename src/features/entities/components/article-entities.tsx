import type { ArticleData } from '../../../lib/content/types.ts'

/** The reader's side panel on entities: legend, the report's entities, marks on/off (entities feature). */
export function ArticleEntities(_props: { article: ArticleData }) {
  return null
}

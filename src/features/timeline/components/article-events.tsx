import type { ArticleData } from '../../../lib/content/types.ts'

/** The reader's side panel on the report's events, linking to the timeline (timeline feature). */
export function ArticleEvents(_props: { article: ArticleData }) {
  return null
}

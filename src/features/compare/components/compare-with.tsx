import type { ArticleData } from '../../../lib/content/types.ts'

/** "Compare with…" links to the other reports of the same story (compare feature). */
export function CompareWith(_props: { article: ArticleData }) {
  return null
}

import type { ArticleEvent } from '../../../lib/content/types.ts'

/** The entity filter panel on the timeline (filters feature). */
export function TimelineFilters(_props: { events: ReadonlyArray<ArticleEvent & { slug: string }> }) {
  return null
}

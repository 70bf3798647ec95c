import type { ArticleData } from '../../lib/content/types.ts'
import type { Side } from './compare-url.ts'
import type { MarkOptions } from './marks.ts'
import type { SentenceViews } from './sentence-views.ts'

/** One report as a column of the comparison shows it. */
export interface Column {
  side: Side
  /** "التقرير الأول" / "التقرير الثاني": how the page names the column everywhere. */
  label: string
  article: ArticleData
  views: SentenceViews
  marks: MarkOptions
}

export const SIDE_LABEL: Record<Side, string> = { a: 'التقرير الأول', b: 'التقرير الثاني' }

export function otherSide(side: Side): Side {
  return side === 'a' ? 'b' : 'a'
}

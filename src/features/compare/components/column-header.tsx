import { ArticleLink } from '../../articles/components/article-link.tsx'
import { PublishedDate } from '../../articles/components/published-date.tsx'
import type { Column } from '../column.ts'
import { markSpans } from '../marks.ts'
import { MarkedText } from './marked-text.tsx'

/** A column's title, date, source and caption; the title links to the full report. */
export function ColumnHeader({ column }: { column: Column }) {
  const { article, side, label, marks } = column
  const caption = article.caption
  return (
    <header className="cmp-column-header">
      <p className="cmp-side-label">{label}</p>
      <h3 id={`${side}-title`} className="cmp-column-title">
        <ArticleLink slug={article.slug}>
          <MarkedText text={article.title} spans={markSpans(0, article.title.length, [], article.titleMentions, marks)} />
        </ArticleLink>
      </h3>
      <p className="meta">
        <PublishedDate iso={article.published} />
        {article.source && <span>المصدر: {article.source}</span>}
      </p>
      {caption && (
        <p className="cmp-caption">
          <span className="cmp-caption-label">تعليق الصورة: </span>
          <MarkedText text={caption} spans={markSpans(0, caption.length, [], article.captionMentions, marks)} />
        </p>
      )}
    </header>
  )
}

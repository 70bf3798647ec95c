import type { IndexEntry } from '../../../lib/content/types.ts'
import { ArticleLink } from './article-link.tsx'
import { PublishedDate } from './published-date.tsx'

export function ArticleCard({ article }: { article: IndexEntry }) {
  return (
    <article className="article-card" aria-labelledby={`card-${article.slug}`}>
      <h2 id={`card-${article.slug}`} className="card-title">
        <ArticleLink slug={article.slug}>{article.title}</ArticleLink>
      </h2>
      <p className="meta">
        <PublishedDate iso={article.published} />
        {article.source && <span className="source">المصدر: {article.source}</span>}
      </p>
      <p className="excerpt">{article.excerpt}</p>
    </article>
  )
}

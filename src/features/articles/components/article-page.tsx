import { useSuspenseQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { articleQuery } from '../api/queries.ts'
import { ArticleBody } from './article-body.tsx'
import { PublishedDate } from './published-date.tsx'

export function ArticlePage() {
  const slug = useParams().slug ?? ''
  const { data: article } = useSuspenseQuery(articleQuery(slug))
  // The loader turns a missing report into a 404; this only guards a race with a deletion.
  if (!article) return null
  return (
    <>
    <nav className="breadcrumbs" aria-label="مسار التصفح">
      <Link to="/">كل التقارير</Link>
    </nav>
    <article className="reader" aria-labelledby="article-title" lang="ar">
      <title>{`${article.title} — قارئ التقارير`}</title>
      <header className="reader-header">
        <h1 id="article-title">{article.title}</h1>
        <p className="meta">
          <PublishedDate iso={article.published} />
          {article.source && <span className="source">المصدر: {article.source}</span>}
        </p>
        {article.caption && (
          <p className="caption">
            <span className="caption-label">تعليق الصورة: </span>
            <span className="caption-text">{article.caption}</span>
          </p>
        )}
      </header>
      <ArticleBody article={article} />
    </article>
    </>
  )
}

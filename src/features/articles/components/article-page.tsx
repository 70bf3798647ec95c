import { useSuspenseQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { articleQuery, indexQuery } from '../api/queries.ts'
import { ArticleBody } from './article-body.tsx'
import { PublishedDate } from './published-date.tsx'
import { useSettings } from '../../settings/settings-store.ts'
import { ArticleEntities } from '../../entities/components/article-entities.tsx'
import { StaticMarks } from '../../entities/components/static-marks.tsx'
import { ArticleEvents } from '../../timeline/components/article-events.tsx'
import { CompareWith } from '../../compare/components/compare-with.tsx'
import { ReaderMeta, ReaderNav } from '../../settings/components/reader-extras.tsx'
import { entitiesById } from '../api/entities-by-id.ts'

export function ArticlePage() {
  const slug = useParams().slug ?? ''
  const { data: article } = useSuspenseQuery(articleQuery(slug))
  const { data: index } = useSuspenseQuery(indexQuery())
  const { showMarks } = useSettings()
  const entities = entitiesById(index)
  // The loader turns a missing report into a 404; this only guards a race with a deletion.
  if (!article) return null
  return (
    <>
      <nav className="breadcrumbs" aria-label="مسار التصفح">
        <Link to="/">كل التقارير</Link>
      </nav>
      <div className="reader-layout">
        <article className="reader" aria-labelledby="article-title">
          <title>{`${article.title} — قارئ التقارير`}</title>
          <header className="reader-header">
            <h1 id="article-title">
              <StaticMarks text={article.title} mentions={article.titleMentions} entities={entities} show={showMarks} />
            </h1>
            <p className="meta">
              <PublishedDate iso={article.published} />
              {article.source && <span className="source">المصدر: {article.source}</span>}
            </p>
            <ReaderMeta article={article} />
            {article.caption && (
              <p className="caption">
                <span className="caption-label">تعليق الصورة: </span>
                <span className="caption-text">
                  <StaticMarks text={article.caption} mentions={article.captionMentions} entities={entities} show={showMarks} />
                </span>
              </p>
            )}
          </header>
          <ArticleBody article={article} showMentions={showMarks} entities={entities} />
          <ReaderNav article={article} />
        </article>
        <aside className="reader-aside" aria-label="عن هذا التقرير">
          <ArticleEntities article={article} />
          <ArticleEvents article={article} />
          <CompareWith article={article} />
        </aside>
      </div>
    </>
  )
}

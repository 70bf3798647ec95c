import type { ArticleData } from '../../../lib/content/types.ts'
import { findHits, markSegments } from '../../../lib/search/highlight.ts'
import type { ParsedQuery } from '../../../lib/search/parse-query.ts'
import type { Searcher } from '../../../lib/search/searcher.ts'
import { bestPassage } from '../../../lib/search/snippet.ts'
import { ArticleLink } from '../../articles/components/article-link.tsx'
import { PublishedDate } from '../../articles/components/published-date.tsx'
import { MarkedText } from './marked-text.tsx'

interface Props {
  article: ArticleData
  query: ParsedQuery
  searcher: Searcher
}

/** A result: the report's title (link), date, and the passage that matches best. */
export function SearchResultItem({ article, query, searcher }: Props) {
  const title = markSegments(article.title, findHits(searcher, query, article.title, article.titleMentions))
  const passage = bestPassage(searcher, query, article)
  const id = `result-${article.slug}`
  return (
    <article className="sr-result" aria-labelledby={id}>
      <h2 id={id} className="sr-title">
        <ArticleLink slug={article.slug}>
          <MarkedText segments={title} />
        </ArticleLink>
      </h2>
      <p className="meta">
        <PublishedDate iso={article.published} />
        {article.source && <span className="source">المصدر: {article.source}</span>}
      </p>
      {passage && (
        <p className="sr-snippet">
          {passage.where === 'caption' && <span className="sr-where">تعليق الصورة: </span>}
          {passage.before && '… '}
          <MarkedText segments={passage.segments} />
          {passage.after && ' …'}
          {passage.sentence && (
            <>
              {' '}
              <ArticleLink slug={article.slug} hash={passage.sentence} className="sr-in-context" aria-describedby={id}>
                في سياقها
              </ArticleLink>
            </>
          )}
        </p>
      )}
    </article>
  )
}

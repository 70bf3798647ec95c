import type { ArticleData, EntitySummary } from '../../../lib/content/types.ts'
import { ArticleLink } from '../../articles/components/article-link.tsx'
import { PublishedDate } from '../../articles/components/published-date.tsx'
import { useDateFormat } from '../../settings/use-date-format.ts'
import { marksOf, mentionsBySentence } from '../entity-mentions.ts'
import type { EntityReport as Counts } from '../entity-reports.ts'
import { countsText } from '../plural.ts'
import { MarkedText } from './marked-text.tsx'

/** One report on an entity's page: every sentence that mentions the entity, each linked to its place in the reader. */
export function EntityReport({ article, entity, counts }: { article: ArticleData; entity: EntitySummary; counts: Counts }) {
  const format = useDateFormat()
  const sentences = mentionsBySentence(article, entity.id)
  const captionMarks = marksOf(article.captionMentions, entity.id)
  const headingId = `report-${article.slug}`
  return (
    <article className="entity-report" aria-labelledby={headingId}>
      <h3 id={headingId} className="entity-report-title">
        <ArticleLink slug={article.slug}>
          <MarkedText text={article.title} marks={marksOf(article.titleMentions, entity.id)} type={entity.type} />
        </ArticleLink>
      </h3>
      <p className="meta">
        <PublishedDate iso={article.published} />
        <span>{countsText(counts.names, counts.adjectives, format)}</span>
      </p>
      <ol className="entity-sentences">
        {article.caption && captionMarks.length > 0 && (
          <li>
            <ArticleLink slug={article.slug} className="entity-sentence-link">
              <span className="entity-sentence-where">تعليق الصورة</span>
              <span className="entity-sentence-text">
                <MarkedText text={article.caption} marks={captionMarks} type={entity.type} />
              </span>
            </ArticleLink>
          </li>
        )}
        {sentences.map(({ sentence, text, marks }) => (
          <li key={sentence.id}>
            <ArticleLink slug={article.slug} hash={sentence.id} className="entity-sentence-link">
              <span className="entity-sentence-where">
                الجملة {format.number(Number(sentence.id.replace(/\D/g, '')))}
                {marks.every((m) => m.form === 'adjective') && ' · بالصفة'}
              </span>
              <span className="entity-sentence-text">
                <MarkedText text={text} marks={marks} type={entity.type} />
              </span>
            </ArticleLink>
          </li>
        ))}
      </ol>
    </article>
  )
}

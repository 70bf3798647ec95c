import { Link } from 'react-router'
import type { ArticleData } from '../../../lib/content/types.ts'
import { ArticleLink } from '../../articles/components/article-link.tsx'
import { useDateFormat } from '../../settings/use-date-format.ts'
import { compareDates } from '../model/timeline-items.ts'
import { reportTimelineHref } from '../model/timeline-url.ts'
import './article-events.css'

/** The reader's side panel on the report's events, each linking to its sentence, and to the timeline. */
export function ArticleEvents({ article }: { article: ArticleData }) {
  const format = useDateFormat()
  // By date; a report's events of one date keep their reading order (the sort is stable).
  const events = [...article.events].sort((a, b) => compareDates(a.date, b.date))
  return (
    <section className="article-events" aria-labelledby="article-events-title">
      <h2 id="article-events-title" className="article-events-title">
        أحداث التقرير
      </h2>
      {events.length === 0 ? (
        <p className="article-events-empty">لا يذكر هذا التقرير تاريخا لحدث.</p>
      ) : (
        <ol className="article-events-list">
          {events.map((e) => (
            <li key={e.id}>
              <time dateTime={e.date}>{format.date(e.date)}</time>
              <ArticleLink slug={article.slug} hash={e.sentence} className="article-events-label">
                {e.label || e.text}
              </ArticleLink>
            </li>
          ))}
        </ol>
      )}
      <p className="article-events-more">
        <Link to={reportTimelineHref(article.slug)}>أحداث هذا التقرير على الخط الزمني</Link>
      </p>
    </section>
  )
}

import type { PublishedItem } from '../model/timeline-items.ts'
import { ArticleLink } from '../../articles/components/article-link.tsx'
import { useDateFormat } from '../../settings/use-date-format.ts'
import type { EntryProps } from './event-entry.tsx'
import { PageIcon, ReportSwatch } from './report-swatch.tsx'

/** A report's publication: its own kind of marker, said in words ("نُشر التقرير"). */
export function PublishedEntry({ item, id, report, style, step, repeat }: EntryProps & { item: PublishedItem }) {
  const format = useDateFormat()
  const colour = style?.colour ?? 0
  return (
    <li className={`tl-entry tl-published tl-step-${step}${repeat ? ' is-repeat' : ''}`} data-entry="published">
      <p className="tl-when" id={`${id}-when`}>
        <time dateTime={item.date}>{format.date(item.date)}</time>
      </p>
      <span className={`tl-marker tl-marker-published tl-c${colour}`} aria-hidden="true">
        <PageIcon colour={colour} />
      </span>
      <div className={`tl-card tl-card-published tl-c${colour}`}>
        <p className="tl-kind" id={`${id}-kind`}>
          <ReportSwatch style={style} className="tl-swatch-small" />
          نُشر التقرير
          {report?.source && <span className="tl-kind-source">· المصدر: {report.source}</span>}
        </p>
        <p className="tl-label">
          <ArticleLink slug={item.slug} data-primary="" aria-describedby={`${id}-kind ${id}-when`}>
            {report?.title ?? item.slug}
          </ArticleLink>
        </p>
      </div>
    </li>
  )
}

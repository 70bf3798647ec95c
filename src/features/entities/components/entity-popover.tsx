import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import type { EntitySummary, Mention } from '../../../lib/content/types.ts'
import { gazetteerQuery, indexQuery } from '../../articles/api/queries.ts'
import { ArticleLink } from '../../articles/components/article-link.tsx'
import { useDateFormat } from '../../settings/use-date-format.ts'
import { reportsMentioning } from '../entity-reports.ts'
import { countsText, REPORTS } from '../plural.ts'
import { TypeTag } from './type-tag.tsx'

/** At most this many reports in the popover; the entity page lists them all. */
const SHOWN = 4

/** What a mark opens: who or what it is, where the reports mention it, and its page. */
export function EntityPopover({ entity, mention, popoverId }: { entity: EntitySummary; mention: Mention; popoverId: string }) {
  const format = useDateFormat()
  const slug = useParams().slug
  // The reader's loader has the index in the cache already; useQuery (not suspense) so a
  // view that has not loaded it (say, a comparison) shows the popover without the counts.
  const { data: index } = useQuery(indexQuery())
  // The description is in the full gazetteer, its own small chunk (the reader prefetches it).
  const { data: gazetteer } = useQuery(gazetteerQuery())
  const description = gazetteer?.find((e) => e.id === entity.id)?.description
  const reports = index ? reportsMentioning(index, entity.id) : []
  // This report first, then the newest others.
  const ordered = [...reports.filter((r) => r.article.slug === slug), ...reports.filter((r) => r.article.slug !== slug)]
  const shown = ordered.slice(0, SHOWN)
  return (
    <>
      <div className="entity-popover-head">
        <TypeTag type={entity.type} />
        <button type="button" className="entity-popover-close" popoverTarget={popoverId} popoverTargetAction="hide" aria-label="إغلاق">
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p className="entity-popover-name" id={`${popoverId}-name`}>
        {entity.name.ar}{' '}
        <bdi dir="ltr" lang="en" className="entity-name-en">
          {entity.name.en}
        </bdi>
      </p>
      {mention.form === 'adjective' && (
        <p className="entity-popover-note">
          «{mention.text}» صفة نسبة إلى {entity.name.ar}، لا اسمه؛ تُحصى على حدة.
        </p>
      )}
      {description && <p className="entity-popover-description">{description}</p>}
      {shown.length > 0 && (
        <>
          <p className="entity-popover-subhead">ذكره في التقارير</p>
          <ul className="entity-popover-reports">
            {shown.map((r) => (
              <li key={r.article.slug}>
                {r.article.slug === slug ? (
                  <span className="entity-this-report">هذا التقرير</span>
                ) : (
                  <ArticleLink slug={r.article.slug}>{r.article.title}</ArticleLink>
                )}
                <span className="entity-counts">{countsText(r.names, r.adjectives, format)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <Link className="entity-popover-more" to={`/entities/${encodeURIComponent(entity.id)}`}>
        كل ما ورد عن {entity.name.ar}
        {reports.length > shown.length && ` (${format.count(reports.length, REPORTS)})`}
      </Link>
    </>
  )
}

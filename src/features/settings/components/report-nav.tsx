import { useSuspenseQuery } from '@tanstack/react-query'
import { indexQuery } from '../../articles/api/queries.ts'
import { ArticleLink } from '../../articles/components/article-link.tsx'
import { PublishedDate } from '../../articles/components/published-date.tsx'
import type { IndexEntry } from '../../../lib/content/types.ts'
import { adjacentReports } from '../adjacent.ts'

/** The reports published just before and just after this one, with their titles and dates. */
export function ReportNav({ slug }: { slug: string }) {
  const { data: index } = useSuspenseQuery(indexQuery())
  const { previous, next } = adjacentReports(index.articles, slug)
  if (!previous && !next) return null
  return (
    <nav className="report-nav" aria-label="تقارير أخرى">
      {previous && <Item report={previous} rel="prev" label="التقرير السابق" keys="k" />}
      {next && <Item report={next} rel="next" label="التقرير التالي" keys="j" />}
    </nav>
  )
}

function Item({ report, rel, label, keys }: { report: IndexEntry; rel: 'prev' | 'next'; label: string; keys: string }) {
  return (
    <ArticleLink slug={report.slug} rel={rel} className={`report-nav-link report-nav-${rel}`} aria-keyshortcuts={keys}>
      <span className="report-nav-label">
        <span aria-hidden="true" className="report-nav-arrow">{rel === 'prev' ? '→' : '←'}</span> {label}
      </span>
      <span className="report-nav-title">{report.title}</span>
      <PublishedDate iso={report.published} className="report-nav-date" />
    </ArticleLink>
  )
}

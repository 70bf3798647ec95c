import { useMemo, useState } from 'react'
import { Link } from 'react-router'
import { TimelineFilters } from '../../filters/components/timeline-filters.tsx'
import { useDateFormat } from '../../settings/use-date-format.ts'
import { timelineTitle } from '../model/page-title.ts'
import { ActiveFilters } from './active-filters.tsx'
import { ReportFilter } from './report-filter.tsx'
import { TimelineAxis } from './timeline-axis.tsx'
import { TimelineKey } from './timeline-key.tsx'
import { TimelinePager, YearNav } from './timeline-pager.tsx'
import { useHashTarget } from './use-hash-target.ts'
import { useTimeline } from './use-timeline.ts'
import './timeline.css'
import './timeline-panels.css'

/** Wide screens show the panels beside the axis, open; phones start with them folded. */
const WIDE = '(min-width: 60rem)'

export function TimelinePage() {
  const data = useTimeline()
  const { view, params, all, filters, entities, reports } = data
  const format = useDateFormat()
  useHashTarget()
  const [panelsOpen] = useState(() => globalThis.matchMedia?.(WIDE).matches ?? true)
  const onPage = useMemo(
    () => new Set(view.years.flatMap((y) => y.sections.flatMap((s) => s.group.items.map((i) => i.slug)))),
    [view],
  )
  const hasEvents = all.some((i) => i.kind === 'event')
  const selection = [
    ...filters.entities.map((id) => entities.get(id)?.name.ar ?? id),
    ...filters.reports.map((slug) => reports.get(slug)?.title ?? slug),
  ]

  return (
    <section className="tl-page" aria-labelledby="timeline-title">
      <title>{timelineTitle(selection, view.page, format.number)}</title>
      <header className="tl-head">
        <h1 id="timeline-title">الخط الزمني</h1>
        <p className="tl-lede">
          ما تذكره التقارير من أحداث على خط واحد، من الأقدم إلى الأحدث. كل حدث يحيل إلى الجملة التي تذكره، وتواريخ نشر التقارير
          علامات مستقلة عنها.
        </p>
      </header>
      <div className="tl-layout">
        <details className="tl-tools" open={panelsOpen}>
          <summary>التصفية ومفتاح الخط</summary>
          <div className="tl-tools-body">
            <ReportFilter data={data} onPage={onPage} />
            <TimelineFilters events={data.panelEvents} />
            <TimelineKey />
          </div>
        </details>
        <section className="tl-main" id="tl-results" tabIndex={-1} aria-label="الأحداث">
          <ActiveFilters data={data} />
          {!hasEvents && <p className="tl-empty">لم يُستخرج بعد أي حدث مؤرخ من التقارير؛ تظهر هنا تواريخ نشرها وحدها.</p>}
          {view.pages.length === 0 ? (
            <p className="tl-empty">
              لا شيء على الخط يطابق هذه المرشحات. <Link to="?">اعرض كل الأحداث</Link>
            </p>
          ) : (
            <>
              <YearNav view={view} params={params} />
              <TimelinePager view={view} params={params} label="صفحات الخط الزمني" />
              <TimelineAxis years={view.years} reports={data.reports} styles={data.styles} entities={data.entities} />
              <TimelinePager view={view} params={params} label="صفحات الخط الزمني، أسفل القائمة" />
            </>
          )}
        </section>
      </div>
    </section>
  )
}

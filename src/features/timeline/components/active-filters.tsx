import { Link } from 'react-router'
import { useDateFormat } from '../../settings/use-date-format.ts'
import { EVENTS, REPORTS_GENITIVE as REPORTS } from '../model/arabic-counts.ts'
import { withoutEntity, withoutFilters, withoutReport } from '../model/timeline-url.ts'
import type { TimelineData } from './use-timeline.ts'

/** What the axis shows, which filters are on, and a way to take each (or all) off. */
export function ActiveFilters({ data }: { data: TimelineData }) {
  const format = useDateFormat()
  const { params, filters, all, shown, entities, reports } = data
  const total = all.filter((i) => i.kind === 'event').length
  const events = shown.filter((i) => i.kind === 'event').length
  const active = filters.entities.length + filters.reports.length > 0
  const n = (k: number) => format.count(k, EVENTS)
  return (
    <div className="tl-status">
      <p className="tl-count" role="status">
        {active ? `${n(events)} من أصل ${n(total)} تطابق المرشحات.` : `${n(total)} من ${format.count(reports.size, REPORTS)}.`}
      </p>
      {active && (
        <div className="tl-active">
          <p className="tl-active-title" id="tl-active-title">
            المرشحات{filters.entities.length > 1 && (filters.match === 'any' ? ' (يكفي أحد الأعلام)' : ' (الأعلام كلها معا)')}:
          </p>
          <ul className="tl-chips" aria-labelledby="tl-active-title">
            {filters.entities.map((id) => {
              const name = entities.get(id)?.name.ar ?? id
              return (
                <li key={`e-${id}`} className="tl-chip">
                  <span>
                    العلم: <bdi>{name}</bdi>
                  </span>
                  <Link to={withoutEntity(params, id)} className="tl-chip-remove" aria-label={`إزالة مرشح العلم ${name}`}>
                    ×
                  </Link>
                </li>
              )
            })}
            {filters.reports.map((slug) => {
              const title = reports.get(slug)?.title ?? slug
              return (
                <li key={`r-${slug}`} className="tl-chip">
                  <span>
                    التقرير: <bdi>{title}</bdi>
                  </span>
                  <Link to={withoutReport(params, slug)} className="tl-chip-remove" aria-label={`إزالة مرشح التقرير ${title}`}>
                    ×
                  </Link>
                </li>
              )
            })}
          </ul>
          <Link to={withoutFilters(params)} className="tl-clear">
            مسح كل المرشحات
          </Link>
        </div>
      )}
    </div>
  )
}

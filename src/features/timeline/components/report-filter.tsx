import { useLocation, useNavigation, useSearchParams } from 'react-router'
import type { IndexEntry } from '../../../lib/content/types.ts'
import { readFilters } from '../../filters/filter-params.ts'
import { useDateFormat } from '../../settings/use-date-format.ts'
import { EVENTS } from '../model/arabic-counts.ts'
import { compareDates } from '../model/timeline-items.ts'
import { toggleReport } from '../model/timeline-url.ts'
import type { TimelineData } from './use-timeline.ts'
import { ReportSwatch } from './report-swatch.tsx'

/** Up to this many reports, all are listed; beyond it, those on the page and those chosen. */
const LIST_ALL = 12

/**
 * The reports: a legend of their colours and shapes and a filter (?report=, repeatable).
 * Counts are of the events that pass the entity filter.
 */
export function ReportFilter({ data, onPage }: { data: TimelineData; onPage: ReadonlySet<string> }) {
  const [, setParams] = useSearchParams()
  const format = useDateFormat()
  const { reports, styles, perReport } = data
  // While the new URL is on its way, the boxes already show it: a box that sprang back
  // until the navigation settles would be announced twice by a screen reader.
  const { pathname } = useLocation()
  const pending = useNavigation().location
  const params = pending?.pathname === pathname ? new URLSearchParams(pending.search) : data.params
  const chosen = new Set(readFilters(params).reports)
  const all = [...reports.values()]
  const listed = (all.length <= LIST_ALL ? all : all.filter((r) => onPage.has(r.slug) || chosen.has(r.slug))).sort(
    (a: IndexEntry, b: IndexEntry) => compareDates(a.published, b.published) || a.slug.localeCompare(b.slug),
  )
  return (
    <fieldset className="tl-panel tl-reports">
      <legend>التقارير</legend>
      <p className="tl-hint">
        {all.length <= LIST_ALL ? 'لكل تقرير لون وشكل؛ واسمه مكتوب مع كل حدث.' : 'التقارير الظاهرة في هذه الصفحة والمختارة منها.'}
        {' '}اختر تقريرا أو أكثر لعرض أحداثه وحدها.
      </p>
      <ul className="tl-report-list">
        {listed.map((r) => (
          <li key={r.slug}>
            <label className="tl-report-option">
              <input
                type="checkbox"
                name="report"
                value={r.slug}
                checked={chosen.has(r.slug)}
                onChange={(e) => setParams(toggleReport(params, r.slug, e.currentTarget.checked), { flushSync: true })}
              />
              <ReportSwatch style={styles.get(r.slug)} />
              <span className="tl-report-text">
                <span className="tl-report-title">{r.title}</span>
                <span className="tl-report-meta">
                  نُشر <time dateTime={r.published}>{format.date(r.published)}</time> · {format.count(perReport.get(r.slug) ?? 0, EVENTS)}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}

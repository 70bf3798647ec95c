import { Link } from 'react-router'
import { useDateFormat } from '../../settings/use-date-format.ts'
import { pageHref } from '../model/timeline-url.ts'
import type { TimelineView } from '../model/timeline-view.ts'

/** Pages shown around the current one; the first and last are always offered. */
const AROUND = 2

/** Page links (?page=, 1-based) with each page's date range, older pages first. */
export function TimelinePager({ view, params, label }: { view: TimelineView; params: URLSearchParams; label: string }) {
  const format = useDateFormat()
  const { page, pages } = view
  if (pages.length < 2) return null
  const range = (i: number) => {
    const p = pages[i]
    const a = format.date(p.first)
    const b = format.date(p.last)
    return a === b ? a : `${a} – ${b}`
  }
  const numbers = pages.map((_, i) => i).filter((i) => i === 0 || i === pages.length - 1 || Math.abs(i - page) <= AROUND)
  return (
    <nav className="tl-pager" aria-label={label}>
      <p className="tl-pager-where">
        الصفحة {format.number(page + 1)} من {format.number(pages.length)}: {range(page)}
      </p>
      <ul className="tl-pager-list">
        {page > 0 && (
          <li>
            <Link to={pageHref(params, page - 1, 'tl-results')} rel="prev" title={range(page - 1)}>
              الأقدم
            </Link>
          </li>
        )}
        {numbers.map((i, k) => (
          <li key={i} className={k > 0 && numbers[k - 1] !== i - 1 ? 'after-skip' : undefined}>
            {i === page ? (
              <span aria-current="page" className="tl-pager-current">
                {format.number(i + 1)}
              </span>
            ) : (
              <Link to={pageHref(params, i, 'tl-results')} aria-label={`الصفحة ${format.number(i + 1)}: ${range(i)}`}>
                {format.number(i + 1)}
              </Link>
            )}
          </li>
        ))}
        {page < pages.length - 1 && (
          <li>
            <Link to={pageHref(params, page + 1, 'tl-results')} rel="next" title={range(page + 1)}>
              الأحدث
            </Link>
          </li>
        )}
      </ul>
    </nav>
  )
}

/** Years on the axis, each a link to where it starts (on this page or another). */
export function YearNav({ view, params }: { view: TimelineView; params: URLSearchParams }) {
  const format = useDateFormat()
  if (view.yearPages.length < 2) return null
  return (
    <nav className="tl-years" aria-label="السنوات">
      <ul>
        {view.yearPages.map(({ year, page }) => (
          <li key={year}>
            <Link to={pageHref(params, page, `year-${year}`)}>{format.date(String(year))}</Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
